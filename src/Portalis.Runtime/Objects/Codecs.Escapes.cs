using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// The escape codecs (Objects/unicodeobject.c): <c>unicode_escape</c>, a str as the body of a Python literal
/// in ASCII, and <c>raw_unicode_escape</c>, Latin-1 with only <c>\u</c>/<c>\U</c> escapes (pickle protocol 0
/// writes strings with it).
/// </summary>
internal static partial class Codecs
{
    private static PyBytes EncodeEscaped(string s, bool raw)
    {
        var output = new StringBuilder(s.Length);
        foreach (var cp in PyStr.CodePoints(s))
        {
            if (raw ? cp < 0x100 : cp is >= 0x20 and < 0x7F && cp != '\\')
            {
                output.Append((char)cp);
                continue;
            }

            switch (cp)
            {
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case < 0x100:
                    output.Append(CultureInfo.InvariantCulture, $"\\x{cp:x2}");
                    break;
                case < 0x10000:
                    output.Append(CultureInfo.InvariantCulture, $"\\u{cp:x4}");
                    break;
                default:
                    output.Append(CultureInfo.InvariantCulture, $"\\U{cp:x8}");
                    break;
            }
        }

        return PyBytes.Own(Encoding.Latin1.GetBytes(output.ToString()));
    }

    private static string DecodeRawUnicodeEscape(byte[] data)
    {
        var output = new StringBuilder(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            if (data[i] != '\\')
            {
                output.Append((char)data[i++]);
                continue;
            }

            // A run of backslashes escapes a following u/U only when its length is odd.
            var start = i;
            while (i < data.Length && data[i] == '\\')
            {
                i++;
            }

            var run = i - start;
            if (i < data.Length && data[i] is (byte)'u' or (byte)'U' && run % 2 == 1)
            {
                output.Append('\\', run - 1);
                var digits = data[i] == 'u' ? 4 : 8;
                output.Append(PyStr.FromCodePoint(HexEscape(data, start + run - 1, i + 1, digits, "rawunicodeescape")));
                i += 1 + digits;
            }
            else
            {
                output.Append('\\', run);
            }
        }

        return output.ToString();
    }

    private static string DecodeUnicodeEscape(byte[] data)
    {
        var output = new StringBuilder(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            if (b != '\\' || i + 1 >= data.Length)
            {
                if (b == '\\')
                {
                    throw new PyUnicodeDecodeError("unicodeescape", PyBytes.Own(data), i, i + 1, "\\ at end of string");
                }

                output.Append((char)b);
                i++;
                continue;
            }

            var c = (char)data[i + 1];
            switch (c)
            {
                case '\n':
                    i += 2;
                    break;
                case '\\' or '\'' or '"':
                    output.Append(c);
                    i += 2;
                    break;
                case 'a' or 'b' or 'f' or 'n' or 'r' or 't' or 'v':
                    output.Append(c switch { 'a' => '\a', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => '\v' });
                    i += 2;
                    break;
                case >= '0' and <= '7':
                    var value = 0;
                    var j = i + 1;
                    while (j < data.Length && j < i + 4 && data[j] is >= (byte)'0' and <= (byte)'7')
                    {
                        value = value * 8 + (data[j++] - '0');
                    }

                    output.Append(PyStr.FromCodePoint(value));
                    i = j;
                    break;
                case 'x' or 'u' or 'U':
                    var digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    output.Append(PyStr.FromCodePoint(HexEscape(data, i, i + 2, digits, "unicodeescape")));
                    i += 2 + digits;
                    break;
                default:
                    // An unknown escape stays as written (CPython also warns).
                    output.Append('\\').Append(c);
                    i += 2;
                    break;
            }
        }

        return output.ToString();
    }

    private static int HexEscape(byte[] data, int escapeStart, int digitsStart, int digits, string codec)
    {
        var value = 0L;
        for (var k = 0; k < digits; k++)
        {
            var at = digitsStart + k;
            var d = at < data.Length ? HexDigit(data[at]) : -1;
            if (d < 0)
            {
                var kind = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
                throw new PyUnicodeDecodeError(codec, PyBytes.Own(data), escapeStart, Math.Min(at, data.Length), $"truncated {kind} escape");
            }

            value = value * 16 + d;
        }

        if (value > 0x10FFFF)
        {
            throw new PyUnicodeDecodeError(codec, PyBytes.Own(data), escapeStart, digitsStart + digits, "illegal Unicode character");
        }

        return (int)value;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
