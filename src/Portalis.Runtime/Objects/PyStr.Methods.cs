using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

// str methods (Objects/unicodeobject.c). Indices and lengths are in code points.
public static partial class PyStr
{
    /// <summary><c>s.split(sep=None, maxsplit=-1)</c></summary>
    public static PyList Split(string s, string? sep = null, long maxsplit = -1)
    {
        var result = new PyList.Builder(0);
        if (maxsplit < 0)
        {
            maxsplit = long.MaxValue;
        }

        if (sep is null)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }

                if (i >= s.Length)
                {
                    break;
                }

                if (maxsplit-- == 0)
                {
                    result.Add(s[i..]);
                    break;
                }

                var j = i;
                while (j < s.Length && !IsSpace(s[j]))
                {
                    j++;
                }

                result.Add(s[i..j]);
                i = j;
            }

            return result.ToList();
        }

        if (sep.Length == 0)
        {
            throw new PyValueError("empty separator");
        }

        var start = 0;
        while (maxsplit-- > 0)
        {
            var k = s.IndexOf(sep, start, StringComparison.Ordinal);
            if (k < 0)
            {
                break;
            }

            result.Add(s[start..k]);
            start = k + sep.Length;
        }

        result.Add(s[start..]);
        return result.ToList();
    }

    /// <summary><c>s.rsplit(sep=None, maxsplit=-1)</c></summary>
    public static PyList RSplit(string s, string? sep = null, long maxsplit = -1)
    {
        var parts = new List<object?>();
        if (maxsplit < 0)
        {
            maxsplit = long.MaxValue;
        }

        if (sep is null)
        {
            var i = s.Length;
            while (true)
            {
                while (i > 0 && IsSpace(s[i - 1]))
                {
                    i--;
                }

                if (i <= 0)
                {
                    break;
                }

                if (maxsplit-- == 0)
                {
                    parts.Add(s[..i]);
                    break;
                }

                var j = i;
                while (j > 0 && !IsSpace(s[j - 1]))
                {
                    j--;
                }

                parts.Add(s[j..i]);
                i = j;
            }
        }
        else
        {
            if (sep.Length == 0)
            {
                throw new PyValueError("empty separator");
            }

            var end = s.Length;
            while (maxsplit-- > 0)
            {
                var k = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (k < 0 || k + sep.Length > end)
                {
                    break;
                }

                parts.Add(s[(k + sep.Length)..end]);
                end = k;
            }

            parts.Add(s[..end]);
        }

        parts.Reverse();
        return PyList.Own([.. parts]);
    }

    /// <summary><c>sep.join(iterable)</c></summary>
    public static string Join(string separator, object? iterable)
    {
        // PySequence_Fast, as unicode_join uses it: an exact list or tuple is read as it is, anything else is made a
        // list first (so an error while iterating comes before any item's TypeError).
        return iterable switch
        {
            PyList { PyClass: null } list => JoinItems(separator, list.ToArray()),
            PyTuple { PyClass: null } tuple => JoinItems(separator, tuple.Items),
            _ => JoinItems(separator, PyOps.ToArray(iterable)),
        };
    }

    /// <summary>Joins the items of a sequence: every item is checked and measured first, then copied once.</summary>
    private static string JoinItems(string separator, ReadOnlySpan<object?> items)
    {
        if (items.Length == 1)
        {
            return ItemToJoin(items[0], 0);
        }

        var length = items.IsEmpty ? 0L : (long)separator.Length * (items.Length - 1);
        for (var i = 0; i < items.Length; i++)
        {
            length += ItemToJoin(items[i], i).Length;
        }

        if (length > Array.MaxLength)
        {
            throw new PyOverflowError("join() result is too long for a Python string");
        }

        return string.Create((int)length, new JoinState(separator, items), static (span, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.Items.Length; i++)
            {
                if (i > 0)
                {
                    state.Separator.CopyTo(span[at..]);
                    at += state.Separator.Length;
                }

                var text = ItemToJoin(state.Items[i], i);
                text.CopyTo(span[at..]);
                at += text.Length;
            }
        });
    }

    // A str subclass instance joins as its str value (CPython copies its characters too).
    private static string ItemToJoin(object? item, int index) => item switch
    {
        string text => text,
        PyValueInstance { Value: string text } => text,
        _ => throw new PyTypeError($"sequence item {index}: expected str instance, {PyOps.TypeName(item)} found"),
    };

    private readonly ref struct JoinState(string separator, ReadOnlySpan<object?> items)
    {
        public string Separator { get; } = separator;

        public ReadOnlySpan<object?> Items { get; } = items;
    }

    /// <summary><c>s.strip(chars=None)</c></summary>
    public static string Strip(string s, string? chars = null) => StripCore(s, chars, left: true, right: true);

    /// <summary><c>s.lstrip(chars=None)</c></summary>
    public static string LStrip(string s, string? chars = null) => StripCore(s, chars, left: true, right: false);

    /// <summary><c>s.rstrip(chars=None)</c></summary>
    public static string RStrip(string s, string? chars = null) => StripCore(s, chars, left: false, right: true);

    private static string StripCore(string s, string? chars, bool left, bool right)
    {
        if (!HasSurrogates(s) && (chars is null || !HasSurrogates(chars)))
        {
            // Every code point is one UTF-16 unit: trim the span, allocating only the result.
            var start = 0;
            var end = s.Length;
            if (left)
            {
                while (start < end && (chars is null ? IsSpace(s[start]) : chars.Contains(s[start], StringComparison.Ordinal)))
                {
                    start++;
                }
            }

            if (right)
            {
                while (end > start && (chars is null ? IsSpace(s[end - 1]) : chars.Contains(s[end - 1], StringComparison.Ordinal)))
                {
                    end--;
                }
            }

            return start == 0 && end == s.Length ? s : s.Substring(start, end - start);
        }

        var cps = CodePoints(s);
        HashSet<int>? set = chars is null ? null : [.. CodePoints(chars)];
        var from = 0;
        var to = cps.Length;
        if (left)
        {
            while (from < to && (set is null ? IsSpace(cps[from]) : set.Contains(cps[from])))
            {
                from++;
            }
        }

        if (right)
        {
            while (to > from && (set is null ? IsSpace(cps[to - 1]) : set.Contains(cps[to - 1])))
            {
                to--;
            }
        }

        return from == 0 && to == cps.Length ? s : FromCodePoints(cps.AsSpan(from, to - from));
    }

    /// <summary><c>s.replace(old, new, count=-1)</c></summary>
    public static string Replace(string s, string old, string replacement, long count = -1)
    {
        if (count < 0)
        {
            count = long.MaxValue;
        }

        if (count == 0)
        {
            return s;
        }

        var builder = new StringBuilder(s.Length);
        if (old.Length == 0)
        {
            // Insert before every code point and at the end, count times.
            var n = 0L;
            foreach (var ch in Iterate(s))
            {
                if (n++ < count)
                {
                    builder.Append(replacement);
                }

                builder.Append(ch);
            }

            if (n < count)
            {
                builder.Append(replacement);
            }

            return builder.ToString();
        }

        var start = 0;
        while (count-- > 0)
        {
            var k = s.IndexOf(old, start, StringComparison.Ordinal);
            if (k < 0)
            {
                break;
            }

            builder.Append(s, start, k - start).Append(replacement);
            start = k + old.Length;
        }

        return builder.Append(s, start, s.Length - start).ToString();
    }

    // Adjusts Python [start:end] bounds (code points) to UTF-16 offsets.
    private static (int Start, int End) Bounds(string s, object? start, object? end)
    {
        long length = Length(s);
        var st = start is null ? 0 : PyOps.ToIndex(start);
        var en = end is null ? length : PyOps.ToIndex(end);
        if (st < 0)
        {
            st = Math.Max(0, st + length);
        }

        if (en < 0)
        {
            en = Math.Max(0, en + length);
        }

        en = Math.Min(en, length);
        if (st > length)
        {
            return (-1, -1);
        }

        return ((int)ToUtf16(s, st), (int)ToUtf16(s, Math.Max(en, st)));
    }

    private static long ToUtf16(string s, long codePoint)
    {
        if (!HasSurrogates(s))
        {
            return codePoint;
        }

        var i = 0;
        for (long n = 0; n < codePoint && i < s.Length; n++)
        {
            i += IsPairAt(s, i) ? 2 : 1;
        }

        return i;
    }

    private static long ToCodePoint(string s, int utf16) => HasSurrogates(s) ? Length(s[..utf16]) : utf16;

    /// <summary><c>s.find(sub, start=None, end=None)</c></summary>
    public static long Find(string s, string sub, object? start = null, object? end = null)
    {
        var (st, en) = Bounds(s, start, end);
        if (st < 0 || en - st < sub.Length)
        {
            return -1;
        }

        var k = s.IndexOf(sub, st, en - st, StringComparison.Ordinal);
        return k < 0 ? -1 : ToCodePoint(s, k);
    }

    /// <summary><c>s.rfind(sub, start=None, end=None)</c></summary>
    public static long RFind(string s, string sub, object? start = null, object? end = null)
    {
        var (st, en) = Bounds(s, start, end);
        if (st < 0 || en - st < sub.Length)
        {
            return -1;
        }

        if (sub.Length == 0)
        {
            return ToCodePoint(s, en);
        }

        var k = s.LastIndexOf(sub, en - 1, en - st, StringComparison.Ordinal);
        return k < 0 ? -1 : ToCodePoint(s, k);
    }

    /// <summary><c>s.index(sub, start=None, end=None)</c></summary>
    public static long Index(string s, string sub, object? start = null, object? end = null)
    {
        var k = Find(s, sub, start, end);
        return k >= 0 ? k : throw new PyValueError("substring not found");
    }

    /// <summary><c>s.rindex(sub, start=None, end=None)</c></summary>
    public static long RIndex(string s, string sub, object? start = null, object? end = null)
    {
        var k = RFind(s, sub, start, end);
        return k >= 0 ? k : throw new PyValueError("substring not found");
    }

    /// <summary><c>s.count(sub, start=None, end=None)</c></summary>
    public static long Count(string s, string sub, object? start = null, object? end = null)
    {
        var (st, en) = Bounds(s, start, end);
        if (st < 0 || en - st < sub.Length)
        {
            return 0;
        }

        if (sub.Length == 0)
        {
            return Length(s[st..en]) + 1;
        }

        long n = 0;
        var i = st;
        while (true)
        {
            var k = s.IndexOf(sub, i, en - i, StringComparison.Ordinal);
            if (k < 0)
            {
                return n;
            }

            n++;
            i = k + sub.Length;
        }
    }

    /// <summary><c>s.startswith(prefix, start=None, end=None)</c>; prefix may be a tuple of str.</summary>
    public static bool StartsWith(string s, object? prefix, object? start = null, object? end = null) =>
        AffixMatch(s, prefix, start, end, "startswith", atStart: true);

    /// <summary><c>s.endswith(suffix, start=None, end=None)</c>; suffix may be a tuple of str.</summary>
    public static bool EndsWith(string s, object? suffix, object? start = null, object? end = null) =>
        AffixMatch(s, suffix, start, end, "endswith", atStart: false);

    private static bool AffixMatch(string s, object? affix, object? start, object? end, string name, bool atStart)
    {
        // The window is a span: copying it made every call on a long string cost its length.
        var (st, en) = start is null && end is null ? (0, s.Length) : Bounds(s, start, end);
        switch (affix)
        {
            case string p:
                return st >= 0 && Matches(s.AsSpan(st, en - st), p, atStart);
            case PyTuple tuple:
                foreach (var item in tuple)
                {
                    if (item is not string p)
                    {
                        throw new PyTypeError($"tuple for {name} must only contain str, not {PyOps.TypeName(item)}");
                    }

                    if (st >= 0 && Matches(s.AsSpan(st, en - st), p, atStart))
                    {
                        return true;
                    }
                }

                return false;
            default:
                throw new PyTypeError($"{name} first arg must be str or a tuple of str, not {PyOps.TypeName(affix)}");
        }

        static bool Matches(ReadOnlySpan<char> window, string p, bool atStart) =>
            atStart ? window.StartsWith(p, StringComparison.Ordinal) : window.EndsWith(p, StringComparison.Ordinal);
    }

    /// <summary><c>s.partition(sep)</c></summary>
    public static PyTuple Partition(string s, string sep)
    {
        if (sep.Length == 0)
        {
            throw new PyValueError("empty separator");
        }

        var k = s.IndexOf(sep, StringComparison.Ordinal);
        return k < 0 ? new PyTuple(s, string.Empty, string.Empty) : new PyTuple(s[..k], sep, s[(k + sep.Length)..]);
    }

    /// <summary><c>s.rpartition(sep)</c></summary>
    public static PyTuple RPartition(string s, string sep)
    {
        if (sep.Length == 0)
        {
            throw new PyValueError("empty separator");
        }

        var k = s.LastIndexOf(sep, StringComparison.Ordinal);
        return k < 0 ? new PyTuple(string.Empty, string.Empty, s) : new PyTuple(s[..k], sep, s[(k + sep.Length)..]);
    }

    /// <summary><c>s.splitlines(keepends=False)</c>: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029 end lines.</summary>
    public static PyList SplitLines(string s, bool keepEnds = false)
    {
        var result = new PyList();
        var i = 0;
        while (i < s.Length)
        {
            var j = i;
            while (j < s.Length && !IsLineBreak(s[j]))
            {
                j++;
            }

            var eol = j;
            if (j < s.Length)
            {
                j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
                if (keepEnds)
                {
                    eol = j;
                }
            }

            result.Append(s[i..eol]);
            i = j;
        }

        return result;

        static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
    }

    /// <summary><c>s.expandtabs(tabsize=8)</c></summary>
    public static string ExpandTabs(string s, long tabSize = 8)
    {
        var builder = new StringBuilder(s.Length);
        long column = 0;
        foreach (var ch in s)
        {
            if (ch == '\t')
            {
                if (tabSize > 0)
                {
                    var spaces = tabSize - (column % tabSize);
                    builder.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                builder.Append(ch);
                column = ch is '\n' or '\r' ? 0 : column + (char.IsLowSurrogate(ch) ? 0 : 1);
            }
        }

        return builder.ToString();
    }

    /// <summary><c>s.center(width, fillchar=' ')</c> (CPython's left = marg/2 + (marg &amp; width &amp; 1)).</summary>
    public static string Center(string s, long width, string fill = " ")
    {
        CheckFill(fill);
        long length = Length(s);
        if (width <= length)
        {
            return s;
        }

        var marg = width - length;
        var left = (marg / 2) + (marg & width & 1);
        return Repeat(fill, left) + s + Repeat(fill, marg - left);
    }

    /// <summary><c>s.ljust(width, fillchar=' ')</c></summary>
    public static string LJust(string s, long width, string fill = " ")
    {
        CheckFill(fill);
        long length = Length(s);
        return width <= length ? s : s + Repeat(fill, width - length);
    }

    /// <summary><c>s.rjust(width, fillchar=' ')</c></summary>
    public static string RJust(string s, long width, string fill = " ")
    {
        CheckFill(fill);
        long length = Length(s);
        return width <= length ? s : Repeat(fill, width - length) + s;
    }

    /// <summary><c>s.zfill(width)</c>: zeros after a leading sign.</summary>
    public static string ZFill(string s, long width)
    {
        long length = Length(s);
        if (width <= length)
        {
            return s;
        }

        var zeros = new string('0', (int)(width - length));
        return s.Length > 0 && s[0] is '+' or '-' ? s[0] + zeros + s[1..] : zeros + s;
    }

    private static void CheckFill(string fill)
    {
        if (Length(fill) != 1)
        {
            throw new PyTypeError("The fill character must be exactly one character long");
        }
    }

    private static string Repeat(string unit, long count) => count <= 0 ? string.Empty : new StringBuilder().Insert(0, unit, (int)count).ToString();

    /// <summary><c>s.removeprefix(prefix)</c></summary>
    public static string RemovePrefix(string s, string prefix) => prefix.Length > 0 && s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;

    /// <summary><c>s.removesuffix(suffix)</c></summary>
    public static string RemoveSuffix(string s, string suffix) => suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;
}
