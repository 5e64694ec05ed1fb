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
