using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Normalization forms (UAX #15) over the generated tables: full decomposition (canonical, or compatibility
/// too), canonical ordering by combining class, then canonical composition with the composition exclusions;
/// Hangul syllables are decomposed and composed arithmetically.
/// </summary>
public static partial class UnicodedataModule
{
    // The Hangul syllable arithmetic (Unicode chapter 3.12).
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    private static string NormalizeText(string text, bool compose, bool compatibility)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var codePoints = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            Decompose(cp, compatibility, codePoints);
        }

        ReorderCanonically(codePoints);
        if (compose)
        {
            Compose(codePoints);
        }

        var builder = new StringBuilder(codePoints.Count);
        foreach (var cp in codePoints)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                builder.Append((char)cp);
            }
            else
            {
                builder.Append(char.ConvertFromUtf32(cp));
            }
        }

        return builder.ToString();
    }

    private static void Decompose(int cp, bool compatibility, List<int> output)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            output.Add(LBase + (s / NCount));
            output.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                output.Add(TBase + (s % TCount));
            }

            return;
        }

        if (Decompositions.TryGetValue(cp, out var entry) && (compatibility || !entry.Compatibility))
        {
            foreach (var part in entry.Mapping)
            {
                Decompose(part, compatibility, output);
            }

            return;
        }

        output.Add(cp);
    }

    private static int CombiningClass(int cp) => cp is >= 0xD800 and <= 0xDFFF ? 0 : RecordOf(cp).Combining;

    /// <summary>Sorts each run of non-starters by combining class, stably.</summary>
    private static void ReorderCanonically(List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var cc = CombiningClass(cps[i]);
            if (cc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(cps[j - 1]) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    /// <summary>Canonical composition: each character joins the last starter unless blocked.</summary>
    private static void Compose(List<int> cps)
    {
        if (cps.Count == 0)
        {
            return;
        }

        var result = new List<int>(cps.Count);
        var starterIndex = -1;
        var lastClass = 0;
        foreach (var cp in cps)
        {
            var cc = CombiningClass(cp);
            // lastClass is the class of the last character kept after the starter (0: none, adjacent).
            if (starterIndex >= 0 && (lastClass == 0 ? result.Count - 1 == starterIndex : lastClass < cc))
            {
                var composed = ComposePair(result[starterIndex], cp);
                if (composed >= 0)
                {
                    result[starterIndex] = composed;
                    continue;
                }
            }

            if (cc == 0)
            {
                starterIndex = result.Count;
            }

            lastClass = cc;
            result.Add(cp);
        }

        cps.Clear();
        cps.AddRange(result);
    }

    private static int ComposePair(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + (((first - LBase) * VCount) + (second - VBase)) * TCount;
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return Compositions.TryGetValue((first, second), out var composed) ? composed : -1;
    }
}
