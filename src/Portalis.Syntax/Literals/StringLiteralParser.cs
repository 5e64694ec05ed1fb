using System.Globalization;
using System.Text;
using Portalis.Common;

namespace Portalis.Syntax.Literals;

/// <summary>The parts of a STRING token: prefix flags and where the body lies between the quotes.</summary>
/// <param name="BodyStart">Offset of the first character after the opening quotes.</param>
/// <param name="BodyEnd">Offset of the closing quotes.</param>
/// <param name="IsBytes">A <c>b</c> prefix.</param>
/// <param name="IsRaw">An <c>r</c> prefix.</param>
/// <param name="IsFormatted">An <c>f</c> prefix.</param>
/// <param name="IsUnicode">A lowercase <c>u</c> as the first character (CPython's <c>kind='u'</c>).</param>
internal readonly record struct StringToken(int BodyStart, int BodyEnd, bool IsBytes, bool IsRaw, bool IsFormatted, bool IsUnicode);

/// <summary>
/// Decodes string and bytes literals as CPython does (Parser/string_parser.c, parsestr and
/// decode_unicode_with_escapes; Objects/unicodeobject.c, _PyUnicode_DecodeUnicodeEscapeInternal).
/// Invalid escapes stay as written (CPython only warns).
/// </summary>
internal static class StringLiteralParser
{
    public static StringToken Split(string text, int start, int end)
    {
        bool bytes = false, raw = false, formatted = false;
        var i = start;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                break;
            }

            switch (c)
            {
                case 'b' or 'B': bytes = true; break;
                case 'r' or 'R': raw = true; break;
                case 'f' or 'F': formatted = true; break;
            }
        }

        var quote = text[i];
        var quoteLength = i + 2 < end && text[i + 1] == quote && text[i + 2] == quote && end - i >= 6 ? 3 : 1;
        return new StringToken(i + quoteLength, end - quoteLength, bytes, raw, formatted, text[start] == 'u');
    }

    /// <summary>Appends the decoded text of <paramref name="body"/>; returns an error message or null.</summary>
    public static string? Decode(ReadOnlySpan<char> body, bool raw, StringBuilder output)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                // The tokenizer reads "\r\n" and "\r" as "\n" (universal newlines).
                output.Append('\n');
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c != '\\' || raw)
            {
                output.Append(c);
                continue;
            }

            if (i + 1 >= body.Length)
            {
                return "\\ at end of string";
            }

            var e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\\': output.Append('\\'); break;
                case '\'': output.Append('\''); break;
                case '"': output.Append('"'); break;
                case 'a': output.Append('\a'); break;
                case 'b': output.Append('\b'); break;
                case 'f': output.Append('\f'); break;
                case 'n': output.Append('\n'); break;
                case 'r': output.Append('\r'); break;
                case 't': output.Append('\t'); break;
                case 'v': output.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    var value = e - '0';
                    for (var n = 0; n < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; n++)
                    {
                        value = (value * 8) + (body[++i] - '0');
                    }

                    AppendCodePoint(output, value);
                    break;
                }

                case 'x':
                case 'u':
                case 'U':
                {
                    var digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + digits >= body.Length)
                    {
                        return TruncatedEscape(e, output.Length, digits);
                    }

                    var hex = body.Slice(i + 1, digits);
                    if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || hex.ContainsAny('+', '-', ' '))
                    {
                        return TruncatedEscape(e, output.Length, digits);
                    }

                    if (value > 0x10FFFF || value < 0)
                    {
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {output.Length}-{output.Length + 9}: illegal Unicode character";
                    }

                    i += digits;
                    AppendCodePoint(output, value);
                    break;
                }

                case 'N':
                {
                    var close = i + 1 < body.Length && body[i + 1] == '{' ? body[(i + 2)..].IndexOf('}') : -1;
                    if (close < 0)
                    {
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {output.Length}-{output.Length + 1}: malformed \\N character escape";
                    }

                    var name = body.Slice(i + 2, close).ToString();
                    var codePoint = UnicodeNames.Lookup(name);
                    if (codePoint < 0)
                    {
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {output.Length}-{output.Length + close + 3}: unknown Unicode character name";
                    }

                    AppendCodePoint(output, codePoint);
                    i += close + 2;
                    break;
                }

                default:
                    output.Append('\\').Append(e);
                    break;
            }
        }

        return null;
    }

    /// <summary>Decodes a bytes literal body; returns an error message or null.</summary>
    public static string? DecodeBytes(ReadOnlySpan<char> body, bool raw, List<byte> output)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c > 0x7f)
            {
                return "bytes can only contain ASCII literal characters";
            }

            if (c == '\r')
            {
                output.Add((byte)'\n');
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c != '\\' || raw)
            {
                output.Add((byte)c);
                continue;
            }

            if (i + 1 >= body.Length)
            {
                return "\\ at end of string";
            }

            var e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\\': output.Add((byte)'\\'); break;
                case '\'': output.Add((byte)'\''); break;
                case '"': output.Add((byte)'"'); break;
                case 'a': output.Add(7); break;
                case 'b': output.Add(8); break;
                case 'f': output.Add(12); break;
                case 'n': output.Add(10); break;
                case 'r': output.Add(13); break;
                case 't': output.Add(9); break;
                case 'v': output.Add(11); break;
                case >= '0' and <= '7':
                {
                    var value = e - '0';
                    for (var n = 0; n < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; n++)
                    {
                        value = (value * 8) + (body[++i] - '0');
                    }

                    output.Add((byte)value);
                    break;
                }

                case 'x':
                {
                    if (i + 2 >= body.Length || !IsHex(body[i + 1]) || !IsHex(body[i + 2]))
                    {
                        return $"(value error) invalid \\x escape at position {output.Count}";
                    }

                    output.Add(byte.Parse(body.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                }

                default:
                    if (e > 0x7f)
                    {
                        return "bytes can only contain ASCII literal characters";
                    }

                    output.Add((byte)'\\');
                    output.Add((byte)e);
                    break;
            }
        }

        return null;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static string TruncatedEscape(char kind, int position, int digits)
        => $"(unicode error) 'unicodeescape' codec can't decode bytes in position {position}-{position + 1}: truncated \\{(kind == 'x' ? "xXX" : kind == 'u' ? "uXXXX" : "UXXXXXXXX")} escape";

    private static void AppendCodePoint(StringBuilder output, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            output.Append((char)codePoint);
        }
        else
        {
            output.Append(char.ConvertFromUtf32(codePoint));
        }
    }
}
