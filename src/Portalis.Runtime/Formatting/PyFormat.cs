using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// <c>format(value, spec)</c> for the builtin types (Python/formatter_unicode.c): str, int, bool and float
/// with fill, align, sign, z, #, 0, width, grouping, precision and every presentation type.
/// </summary>
public static class PyFormat
{
    /// <summary><c>format(value, spec)</c></summary>
    public static string Format(object? value, string spec)
    {
        switch (value)
        {
            case string s:
                return spec.Length == 0 ? s : FormatString(s, spec);
            case long or BigInteger or bool:
                return spec.Length == 0 ? PyOps.Str(value) : FormatInt(value, spec);
            case double d:
                return spec.Length == 0 ? PyFloat.Repr(d) : FormatFloat(d, spec, value);
            case Complex c:
                return spec.Length == 0 ? PyOps.ComplexRepr(c) : FormatComplex(c, spec);
            default:
                if (value is PyObject o && o.Format(spec) is { } formatted)
                {
                    return formatted;
                }

                if (spec.Length == 0)
                {
                    return PyOps.Str(value);
                }

                // object.__format__ rejects a non-empty spec.
                throw new PyTypeError($"unsupported format string passed to {PyOps.TypeName(value)}.__format__");
        }
    }

    private static string FormatString(string s, string specText)
    {
        var spec = FormatSpec.Parse(specText, 's', '<', s);
        if (spec.Type != 's')
        {
            throw FormatSpec.UnknownType(spec.Type, s);
        }

        // format_string_internal's checks, in its order.
        if (spec.Sign != '\0')
        {
            throw new PyValueError("Sign not allowed in string format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw new PyValueError("Negative zero coercion (z) not allowed in string format specifier");
        }

        if (spec.Alternate)
        {
            throw new PyValueError("Alternate form (#) not allowed in string format specifier");
        }

        if (spec.Align == '=')
        {
            throw new PyValueError("'=' alignment not allowed in string format specifier");
        }

        var length = PyStr.Length(s);
        if (spec.Precision >= 0 && length > spec.Precision)
        {
            s = PyStr.Slice(s, new PySlice(null, (long)spec.Precision, null));
            length = spec.Precision;
        }

        return Pad(s, length, spec);
    }

    private static string Pad(string s, int length, FormatSpec spec)
    {
        var total = Math.Max(spec.Width, length);
        if (total == length)
        {
            return s;
        }

        var padding = total - length;
        var left = spec.Align switch
        {
            '>' => padding,
            '^' => padding / 2,
            _ => 0,
        };
        var fill = spec.Fill.ToString();
        return new StringBuilder(s.Length + padding)
            .Insert(0, fill, left).Append(s).Insert(left + s.Length, fill, padding - left).ToString();
    }

    private static string FormatInt(object value, string specText)
    {
        var spec = FormatSpec.Parse(specText, 'd', '>', value);
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloatWithSpec(Numeric.ToDouble(value), spec);
            default:
                throw FormatSpec.UnknownType(spec.Type, value);
        }

        if (spec.Precision != -1)
        {
            throw new PyValueError("Precision not allowed in integer format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw new PyValueError("Negative zero coercion (z) not allowed in integer format specifier");
        }

        if (spec.Type is 'd' or 'n' && value is long or bool)
        {
            // The common case without a detour through BigInteger.
            var l = value is bool b ? (b ? 1L : 0L) : (long)value;
            var magnitude = l < 0 ? (ulong)(-(l + 1)) + 1 : (ulong)l;
            return Render(spec, l < 0 ? '-' : '\0', string.Empty, magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture), decimalPoint: false, remainder: string.Empty, remainderLength: 0);
        }

        var big = PyInt.ToBig(value);
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
            {
                throw new PyValueError("Sign not allowed with integer format specifier 'c'");
            }

            if (spec.Alternate)
            {
                throw new PyValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }

            if (value is BigInteger)
            {
                throw new PyOverflowError("Python int too large to convert to C long");
            }

            if (big.Sign < 0 || big > 0x10FFFF)
            {
                throw new PyOverflowError("%c arg not in range(0x110000)");
            }

            var ch = PyStr.FromCodePoint((int)big);
            return Render(spec, sign: '\0', prefix: string.Empty, digits: string.Empty, decimalPoint: false, remainder: ch, remainderLength: 1);
        }

        string digits;
        var prefix = string.Empty;
        switch (spec.Type)
        {
            case 'b':
                digits = PyInt.ToBaseDigits(big, 2);
                prefix = spec.Alternate ? "0b" : string.Empty;
                break;
            case 'o':
                digits = PyInt.ToBaseDigits(big, 8);
                prefix = spec.Alternate ? "0o" : string.Empty;
                break;
            case 'x':
                digits = PyInt.ToBaseDigits(big, 16);
                prefix = spec.Alternate ? "0x" : string.Empty;
                break;
            case 'X':
                digits = PyInt.ToBaseDigits(big, 16).ToUpperInvariant();
                prefix = spec.Alternate ? "0X" : string.Empty;
                break;
            default:
                digits = PyInt.ToDecimalString(BigInteger.Abs(big));
                break;
        }

        return Render(spec, big.Sign < 0 ? '-' : '\0', prefix, digits, decimalPoint: false, remainder: string.Empty, remainderLength: 0);
    }

    private static string FormatFloat(double d, string specText, object? value)
    {
        var spec = FormatSpec.Parse(specText, '\0', '>', value);
        if (spec.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
        {
            throw FormatSpec.UnknownType(spec.Type, value);
        }

        return FormatFloatWithSpec(d, spec);
    }

    // format_float_internal.
    private static string FormatFloatWithSpec(double value, FormatSpec spec)
    {
        var type = spec.Type;
        var precision = spec.Precision;
        var addDotZero = false;
        var defaultPrecision = 6;
        if (type == '\0')
        {
            addDotZero = true;
            type = 'r';
            defaultPrecision = 0;
        }

        if (type == 'n')
        {
            type = 'g';
        }

        var percent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            percent = true;
        }

        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        var text = DoubleToString(value, type, precision, spec.Alternate, addDotZero, spec.NoNegativeZero, out var negative);
        if (percent)
        {
            text += "%";
        }

        if (spec.Width < 0 && spec.Grouping == '\0' && spec.Sign is '\0' or '-')
        {
            // Nothing to pad, group or sign beyond a minus: what Render would assemble from the pieces.
            return negative ? "-" + text : text;
        }

        // parse_number: leading digits, an optional '.', then the remainder.
        var i = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        var digits = text[..i];
        var hasDecimal = i < text.Length && text[i] == '.';
        var remainder = text[(hasDecimal ? i + 1 : i)..];
        return Render(spec, negative ? '-' : '\0', string.Empty, digits, hasDecimal, remainder, remainder.Length);
    }

    // Python/formatter_unicode.c, format_complex_internal.
    private static string FormatComplex(Complex value, string specText)
    {
        var spec = FormatSpec.Parse(specText, '\0', '>', value);
        if (spec.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
        {
            throw FormatSpec.UnknownType(spec.Type, value);
        }

        if (spec.Fill == '0')
        {
            throw new PyValueError("Zero padding is not allowed in complex format specifier");
        }

        if (spec.Align == '=')
        {
            throw new PyValueError("'=' alignment flag is not allowed in complex format specifier");
        }

        var type = spec.Type;
        var precision = spec.Precision;
        var defaultPrecision = 6;
        var skipReal = false;
        var parens = false;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (value.Real == 0 && !double.IsNegative(value.Real))
            {
                skipReal = true;
            }
            else
            {
                parens = true;
            }
        }

        if (type == 'n')
        {
            type = 'g';
        }

        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        var realText = skipReal ? string.Empty : Part(value.Real, spec.WithoutPadding(spec.Sign));
        var imagText = Part(value.Imaginary, spec.WithoutPadding(skipReal ? spec.Sign : '+'));
        var body = (parens ? "(" : string.Empty) + realText + imagText + "j" + (parens ? ")" : string.Empty);
        var length = body.Length;
        var padding = Math.Max(0, spec.Width - length);
        var left = spec.Align switch { '>' => padding, '^' => padding / 2, _ => 0 };
        return new string(spec.Fill, left) + body + new string(spec.Fill, padding - left);

        string Part(double part, FormatSpec partSpec)
        {
            var text = DoubleToString(part, type, precision, spec.Alternate, addDotZero: false, spec.NoNegativeZero, out var negative);
            var i = 0;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            var hasDecimal = i < text.Length && text[i] == '.';
            var remainder = text[(hasDecimal ? i + 1 : i)..];
            return Render(partSpec, negative ? '-' : '\0', string.Empty, text[..i], hasDecimal, remainder, remainder.Length);
        }
    }

    /// <summary>PyOS_double_to_string without the sign: the text of |value| and whether a '-' belongs in front.</summary>
    internal static string DoubleToString(double value, char type, int precision, bool alternate, bool addDotZero, bool noNegativeZero, out bool negative)
    {
        negative = double.IsNegative(value) && !double.IsNaN(value);
        var upper = type is 'E' or 'F' or 'G';
        var abs = Math.Abs(value);
        string text;
        if (!double.IsFinite(value))
        {
            text = double.IsNaN(value) ? "nan" : "inf";
            if (upper)
            {
                text = text.ToUpperInvariant();
            }
        }
        else
        {
            text = char.ToLowerInvariant(type) switch
            {
                'f' => FloatFormatter.Fixed(abs, precision, alternate),
                'e' => FloatFormatter.Exponent(abs, precision, alternate, upper ? 'E' : 'e'),
                'g' => FloatFormatter.General(abs, precision, alternate, addDotZero, upper ? 'E' : 'e'),
                _ => FloatFormatter.Shortest(abs, addDotZero),
            };
        }

        if (negative && noNegativeZero && IsZeroText(text))
        {
            negative = false;
        }

        return text;
    }

    private static bool IsZeroText(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '1' and <= '9')
            {
                return false;
            }

            if (c is 'e' or 'E' or 'i' or 'I' or 'n' or 'N')
            {
                return c is 'e' or 'E';
            }
        }

        return true;
    }

    // calc_number_widths + fill_number: [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad].
    private static string Render(FormatSpec spec, char sign, string prefix, string digits, bool decimalPoint, string remainder, int remainderLength)
    {
        var signChar = spec.Sign switch
        {
            '+' => sign == '-' ? '-' : '+',
            ' ' => sign == '-' ? '-' : ' ',
            _ => sign == '-' ? '-' : '\0',
        };
        var nSign = signChar == '\0' ? 0 : 1;
        var nonDigit = nSign + prefix.Length + (decimalPoint ? 1 : 0) + remainderLength;
        var minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigit : 0;
        var grouped = digits.Length == 0 ? string.Empty : Group(digits, minWidth, spec.Grouping);
        var padding = spec.Width - (nonDigit + grouped.Length);
        int left = 0, middle = 0, right = 0;
        if (padding > 0)
        {
            switch (spec.Align)
            {
                case '<':
                    right = padding;
                    break;
                case '^':
                    left = padding / 2;
                    right = padding - left;
                    break;
                case '=':
                    middle = padding;
                    break;
                default:
                    left = padding;
                    break;
            }
        }

        var builder = new StringBuilder(left + nSign + prefix.Length + middle + grouped.Length + 1 + remainder.Length + right);
        builder.Append(spec.Fill, left);
        if (signChar != '\0')
        {
            builder.Append(signChar);
        }

        builder.Append(prefix).Append(spec.Fill, middle).Append(grouped);
        if (decimalPoint)
        {
            builder.Append('.');
        }

        builder.Append(remainder).Append(spec.Fill, right);
        return builder.ToString();
    }

    /// <summary>
    /// Objects/unicodeobject.c, <c>_PyUnicode_InsertThousandsGrouping</c>: separators every 3 (or 4)
    /// digits, zero-padded up to <paramref name="minWidth"/> with separators in the padding too.
    /// </summary>
    internal static string Group(string digits, int minWidth, char grouping)
    {
        var groupSize = grouping switch { ',' or '_' => 3, '4' => 4, _ => 0 };
        if (groupSize == 0)
        {
            // No separators: only the zero padding up to minWidth (at least one digit).
            var pad = Math.Max(Math.Max(digits.Length, minWidth), 1) - digits.Length;
            return pad == 0 ? digits : new string('0', pad) + digits;
        }

        var separator = grouping == ',' ? ',' : '_';
        var parts = new List<string>();
        var remaining = digits.Length;
        var end = digits.Length;
        var useSeparator = false;
        var loopBroken = false;
        if (groupSize > 0)
        {
            while (true)
            {
                var l = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                var zeros = Math.Max(0, l - remaining);
                var chars = Math.Max(0, Math.Min(remaining, l));
                parts.Add((useSeparator ? separator.ToString() : string.Empty) is var sep
                    ? new string('0', zeros) + digits.Substring(end - chars, chars) + sep
                    : string.Empty);
                end -= chars;
                useSeparator = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0)
                {
                    loopBroken = true;
                    break;
                }

                minWidth -= 1;
            }
        }

        if (!loopBroken)
        {
            var l = Math.Max(Math.Max(remaining, minWidth), 1);
            var zeros = Math.Max(0, l - remaining);
            var chars = Math.Max(0, Math.Min(remaining, l));
            parts.Add(new string('0', zeros) + digits.Substring(end - chars, chars) + (useSeparator ? separator.ToString() : string.Empty));
        }

        parts.Reverse();
        return string.Concat(parts);
    }
}
