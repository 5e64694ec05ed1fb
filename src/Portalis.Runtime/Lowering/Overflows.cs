using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>64-bit int arithmetic that reports overflow instead of wrapping (the caller then goes to BigInteger).</summary>
internal static class Overflows
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Add(long x, long y, out long result)
    {
        result = x + y;
        return ((x ^ result) & (y ^ result)) < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Sub(long x, long y, out long result)
    {
        result = x - y;
        return ((x ^ y) & (x ^ result)) < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Mul(long x, long y, out long result)
    {
        var high = Math.BigMul(x, y, out result);
        return !((high == 0 && result >= 0) || (high == -1 && result < 0));
    }
}
