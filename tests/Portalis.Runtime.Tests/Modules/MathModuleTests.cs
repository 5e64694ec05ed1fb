namespace Portalis.Runtime.Tests.Modules;

public sealed class MathModuleTests
{
    [Fact]
    public void MathFunctions_MatchCPython()
    {
        // expm1/log1p (Kahan's formulas) and erf/erfc (mathmodule.c's portable series, where CPython calls libm)
        // are not libm's: compared separately with a tolerance.
        ModuleCases.CheckAll("math", r => r.GetProperty("f").GetString() is not ("math.expm1" or "math.log1p" or "math.erf" or "math.erfc"));
    }

    [Fact]
    public void Expm1Log1pErfErfc_CloseToCPython()
    {
        foreach (var row in ModuleCases.Load("math").Where(r => r.GetProperty("f").GetString() is "math.expm1" or "math.log1p" or "math.erf" or "math.erfc"))
        {
            var expect = row.GetProperty("expect").GetString()!;
            var arg = ModuleCases.Decode(row.GetProperty("args")[0]);
            var name = row.GetProperty("f").GetString()!["math.".Length..];
            if (expect.StartsWith('!'))
            {
                Assert.StartsWith(expect[1..expect.IndexOf(':', StringComparison.Ordinal)], Py.Error(() => Py.Call("math", name, arg)));
                continue;
            }

            var expected = PyFloat.Parse(expect);
            var actual = (double)Py.Call("math", name, arg)!;
            Assert.True(expected.Equals(actual) || Math.Abs(expected - actual) <= 1e-13 * Math.Abs(expected), $"{name}({arg}): {expected} vs {actual}");
        }
    }

    [Fact]
    public void MathSqrt_ArgumentErrors_MatchCPython()
    {
        Assert.Equal("TypeError: math.sqrt() takes no keyword arguments", Py.Error(() => Py.CallKw("math", "sqrt", [1L], "x")));
        Assert.Equal("TypeError: math.sqrt() takes exactly one argument (0 given)", Py.Error(() => Py.Call("math", "sqrt")));
        Assert.Equal("TypeError: isclose() missing required argument 'b' (pos 2)", Py.Error(() => Py.Call("math", "isclose", 1L)));
        Assert.Equal("TypeError: isclose() takes exactly 2 positional arguments (3 given)", Py.Error(() => Py.Call("math", "isclose", 1L, 2L, 3L)));
        Assert.Equal("TypeError: perm expected at most 2 arguments, got 3", Py.Error(() => Py.Call("math", "perm", 1L, 2L, 3L)));
    }
}
