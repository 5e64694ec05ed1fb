using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Portalis.Syntax.Literals;

/// <summary>
/// Unicode character names for <c>\N{name}</c> escapes (CPython: unicodedata's lookup, Modules/unicodedata.c).
/// The table is inflated on first use; ideograph and Hangul syllable names are computed.
/// </summary>
internal static partial class UnicodeNames
{
    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private static readonly (string Prefix, int First, int Last)[] s_computedRanges =
    [
        ("CJK UNIFIED IDEOGRAPH-", 0x3400, 0x4DBF), ("CJK UNIFIED IDEOGRAPH-", 0x4E00, 0x9FFF),
        ("CJK UNIFIED IDEOGRAPH-", 0x20000, 0x2A6DF), ("CJK UNIFIED IDEOGRAPH-", 0x2A700, 0x2EBEF),
        ("CJK UNIFIED IDEOGRAPH-", 0x30000, 0x323AF), ("CJK COMPATIBILITY IDEOGRAPH-", 0xF900, 0xFAFF),
        ("CJK COMPATIBILITY IDEOGRAPH-", 0x2F800, 0x2FA1F), ("TANGUT IDEOGRAPH-", 0x17000, 0x187F7),
        ("TANGUT IDEOGRAPH-", 0x18D00, 0x18D08), ("KHITAN SMALL SCRIPT CHARACTER-", 0x18B00, 0x18CD5),
        ("NUSHU CHARACTER-", 0x1B170, 0x1B2FB),
    ];

    private static Dictionary<string, int>? s_table;

    /// <summary>The code point named <paramref name="name"/> (case-insensitive, as CPython), or -1.</summary>
    public static int Lookup(string name)
    {
        var upper = name.ToUpperInvariant();
        if (Computed(upper) is var computed and >= 0)
        {
            return computed;
        }

        return Table.TryGetValue(upper, out var codePoint) ? codePoint : -1;
    }

    private static Dictionary<string, int> Table => LazyInitializer.EnsureInitialized(ref s_table, Load);

    private static Dictionary<string, int> Load()
    {
        using var input = new MemoryStream(Convert.FromBase64String(PackedNames));
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(inflater, Encoding.ASCII);
        var table = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        var codePoint = -1;
        while (reader.ReadLine() is { } line)
        {
            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            var gap = semicolon == 0 ? 0 : int.Parse(line.AsSpan(0, semicolon), NumberStyles.None, CultureInfo.InvariantCulture);
            codePoint += gap + 1;
            table[line[(semicolon + 1)..]] = codePoint;
        }

        return table;
    }

    private static int Computed(string name)
    {
        if (name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal))
        {
            var rest = name["HANGUL SYLLABLE ".Length..];
            for (var l = 0; l < s_jamoL.Length; l++)
            {
                for (var v = 0; v < s_jamoV.Length; v++)
                {
                    for (var t = 0; t < s_jamoT.Length; t++)
                    {
                        if (rest == s_jamoL[l] + s_jamoV[v] + s_jamoT[t])
                        {
                            return 0xAC00 + (((l * 21) + v) * 28) + t;
                        }
                    }
                }
            }

            return -1;
        }

        foreach (var (prefix, first, last) in s_computedRanges)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp)
                && cp >= first && cp <= last && name.Length - prefix.Length is 4 or 5)
            {
                return cp;
            }
        }

        return -1;
    }
}
