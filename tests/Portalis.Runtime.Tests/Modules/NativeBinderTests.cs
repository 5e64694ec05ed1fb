using System.Numerics;
using System.Reflection;
using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

// A binder answers its first calls through reflection and later ones through a compiled delegate: both
// must give the same results and the same errors.
public sealed class NativeBinderTests
{
    private const int Calls = 40;

    [Theory]
    [InlineData(nameof(Samples.Add), new object?[] { 3L }, null, "5")]
    [InlineData(nameof(Samples.Add), new object?[] { 3L, true }, null, "4")]
    [InlineData(nameof(Samples.Add), new object?[] { 3L, 4L }, new[] { "b" }, "7")]
    [InlineData(nameof(Samples.Add), new object?[] { "x" }, null, "TypeError: 'str' object cannot be interpreted as an integer")]
    [InlineData(nameof(Samples.Add), new object?[] { }, null, "TypeError: add() missing required argument 'a' (pos 1)")]
    [InlineData(nameof(Samples.Add), new object?[] { 1L, 2L, 3L }, null, "TypeError: add() takes at most 2 arguments (3 given)")]
    [InlineData(nameof(Samples.Twice), new object?[] { 4L }, null, "8")]
    [InlineData(nameof(Samples.Twice), new object?[] { 5000000000000000000L }, null, "10000000000000000000")]
    [InlineData(nameof(Samples.Label), new object?[] { null }, null, "'none'")]
    [InlineData(nameof(Samples.Label), new object?[] { "a", true }, new[] { "upper" }, "'A'")]
    [InlineData(nameof(Samples.Label), new object?[] { 1L }, null, "TypeError: label() argument 1 must be str, not int")]
    [InlineData(nameof(Samples.Scale), new object?[] { 2.5 }, null, "2.5")]
    [InlineData(nameof(Samples.Scale), new object?[] { 2L, null }, null, "2.0")]
    [InlineData(nameof(Samples.Scale), new object?[] { 2L, 3L }, null, "6.0")]
    [InlineData(nameof(Samples.Length), new object?[] { "str" }, null, "TypeError: length() argument 'items' must be list, not str")]
    [InlineData(nameof(Samples.Count), new object?[] { 1L, 2L, 3L, 4L }, new[] { "k" }, "'3 1'")]
    [InlineData(nameof(Samples.Nothing), new object?[] { 1L }, null, "None")]
    [InlineData(nameof(Samples.Optional), new object?[] { }, null, "'missing'")]
    [InlineData(nameof(Samples.Optional), new object?[] { 1L }, null, "'given'")]
    [InlineData(nameof(Samples.Raise), new object?[] { }, null, "ValueError: from the method")]
    public void Invoke_ManyCalls_ReflectionAndCompiledAgree(string method, object?[] args, string[]? kwnames, string expected)
    {
        var name = method.ToLowerInvariant();
        var binder = new NativeBinder(name, name, typeof(Samples).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!);
        for (var i = 0; i < Calls; i++)
        {
            Assert.Equal(expected, Outcome(() => binder.Invoke(null, args, kwnames)));
        }
    }

    [Fact]
    public void Signature_BeforeAnyCall_IsThePythonSignature()
    {
        var binder = new NativeBinder("label", "label", typeof(Samples).GetMethod(nameof(Samples.Label))!);
        Assert.Equal("(s, /, *, upper=False)", binder.Signature.ToString());
    }

    private static string Outcome(Func<object?> call)
    {
        try
        {
            return PyOps.Repr(call());
        }
        catch (PyBaseException e)
        {
            return e.PythonTypeName + ": " + e.PyStr();
        }
    }

    public static class Samples
    {
        public static long Add(long a, long b = 2) => a + b;

        public static BigInteger Twice(BigInteger x) => x * 2;

        public static string Label([PyPositionalOnly] string? s, [PyKeywordOnly] bool upper = false) =>
            s is null ? "none" : upper ? s.ToUpperInvariant() : s;

        public static double Scale(double x, double? factor = null) => x * (factor ?? 1.0);

        public static long Length(PyList items) => items.Count;

        public static string Count([PyVarArgs] object?[] args, [PyKwArgs] PyDict kwargs) => $"{args.Length} {kwargs.Count}";

        public static void Nothing(object? x)
        {
        }

        public static string Optional([PyOptional] object? x = null) => ReferenceEquals(x, PyArg.Missing) ? "missing" : "given";

        public static object Raise() => throw new PyValueError("from the method");
    }
}
