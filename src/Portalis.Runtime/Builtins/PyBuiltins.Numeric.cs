using System.Globalization;
using System.Numerics;

namespace Portalis.Runtime;

/// <summary>Python's builtin functions (the <c>builtins</c> module) over runtime values.</summary>
public static partial class PyBuiltins
{
    /// <summary><c>round(x)</c>: round half to even, to an int (floats) or the same int.</summary>
    public static object? Round(object? x)
    {
        switch (x)
        {
            case double d:
            {
                // Objects/floatobject.c, float___round___impl with ndigits None.
                var rounded = Math.Round(d, MidpointRounding.AwayFromZero);
                if (Math.Abs(d - rounded) == 0.5)
                {
                    rounded = 2.0 * Math.Round(d / 2.0, MidpointRounding.AwayFromZero);
                }

                return PyFloat.Truncate(rounded);
            }

            case bool b:
                return b ? 1L : 0L;
            case long or BigInteger:
                return x;
            default:
                return RoundSpecial(x, []);
        }
    }

    // Python/bltinmodule.c, builtin_round_impl: any other object's type must define __round__, called with
    // no argument when ndigits is omitted or None, else with ndigits.
    private static object? RoundSpecial(object? x, object?[] args)
    {
        var type = PyOps.TypeOf(x);
        if (!type.TryLookup("__round__", out var method))
        {
            throw new PyTypeError($"type {PyOps.TypeName(x)} doesn't define __round__ method");
        }

        return PyOps.Call(ClassDispatch.Bind(method, x, type), args.AsSpan());
    }

    /// <summary><c>round(x, ndigits)</c>: correctly rounded (half-even on the exact value) as CPython's <c>double_round</c>.</summary>
    public static object? Round(object? x, object? ndigits)
    {
        if (ndigits is null)
        {
            return Round(x);
        }

        if (!PyOps.IsIntLike(ndigits))
        {
            throw new PyTypeError($"'{PyOps.TypeName(ndigits)}' object cannot be interpreted as an integer");
        }

        var nBig = PyInt.ToBig(ndigits);
        switch (x)
        {
            case double d:
            {
                if (!double.IsFinite(d))
                {
                    return d;
                }

                // NDIGITS_MAX and NDIGITS_MIN of floatobject.c.
                if (nBig > 323)
                {
                    return d;
                }

                if (nBig < -308)
                {
                    return 0.0 * d;
                }

                return DoubleRound(d, (int)nBig);
            }

            case long or BigInteger or bool:
            {
                var value = PyInt.ToBig(x);
                if (nBig.Sign >= 0)
                {
                    return PyInt.Normalize(value);
                }

                // Objects/longobject.c, long_round: round half to even at 10**-ndigits.
                if (-nBig > 100000)
                {
                    return 0L;
                }

                var pow = BigInteger.Pow(10, (int)-nBig);
                var q = BigInteger.DivRem(value, pow, out var r);
                if (r.Sign < 0)
                {
                    q -= 1;
                    r += pow;
                }

                var twice = r * 2;
                var cmp = twice.CompareTo(pow);
                if (cmp > 0 || (cmp == 0 && !q.IsEven))
                {
                    q += 1;
                }

                return PyInt.Normalize(q * pow);
            }

            default:
                return RoundSpecial(x, [ndigits]);
        }
    }

    private static double DoubleRound(double x, int ndigits)
    {
        var (n, scale) = FloatFormatter.ExactDecimal(x);
        var q = FloatFormatter.RoundHalfEven(n, scale - ndigits);
        var text = (double.IsNegative(x) ? "-" : string.Empty) + q.ToString(CultureInfo.InvariantCulture) + "e" + (-ndigits).ToString(CultureInfo.InvariantCulture);
        var rounded = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded))
        {
            throw new PyOverflowError("rounded value too large to represent");
        }

        return rounded;
    }

    /// <summary><c>bin(x)</c></summary>
    public static string Bin(object? x) => PyInt.ToPrefixedString(IndexValue(x), 2);

    /// <summary><c>oct(x)</c></summary>
    public static string Oct(object? x) => PyInt.ToPrefixedString(IndexValue(x), 8);

    /// <summary><c>hex(x)</c></summary>
    public static string Hex(object? x) => PyInt.ToPrefixedString(IndexValue(x), 16);

    // PyNumber_Index: ints, then __index__ (int subclasses such as IntFlag members, user classes).
    private static BigInteger IndexValue(object? x) => PyOps.IsIntLike(x) ? PyInt.ToBig(x)
        : x is PyObject o && o.TryIndex(out var index) && PyOps.IsIntLike(index) ? PyInt.ToBig(index)
        : throw new PyTypeError($"'{PyOps.TypeName(x)}' object cannot be interpreted as an integer");
}
