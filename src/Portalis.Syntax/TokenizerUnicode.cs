namespace Portalis.Syntax;

/// <summary>Lookups over the generated ranges in <c>TokenizerUnicode.g.cs</c>.</summary>
internal static partial class TokenizerUnicode
{
    /// <summary>Whether <paramref name="codePoint"/> may start an identifier (Objects/unicodeobject.c, <c>_PyUnicode_ScanIdentifier</c>).</summary>
    public static bool IsIdentifierStart(int codePoint)
        => codePoint < 128 ? char.IsAsciiLetter((char)codePoint) || codePoint == '_' : InRanges(IdentifierStart, codePoint);

    /// <summary>Whether <paramref name="codePoint"/> may continue an identifier.</summary>
    public static bool IsIdentifierContinue(int codePoint)
        => codePoint < 128 ? char.IsAsciiLetterOrDigit((char)codePoint) || codePoint == '_' : InRanges(IdentifierContinue, codePoint);

    /// <summary><c>Py_UNICODE_ISPRINTABLE</c>.</summary>
    public static bool IsPrintable(int codePoint)
        => codePoint is >= 0x20 and < 0x7F || (codePoint >= 0x7F && !InRanges(NonPrintable, codePoint));

    // The tables are sorted, disjoint, inclusive [low, high] pairs.
    private static bool InRanges(ReadOnlySpan<int> ranges, int codePoint)
    {
        int lo = 0, hi = (ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (codePoint < ranges[2 * mid])
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
