using System.Globalization;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

// float.hex and float.fromhex (Objects/floatobject.c, float_hex and float_fromhex), and complex(str)
// (Objects/complexobject.c, complex_from_string_inner).
public static partial class PyFloat
{
    /// <summary><c>x.hex()</c>: <c>0x1.8000000000000p+1</c> for 3.0.</summary>
    public static string Hex(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return Repr(x);
        }

        if (x == 0)
        {
            return double.IsNegative(x) ? "-0x0.0p+0" : "0x0.0p+0";
        }

        var (m, e) = FrExp(Math.Abs(x));
        var shift = 1 - Math.Max(-1021 - e, 0);
        m = Math.ScaleB(m, shift);
        e -= shift;
        var builder = new StringBuilder(x < 0 ? "-0x" : "0x");
        var digit = (int)m;
        builder.Append("0123456789abcdef"[digit]).Append('.');
        m -= digit;
        for (var i = 0; i < 13; i++)
        {
            m *= 16;
            digit = (int)m;
            builder.Append("0123456789abcdef"[digit]);
            m -= digit;
        }

        return builder.Append('p').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary><c>x.as_integer_ratio()</c>: the exact fraction in lowest terms, positive denominator.</summary>
    public static PyTuple AsIntegerRatio(double x)
    {
        if (double.IsInfinity(x))
        {
            throw new PyOverflowError("cannot convert Infinity to integer ratio");
        }

        if (double.IsNaN(x))
        {
            throw new PyValueError("cannot convert NaN to integer ratio");
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        if (mantissa != 0)
        {
            var zeros = BitOperations.TrailingZeroCount(mantissa);
            mantissa >>= zeros;
            exponent += zeros;
        }

        BigInteger numerator = x < 0 ? -mantissa : mantissa;
        BigInteger denominator = BigInteger.One;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        return new PyTuple(PyInt.Normalize(numerator), PyInt.Normalize(denominator));
    }

    /// <summary><c>float.fromhex(s)</c>, correctly rounded (half to even), with CPython's messages.</summary>
    public static double FromHex(string text)
    {
        var s = PyStr.StripWhitespace(text);
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        var rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity" or "nan")
        {
            var special = rest == "nan" ? double.NaN : double.PositiveInfinity;
            return negative ? -special : special;
        }

        if (rest.StartsWith("0x", StringComparison.Ordinal))
        {
            i += 2;
        }

        BigInteger mantissa = 0;
        var exponent = 0L;
        var digits = 0;
        while (i < s.Length && Uri.IsHexDigit(s[i]))
        {
            mantissa = (mantissa << 4) + Convert.ToInt32(s[i].ToString(), 16);
            digits++;
            i++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && Uri.IsHexDigit(s[i]))
            {
                mantissa = (mantissa << 4) + Convert.ToInt32(s[i].ToString(), 16);
                exponent -= 4;
                digits++;
                i++;
            }
        }

        if (digits == 0)
        {
            throw new PyValueError("invalid hexadecimal floating-point string");
        }

        if (i < s.Length && s[i] is 'p' or 'P')
        {
            i++;
            var start = i;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            var digitsStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == digitsStart)
            {
                throw new PyValueError("invalid hexadecimal floating-point string");
            }

            exponent += long.Parse(s.AsSpan(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        if (i != s.Length)
        {
            throw new PyValueError("invalid hexadecimal floating-point string");
        }

        var value = mantissa.IsZero ? 0.0 : ScaleRounded(mantissa, exponent);
        return negative ? -value : value;
    }

    // mantissa * 2**exponent rounded to the nearest double, ties to even.
    private static double ScaleRounded(BigInteger mantissa, long exponent)
    {
        var bits = (long)mantissa.GetBitLength();
        if (bits + exponent > 1024)
        {
            throw new PyOverflowError("hexadecimal value too large to represent as a float");
        }

        var shift = Math.Max(bits - 53, -1074 - exponent);
        if (shift > 0)
        {
            var kept = mantissa >> (int)shift;
            var remainder = mantissa - (kept << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            if (remainder > half || (remainder == half && !kept.IsEven))
            {
                kept += 1;
            }

            mantissa = kept;
            exponent += shift;
        }

        var result = Math.ScaleB((double)mantissa, (int)Math.Clamp(exponent, -2000, 2000));
        return double.IsInfinity(result) ? throw new PyOverflowError("hexadecimal value too large to represent as a float") : result;
    }

    private static (double Mantissa, int Exponent) FrExp(double x)
    {
        var e = Math.ILogB(x) + 1;
        return (Math.ScaleB(x, -e), e);
    }

    /// <summary><c>complex(s)</c>: <c>real</c>, <c>imagj</c> or <c>real±imagj</c>, optionally in parentheses.</summary>
    public static System.Numerics.Complex ParseComplex(string text)
    {
        var s = PyStr.StripWhitespace(text);
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')')
        {
            s = PyStr.StripWhitespace(s[1..^1]);
        }

        if (s.Length == 0 || s.Any(char.IsWhiteSpace))
        {
            throw Malformed();
        }

        if (s[^1] is not ('j' or 'J'))
        {
            return new(Part(s), 0);
        }

        var body = s[..^1];
        var split = -1;
        for (var k = body.Length - 1; k > 0; k--)
        {
            if (body[k] is '+' or '-' && body[k - 1] is not ('e' or 'E'))
            {
                split = k;
                break;
            }
        }

        var real = split < 0 ? 0.0 : Part(body[..split]);
        var imagText = split < 0 ? body : body[split..];
        var imag = imagText switch
        {
            "" or "+" => 1.0,
            "-" => -1.0,
            _ => Part(imagText),
        };
        return new(real, imag);

        static double Part(string part) => part.Length > 0 && TryParse(part, out var value) ? value : throw Malformed();

        static PyValueError Malformed() => new("complex() arg is a malformed string");
    }
}
