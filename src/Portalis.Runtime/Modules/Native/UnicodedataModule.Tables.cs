using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Portalis.Runtime;

/// <summary>The inflated tables of <c>unicodedata</c>, built on first use.</summary>
public static partial class UnicodedataModule
{
    private static Properties? s_properties;
    private static Dictionary<int, DecompositionEntry>? s_decompositions;
    private static Dictionary<(int, int), int>? s_compositions;

    private static Properties PropertyTable => LazyInitializer.EnsureInitialized(ref s_properties, LoadProperties);

    private static Dictionary<int, DecompositionEntry> Decompositions => LazyInitializer.EnsureInitialized(ref s_decompositions, LoadDecompositions);

    private static Dictionary<(int, int), int> Compositions => LazyInitializer.EnsureInitialized(ref s_compositions, LoadCompositions);

    private static Record RecordOf(int codePoint)
    {
        var table = PropertyTable;
        var index = Array.BinarySearch(table.Starts, codePoint);
        return table.Records[index >= 0 ? index : ~index - 1];
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

    /// <summary>The properties of one run of code points (UnicodeData.txt and EastAsianWidth.txt fields).</summary>
    private sealed record Record(string Category, string Bidirectional, int Combining, string EastAsianWidth, bool Mirrored, long? Decimal, long? Digit, double? Numeric);

    /// <summary>Run starts and their records, searched by binary search.</summary>
    private sealed record Properties(int[] Starts, Record[] Records);

    /// <summary>A decomposition mapping; <c>Excluded</c> marks canonical pairs that NFC does not recompose.</summary>
    private sealed record DecompositionEntry(string Text, bool Compatibility, int[] Mapping, bool Excluded);

}
