using System.Text.Json;
using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

public sealed class RandomModuleTests
{
    public static TheoryData<string> Ops() => ["random", "getrandbits", "randrange", "choice", "shuffle", "sample", "choices", "floats"];

    [Theory]
    [MemberData(nameof(Ops))]
    public void Sequences_ForSeveralSeeds_MatchCPython(string op)
    {
        foreach (var row in ModuleCases.Load("random").Where(r => r.GetProperty("op").GetString() == op))
        {
            var seed = ModuleCases.Decode(row.GetProperty("seed"));
            var r = new PyRandom(seed);
            var actual = PyOps.Repr(Run(r, op));
            Assert.True(row.GetProperty("expect").GetString() == actual, $"seed {PyOps.Repr(seed)} {op}: mismatch\n{actual[..Math.Min(300, actual.Length)]}");
        }
    }

    [Fact]
    public void ModuleFunctions_UseTheDefaultInstance()
    {
        Py.Call("random", "seed", 42L);
        var a = Py.Call("random", "random");
        Assert.Equal(new PyRandom(42L).Random(), a);
        Assert.Equal("ValueError: empty range for randrange() (5, 5, 0)", Py.Error(() => Py.Call("random", "randrange", 5L, 5L)));
        Assert.Equal("IndexError: Cannot choose from an empty sequence", Py.Error(() => Py.Call("random", "choice", new PyList())));
        var instance = Py.Call("random", "Random", 7L);
        Assert.Equal(new PyRandom(7L).Random(), Py.Method(instance, "random"));
    }

    private static PyList Run(PyRandom r, string op)
    {
        var result = new PyList();
        switch (op)
        {
            case "random":
                for (var i = 0; i < 1000; i++)
                {
                    result.Append(r.Random());
                }

                break;
            case "getrandbits":
                for (var rep = 0; rep < 3; rep++)
                {
                    for (var k = 1L; k < 100; k++)
                    {
                        result.Append(PyInt.Normalize(r.GetRandBits(k)));
                    }
                }

                break;
            case "randrange":
                for (var n = 1L; n < 1000; n++)
                {
                    result.Append(PyInt.Normalize(r.RandRange(0L, n)));
                }

                for (var i = 0; i < 100; i++)
                {
                    result.Append(PyInt.Normalize(r.RandRange(3L, 1000L, 7L)));
                }

                for (var i = 0; i < 100; i++)
                {
                    result.Append(PyInt.Normalize(r.RandInt(-5L, 5L)));
                }

                for (var i = 0; i < 20; i++)
                {
                    result.Append(PyInt.Normalize(r.RandRange(PyOps.Pow(2L, 80L))));
                }

                break;
            case "choice":
                var seq = PyList.FromIterable(PyRange.Create(20L));
                for (var i = 0; i < 300; i++)
                {
                    result.Append(r.Choice(seq));
                }

                break;
            case "shuffle":
                for (var i = 0; i < 30; i++)
                {
                    var l = PyList.FromIterable(PyRange.Create(15L));
                    r.Shuffle(l);
                    result.Append(l);
                }

                break;
            case "sample":
                for (var i = 0; i < 20; i++)
                {
                    result.Append(r.Sample(PyRange.Create(100L), 10));
                }

                for (var i = 0; i < 20; i++)
                {
                    result.Append(r.Sample(PyList.FromIterable("abcdefgh"), 3));
                }

                result.Append(r.Sample(PyRange.Create(1000000L), 5));
                break;
            case "choices":
                result.Append(PyOps.CallKw(Attr(r, "choices"), ["abcde", 10L], ["k"]));
                result.Append(PyOps.CallKw(Attr(r, "choices"), [PyRange.Create(5L), new PyList(1L, 2L, 3L, 4L, 5L), 20L], ["weights", "k"]));
                result.Append(PyOps.CallKw(Attr(r, "choices"), ["xyz", new PyList(1L, 5L, 6L), 10L], ["cum_weights", "k"]));
                result.Append(r.Choices(new PyList(1L, 2L)));
                break;
            default:
                Repeat(50, () => r.Uniform(1L, 10L));
                Repeat(51, () => r.Gauss());
                Repeat(50, () => r.NormalVariate(5, 2));
                Repeat(50, () => r.ExpoVariate(1.5));
                Repeat(50, () => r.Triangular(0, 10, 3));
                Repeat(20, () => r.BetaVariate(2, 3));
                Repeat(10, () => r.GammaVariate(0.5, 1));
                Repeat(10, () => r.GammaVariate(3, 2));
                Repeat(10, () => r.LogNormVariate(0, 1));
                Repeat(10, () => r.VonMisesVariate(1, 2));
                Repeat(10, () => r.ParetoVariate(3));
                Repeat(10, () => r.WeibullVariate(1, 2));
                break;
        }

        return result;

        void Repeat(int n, Func<object?> f)
        {
            for (var i = 0; i < n; i++)
            {
                result.Append(f());
            }
        }
    }

    private static object? Attr(PyRandom r, string name) => r.TryGetAttribute(name, out var m) ? m : null;
}
