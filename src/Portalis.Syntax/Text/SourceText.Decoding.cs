using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Syntax.Text;

// PEP 263 source decoding, as CPython 3.11 does it (Parser/tokenizer.c: check_bom, check_coding_spec,
// get_coding_spec, get_normal_name) and as Lib/tokenize.py's detect_encoding names the result.
public sealed partial class SourceText
{
    private static readonly UTF8Encoding s_lenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads and decodes a Python source file; see <see cref="FromBytes"/>.</summary>
    /// <param name="path">The file to read; also the name diagnostics show.</param>
    public static SourceDecodeResult FromFile(string path) => FromBytes(File.ReadAllBytes(path), path);

    /// <summary>
    /// Decodes Python source bytes as CPython 3.11 does: a UTF-8 byte order mark, else a
    /// <c># -*- coding: name -*-</c> declaration on line 1, or on line 2 when line 1 is blank or a comment,
    /// else UTF-8. Never throws for bad input: an unknown encoding, a declaration that contradicts the
    /// byte order mark, or bytes the encoding cannot decode give a diagnostic with CPython's message.
    /// </summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="path">The file name diagnostics show.</param>
    public static SourceDecodeResult FromBytes(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);
        ReadOnlySpan<byte> content = bytes;
        var bom = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (bom)
        {
            content = content[3..];
        }

        var declared = FindCodingDeclaration(content);
        string encodingName;
        Encoding? encoding = null;
        if (declared is null)
        {
            encodingName = bom ? "utf-8-sig" : "utf-8";
        }
        else
        {
            var normal = NormalEncodingName(declared);
            if (bom && normal != "utf-8")
            {
                return Failure(content, path, $"encoding problem: {normal} with BOM", line: 0);
            }

            encodingName = bom ? "utf-8-sig" : normal;
            if (normal != "utf-8")
            {
                encoding = LookUpEncoding(normal);
                if (encoding is null)
                {
                    return Failure(content, path, $"encoding problem: {normal}", line: 0);
                }
            }
        }

        if (encoding is null)
        {
            var chars = new char[content.Length];
            var status = Utf8.ToUtf16(content, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                // Parser/tokenizer.c, ensure_utf8 (3.11: the message of decoding_fgets).
                var line = 1 + content[..bytesRead].Count((byte)'\n');
                var message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Non-UTF-8 code starting with '\\x{content[bytesRead]:x2}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
                return Failure(content, path, message, line);
            }

            return new SourceDecodeResult(new SourceText(new string(chars, 0, charsWritten), path) { EncodingName = encodingName }, null);
        }

        try
        {
            var text = encoding.GetString(content);
            return new SourceDecodeResult(new SourceText(text, path) { EncodingName = encodingName }, null);
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Max(0, e.Index);
            var line = 1 + content[..Math.Min(index, content.Length)].Count((byte)'\n');
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : content[index];
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"(unicode error) '{normalCodecName(encodingName)}' codec can't decode byte 0x{bad:x2} in position {index}: character maps to <undefined>");
            return Failure(content, path, message, line);
        }

        static string normalCodecName(string name) => name.Replace('-', '_');
    }

    // Line 1, or line 2 when line 1 is blank or only a comment (get_coding_spec, check_coding_spec).
    private static string? FindCodingDeclaration(ReadOnlySpan<byte> content)
    {
        var firstEnd = content.IndexOf((byte)'\n');
        var first = firstEnd < 0 ? content : content[..firstEnd];
        var (spec, onlyComment) = CodingSpec(first);
        if (spec is not null || !onlyComment || firstEnd < 0)
        {
            return spec;
        }

        var rest = content[(firstEnd + 1)..];
        var secondEnd = rest.IndexOf((byte)'\n');
        return CodingSpec(secondEnd < 0 ? rest : rest[..secondEnd]).Spec;
    }

    // get_coding_spec: the line must be a comment (after blanks) containing "coding[:=]", then blanks,
    // then the name: letters, digits, '-', '_', '.'. OnlyComment: the line holds nothing but blanks
    // and a comment, so line 2 may still declare the encoding.
    private static (string? Spec, bool OnlyComment) CodingSpec(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            i++;
        }

        if (i == line.Length || line[i] is (byte)'\r')
        {
            return (null, true);
        }

        if (line[i] != '#')
        {
            return (null, false);
        }

        for (var j = i; j + 6 <= line.Length; j++)
        {
            if (!line[j..].StartsWith("coding"u8))
            {
                continue;
            }

            var t = j + 6;
            if (t >= line.Length || line[t] is not ((byte)':' or (byte)'='))
            {
                continue;
            }

            do
            {
                t++;
            }
            while (t < line.Length && line[t] is (byte)' ' or (byte)'\t');

            var begin = t;
            while (t < line.Length && (char.IsAsciiLetterOrDigit((char)line[t]) || line[t] is (byte)'-' or (byte)'_' or (byte)'.'))
            {
                t++;
            }

            if (t > begin)
            {
                return (Encoding.ASCII.GetString(line[begin..t]), true);
            }
        }

        return (null, true);
    }

    // get_normal_name: the utf-8 and latin-1 families get their canonical names.
    private static string NormalEncodingName(string name)
    {
        var head = name.Length > 12 ? name[..12] : name;
        var buf = head.Replace('_', '-').ToLowerInvariant();
        if (buf == "utf-8" || buf.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }

        if (buf is "latin-1" or "iso-8859-1" or "iso-latin-1"
            || buf.StartsWith("latin-1-", StringComparison.Ordinal)
            || buf.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || buf.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return "iso-8859-1";
        }

        return name;
    }

    // Python codec names mapped onto .NET encodings; the code-page encodings (cp1252, iso-8859-15,
    // koi8-r ...) ship in the shared framework's CodePagesEncodingProvider.
    private static Encoding? LookUpEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var normal = name.ToLowerInvariant().Replace('_', '-');
        string[] candidates = normal switch
        {
            "iso-8859-1" or "latin1" or "latin-1" or "l1" or "iso8859-1" or "8859" or "cp819" => ["iso-8859-1"],
            "ascii" or "us-ascii" or "646" => ["us-ascii"],
            "utf8" or "u8" or "utf" or "cp65001" => ["utf-8"],
            _ when normal.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(normal.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                => [normal, "windows-" + normal[2..], "ibm" + normal[2..]],
            _ when normal.StartsWith("iso8859-", StringComparison.Ordinal) => ["iso-8859-" + normal[8..]],
            _ => [normal],
        };
        foreach (var candidate in candidates)
        {
            try
            {
                return Encoding.GetEncoding(candidate, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                // Not a name .NET knows; try the next spelling.
            }
        }

        return null;
    }

    private static SourceDecodeResult Failure(ReadOnlySpan<byte> content, string path, string message, int line)
    {
        var source = new SourceText(s_lenientUtf8.GetString(content), path);
        var offset = line > 0 && line <= source.LineCount ? source.GetLineStart(line) : 0;
        var diagnostic = new Diagnostic(DiagnosticCodes.Encoding, "SyntaxError", message, source, new TextSpan(offset, offset))
        {
            ShowsLocation = false,
        };
        return new SourceDecodeResult(source, diagnostic);
    }
}
