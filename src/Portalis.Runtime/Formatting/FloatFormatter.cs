using System.Globalization;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Float to text, as Python/pystrtod.c <c>PyOS_double_to_string</c>: shortest round-trip (mode 'r') and
/// correctly rounded fixed/exponent/general forms computed from the exact binary value, so ties round
/// half-even on the exact decimal expansion as David Gay's dtoa does.
/// </summary>
internal static class FloatFormatter
{
    /// <summary>Shortest round-trip digits in repr layout; <paramref name="addDotZero"/> appends ".0" to integral results.</summary>
    public static string Shortest(double value, bool addDotZero)
    {
        if (!double.IsFinite(value))
        {
            return NonFinite(value, upper: false);
        }

        var (digits, decpt) = ShortestDigits(value);
        var builder = new StringBuilder(24);
        if (double.IsNegative(value))
        {
            builder.Append('-');
        }

        // format_float_short: exponent form when decpt <= -4 or decpt > 16.
        if (decpt <= -4 || decpt > 16)
        {
            AppendExponentForm(builder, digits, decpt - 1, 'e', keepPoint: false);
        }
        else
        {
            AppendFixed(builder, digits, decpt, minFraction: 0);
            if (addDotZero && decpt >= digits.Length)
            {
                builder.Append(".0");
            }
        }

        return builder.ToString();
    }

    /// <summary>The shortest round-trip significant digits of |value| (no trailing zeros) and the decimal point position.</summary>
    public static (string Digits, int DecimalPoint) ShortestDigits(double value)
    {
        if (value == 0)
        {
            return ("0", 1);
        }

        // .NET Core 3.0+ "R" is the shortest round-trip string.
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var ePos = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var exponent = ePos >= 0 ? int.Parse(roundTrip.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var mantissa = ePos >= 0 ? roundTrip[..ePos] : roundTrip;
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var all = dot >= 0 ? intPart + mantissa[(dot + 1)..] : intPart;
        var digits = all.TrimStart('0');
        var leadingZeros = all.Length - digits.Length;
        digits = digits.TrimEnd('0');
        return (digits, intPart.Length - leadingZeros + exponent);
    }

    /// <summary>"inf", "-inf" or "nan" (upper-case for the F, E, G, % presentations).</summary>
    public static string NonFinite(double value, bool upper)
    {
        var text = double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        return upper ? text.ToUpperInvariant() : text;
    }

    /// <summary>|value| = n / 10**scale exactly, with scale >= 0.</summary>
    public static (BigInteger N, int Scale) ExactDecimal(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & ((1L << 52) - 1);
        int e;
        if (exponentBits == 0)
        {
            e = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            e = exponentBits - 1075;
        }

        if (mantissa == 0)
        {
            return (BigInteger.Zero, 0);
        }

        if (e >= 0)
        {
            return (new BigInteger(mantissa) << e, 0);
        }

        // m * 2^e = m * 5^-e / 10^-e.
        return (new BigInteger(mantissa) * BigInteger.Pow(5, -e), -e);
    }

    /// <summary>n / 10**drop rounded half-even.</summary>
    public static BigInteger RoundHalfEven(BigInteger n, int drop)
    {
        if (drop <= 0)
        {
            return n * BigInteger.Pow(10, -drop);
        }

        var divisor = BigInteger.Pow(10, drop);
        var q = BigInteger.DivRem(n, divisor, out var r);
        var twice = r * 2;
        var cmp = twice.CompareTo(divisor);
        if (cmp > 0 || (cmp == 0 && !q.IsEven))
        {
            q += 1;
        }

        return q;
    }

    /// <summary>Digits of |value| rounded to <paramref name="precision"/> places after the point: (digits, decpt) with digits.Length - decpt == precision.</summary>
    public static (string Digits, int DecimalPoint) FixedDigits(double value, int precision)
    {
        if (FixedDigitsExact128(value, precision) is { } exact)
        {
            return exact.Length == 0 ? (string.Empty, -precision) : (exact, exact.Length - precision);
        }

        var (shortest, decpt) = ShortestDigits(value);
        if (FromShortest(value, shortest, decpt, decpt + precision) is { } rounded)
        {
            return rounded.Digits.Length == 0 ? (string.Empty, -precision) : (rounded.Digits, rounded.Digits.Length - precision);
        }

        var (n, scale) = ExactDecimal(value);
        var q = RoundHalfEven(n, scale - precision);
        var digits = q.ToString(CultureInfo.InvariantCulture);
        if (q.IsZero)
        {
            digits = string.Empty;
        }

        return (digits, digits.Length - precision);
    }

    /// <summary>|value| rounded to <paramref name="significant"/> digits: (exactly that many digits, decimal exponent of the first).</summary>
    public static (string Digits, int Exponent) SignificantDigits(double value, int significant)
    {
        var (shortest, decpt) = ShortestDigits(value);
        if (value != 0 && FromShortest(value, shortest, decpt, significant) is { } rounded)
        {
            // A carry out of the first digit (9.99 -> 10.0) adds a digit: keep the first ones, one place up.
            return rounded.Digits.Length > significant ? (rounded.Digits[..significant], decpt) : (rounded.Digits, decpt - 1);
        }

        var (n, scale) = ExactDecimal(value);
        if (n.IsZero)
        {
            return (new string('0', significant), 0);
        }

        var length = n.ToString(CultureInfo.InvariantCulture).Length;
        var drop = length - significant;
        var q = RoundHalfEven(n, drop);
        var text = q.ToString(CultureInfo.InvariantCulture);
        if (text.Length > significant)
        {
            // Rounded up to a power of ten (9.99 -> 10.0).
            text = text[..significant];
            drop++;
        }

        return (text, text.Length - 1 + drop - scale);
    }

    /// <summary>
    /// |value| x 10**precision rounded half-even to an integer, in decimal (empty for zero), computed exactly in
    /// 128-bit integers: |value| = m x 2**e with m below 2**53, so m x 10**precision fits when precision is at most
    /// 22, and the rounding looks at the exact remainder of the shift by -e. Null when the numbers do not fit
    /// (large exponents either way, or more places), which the BigInteger path handles.
    /// </summary>
    private static string? FixedDigitsExact128(double value, int precision)
    {
        if (!double.IsFinite(value) || precision > 22)
        {
            return null;
        }

        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = (ulong)(bits & ((1L << 52) - 1));
        var e = exponentBits == 0 ? -1074 : exponentBits - 1075;
        if (exponentBits != 0)
        {
            mantissa |= 1UL << 52;
        }

        if (mantissa == 0)
        {
            return string.Empty;
        }

        var scaled = (UInt128)mantissa * s_powersOfTen[precision];
        UInt128 q;
        if (e >= 0)
        {
            // An integer: exact when the shifted product still fits in 128 bits.
            if (e >= (int)UInt128.LeadingZeroCount(scaled))
            {
                return null;
            }

            q = scaled << e;
        }
        else if (-e >= 127)
        {
            // |value| < 2**53 / 2**127 < 5.3e-23: with at most 21 places it scales below 0.053 and rounds to 0.
            return precision <= 21 ? string.Empty : null;
        }
        else
        {
            var shift = -e;
            q = scaled >> shift;
            var remainder = scaled & ((UInt128.One << shift) - 1);
            var half = UInt128.One << (shift - 1);
            if (remainder > half || (remainder == half && (q & 1) == 1))
            {
                q++;
            }
        }

        return q == 0 ? string.Empty : q.ToString(CultureInfo.InvariantCulture);
    }

    private static readonly UInt128[] s_powersOfTen = PowersOfTen();

    private static UInt128[] PowersOfTen()
    {
        var powers = new UInt128[23];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>
    /// The exactly rounded first <paramref name="keep"/> digits of |value| (half-even on its exact binary value, as
    /// the BigInteger paths compute), taken from its shortest round-trip digits when those decide it, which is
    /// most of the time and much cheaper; null when only the exact value can decide. |value| is 0.digits x
    /// 10**decpt. The shortest digits d decide the rounding when (a) d has at least two digits past the cut: a
    /// rounding boundary between d and the exact value x (or x on a tie) would be a shorter string that rounds
    /// to the same double, and d is the shortest; or (b) d ends at or before the cut and x, within half an ulp of
    /// d, is within half a unit of the last kept digit. The result has no leading zeros (empty when it rounds to
    /// zero) and one digit more than <paramref name="keep"/> after a carry out of the first digit.
    /// </summary>
    private static (string Digits, bool Carry)? FromShortest(double value, string digits, int decpt, int keep)
    {
        if (!double.IsFinite(value) || value == 0 || keep > 17)
        {
            return null;
        }

        if (digits.Length <= keep)
        {
            var magnitude = Math.Abs(value);
            var ulp = Math.BitIncrement(magnitude) - magnitude;
            var unit = Math.Pow(10, decpt - keep);
            return ulp < unit / 4 ? (digits + new string('0', keep - digits.Length), false) : null;
        }

        if (keep < 0)
        {
            // Below a tenth of the last kept place: rounds to zero, whatever the exact value.
            return (string.Empty, false);
        }

        if (digits.Length == keep + 1)
        {
            return null;
        }

        // Round half up on the digits: past the cut is more than one digit, the last nonzero, so never a tie.
        var kept = digits.ToCharArray(0, keep);
        if (digits[keep] < '5')
        {
            return (new string(kept).TrimStart('0'), false);
        }

        for (var i = keep - 1; i >= 0; i--)
        {
            if (kept[i] != '9')
            {
                kept[i]++;
                return (new string(kept), false);
            }

            kept[i] = '0';
        }

        return ("1" + new string(kept), true);
    }

    /// <summary>'f' formatting of |value| (no sign): precision digits after the point, point kept when <paramref name="alternate"/>.</summary>
    public static string Fixed(double value, int precision, bool alternate)
    {
        var (digits, decpt) = FixedDigits(value, precision);
        var builder = new StringBuilder(digits.Length + 4);
        if (decpt <= 0)
        {
            builder.Append('0');
        }
        else
        {
            builder.Append(digits, 0, decpt);
        }

        if (precision > 0 || alternate)
        {
            builder.Append('.');
        }

        if (precision > 0)
        {
            if (decpt < 0)
            {
                builder.Append('0', Math.Min(-decpt, precision));
                builder.Append(digits);
            }
            else
            {
                builder.Append(digits, decpt, digits.Length - decpt);
            }
        }

        return builder.ToString();
    }

    /// <summary>'e' formatting of |value| (no sign).</summary>
    public static string Exponent(double value, int precision, bool alternate, char e)
    {
        var (digits, exponent) = SignificantDigits(value, precision + 1);
        var builder = new StringBuilder(precision + 8);
        AppendExponentForm(builder, digits, exponent, e, alternate);
        return builder.ToString();
    }

    /// <summary>
    /// 'g' formatting of |value| (no sign): precision significant digits, fixed notation when
    /// -4 &lt;= exponent &lt; precision, trailing zeros removed unless <paramref name="alternate"/>;
    /// <paramref name="addDotZero"/> keeps one fractional digit in fixed notation (format type '').
    /// </summary>
    public static string General(double value, int precision, bool alternate, bool addDotZero, char e)
    {
        if (precision == 0)
        {
            precision = 1;
        }

        var (digits, exponent) = SignificantDigits(value, precision);
        if (!alternate)
        {
            digits = digits.TrimEnd('0');
            if (digits.Length == 0)
            {
                digits = "0";
            }
        }

        var builder = new StringBuilder(precision + 8);
        // format_float_short: exponent form when decpt <= -4 or decpt > precision (precision - 1 with
        // add_dot_0_if_integer, the '' presentation type with a precision).
        var decimalPoint = exponent + 1;
        if (decimalPoint > -4 && decimalPoint <= (addDotZero ? precision - 1 : precision))
        {
            var decpt = exponent + 1;
            var minFraction = alternate ? precision - decpt : 0;
            AppendFixed(builder, digits, decpt, minFraction);
            if (alternate && decpt >= digits.Length && minFraction <= 0)
            {
                builder.Append('.');
            }
            else if (addDotZero && decpt >= digits.Length)
            {
                builder.Append(".0");
            }
        }
        else
        {
            AppendExponentForm(builder, digits, exponent, e, alternate);
        }

        return builder.ToString();
    }

    // Positional layout of digits with the point after decpt digits; pads zeros to minFraction fraction digits.
    private static void AppendFixed(StringBuilder builder, string digits, int decpt, int minFraction)
    {
        int fraction;
        if (decpt <= 0)
        {
            builder.Append("0.").Append('0', -decpt).Append(digits);
            fraction = -decpt + digits.Length;
        }
        else if (decpt >= digits.Length)
        {
            builder.Append(digits).Append('0', decpt - digits.Length);
            fraction = 0;
            if (minFraction > 0)
            {
                builder.Append('.');
            }
        }
        else
        {
            builder.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            fraction = digits.Length - decpt;
        }

        if (minFraction > fraction)
        {
            builder.Append('0', minFraction - fraction);
        }
    }

    private static void AppendExponentForm(StringBuilder builder, string digits, int exponent, char e, bool keepPoint)
    {
        builder.Append(digits[0]);
        if (digits.Length > 1)
        {
            builder.Append('.').Append(digits, 1, digits.Length - 1);
        }
        else if (keepPoint)
        {
            builder.Append('.');
        }

        builder.Append(e).Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
    }
}
