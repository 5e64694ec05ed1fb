using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// What Python's str operations must know about a .NET string before they index it: whether it holds surrogates
/// (then code points and UTF-16 units differ) and its length in code points. CPython reads both from the object
/// (PEP 393's kind and length); a .NET string has no room for them, and scanning a long string again on every
/// <c>s[i]</c> made a loop over a long string quadratic. Short strings are scanned (a few vector instructions);
/// longer ones are remembered in a small per-thread cache, so a loop over one or a few long strings scans each
/// once. The cache holds at most <see cref="Slots"/> strings per thread alive.
/// </summary>
internal static class StrShape
{
    /// <summary>Strings up to this many UTF-16 units are scanned every time: cheaper than a cache lookup.</summary>
    private const int ScanLimit = 512;

    private const int Slots = 8;

    [ThreadStatic]
    private static Entry[]? t_entries;

    /// <summary>True when <paramref name="s"/> contains a surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasSurrogates(string s) => s.Length <= ScanLimit ? Scan(s) : Lookup(s).Surrogates;

    /// <summary>The number of code points of <paramref name="s"/>.</summary>
    public static int CodePointCount(string s)
    {
        if (s.Length <= ScanLimit)
        {
            return Scan(s) ? Count(s) : s.Length;
        }

        return Lookup(s).Length;
    }

    private static bool Scan(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    private static Entry Lookup(string s)
    {
        var entries = t_entries ??= new Entry[Slots];
        ref var entry = ref entries[RuntimeHelpers.GetHashCode(s) & (Slots - 1)];
        if (!ReferenceEquals(entry.Text, s))
        {
            var surrogates = Scan(s);
            entry = new Entry(s, surrogates ? Count(s) : s.Length, surrogates);
        }

        return entry;
    }

    // A surrogate pair is one code point; a lone surrogate is one code point.
    private static int Count(string s)
    {
        var count = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private readonly record struct Entry(string? Text, int Length, bool Surrogates);
}
