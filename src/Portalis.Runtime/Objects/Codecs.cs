using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// <c>str.encode</c> and <c>bytes.decode</c> (Python/codecs.c and Lib/encodings): utf-8, ascii and latin-1
/// with CPython's error handlers (<c>strict</c>, <c>ignore</c>, <c>replace</c>, <c>backslashreplace</c>,
/// and <c>xmlcharrefreplace</c> when encoding); utf-16 and utf-32 (with a BOM when no byte order is
/// named) and the Windows/DOS code pages through .NET's encodings, strict only.
/// </summary>
internal static partial class Codecs
{
    private static readonly Lazy<bool> s_codePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static PyBytes Encode(string s, string encoding, string errors = "strict")
    {
        var name = PyStr.NormalizeEncoding(encoding);
        var limit = name switch
        {
            "utf-8" => -1,
            "ascii" => 128,
            "latin-1" => 256,
            _ => 0,
        };
        if (name is "unicode-escape" or "raw-unicode-escape")
        {
            return EncodeEscaped(s, raw: name == "raw-unicode-escape");
        }

        if (name is "utf-8-sig" or "utf8-sig")
        {
            return PyBytes.Own([0xEF, 0xBB, 0xBF, .. Encode(s, "utf-8", errors).Span]);
        }

        if (limit == 0)
        {
            return EncodeWithDotNet(s, name, encoding);
        }

        // Text every unit of which the codec takes as it is (no surrogates for utf-8, nothing out of range for ascii
        // and latin-1) needs no error handling: one call to .NET's encoder.
        if (limit < 0 ? !PyStr.HasSurrogates(s) : s.AsSpan().IndexOfAnyExceptInRange('\0', (char)(limit - 1)) < 0)
        {
            return PyBytes.Own(limit < 0 ? Encoding.UTF8.GetBytes(s) : Encoding.Latin1.GetBytes(s));
        }

        var cps = PyStr.CodePoints(s);
        var output = new List<byte>(cps.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            if (limit < 0 ? cp is < 0xD800 or > 0xDFFF : cp < limit)
            {
                if (limit < 0)
                {
                    output.AddRange(Encoding.UTF8.GetBytes(PyStr.FromCodePoint(cp)));
                }
                else
                {
                    output.Add((byte)cp);
                }

                continue;
            }

            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    output.Add((byte)'?');
                    break;
                case "backslashreplace":
                    output.AddRange(Encoding.ASCII.GetBytes(cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}"));
                    break;
                case "xmlcharrefreplace" when limit > 0:
                    output.AddRange(Encoding.ASCII.GetBytes($"&#{cp};"));
                    break;
                case "strict":
                    var end = i + 1;
                    while (end < cps.Length && (limit < 0 ? cps[end] is >= 0xD800 and <= 0xDFFF : cps[end] >= limit))
                    {
                        end++;
                    }

                    throw new PyUnicodeEncodeError(name, s, i, end, limit < 0 ? "surrogates not allowed" : $"ordinal not in range({limit})");
                default:
                    throw new PyLookupError($"unknown error handler name '{errors}'");
            }
        }

        return PyBytes.Own([.. output]);
    }

    public static string Decode(byte[] data, string encoding, string errors = "strict")
    {
        var name = PyStr.NormalizeEncoding(encoding);
        switch (name)
        {
            case "utf-8":
                return DecodeUtf8(data, errors);
            case "unicode-escape":
                return DecodeUnicodeEscape(data);
            case "raw-unicode-escape":
                return DecodeRawUnicodeEscape(data);
            case "utf-8-sig" or "utf8-sig":
                // Lib/encodings/utf_8_sig.py: a leading BOM is dropped.
                return DecodeUtf8(data.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? data[3..] : data, errors);
            case "utf-16" or "utf16" or "utf-32" or "utf32":
                // A BOM picks the byte order and is not part of the text; without one, the machine's (little-endian).
                var wide = name is "utf-32" or "utf32";
                var bigEndianBom = wide ? (byte[])[0, 0, 0xFE, 0xFF] : [0xFE, 0xFF];
                var littleEndianBom = wide ? (byte[])[0xFF, 0xFE, 0, 0] : [0xFF, 0xFE];
                var bigEndian = data.AsSpan().StartsWith(bigEndianBom);
                var body = bigEndian ? data[bigEndianBom.Length..] : data.AsSpan().StartsWith(littleEndianBom) ? data[littleEndianBom.Length..] : data;
                return Decode(body, (wide ? "utf-32-" : "utf-16-") + (bigEndian ? "be" : "le"), errors);
            case "ascii" or "latin-1":
                var limit = name == "ascii" ? 0x80 : 0x100;
                var builder = new StringBuilder(data.Length);
                for (var i = 0; i < data.Length; i++)
                {
                    if (data[i] < limit)
                    {
                        builder.Append((char)data[i]);
                    }
                    else
                    {
                        DecodeError(builder, data, name, i, i + 1, "ordinal not in range(128)", errors);
                    }
                }

                return builder.ToString();
            default:
                var dotnet = DotNetEncoding(name, encoding);
                try
                {
                    return dotnet.GetString(data);
                }
                catch (DecoderFallbackException e)
                {
                    var start = Math.Max(0, e.Index);
                    throw new PyUnicodeDecodeError(CodecName(name), PyBytes.Own(data), start, start + 1, "character maps to <undefined>");
                }
        }
    }

    private static string DecodeUtf8(byte[] data, string errors)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            // Decode piecewise to find each invalid sequence, as CPython's error handlers see them.
        }

        var builder = new StringBuilder(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            var length = SequenceLength(data, i);
            if (length > 0)
            {
                builder.Append(Encoding.UTF8.GetString(data, i, length));
                i += length;
                continue;
            }

            var bad = Math.Max(1, -length);
            var reason = data[i] is >= 0x80 and < 0xC2 or > 0xF4 ? "invalid start byte"
                : i + bad >= data.Length ? "unexpected end of data" : "invalid continuation byte";
            DecodeError(builder, data, "utf-8", i, i + bad, reason, errors);
            i += bad;
        }

        return builder.ToString();
    }

    // The length of the valid UTF-8 sequence at i, or minus the number of bytes forming the invalid
    // prefix (Objects/stringlib/codecs.h: a truncated sequence is reported as one error).
    private static int SequenceLength(byte[] data, int i)
    {
        var b = data[i];
        if (b < 0x80)
        {
            return 1;
        }

        var need = b switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (need == 0)
        {
            return -1;
        }

        for (var k = 1; k < need; k++)
        {
            if (i + k >= data.Length || (data[i + k] & 0xC0) != 0x80
                || (k == 1 && ((b == 0xE0 && data[i + 1] < 0xA0) || (b == 0xED && data[i + 1] > 0x9F) || (b == 0xF0 && data[i + 1] < 0x90) || (b == 0xF4 && data[i + 1] > 0x8F))))
            {
                return -k;
            }
        }

        return need;
    }

    private static void DecodeError(StringBuilder builder, byte[] data, string codec, int start, int end, string reason, string errors)
    {
        switch (errors)
        {
            case "ignore":
                break;
            case "replace":
                builder.Append('\uFFFD');
                break;
            case "backslashreplace":
                for (var k = start; k < end; k++)
                {
                    builder.Append($"\\x{data[k]:x2}");
                }

                break;
            case "strict":
                throw new PyUnicodeDecodeError(codec, PyBytes.Own(data), start, end, reason);
            default:
                throw new PyLookupError($"unknown error handler name '{errors}'");
        }
    }

    private static PyBytes EncodeWithDotNet(string s, string name, string encoding)
    {
        var dotnet = DotNetEncoding(name, encoding);
        try
        {
            return PyBytes.Own([.. dotnet.GetPreamble(), .. dotnet.GetBytes(s)]);
        }
        catch (EncoderFallbackException e)
        {
            var start = Math.Max(0, e.Index);
            throw new PyUnicodeEncodeError(CodecName(name), s, start, start + 1, "character maps to <undefined>");
        }
    }

    private static string CodecName(string name) => name.StartsWith("cp", StringComparison.Ordinal) ? "charmap" : name;

    private static Encoding DotNetEncoding(string name, string original)
    {
        var encoder = EncoderFallback.ExceptionFallback;
        var decoder = DecoderFallback.ExceptionFallback;
        switch (name)
        {
            // "utf-16"/"utf-32" write a BOM (little-endian here, as CPython on x86); the -le/-be forms do not.
            case "utf-16" or "utf16":
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
            case "utf-16-le" or "utf-16le":
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            case "utf-16-be" or "utf-16be":
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            case "utf-32" or "utf32":
                return new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true);
            case "utf-32-le" or "utf-32le":
                return new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
            case "utf-32-be" or "utf-32be":
                return new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);
        }

        if (name.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(name.AsSpan(2), out var page)
            || name.StartsWith("windows-", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), out page))
        {
            _ = s_codePages.Value;
            try
            {
                return Encoding.GetEncoding(page, encoder, decoder);
            }
            catch (NotSupportedException)
            {
            }
        }

        throw new PyLookupError("unknown encoding: " + original);
    }
}
