using System.Text;

namespace Portalis.Syntax.Literals;

/// <summary>
/// NFKC normalization of identifiers (CPython: Parser/pegen.c, _PyPegen_new_identifier), from
/// generated tables, because the build uses invariant globalization, where
/// <see cref="string.Normalize()"/> does not touch non-ASCII text. Each character is replaced by its
/// own NFKC form and starters are then composed with the marks that follow them, which gives NFKC for
/// every identifier whose combining marks are in canonical order.
/// </summary>
internal static partial class IdentifierNormalization
{
    public static string Nfkc(string identifier)
    {
        var mapped = new StringBuilder(identifier.Length);
        var changed = false;
        for (var i = 0; i < identifier.Length; i++)
        {
            int cp = identifier[i];
            var width = 1;
            if (char.IsHighSurrogate(identifier[i]) && i + 1 < identifier.Length && char.IsLowSurrogate(identifier[i + 1]))
            {
                cp = char.ConvertToUtf32(identifier[i], identifier[i + 1]);
                width = 2;
            }

            var index = cp < 0x80 ? -1 : Array.BinarySearch(s_nfkcKeys, cp);
            if (index >= 0)
            {
                mapped.Append(s_nfkcValues[index]);
                changed = true;
            }
            else
            {
                mapped.Append(identifier, i, width);
            }

            i += width - 1;
        }

        var composed = Compose(mapped.ToString(), ref changed);
        return changed ? composed : identifier;
    }

    private static string Compose(string text, ref bool changed)
    {
        var codePoints = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(text[i]);
            }
        }

        for (var i = 1; i < codePoints.Count; i++)
        {
            var composite = Composite(codePoints[i - 1], codePoints[i]);
            if (composite >= 0)
            {
                codePoints[i - 1] = composite;
                codePoints.RemoveAt(i);
                i--;
                changed = true;
            }
        }

        var builder = new StringBuilder(text.Length);
        foreach (var cp in codePoints)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        return builder.ToString();
    }

    private static int Composite(int first, int second)
    {
        int lo = 0, hi = (s_compositions.Length / 3) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var a = s_compositions[mid * 3];
            var b = s_compositions[(mid * 3) + 1];
            var cmp = a != first ? a.CompareTo(first) : b.CompareTo(second);
            if (cmp == 0)
            {
                return s_compositions[(mid * 3) + 2];
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Hangul syllables compose algorithmically (Unicode 3.12).
        if (first is >= 0x1100 and < 0x1113 && second is >= 0x1161 and < 0x1176)
        {
            return 0xAC00 + ((((first - 0x1100) * 21) + (second - 0x1161)) * 28);
        }

        if (first is >= 0xAC00 and < 0xD7A4 && (first - 0xAC00) % 28 == 0 && second is > 0x11A7 and < 0x11C3)
        {
            return first + (second - 0x11A7);
        }

        return -1;
    }
}
