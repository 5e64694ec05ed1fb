using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

// Case mapping and character predicates. Mappings are per code point with .NET's invariant tables plus
// the unconditional multi-character mappings of SpecialCasing.txt that programs meet in practice
// (ß, ŉ, ǰ, ΐ, ΰ, և, ẖ-ẚ, ﬀ-ﬆ, İ); the full Unicode 14 tables of CPython 3.11 are not reproduced.
public static partial class PyStr
{
    private static readonly Dictionary<int, string> s_upperSpecial = new()
    {
        [0xDF] = "SS", [0x149] = "\u02BCN", [0x1F0] = "J\u030C", [0x390] = "\u0399\u0308\u0301",
        [0x3B0] = "\u03A5\u0308\u0301", [0x587] = "\u0535\u0552", [0x1E96] = "H\u0331", [0x1E97] = "T\u0308",
        [0x1E98] = "W\u030A", [0x1E99] = "Y\u030A", [0x1E9A] = "A\u02BE", [0xFB00] = "FF", [0xFB01] = "FI",
        [0xFB02] = "FL", [0xFB03] = "FFI", [0xFB04] = "FFL", [0xFB05] = "ST", [0xFB06] = "ST",
    };

    private static readonly Dictionary<int, string> s_titleSpecial = new()
    {
        [0xDF] = "Ss", [0xFB00] = "Ff", [0xFB01] = "Fi", [0xFB02] = "Fl", [0xFB03] = "Ffi", [0xFB04] = "Ffl",
        [0xFB05] = "St", [0xFB06] = "St", [0x587] = "\u0535\u0582",
    };

    /// <summary><c>s.upper()</c></summary>
    public static string Upper(string s) =>
        System.Text.Ascii.IsValid(s) ? string.Create(s.Length, s, static (span, text) => System.Text.Ascii.ToUpper(text, span, out _)) : MapCodePoints(s, Upper);

    /// <summary><c>s.lower()</c>, with Unicode's Final_Sigma rule for capital sigma.</summary>
    public static string Lower(string s)
    {
        if (System.Text.Ascii.IsValid(s))
        {
            return string.Create(s.Length, s, static (span, text) => System.Text.Ascii.ToLower(text, span, out _));
        }

        if (!s.Contains('\u03A3', StringComparison.Ordinal))
        {
            return MapCodePoints(s, Lower);
        }

        var cps = CodePoints(s);
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            builder.Append(LowerAt(cps, i));
        }

        return builder.ToString();
    }

    // The lower case of cps[i] in its context: only capital sigma depends on its neighbours.
    private static string LowerAt(int[] cps, int i) => cps[i] == 0x3A3 ? (IsFinalSigma(cps, i) ? "\u03C2" : "\u03C3") : Lower(cps[i]);

    // Objects/unicodeobject.c, handle_capital_sigma: final when a cased letter comes before it and none after it,
    // skipping case-ignorable characters both ways.
    private static bool IsFinalSigma(int[] cps, int at)
    {
        var j = at - 1;
        while (j >= 0 && IsCaseIgnorable(cps[j]))
        {
            j--;
        }

        if (j < 0 || !IsCased(cps[j]))
        {
            return false;
        }

        j = at + 1;
        while (j < cps.Length && IsCaseIgnorable(cps[j]))
        {
            j++;
        }

        return j == cps.Length || !IsCased(cps[j]);
    }

    // Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and the word-internal punctuation of Word_Break MidLetter,
    // MidNumLet and Single_Quote.
    private static bool IsCaseIgnorable(int cp) =>
        cp is '\'' or '.' or ':' or '^' or '`' or 0xB7 or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A
        || CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    /// <summary><c>s.casefold()</c></summary>
    public static string CaseFold(string s) => MapCodePoints(s, cp => cp == 0xDF ? "ss" : cp == 0x3C2 ? "\u03C3" : Lower(cp));

    /// <summary><c>s.swapcase()</c></summary>
    public static string SwapCase(string s)
    {
        var cps = CodePoints(s);
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            var cp = cps[i];
            builder.Append(IsUpperCp(cp) ? LowerAt(cps, i) : IsLowerCp(cp) ? Upper(cp) : FromCodePoint(cp));
        }

        return builder.ToString();
    }

    /// <summary><c>s.capitalize()</c>: the first character title-cased, the rest lower-cased (3.8+).</summary>
    public static string Capitalize(string s)
    {
        var builder = new StringBuilder(s.Length);
        var cps = CodePoints(s);
        for (var i = 0; i < cps.Length; i++)
        {
            builder.Append(i == 0 ? Title(cps[i]) : LowerAt(cps, i));
        }

        return builder.ToString();
    }

    /// <summary><c>s.title()</c>: title-case after an uncased character, lower-case after a cased one.</summary>
    public static string Title(string s)
    {
        var builder = new StringBuilder(s.Length);
        var previousCased = false;
        var cps = CodePoints(s);
        for (var i = 0; i < cps.Length; i++)
        {
            builder.Append(previousCased ? LowerAt(cps, i) : Title(cps[i]));
            previousCased = IsCased(cps[i]);
        }

        return builder.ToString();
    }

    /// <summary><c>s.isupper()</c></summary>
    public static bool IsUpper(string s) => CasedPredicate(s, IsUpperCp, IsLowerCp);

    /// <summary><c>s.islower()</c></summary>
    public static bool IsLower(string s) => CasedPredicate(s, IsLowerCp, IsUpperCp);

    /// <summary><c>s.istitle()</c></summary>
    public static bool IsTitle(string s)
    {
        var cased = false;
        var previousCased = false;
        foreach (var cp in CodePoints(s))
        {
            if (IsUpperCp(cp) || CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased)
                {
                    return false;
                }

                previousCased = true;
                cased = true;
            }
            else if (IsLowerCp(cp))
            {
                if (!previousCased)
                {
                    return false;
                }

                previousCased = true;
                cased = true;
            }
            else
            {
                previousCased = false;
            }
        }

        return cased;
    }

    /// <summary><c>s.isspace()</c></summary>
    public static bool IsSpaceString(string s) => s.Length > 0 && AllCodePoints(s, IsSpace);

    /// <summary><c>s.isalpha()</c>: categories Lu, Ll, Lt, Lm, Lo.</summary>
    public static bool IsAlpha(string s) => s.Length > 0 && AllCodePoints(s, IsAlphaCp);

    /// <summary><c>s.isdecimal()</c>: category Nd.</summary>
    public static bool IsDecimal(string s) => s.Length > 0 && AllCodePoints(s, IsDecimalCp);

    /// <summary><c>s.isdigit()</c>: Nd plus other digits with a numeric value 0..9 (superscripts, circled digits).</summary>
    public static bool IsDigit(string s) => s.Length > 0 && AllCodePoints(s, IsDigitCp);

    /// <summary><c>s.isnumeric()</c>: Nd, Nl, No.</summary>
    public static bool IsNumeric(string s) => s.Length > 0 && AllCodePoints(s, IsNumericCp);

    /// <summary><c>s.isalnum()</c></summary>
    public static bool IsAlnum(string s) => s.Length > 0 && AllCodePoints(s, static cp => IsAlphaCp(cp) || IsNumericCp(cp));

    /// <summary><c>s.isascii()</c></summary>
    public static bool IsAscii(string s) => System.Text.Ascii.IsValid(s);

    /// <summary><c>s.isidentifier()</c>: XID_Start or '_' then XID_Continue, approximated by general categories.</summary>
    public static bool IsIdentifier(string s)
    {
        var cps = CodePoints(s);
        if (cps.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < cps.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(cps[i]);
            var start = cps[i] == '_' || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.LetterNumber;
            var cont = start || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
            if (i == 0 ? !start : !cont)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>s.isprintable()</c></summary>
    public static bool IsPrintableString(string s) => AllCodePoints(s, IsPrintable);

    private static bool CasedPredicate(string s, Func<int, bool> want, Func<int, bool> reject)
    {
        var cased = false;
        foreach (var cp in CodePoints(s))
        {
            if (reject(cp) || CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }

            cased |= want(cp);
        }

        return cased;
    }

    private static string MapCodePoints(string s, Func<int, string> map)
    {
        var builder = new StringBuilder(s.Length);
        if (!HasSurrogates(s))
        {
            foreach (var c in s)
            {
                builder.Append(map(c));
            }

            return builder.ToString();
        }

        foreach (var cp in CodePoints(s))
        {
            builder.Append(map(cp));
        }

        return builder.ToString();
    }

    // True when every code point satisfies the predicate, without materialising the code points.
    private static bool AllCodePoints(string s, Func<int, bool> predicate)
    {
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (IsPairAt(s, i))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            if (!predicate(cp))
            {
                return false;
            }
        }

        return true;
    }

    private static string Upper(int cp) => s_upperSpecial.TryGetValue(cp, out var special) ? special : MapSimple(cp, upper: true);

    private static string Lower(int cp) => cp == 0x130 ? "i\u0307" : MapSimple(cp, upper: false);

    private static string Title(int cp)
    {
        if (s_titleSpecial.TryGetValue(cp, out var special))
        {
            return special;
        }

        // Digraphs with a distinct titlecase form (DŽ/Dž/dž, LJ, NJ, DZ).
        return cp switch
        {
            0x1C4 or 0x1C5 or 0x1C6 => "\u01C5",
            0x1C7 or 0x1C8 or 0x1C9 => "\u01C8",
            0x1CA or 0x1CB or 0x1CC => "\u01CB",
            0x1F1 or 0x1F2 or 0x1F3 => "\u01F2",
            _ => Upper(cp),
        };
    }

    private static string MapSimple(int cp, bool upper)
    {
        if (cp < 0x80)
        {
            var c = (char)cp;
            return (upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToString();
        }

        var text = FromCodePoint(cp);
        return upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
    }

    private static bool IsCased(int cp) => IsUpperCp(cp) || IsLowerCp(cp) || CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.TitlecaseLetter;

    private static bool IsUpperCp(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.UppercaseLetter;

    private static bool IsLowerCp(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.LowercaseLetter;

    private static bool IsAlphaCp(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter;

    private static bool IsDecimalCp(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsDigitCp(int cp)
    {
        if (IsDecimalCp(cp))
        {
            return true;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(cp) != UnicodeCategory.OtherNumber)
        {
            return false;
        }

        var value = CharUnicodeInfo.GetNumericValue(FromCodePoint(cp), 0);
        return value is >= 0 and <= 9 && value == Math.Floor(value);
    }

    private static bool IsNumericCp(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary><c>s.encode(encoding='utf-8', errors='strict')</c> (see <see cref="Codecs"/> for the encodings and handlers).</summary>
    public static PyBytes Encode(string s, string encoding = "utf-8", string errors = "strict") => Codecs.Encode(s, encoding, errors);

    /// <summary><c>s.translate(table)</c>: the table maps code points to str, int or None (deleted); missing keys keep the character.</summary>
    public static string Translate(string s, object? table)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var cp in CodePoints(s))
        {
            object? mapped;
            try
            {
                mapped = PyOps.GetItem(table, (long)cp);
            }
            catch (PyLookupError)
            {
                AppendCodePoint(builder, cp);
                continue;
            }

            switch (mapped)
            {
                case null:
                    break;
                case string text:
                    builder.Append(text);
                    break;
                case long value:
                    if (value is < 0 or > 0x10FFFF)
                    {
                        throw new PyValueError("character mapping must be in range(0x110000)");
                    }

                    AppendCodePoint(builder, (int)value);
                    break;
                default:
                    throw new PyTypeError("character mapping must return integer, None or str");
            }
        }

        return builder.ToString();
    }

    /// <summary><c>str.maketrans(x, y=None, z=None)</c></summary>
    public static PyDict MakeTrans(object? x, string? y = null, string? z = null)
    {
        var result = new PyDict();
        if (y is null)
        {
            if (x is not PyDict dict)
            {
                throw new PyTypeError("if you give only one argument to maketrans it must be a dict");
            }

            foreach (var (key, _, value) in dict.Snapshot())
            {
                if (key is string k)
                {
                    if (Length(k) != 1)
                    {
                        throw new PyValueError("string keys in translate table must be of length 1");
                    }

                    result.SetItem((long)CodePoints(k)[0], value);
                }
                else if (key is long)
                {
                    result.SetItem(key, value);
                }
                else
                {
                    throw new PyTypeError("keys in translate table must be strings or integers");
                }
            }

            return result;
        }

        if (x is not string from)
        {
            throw new PyTypeError("first maketrans argument must be a string if there is a second argument");
        }

        var a = CodePoints(from);
        var b = CodePoints(y);
        if (a.Length != b.Length)
        {
            throw new PyValueError("the first two maketrans arguments must have equal length");
        }

        for (var i = 0; i < a.Length; i++)
        {
            result.SetItem((long)a[i], (long)b[i]);
        }

        if (z is not null)
        {
            foreach (var cp in CodePoints(z))
            {
                result.SetItem((long)cp, null);
            }
        }

        return result;
    }
}
