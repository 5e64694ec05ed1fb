namespace Portalis.Runtime;

public sealed partial class PyList
{
    // Objects/listobject.c: MIN_MERGE. Below it timsort is count_run + binarysort, ported exactly so
    // that the comparisons (and so the TypeError for mixed types) happen in CPython's order.
    private const int MinMerge = 64;

    /// <summary>
    /// <c>l.sort(key=None, reverse=False)</c>: stable, using only <c>&lt;</c>. The list is empty while it is
    /// sorted and ValueError "list modified during sort" is raised if it was changed meanwhile.
    /// </summary>
    public void Sort(Func<object?, object?>? key = null, bool reverse = false)
    {
        object?[] items;
        lock (_lock)
        {
            items = _items.AsSpan(0, _count).ToArray();
            _items = [];
            _count = 0;
        }

        var originalLength = items.Length;
        var sorted = false;
        try
        {
            var keys = items;
            if (key is not null)
            {
                keys = new object?[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    keys[i] = key(items[i]);
                }
            }

            // reverse=True keeps stability by reversing before and after (list_sort_impl).
            if (reverse)
            {
                Array.Reverse(keys);
                if (key is not null)
                {
                    Array.Reverse(items);
                }
            }

            SortCore(keys, key is null ? null : items);
            if (reverse)
            {
                Array.Reverse(keys);
                if (key is not null)
                {
                    Array.Reverse(items);
                }
            }

            sorted = true;
        }
        finally
        {
            lock (_lock)
            {
                var modified = _count != 0 || _items.Length != 0;
                _items = items;
                _count = originalLength;
                if (modified && sorted)
                {
                    throw new PyValueError("list modified during sort");
                }
            }
        }
    }

    private static void SortCore(object?[] keys, object?[]? values)
    {
        var n = keys.Length;
        if (n < 2)
        {
            return;
        }

        if (n < MinMerge)
        {
            var run = CountRun(keys, 0, n, out var descending);
            if (descending)
            {
                Array.Reverse(keys, 0, run);
                if (values is not null)
                {
                    Array.Reverse(values, 0, run);
                }
            }

            BinarySort(keys, values, 0, n, run);
            return;
        }

        // Larger lists: a stable merge sort using only '<' (the same result as timsort; the order of
        // comparisons, and so which pair a mixed-type TypeError names, may differ).
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var buffer = new int[n];
        MergeSort(keys, order, buffer, 0, n);
        var sortedKeys = new object?[n];
        var sortedValues = values is null ? null : new object?[n];
        for (var i = 0; i < n; i++)
        {
            sortedKeys[i] = keys[order[i]];
            if (sortedValues is not null)
            {
                sortedValues[i] = values![order[i]];
            }
        }

        sortedKeys.CopyTo(keys, 0);
        sortedValues?.CopyTo(values!, 0);
    }

    private static bool Less(object? a, object? b) => PyOps.Lt(a, b);

    // listobject.c, count_run: length of the run starting at lo; strictly descending runs are reported.
    private static int CountRun(object?[] keys, int lo, int hi, out bool descending)
    {
        descending = false;
        if (lo + 1 == hi)
        {
            return 1;
        }

        var n = 2;
        var i = lo + 1;
        if (Less(keys[i], keys[i - 1]))
        {
            descending = true;
            for (i++; i < hi; i++, n++)
            {
                if (!Less(keys[i], keys[i - 1]))
                {
                    break;
                }
            }
        }
        else
        {
            for (i++; i < hi; i++, n++)
            {
                if (Less(keys[i], keys[i - 1]))
                {
                    break;
                }
            }
        }

        return n;
    }

    // listobject.c, binarysort: [lo, start) is sorted; insert the rest by binary search.
    private static void BinarySort(object?[] keys, object?[]? values, int lo, int hi, int start)
    {
        if (lo == start)
        {
            start++;
        }

        for (; start < hi; start++)
        {
            var l = lo;
            var r = start;
            var pivot = keys[r];
            var pivotValue = values?[r];
            do
            {
                var p = l + ((r - l) >> 1);
                if (Less(pivot, keys[p]))
                {
                    r = p;
                }
                else
                {
                    l = p + 1;
                }
            }
            while (l < r);

            Array.Copy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values is not null)
            {
                Array.Copy(values, l, values, l + 1, start - l);
                values[l] = pivotValue;
            }
        }
    }

    private static void MergeSort(object?[] keys, int[] order, int[] buffer, int lo, int hi)
    {
        if (hi - lo < 2)
        {
            return;
        }

        var mid = (lo + hi) >>> 1;
        MergeSort(keys, order, buffer, lo, mid);
        MergeSort(keys, order, buffer, mid, hi);
        if (!Less(keys[order[mid]], keys[order[mid - 1]]))
        {
            return;
        }

        Array.Copy(order, lo, buffer, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            // Take from the right only when strictly less: equal keys keep their order (stability).
            order[k++] = Less(keys[buffer[j]], keys[buffer[i]]) ? buffer[j++] : buffer[i++];
        }

        while (i < mid)
        {
            order[k++] = buffer[i++];
        }

        while (j < hi)
        {
            order[k++] = buffer[j++];
        }
    }
}
