using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// A Python subclass of <c>random.Random</c> (Lib/random.py): the methods written in Python in CPython call
/// <c>self.random()</c> and <c>self._randbelow()</c>, so a subclass that overrides <c>random</c> or
/// <c>getrandbits</c> changes them; <c>Random.__init_subclass__</c> picks the <c>_randbelow</c> variant.
/// </summary>
public sealed partial class PyRandom
{
    /// <summary>An instance for a subclass's <c>__new__</c>; its <c>__init__</c> seeds it.</summary>
    internal static PyRandom CreateUnseeded() => new(system: false);

    /// <summary>
    /// <c>Random.__init__(self, x=None)</c>: <c>self.seed(x)</c>, which a subclass may override (with a null self,
    /// only the argument check, for <c>Random(x=...)</c>).
    /// </summary>
    internal static object? Init(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        var seed = positional > 1 ? args[1] : kwnames is ["x"] ? args[^1] : null;
        if (positional > 2)
        {
            throw new PyTypeError($"Random.__init__() takes from 1 to 2 positional arguments but {positional} were given");
        }

        if (kwnames?.FirstOrDefault(k => k != "x") is { } unexpected)
        {
            throw new PyTypeError($"Random.__init__() got an unexpected keyword argument '{unexpected}'");
        }

        if (positional == 2 && kwnames is ["x"])
        {
            throw new PyTypeError("Random.__init__() got multiple values for argument 'x'");
        }

        if (args[0] is not null)
        {
            PyOps.CallMethod(args[0], "seed", seed);
        }

        return null;
    }

    /// <summary><c>self.random()</c>: the generator's, or a subclass's override.</summary>
    private double Next() => PyClass is null ? Random() : PyArg.ToDouble(PyOps.CallMethod(this, "random"));

    /// <summary><c>self._randbelow(n)</c> for a subclass instance (Lib/random.py, <c>__init_subclass__</c>).</summary>
    private BigInteger SubclassRandBelow(BigInteger n)
    {
        foreach (var type in PyClass!.Mro)
        {
            if (!type.IsHeapType)
            {
                break;
            }

            if (type.Dict.ContainsKey("_randbelow"))
            {
                return PyArg.ToBigInteger(PyOps.CallMethod(this, "_randbelow", PyInt.Normalize(n)));
            }

            if (type.Dict.ContainsKey("getrandbits"))
            {
                return RandBelowWithGetRandBits(n);
            }

            if (type.Dict.ContainsKey("random"))
            {
                return RandBelowWithoutGetRandBits(n);
            }
        }

        return RandBelowWithGetRandBits(n);
    }

    private BigInteger RandBelowWithGetRandBits(BigInteger n)
    {
        var k = PyInt.Normalize(new BigInteger(n.GetBitLength()));
        var r = PyArg.ToBigInteger(PyOps.CallMethod(this, "getrandbits", k));
        while (r >= n)
        {
            r = PyArg.ToBigInteger(PyOps.CallMethod(this, "getrandbits", k));
        }

        return r;
    }

    // _randbelow_without_getrandbits(n, maxsize=1<<BPF): only random() is used.
    private BigInteger RandBelowWithoutGetRandBits(BigInteger n)
    {
        var maxsize = BigInteger.One << 53;
        if (n >= maxsize)
        {
            return new BigInteger(Math.Floor(Next() * (double)n));
        }

        var rem = maxsize % n;
        var limit = (double)(maxsize - rem) / (double)maxsize;
        var r = Next();
        while (r >= limit)
        {
            r = Next();
        }

        return new BigInteger(Math.Floor(r * (double)maxsize)) % n;
    }
}
