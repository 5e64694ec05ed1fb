using System.Globalization;
using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// Python <c>int</c> helpers. An int is a boxed <see cref="long"/> when it fits, otherwise a
/// <see cref="BigInteger"/>; a value in <see cref="long"/> range is never a <see cref="BigInteger"/>.
/// </summary>
public static class PyInt
{
    /// <summary>CPython's default <c>sys.get_int_max_str_digits()</c> (3.11.7): decimal conversions above it fail.</summary>
    public const int MaxStrDigits = 4300;

    private static readonly BigInteger s_longMin = long.MinValue;
    private static readonly BigInteger s_longMax = long.MaxValue;

    /// <summary>Boxes a big result, demoting it to <see cref="long"/> when it fits (the representation invariant).</summary>
    public static object Normalize(BigInteger value) =>
        value >= s_longMin && value <= s_longMax ? (object)(long)value : value;

    /// <summary>
    /// PyNumber_Index (Objects/abstract.c): an exact int of any size (a bool becomes 0 or 1), through
    /// <c>__index__</c> for other objects; TypeError otherwise.
    /// </summary>
    internal static object Index(object? value) => value switch
    {
        // The argument's own box: range(n) and enumerate(xs, start) allocate nothing here.
        long or BigInteger => value,
        bool b => b ? 1L : 0L,
        PyObject o when o.TryIndex(out var index) => Index(index),
        _ => throw new PyTypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as an integer"),
    };

    /// <summary>True for the Python int representations (bool excluded).</summary>
    public static bool IsInt(object? value) => value is long or BigInteger;

    /// <summary>The value of an int or bool as a <see cref="BigInteger"/>.</summary>
    public static BigInteger ToBig(object? value) => value switch
    {
        long l => l,
        BigInteger b => b,
        bool b => b ? BigInteger.One : BigInteger.Zero,
        _ => throw new PyTypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as an integer"),
    };

    /// <summary>
    /// Correctly rounded conversion to float (round-half-even), raising OverflowError
    /// "int too large to convert to float" as CPython's <c>PyLong_AsDouble</c>.
    /// </summary>
    public static double ToDouble(BigInteger value)
    {
        var result = RatioToDouble(value, BigInteger.One);
        if (double.IsInfinity(result))
        {
            throw new PyOverflowError("int too large to convert to float");
        }

        return result;
    }

    /// <summary>Correctly rounded conversion of a long to float.</summary>
    public static double ToDouble(long value) => value;

    /// <summary>
    /// <c>a / b</c> for ints, correctly rounded as CPython's <c>long_true_divide</c> (Objects/longobject.c),
    /// with its ZeroDivisionError and OverflowError messages.
    /// </summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw new PyZeroDivisionError("division by zero");
        }

        var result = RatioToDouble(a, b);
        if (double.IsInfinity(result))
        {
            throw new PyOverflowError("integer division result too large for a float");
        }

        return result;
    }

    /// <summary>Fast path of <see cref="TrueDivide(BigInteger, BigInteger)"/> for longs.</summary>
    public static double TrueDivide(long a, long b)
    {
        if (b == 0)
        {
            throw new PyZeroDivisionError("division by zero");
        }

        // Both operands exact in a double: one correctly rounded IEEE division.
        const long Exact = 1L << 53;
        if (a is > -Exact and < Exact && b is > -Exact and < Exact)
        {
            return (double)a / b;
        }

        return TrueDivide((BigInteger)a, b);
    }

    // a/b rounded half-even to the nearest double, with subnormals rounded once (no double rounding);
    // returns +-infinity when the result exceeds the double range.
    private static double RatioToDouble(BigInteger a, BigInteger b)
    {
        if (a.IsZero)
        {
            return b.Sign < 0 ? -0.0 : 0.0;
        }

        var negative = a.Sign != b.Sign;
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        var la = (long)a.GetBitLength();
        var lb = (long)b.GetBitLength();

        // The result lies in [2^(la-lb-1), 2^(la-lb+1)); find its exponent e exactly: 2^e <= a/b < 2^(e+1).
        var e = la - lb;
        var ge = e >= 0 ? a >= (b << (int)e) : (a << (int)-e) >= b;
        if (!ge)
        {
            e--;
        }

        if (e > 1024)
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // The unit in the last place: 53 significant bits, or fewer in the subnormal range.
        var k = Math.Max(e - 52, -1074);

        // q = floor(a / (b * 2^k)) with two extra bits, plus a sticky bit for the remainder.
        var shift = k - 2;
        BigInteger q;
        BigInteger r;
        if (shift >= 0)
        {
            q = BigInteger.DivRem(a, b << (int)shift, out r);
        }
        else
        {
            q = BigInteger.DivRem(a << (int)-shift, b, out r);
        }

        var m = (long)(q >> 2);
        var low = (int)(q & 3);
        if (low > 2 || (low == 2 && (!r.IsZero || (m & 1) == 1)))
        {
            m++;
        }

        var result = Math.ScaleB(m, (int)k);
        return negative ? -result : result;
    }

    /// <summary>CPython's int hash (Objects/longobject.c, <c>long_hash</c>): the value modulo 2**61-1 with its sign; -1 becomes -2.</summary>
    public static long Hash(long value)
    {
        const ulong Modulus = (1UL << 61) - 1;
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        var h = (long)(magnitude % Modulus);
        if (value < 0)
        {
            h = -h;
        }

        return h == -1 ? -2 : h;
    }

    /// <summary>The hash of a big int (same rule as <see cref="Hash(long)"/>).</summary>
    public static long Hash(BigInteger value)
    {
        var modulus = new BigInteger((1L << 61) - 1);
        var h = (long)(BigInteger.Abs(value) % modulus);
        if (value.Sign < 0)
        {
            h = -h;
        }

        return h == -1 ? -2 : h;
    }

    /// <summary><c>str(n)</c>, with CPython 3.11's limit on decimal digits.</summary>
    public static string ToDecimalString(BigInteger value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var digits = text.Length - (value.Sign < 0 ? 1 : 0);
        if (digits > MaxStrDigits)
        {
            throw new PyValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }

        return text;
    }

    /// <summary><c>str(n)</c> of any int representation.</summary>
    public static string ToDecimalString(object value) => value switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger b => ToDecimalString(b),
        bool b => b ? "1" : "0",
        _ => throw new ArgumentException("not an int", nameof(value)),
    };

    /// <summary>Digits of |value| in base 2, 8 or 16 (lowercase), no prefix.</summary>
    public static string ToBaseDigits(BigInteger value, int radix)
    {
        value = BigInteger.Abs(value);
        if (value.IsZero)
        {
            return "0";
        }

        var bitsPerDigit = radix switch { 2 => 1, 8 => 3, 16 => 4, _ => throw new ArgumentOutOfRangeException(nameof(radix)) };
        var bitLength = (long)value.GetBitLength();
        var count = (int)((bitLength + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[count];
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (var i = 0; i < count; i++)
        {
            var bit = (long)i * bitsPerDigit;
            var digit = 0;
            for (var j = 0; j < bitsPerDigit; j++)
            {
                var b = bit + j;
                var byteIndex = (int)(b >> 3);
                if (byteIndex < bytes.Length && ((bytes[byteIndex] >> (int)(b & 7)) & 1) != 0)
                {
                    digit |= 1 << j;
                }
            }

            chars[count - 1 - i] = "0123456789abcdef"[digit];
        }

        return new string(chars);
    }

    /// <summary><c>bin(n)</c>, <c>oct(n)</c>, <c>hex(n)</c>: sign, prefix (0b, 0o, 0x) and digits.</summary>
    public static string ToPrefixedString(BigInteger value, int radix)
    {
        var prefix = radix switch { 2 => "0b", 8 => "0o", _ => "0x" };
        return (value.Sign < 0 ? "-" : string.Empty) + prefix + ToBaseDigits(value, radix);
    }
}
