using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Portalis.Runtime;

/// <summary>The inflated tables of <c>unicodedata</c>, built on first use, and the names that are computed.</summary>
public static partial class UnicodedataModule
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    // The name prefixes of code points named by their hex value (Modules/unicodedata.c, _getucname); a code
    // point gets one only when the database assigns it (its category is not Cn). CPython 3.11 has no Tangut
    // ideograph names at all (its name table omits them and _getucname does not compute them).
    private static readonly (string Prefix, int First, int Last)[] s_computedRanges =
    [
        ("CJK UNIFIED IDEOGRAPH-", 0x3400, 0x4DBF), ("CJK UNIFIED IDEOGRAPH-", 0x4E00, 0x9FFF),
        ("CJK UNIFIED IDEOGRAPH-", 0x20000, 0x2A6DF), ("CJK UNIFIED IDEOGRAPH-", 0x2A700, 0x2EBEF),
        ("CJK UNIFIED IDEOGRAPH-", 0x30000, 0x323AF), ("CJK COMPATIBILITY IDEOGRAPH-", 0xF900, 0xFAFF),
        ("CJK COMPATIBILITY IDEOGRAPH-", 0x2F800, 0x2FA1F), ("KHITAN SMALL SCRIPT CHARACTER-", 0x18B00, 0x18CD5),
        ("NUSHU CHARACTER-", 0x1B170, 0x1B2FB),
    ];

    private static Properties? s_properties;
    private static Dictionary<int, DecompositionEntry>? s_decompositions;
    private static Dictionary<(int, int), int>? s_compositions;
    private static Names? s_names;

    private static Properties PropertyTable => LazyInitializer.EnsureInitialized(ref s_properties, LoadProperties);

    private static Dictionary<int, DecompositionEntry> Decompositions => LazyInitializer.EnsureInitialized(ref s_decompositions, LoadDecompositions);

    private static Dictionary<(int, int), int> Compositions => LazyInitializer.EnsureInitialized(ref s_compositions, LoadCompositions);

    private static Names NameTable => LazyInitializer.EnsureInitialized(ref s_names, LoadNames);

    private static Record RecordOf(int codePoint)
    {
        var table = PropertyTable;
        var index = Array.BinarySearch(table.Starts, codePoint);
        return table.Records[index >= 0 ? index : ~index - 1];
    }

    private static string? NameOf(int codePoint)
    {
        if (codePoint is >= SBase and < SBase + SCount)
        {
            var s = codePoint - SBase;
            return "HANGUL SYLLABLE " + s_jamoL[s / NCount] + s_jamoV[s % NCount / TCount] + s_jamoT[s % TCount];
        }

        foreach (var (prefix, first, last) in s_computedRanges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return RecordOf(codePoint).Category == "Cn" ? null : prefix + Hex(codePoint);
            }
        }

        return NameTable.ByCodePoint.GetValueOrDefault(codePoint);
    }

    private static int CodePointNamed(string upper)
    {
        if (upper.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal))
        {
            var rest = upper["HANGUL SYLLABLE ".Length..];
            for (var s = 0; s < SCount; s++)
            {
                if (rest == s_jamoL[s / NCount] + s_jamoV[s % NCount / TCount] + s_jamoT[s % TCount])
                {
                    return SBase + s;
                }
            }

            return -1;
        }

        foreach (var (prefix, first, last) in s_computedRanges)
        {
            if (upper.StartsWith(prefix, StringComparison.Ordinal)
                && upper.Length - prefix.Length is 4 or 5
                && int.TryParse(upper.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp)
                && cp >= first && cp <= last && RecordOf(cp).Category != "Cn")
            {
                return cp;
            }
        }

        return NameTable.ByName.TryGetValue(upper, out var codePoint) ? codePoint : -1;
    }

    private static IEnumerable<string> Inflate(string packed)
    {
        using var input = new MemoryStream(Convert.FromBase64String(packed));
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(inflater, Encoding.ASCII);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static Properties LoadProperties()
    {
        var starts = new List<int>();
        var records = new List<Record>();
        foreach (var line in Inflate(PackedProperties))
        {
            var f = line.Split(';');
            starts.Add(int.Parse(f[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            records.Add(new Record(
                f[1],
                f[2],
                int.Parse(f[3], CultureInfo.InvariantCulture),
                f[4],
                f[5] == "1",
                f[6].Length > 0 ? long.Parse(f[6], CultureInfo.InvariantCulture) : null,
                f[7].Length > 0 ? long.Parse(f[7], CultureInfo.InvariantCulture) : null,
                f[8].Length > 0 ? double.Parse(f[8], CultureInfo.InvariantCulture) : null));
        }

        return new Properties([.. starts], [.. records]);
    }

    private static Dictionary<int, DecompositionEntry> LoadDecompositions()
    {
        var table = new Dictionary<int, DecompositionEntry>();
        var codePoint = -1;
        foreach (var line in Inflate(PackedDecompositions))
        {
            var f = line.Split(';');
            codePoint += (f[0].Length == 0 ? 0 : int.Parse(f[0], CultureInfo.InvariantCulture)) + 1;
            var parts = f[1].Split(' ');
            var compatibility = parts[0].StartsWith('<');
            var mapping = parts.Skip(compatibility ? 1 : 0).Select(p => int.Parse(p, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToArray();
            table[codePoint] = new DecompositionEntry(f[1], compatibility, mapping, f.Length > 2);
        }

        return table;
    }

    private static Dictionary<(int, int), int> LoadCompositions()
    {
        var table = new Dictionary<(int, int), int>();
        foreach (var (codePoint, entry) in Decompositions)
        {
            if (!entry.Compatibility && !entry.Excluded && entry.Mapping.Length == 2)
            {
                table[(entry.Mapping[0], entry.Mapping[1])] = codePoint;
            }
        }

        return table;
    }

    private static Names LoadNames()
    {
        var byCodePoint = new Dictionary<int, string>(40000);
        var byName = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        var codePoint = -1;
        foreach (var line in Inflate(PackedNames))
        {
            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            codePoint += (semicolon == 0 ? 0 : int.Parse(line.AsSpan(0, semicolon), NumberStyles.None, CultureInfo.InvariantCulture)) + 1;
            var name = line[(semicolon + 1)..];
            byCodePoint[codePoint] = name;
            byName[name] = codePoint;
        }

        return new Names(byCodePoint, byName);
    }

    /// <summary>The properties of one run of code points (UnicodeData.txt and EastAsianWidth.txt fields).</summary>
    private sealed record Record(string Category, string Bidirectional, int Combining, string EastAsianWidth, bool Mirrored, long? Decimal, long? Digit, double? Numeric);

    /// <summary>Run starts and their records, searched by binary search.</summary>
    private sealed record Properties(int[] Starts, Record[] Records);

    /// <summary>A decomposition mapping; <c>Excluded</c> marks canonical pairs that NFC does not recompose.</summary>
    private sealed record DecompositionEntry(string Text, bool Compatibility, int[] Mapping, bool Excluded);

    /// <summary>The stored names both ways.</summary>
    private sealed record Names(Dictionary<int, string> ByCodePoint, Dictionary<string, int> ByName);
}
