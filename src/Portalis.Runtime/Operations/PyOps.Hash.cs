using System.Numerics;

namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// 3.11 hashes None by its address, so its position in a set varies between runs; Portalis uses the
    /// constant that CPython 3.12 adopted for <c>hash(None)</c> (gh-99540), so the order is at least stable.
    /// </summary>
    public const long NoneHash = 0xFCA86420;

    /// <summary>
    /// <c>hash(x)</c>: CPython's exact hashes for int, float, complex, bool, tuple and frozenset; a fixed
    /// constant for None; a deterministic FNV-1a hash for str and bytes (CPython randomises these per
    /// process, so no program can depend on their values). Unhashable types raise TypeError.
    /// </summary>
    public static long Hash(object? value) => value switch
    {
        long l => PyInt.Hash(l),
        string s => StringHash(s),
        double d => PyFloat.Hash(d),
        bool b => b ? 1 : 0,
        null => NoneHash,
        BigInteger big => PyInt.Hash(big),
        Complex c => ComplexHash(c),
        PyObject o => o.Hash(),
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value),
    };

    /// <summary>The FNV-1a hash of the UTF-16 units, -1 mapped to -2.</summary>
    public static long StringHash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        var result = (long)h;
        return result == -1 ? -2 : result;
    }

    /// <summary>The FNV-1a hash of bytes, equal to <see cref="StringHash"/> of the Latin-1 string (as CPython, where ASCII str and bytes hash alike).</summary>
    public static long BytesHash(ReadOnlySpan<byte> bytes)
    {
        var h = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            h ^= b;
            h *= 1099511628211UL;
        }

        var result = (long)h;
        return result == -1 ? -2 : result;
    }

    // Objects/complexobject.c, complex_hash.
    private static long ComplexHash(Complex c)
    {
        var hashReal = (ulong)PyFloat.Hash(c.Real);
        var hashImag = (ulong)PyFloat.Hash(c.Imaginary);
        var combined = unchecked(hashReal + (1000003UL * hashImag));
        var result = (long)combined;
        return result == -1 ? -2 : result;
    }

    /// <summary>Objects/tupleobject.c, <c>tuplehash</c> (the xxHash-based algorithm of 3.8+).</summary>
    internal static long TupleHash(ReadOnlySpan<object?> items)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        const ulong Prime5 = 2870177450012600261UL;
        var acc = Prime5;
        foreach (var item in items)
        {
            var lane = (ulong)Hash(item);
            acc = unchecked(acc + (lane * Prime2));
            acc = (acc << 31) | (acc >> 33);
            acc = unchecked(acc * Prime1);
        }

        acc = unchecked(acc + ((ulong)items.Length ^ (Prime5 ^ 3527539UL)));
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }
}
