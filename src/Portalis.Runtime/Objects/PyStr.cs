using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python <c>str</c> helpers. A str is a .NET <see cref="string"/> (UTF-16) seen as a sequence of code
/// points: a surrogate pair is one character, a lone surrogate is one character. Strings without
/// surrogates (the common case) take index-based fast paths.
/// </summary>
/// <remarks>
/// One Python str is not representable: a lone high surrogate followed by a lone low surrogate (e.g.
/// <c>'\ud83d' + '\ude00'</c>) becomes a valid pair and so one code point, where CPython keeps two.
/// </remarks>
public static partial class PyStr
{
    // CPython shares the one-character strings of Latin-1 (unicode_latin1 in Objects/unicodeobject.c), so
    // indexing and iterating a string allocate nothing for them.
    private static readonly string[] s_latin1 = [.. Enumerable.Range(0, 256).Select(c => ((char)c).ToString())];

    /// <summary>True when the string contains a surrogate, so code points and UTF-16 units differ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasSurrogates(string s) => StrShape.HasSurrogates(s);

    /// <summary><c>len(s)</c>: the number of code points.</summary>
    public static int Length(string s) => StrShape.CodePointCount(s);

    /// <summary>The one-character string of <paramref name="c"/> (shared for Latin-1, as in CPython).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Char(char c) => c < 256 ? s_latin1[c] : c.ToString();

    /// <summary>The code points of a string.</summary>
    public static int[] CodePoints(string s)
    {
        var result = new int[Length(s)];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (IsPairAt(s, i))
            {
                result[n++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                result[n++] = s[i];
            }
        }

        return result;
    }

    /// <summary>The string of one code point (a lone surrogate stays one UTF-16 unit).</summary>
    public static string FromCodePoint(int codePoint) =>
        codePoint < 0x10000 ? Char((char)codePoint) : char.ConvertFromUtf32(codePoint);

    /// <summary>Builds a string from code points.</summary>
    public static string FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var builder = new StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            AppendCodePoint(builder, cp);
        }

        return builder.ToString();
    }

    /// <summary><c>s[index]</c> with Python's negative indices and "string index out of range".</summary>
    public static string GetItem(string s, long index)
    {
        if (!HasSurrogates(s))
        {
            if (index < 0)
            {
                index += s.Length;
            }

            if ((ulong)index >= (ulong)s.Length)
            {
                throw new PyIndexError("string index out of range");
            }

            return Char(s[(int)index]);
        }

        var cps = CodePoints(s);
        if (index < 0)
        {
            index += cps.Length;
        }

        if ((ulong)index >= (ulong)cps.Length)
        {
            throw new PyIndexError("string index out of range");
        }

        return FromCodePoint(cps[(int)index]);
    }

    /// <summary><c>s[start:stop:step]</c>.</summary>
    public static string Slice(string s, PySlice slice)
    {
        if (!HasSurrogates(s))
        {
            var (start, _, step, count) = slice.Indices(s.Length);
            if (step == 1)
            {
                return s.Substring((int)start, (int)count);
            }

            var chars = new char[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                chars[i] = s[(int)j];
            }

            return new string(chars);
        }

        var cps = CodePoints(s);
        var (start2, _, step2, count2) = slice.Indices(cps.Length);
        var picked = new int[count2];
        for (long i = 0, j = start2; i < count2; i++, j += step2)
        {
            picked[i] = cps[(int)j];
        }

        return FromCodePoints(picked);
    }

    /// <summary>Iterates the characters (code points) of a string as one-character strings.</summary>
    public static IEnumerable<string> Iterate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (IsPairAt(s, i))
            {
                yield return s.Substring(i, 2);
                i++;
            }
            else
            {
                yield return Char(s[i]);
            }
        }
    }

    /// <summary>Code-point order comparison (UTF-16 ordinal order differs above U+FFFF).</summary>
    public static int Compare(string a, string b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        if (i < a.Length && i < b.Length)
        {
            return Fixup(a[i]) - Fixup(b[i]);
        }

        return a.Length - b.Length;

        // Surrogates (supplementary code points) sort after U+E000..U+FFFF.
        static int Fixup(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
    }

    /// <summary><c>repr(s)</c> (Objects/unicodeobject.c, <c>unicode_repr</c>).</summary>
    public static string Repr(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendRepr(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <c>repr(s)</c>: quotes chosen as CPython does, non-printable code points escaped.</summary>
    public static void AppendRepr(StringBuilder builder, string value)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        builder.Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            int cp = value[i];
            if (IsPairAt(value, i))
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

    /// <summary><c>ascii(s)</c> of a str: its repr with every non-ASCII code point escaped.</summary>
    public static string Ascii(string reprText)
    {
        var builder = new StringBuilder(reprText.Length);
        for (var i = 0; i < reprText.Length; i++)
        {
            int cp = reprText[i];
            if (IsPairAt(reprText, i))
            {
                cp = char.ConvertToUtf32(reprText[i], reprText[i + 1]);
                i++;
            }

            if (cp < 0x80)
            {
                builder.Append((char)cp);
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

        return builder.ToString();
    }

    /// <summary>
    /// Py_UNICODE_ISPRINTABLE: everything but categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the
    /// space. Uses .NET's Unicode tables, which may be newer than CPython 3.11's Unicode 14.
    /// </summary>
    public static bool IsPrintable(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.SpaceSeparator => codePoint == ' ',
            _ => true,
        };
    }

    /// <summary>
    /// Python's <c>str.isspace</c> for one code point (Py_UNICODE_ISSPACE): bidirectional types WS, B, S
    /// or category Zs.
    /// </summary>
    public static bool IsSpace(int cp) => cp switch
    {
        >= 0x09 and <= 0x0D => true,
        >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        >= 0x2000 and <= 0x200A => true,
        _ => false,
    };

    /// <summary>The string without leading and trailing Python whitespace.</summary>
    public static string StripWhitespace(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    internal static void AppendCodePoint(StringBuilder builder, int codePoint)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPairAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);

    /// <summary>Python's codec name normalisation for the encodings the runtime supports.</summary>
    internal static string NormalizeEncoding(string encoding)
    {
        var e = encoding.ToLowerInvariant().Replace('_', '-');
        return e switch
        {
            "utf-8" or "utf8" or "u8" or "utf" => "utf-8",
            "ascii" or "us-ascii" or "646" => "ascii",
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "cp819" or "8859" or "latin" => "latin-1",
            _ => e,
        };
    }
}
