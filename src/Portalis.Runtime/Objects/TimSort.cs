using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// CPython 3.11's list sort (Objects/listobject.c, <c>listsort</c>): natural runs, binary insertion up to
/// minrun, the powersort merge policy, galloping merges. Ported so that the sequence of <c>&lt;</c>
/// comparisons, and so any TypeError or user <c>__lt__</c> side effect, is CPython's. Values, when
/// given, move with their keys (sort with key=).
/// </summary>
internal sealed class TimSort
{
    private const int MinGallop = 7;

    private readonly object?[] _keys;
    private readonly object?[]? _values;
    private readonly int _length;
    private readonly List<(int Base, int Length, int Power)> _pending = [];
    private int _minGallop = MinGallop;
    private object?[] _tempKeys = [];
    private object?[]? _tempValues;

    private readonly KeyKind _kind;

    private TimSort(object?[] keys, object?[]? values)
    {
        _keys = keys;
        _values = values;
        _length = keys.Length;
        _kind = KindOf(keys);
        _firstKind = _kind == KeyKind.Tuple ? FirstItemKind(keys) : KeyKind.Any;
    }

    /// <summary>
    /// What every key is, when they all share one builtin type whose <c>&lt;</c> cannot run Python code or fail:
    /// then the comparison skips the rich-comparison dispatch, as CPython's pre-sort check picks
    /// <c>unsafe_float_compare</c>, <c>unsafe_long_compare</c> or a string comparison (Objects/listobject.c).
    /// </summary>
    /// <remarks>
    /// Tuples (all exact tuples) compare as CPython's <c>unsafe_tuple_compare</c>: the first items that are not equal
    /// (identity first) decide with <c>&lt;</c>, by <see cref="_firstKind"/> when it is the first items; equal
    /// prefixes order by length.
    /// </remarks>
    private enum KeyKind
    {
        Any,
        Float,
        Int,
        Str,
        Tuple,
    }

    private readonly KeyKind _firstKind;

    private static KeyKind KindOf(object? key) => key switch
    {
        double => KeyKind.Float,
        long => KeyKind.Int,
        string => KeyKind.Str,
        PyTuple { PyClass: null } => KeyKind.Tuple,
        _ => KeyKind.Any,
    };

    private static KeyKind KindOf(object?[] keys)
    {
        var kind = KindOf(keys[0]);
        for (var i = 1; i < keys.Length && kind != KeyKind.Any; i++)
        {
            if (KindOf(keys[i]) != kind)
            {
                kind = KeyKind.Any;
            }
        }

        return kind;
    }

    // The kind shared by the first items of all the (tuple) keys; Any when one is empty or they differ.
    private static KeyKind FirstItemKind(object?[] keys)
    {
        var kind = KeyKind.Any;
        for (var i = 0; i < keys.Length; i++)
        {
            var items = ((PyTuple)keys[i]!).Items;
            var itemKind = items.Length == 0 ? KeyKind.Any : KindOf(items[0]);
            if (itemKind is KeyKind.Any or KeyKind.Tuple || (i > 0 && itemKind != kind))
            {
                return KeyKind.Any;
            }

            kind = itemKind;
        }

        return kind;
    }

    public static void Sort(object?[] keys, object?[]? values)
    {
        if (keys.Length < 2)
        {
            return;
        }

        new TimSort(keys, values).Run();
    }

    // KindOf checked every key's type before the sort (the keys are a snapshot), so the casts need no check.
    private bool Less(object? a, object? b) =>
        _kind == KeyKind.Tuple ? TupleLess(Unsafe.As<PyTuple>(a)!, Unsafe.As<PyTuple>(b)!) : Less(_kind, a, b);

    private static bool Less(KeyKind kind, object? a, object? b) => kind switch
    {
        KeyKind.Float => (double)a! < (double)b!,
        KeyKind.Int => (long)a! < (long)b!,
        KeyKind.Str => PyStr.Compare(Unsafe.As<string>(a)!, Unsafe.As<string>(b)!) < 0,
        _ => PyOps.Lt(a, b),
    };

    private bool TupleLess(PyTuple a, PyTuple b)
    {
        var x = a.Items;
        var y = b.Items;
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (!PyOps.EqualsIdentityFirst(x[i], y[i]))
            {
                return Less(i == 0 ? _firstKind : KeyKind.Any, x[i], y[i]);
            }
        }

        return x.Length < y.Length;
    }

    private void Run()
    {
        var lo = 0;
        var remaining = _length;
        var minRun = ComputeMinRun(remaining);
        do
        {
            var n = CountRun(lo, lo + remaining, out var descending);
            if (descending)
            {
                Reverse(lo, n);
            }

            if (n < minRun)
            {
                var force = remaining <= minRun ? remaining : minRun;
                BinarySort(lo, lo + force, lo + n);
                n = force;
            }

            FoundNewRun(n);
            _pending.Add((lo, n, 0));
            lo += n;
            remaining -= n;
        }
        while (remaining > 0);

        // merge_force_collapse.
        while (_pending.Count > 1)
        {
            var n = _pending.Count - 2;
            if (n > 0 && _pending[n - 1].Length < _pending[n + 1].Length)
            {
                n--;
            }

            MergeAt(n);
        }
    }

    private static int ComputeMinRun(int n)
    {
        var r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }

        return n + r;
    }

    private void Reverse(int lo, int n)
    {
        Array.Reverse(_keys, lo, n);
        if (_values is not null)
        {
            Array.Reverse(_values, lo, n);
        }
    }

    // count_run.
    private int CountRun(int lo, int hi, out bool descending)
    {
        descending = false;
        lo++;
        if (lo == hi)
        {
            return 1;
        }

        var n = 2;
        if (Less(_keys[lo], _keys[lo - 1]))
        {
            descending = true;
            for (lo++; lo < hi; lo++, n++)
            {
                if (!Less(_keys[lo], _keys[lo - 1]))
                {
                    break;
                }
            }
        }
        else
        {
            for (lo++; lo < hi; lo++, n++)
            {
                if (Less(_keys[lo], _keys[lo - 1]))
                {
                    break;
                }
            }
        }

        return n;
    }

    // binarysort: [lo, start) is sorted.
    private void BinarySort(int lo, int hi, int start)
    {
        if (lo == start)
        {
            start++;
        }

        for (; start < hi; start++)
        {
            var l = lo;
            var r = start;
            var pivot = _keys[r];
            var pivotValue = _values?[r];
            do
            {
                var p = l + ((r - l) >> 1);
                if (Less(pivot, _keys[p]))
                {
                    r = p;
                }
                else
                {
                    l = p + 1;
                }
            }
            while (l < r);

            Array.Copy(_keys, l, _keys, l + 1, start - l);
            _keys[l] = pivot;
            if (_values is not null)
            {
                Array.Copy(_values, l, _values, l + 1, start - l);
                _values[l] = pivotValue;
            }
        }
    }

    // found_new_run: the powersort merge policy.
    private void FoundNewRun(int n2)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var last = _pending[^1];
        var power = PowerLoop(last.Base, last.Length, n2, _length);
        while (_pending.Count > 1 && _pending[^2].Power > power)
        {
            MergeAt(_pending.Count - 2);
        }

        _pending[^1] = (_pending[^1].Base, _pending[^1].Length, power);
    }

    private static int PowerLoop(long s1, long n1, long n2, long n)
    {
        var result = 0;
        var a = (2 * s1) + n1;
        var b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }

            a <<= 1;
            b <<= 1;
        }

        return result;
    }

    // merge_at: merges pending runs i and i + 1.
    private void MergeAt(int i)
    {
        var (baseA, na, powerA) = _pending[i];
        var (baseB, nb, _) = _pending[i + 1];
        _pending[i] = (baseA, na + nb, powerA);
        _pending.RemoveAt(i + 1);

        var k = GallopRight(_keys[baseB], _keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0)
        {
            return;
        }

        nb = GallopLeft(_keys[baseA + na - 1], _keys, baseB, nb, nb - 1);
        if (nb <= 0)
        {
            return;
        }

        if (na <= nb)
        {
            MergeLo(baseA, na, baseB, nb);
        }
        else
        {
            MergeHi(baseA, na, baseB, nb);
        }
    }

    // gallop_left: the leftmost position in a[start..start+n) where key belongs.
    private int GallopLeft(object? key, object?[] a, int start, int n, int hint)
    {
        var lastOfs = 0;
        var ofs = 1;
        if (Less(a[start + hint], key))
        {
            var maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                if (Less(a[start + hint + ofs], key))
                {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                else
                {
                    break;
                }
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            lastOfs += hint;
            ofs += hint;
        }
        else
        {
            var maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                if (Less(a[start + hint - ofs], key))
                {
                    break;
                }

                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            var k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }

        lastOfs++;
        while (lastOfs < ofs)
        {
            var m = lastOfs + ((ofs - lastOfs) >> 1);
            if (Less(a[start + m], key))
            {
                lastOfs = m + 1;
            }
            else
            {
                ofs = m;
            }
        }

        return ofs;
    }

    // gallop_right: the rightmost position in a[start..start+n) where key belongs.
    private int GallopRight(object? key, object?[] a, int start, int n, int hint)
    {
        var lastOfs = 0;
        var ofs = 1;
        if (Less(key, a[start + hint]))
        {
            var maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                if (Less(key, a[start + hint - ofs]))
                {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                else
                {
                    break;
                }
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            var k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        else
        {
            var maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                if (Less(key, a[start + hint + ofs]))
                {
                    break;
                }

                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            lastOfs += hint;
            ofs += hint;
        }

        lastOfs++;
        while (lastOfs < ofs)
        {
            var m = lastOfs + ((ofs - lastOfs) >> 1);
            if (Less(key, a[start + m]))
            {
                ofs = m;
            }
            else
            {
                lastOfs = m + 1;
            }
        }

        return ofs;
    }

    private void EnsureTemp(int n)
    {
        if (_tempKeys.Length < n)
        {
            _tempKeys = new object?[n];
            _tempValues = _values is null ? null : new object?[n];
        }
    }

    // Copies count entries (keys and values) between arrays; Array.Copy handles overlap like memmove.
    private void Move(object?[] fromKeys, object?[]? fromValues, int from, object?[] toKeys, object?[]? toValues, int to, int count)
    {
        Array.Copy(fromKeys, from, toKeys, to, count);
        if (_values is not null)
        {
            Array.Copy(fromValues!, from, toValues!, to, count);
        }
    }

    // merge_lo: run A (na items at pa) is copied to temp; merge left to right into pa.
    private void MergeLo(int pa, int na, int pb, int nb)
    {
        EnsureTemp(na);
        var tk = _tempKeys;
        var tv = _tempValues;
        Move(_keys, _values, pa, tk, tv, 0, na);
        var dest = pa;
        var a = 0;
        Move(_keys, _values, pb++, _keys, _values, dest++, 1);
        nb--;
        if (nb == 0)
        {
            goto Succeed;
        }

        if (na == 1)
        {
            goto CopyB;
        }

        var minGallop = _minGallop;
        while (true)
        {
            var acount = 0;
            var bcount = 0;
            while (true)
            {
                if (Less(_keys[pb], tk[a]))
                {
                    Move(_keys, _values, pb++, _keys, _values, dest++, 1);
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 0)
                    {
                        goto Succeed;
                    }

                    if (bcount >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    Move(tk, tv, a++, _keys, _values, dest++, 1);
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 1)
                    {
                        goto CopyB;
                    }

                    if (acount >= minGallop)
                    {
                        break;
                    }
                }
            }

            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                var k = GallopRight(_keys[pb], tk, a, na, 0);
                acount = k;
                if (k != 0)
                {
                    Move(tk, tv, a, _keys, _values, dest, k);
                    dest += k;
                    a += k;
                    na -= k;
                    if (na == 1)
                    {
                        goto CopyB;
                    }

                    if (na == 0)
                    {
                        goto Succeed;
                    }
                }

                Move(_keys, _values, pb++, _keys, _values, dest++, 1);
                nb--;
                if (nb == 0)
                {
                    goto Succeed;
                }

                k = GallopLeft(tk[a], _keys, pb, nb, 0);
                bcount = k;
                if (k != 0)
                {
                    Move(_keys, _values, pb, _keys, _values, dest, k);
                    dest += k;
                    pb += k;
                    nb -= k;
                    if (nb == 0)
                    {
                        goto Succeed;
                    }
                }

                Move(tk, tv, a++, _keys, _values, dest++, 1);
                na--;
                if (na == 1)
                {
                    goto CopyB;
                }
            }
            while (acount >= MinGallop || bcount >= MinGallop);

            minGallop++;
            _minGallop = minGallop;
        }

    Succeed:
        if (na > 0)
        {
            Move(tk, tv, a, _keys, _values, dest, na);
        }

        return;

    CopyB:
        // The last element of A belongs at the end of the merge.
        Move(_keys, _values, pb, _keys, _values, dest, nb);
        Move(tk, tv, a, _keys, _values, dest + nb, 1);
    }

    // merge_hi: run B (nb items at pb) is copied to temp; merge right to left into the end of B.
    private void MergeHi(int pa, int na, int pb, int nb)
    {
        EnsureTemp(nb);
        var tk = _tempKeys;
        var tv = _tempValues;
        Move(_keys, _values, pb, tk, tv, 0, nb);
        var baseA = pa;
        var dest = pb + nb - 1;
        var b = nb - 1;
        var ia = pa + na - 1;
        Move(_keys, _values, ia--, _keys, _values, dest--, 1);
        na--;
        if (na == 0)
        {
            goto Succeed;
        }

        if (nb == 1)
        {
            goto CopyA;
        }

        var minGallop = _minGallop;
        while (true)
        {
            var acount = 0;
            var bcount = 0;
            while (true)
            {
                if (Less(tk[b], _keys[ia]))
                {
                    Move(_keys, _values, ia--, _keys, _values, dest--, 1);
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 0)
                    {
                        goto Succeed;
                    }

                    if (acount >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    Move(tk, tv, b--, _keys, _values, dest--, 1);
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 1)
                    {
                        goto CopyA;
                    }

                    if (bcount >= minGallop)
                    {
                        break;
                    }
                }
            }

            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                var k = GallopRight(tk[b], _keys, baseA, na, na - 1);
                k = na - k;
                acount = k;
                if (k != 0)
                {
                    dest -= k;
                    ia -= k;
                    Move(_keys, _values, ia + 1, _keys, _values, dest + 1, k);
                    na -= k;
                    if (na == 0)
                    {
                        goto Succeed;
                    }
                }

                Move(tk, tv, b--, _keys, _values, dest--, 1);
                nb--;
                if (nb == 1)
                {
                    goto CopyA;
                }

                k = GallopLeft(_keys[ia], tk, 0, nb, nb - 1);
                k = nb - k;
                bcount = k;
                if (k != 0)
                {
                    dest -= k;
                    b -= k;
                    Move(tk, tv, b + 1, _keys, _values, dest + 1, k);
                    nb -= k;
                    if (nb == 1)
                    {
                        goto CopyA;
                    }

                    if (nb == 0)
                    {
                        goto Succeed;
                    }
                }

                Move(_keys, _values, ia--, _keys, _values, dest--, 1);
                na--;
                if (na == 0)
                {
                    goto Succeed;
                }
            }
            while (acount >= MinGallop || bcount >= MinGallop);

            minGallop++;
            _minGallop = minGallop;
        }

    Succeed:
        if (nb > 0)
        {
            Move(tk, tv, 0, _keys, _values, dest - (nb - 1), nb);
        }

        return;

    CopyA:
        // The first element of B belongs at the front of the merge.
        dest -= na;
        ia -= na;
        Move(_keys, _values, ia + 1, _keys, _values, dest + 1, na);
        Move(tk, tv, b, _keys, _values, dest, 1);
    }
}
