using System.Globalization;
using System.Numerics;
using System.Text;
using Portalis.Syntax.Ast;

namespace Portalis.Syntax.Text;

/// <summary>CPython 3.11's <c>repr()</c> of the values a <see cref="Constant"/> can hold.</summary>
public static class PythonRepr
{
    /// <summary>Appends <c>repr(value)</c> for a constant: str, bytes, int, float, complex, bool, None or Ellipsis.</summary>
    public static void AppendConstant(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("None");
                break;
            case bool b:
                builder.Append(b ? "True" : "False");
                break;
            case string s:
                AppendString(builder, s);
                break;
            case byte[] bytes:
                AppendBytes(builder, bytes);
                break;
            case int i:
                builder.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                builder.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case BigInteger big:
                builder.Append(big.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(Float(d));
                break;
            case Complex c:
                builder.Append(ComplexRepr(c));
                break;
            case EllipsisValue:
                builder.Append("Ellipsis");
                break;
            default:
                throw new ArgumentException($"not a Python constant: {value.GetType()}", nameof(value));
        }
    }

    /// <summary><c>repr(s)</c> for a str (Objects/unicodeobject.c, <c>unicode_repr</c>).</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <c>repr(s)</c>; lone surrogates count as code points, as they do in a Python str.</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        builder.Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            int cp = value[i];
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                cp = char.ConvertToUtf32(value[i], value[i + 1]);
                i++;
            }

            if (cp == quote || cp == '\\')
            {
                builder.Append('\\').Append((char)cp);
            }
            else if (cp == '\t')
            {
                builder.Append("\\t");
            }
            else if (cp == '\n')
            {
                builder.Append("\\n");
            }
            else if (cp == '\r')
            {
                builder.Append("\\r");
            }
            else if (cp < ' ' || cp == 0x7f)
            {
                builder.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x7f || IsPrintable(cp))
            {
                AppendCodePoint(builder, cp);
            }
            else if (cp <= 0xff)
            {
                builder.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp <= 0xffff)
            {
                builder.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        builder.Append(quote);
    }

    /// <summary>Appends <c>repr(b)</c> for bytes (Objects/bytesobject.c, <c>PyBytes_Repr</c>).</summary>
    public static void AppendBytes(StringBuilder builder, ReadOnlySpan<byte> value)
    {
        var quote = value.Contains((byte)'\'') && !value.Contains((byte)'"') ? '"' : '\'';
        builder.Append('b').Append(quote);
        foreach (var b in value)
        {
            if (b == quote || b == '\\')
            {
                builder.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                builder.Append("\\t");
            }
            else if (b == '\n')
            {
                builder.Append("\\n");
            }
            else if (b == '\r')
            {
                builder.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7f)
            {
                builder.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        builder.Append(quote);
    }

    /// <summary><c>repr(x)</c> for a float: the shortest string that round-trips, in CPython's layout.</summary>
    public static string Float(double value) => FormatShortest(value, addDotZero: true);

    /// <summary><c>repr(z)</c> for a complex (Objects/complexobject.c, <c>complex_repr</c>).</summary>
    public static string ComplexRepr(Complex value)
    {
        var imag = FormatShortest(value.Imaginary, addDotZero: false);
        if (value.Real == 0 && !double.IsNegative(value.Real))
        {
            return imag + "j";
        }

        var real = FormatShortest(value.Real, addDotZero: false);
        var sign = imag.StartsWith('-') ? string.Empty : "+";
        return "(" + real + sign + imag + "j)";
    }

    // Python/pystrtod.c, format_float_short with mode 'r': exponent form when the decimal point
    // falls before -4 or after 16 digits, otherwise positional.
    private static string FormatShortest(double value, bool addDotZero)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var negative = double.IsNegative(value);
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var ePos = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var exponent = ePos >= 0 ? int.Parse(roundTrip.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var mantissa = ePos >= 0 ? roundTrip[..ePos] : roundTrip;
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        digits = digits.TrimEnd('0');
        int decpt;
        if (digits.Length == 0)
        {
            digits = "0";
            decpt = 1;
        }
        else
        {
            decpt = intPart.Length - leadingZeros + exponent;
        }

        var builder = new StringBuilder(24);
        if (negative)
        {
            builder.Append('-');
        }

        if (decpt <= -4 || decpt > 16)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            var exp = decpt - 1;
            builder.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            builder.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            builder.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero)
            {
                builder.Append(".0");
            }
        }
        else
        {
            builder.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }

        return builder.ToString();
    }

    // Py_UNICODE_ISPRINTABLE over CPython 3.11's own Unicode data (the tokenizer's generated table),
    // not .NET's, whose newer Unicode version makes some code points printable that 3.11 escapes.
    private static bool IsPrintable(int codePoint) => TokenizerUnicode.IsPrintable(codePoint);

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
    }
}
