using System.Numerics;

namespace Portalis.Runtime;

public static partial class MathModule
{
    /// <summary><c>math.gcd(*integers)</c></summary>
    [PyExport("gcd")]
    public static BigInteger Gcd(params object?[] integers)
    {
        var result = BigInteger.Zero;
        foreach (var x in integers)
        {
            result = BigInteger.GreatestCommonDivisor(result, PyArg.ToBigInteger(x));
        }

        return result;
    }

    /// <summary><c>math.lcm(*integers)</c></summary>
    [PyExport("lcm")]
    public static BigInteger Lcm(params object?[] integers)
    {
        var result = BigInteger.One;
        foreach (var x in integers)
        {
            var v = BigInteger.Abs(PyArg.ToBigInteger(x));
            if (v.IsZero || result.IsZero)
            {
                result = BigInteger.Zero;
                continue;
            }

            result = result / BigInteger.GreatestCommonDivisor(result, v) * v;
        }

        return result;
    }

    /// <summary><c>math.factorial(n)</c></summary>
    [PyExport("factorial")]
    public static BigInteger Factorial([PyPositionalOnly] object? n)
    {
        if (n is double)
        {
            throw new PyTypeError("'float' object cannot be interpreted as an integer");
        }

        var value = PyArg.ToBigInteger(n);
        if (value.Sign < 0)
        {
            throw new PyValueError("factorial() not defined for negative values");
        }

        if (value > long.MaxValue)
        {
            throw new PyOverflowError("factorial() argument should not exceed 9223372036854775807");
        }

        return Product(1, (long)value);
    }

    /// <summary><c>math.comb(n, k)</c></summary>
    [PyExport("comb")]
    public static BigInteger Comb(object? n, [PyPositionalOnly] object? k)
    {
        var nn = PyArg.ToBigInteger(n);
        var kk = PyArg.ToBigInteger(k);
        if (nn.Sign < 0)
        {
            throw new PyValueError("n must be a non-negative integer");
        }

        if (kk.Sign < 0)
        {
            throw new PyValueError("k must be a non-negative integer");
        }

        if (kk > nn)
        {
            return BigInteger.Zero;
        }

        if (kk > nn - kk)
        {
            kk = nn - kk;
        }

        if (kk > int.MaxValue)
        {
            throw new PyOverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
        }

        var result = BigInteger.One;
        for (var i = BigInteger.One; i <= kk; i++)
        {
            result = result * (nn - kk + i) / i;
        }

        return result;
    }

    /// <summary><c>math.perm(n, k=None)</c></summary>
    [PyExport("perm")]
    public static BigInteger Perm(object? n, [PyPositionalOnly] object? k = null)
    {
        if (k is null)
        {
            return Factorial(n);
        }

        var nn = PyArg.ToBigInteger(n);
        var kk = PyArg.ToBigInteger(k);
        if (nn.Sign < 0)
        {
            throw new PyValueError("n must be a non-negative integer");
        }

        if (kk.Sign < 0)
        {
            throw new PyValueError("k must be a non-negative integer");
        }

        if (kk > nn)
        {
            return BigInteger.Zero;
        }

        var result = BigInteger.One;
        for (var i = nn - kk + 1; i <= nn; i++)
        {
            result *= i;
        }

        return result;
    }

    /// <summary><c>math.isqrt(n)</c>: the floor of the exact square root.</summary>
    [PyExport("isqrt")]
    public static BigInteger Isqrt([PyPositionalOnly] object? n)
    {
        var value = PyArg.ToBigInteger(n);
        if (value.Sign < 0)
        {
            throw new PyValueError("isqrt() argument must be nonnegative");
        }

        if (value.IsZero)
        {
            return value;
        }

        // Newton's iteration from an upper bound converges monotonically to the floor.
        var x = BigInteger.One << (int)((value.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + (value / x)) >> 1;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
    }

    /// <summary><c>math.prod(iterable, /, *, start=1)</c></summary>
    [PyExport("prod")]
    public static object? Prod([PyPositionalOnly] object? iterable, [PyKeywordOnly] object? start = null)
    {
        var result = start ?? 1L;
        foreach (var item in PyOps.Iterate(iterable))
        {
            result = PyOps.Mul(result, item);
        }

        return result;
    }

    private static BigInteger Product(long from, long to)
    {
        // Balanced binary splitting keeps the operands of similar size.
        if (to - from < 16)
        {
            var r = BigInteger.One;
            for (var i = from; i <= to; i++)
            {
                r *= i;
            }

            return r;
        }

        var mid = from + ((to - from) / 2);
        return Product(from, mid) * Product(mid + 1, to);
    }
}
