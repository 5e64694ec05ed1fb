namespace Portalis.Runtime;

/// <summary>
/// The <c>heapq</c> module: Modules/_heapqmodule.c's sift loops (the same comparisons in the same order,
/// so ties land where CPython puts them) and Lib/heapq.py's <c>merge</c>, <c>nsmallest</c>, <c>nlargest</c>
/// with their decorated tuples.
/// </summary>
[PyNativeModule("heapq")]
public static class HeapqModule
{
    /// <summary><c>heappush(heap, item, /)</c></summary>
    [PyExport("heappush")]
    public static void HeapPush(object? heap, [PyPositionalOnly] object? item)
    {
        var list = AsList(heap);
        list.Append(item);
        SiftDown(list, 0, list.Count - 1, false);
    }

    /// <summary><c>heappop(heap, /)</c></summary>
    [PyExport("heappop")]
    public static object? HeapPop([PyPositionalOnly] object? heap) => Pop(AsList(heap), false);

    /// <summary><c>heapify(heap, /)</c></summary>
    [PyExport("heapify")]
    public static void Heapify([PyPositionalOnly] object? heap) => HeapifyCore(AsList(heap), false);

    /// <summary><c>heapreplace(heap, item, /)</c></summary>
    [PyExport("heapreplace")]
    public static object? HeapReplace(object? heap, [PyPositionalOnly] object? item) => Replace(AsList(heap), item, false);

    /// <summary><c>heappushpop(heap, item, /)</c></summary>
    [PyExport("heappushpop")]
    public static object? HeapPushPop(object? heap, [PyPositionalOnly] object? item)
    {
        var list = AsList(heap);
        if (list.Count == 0)
        {
            return item;
        }

        var top = list.GetItem(0);
        if (!PyOps.Lt(top, item))
        {
            return item;
        }

        list.SetItem(0, item);
        SiftUp(list, 0, false);
        return top;
    }

    /// <summary><c>nsmallest(n, iterable, key=None)</c></summary>
    [PyExport("nsmallest")]
    public static PyList NSmallest(long n, object? iterable, object? key = null) => NBest(n, iterable, key, false);

    /// <summary><c>nlargest(n, iterable, key=None)</c></summary>
    [PyExport("nlargest")]
    public static PyList NLargest(long n, object? iterable, object? key = null) => NBest(n, iterable, key, true);

    /// <summary><c>merge(*iterables, key=None, reverse=False)</c>: a lazy iterator.</summary>
    [PyExport("merge")]
    public static PyIterator Merge([PyVarArgs] object?[] iterables, object? key = null, bool reverse = false) =>
        new(MergeCore(iterables, key, reverse).GetEnumerator());

    private static IEnumerable<object?> MergeCore(object?[] iterables, object? key, bool reverse)
    {
        // Entries are lists [key, order, value, source] as in Lib/heapq.py: list comparison checks key
        // equality first, then the unique order, so sources never compare.
        var h = new PyList();
        var direction = reverse ? -1L : 1L;
        for (var order = 0L; order < iterables.Length; order++)
        {
            var it = PyOps.Iterate(iterables[order]).GetEnumerator();
            if (it.MoveNext())
            {
                var value = it.Current;
                h.Append(new PyList(key is null ? value : PyOps.Call(key, value), order * direction, value, new Source(it)));
            }
        }

        HeapifyCore(h, reverse);
        while (h.Count > 1)
        {
            var s = (PyList)h.GetItem(0)!;
            yield return s.GetItem(2);
            var source = ((Source)s.GetItem(3)!).Enumerator;
            if (source.MoveNext())
            {
                var value = source.Current;
                s.SetItem(0, key is null ? value : PyOps.Call(key, value));
                s.SetItem(2, value);
                Replace(h, s, reverse);
            }
            else
            {
                Pop(h, reverse);
            }
        }

        if (h.Count > 0)
        {
            var s = (PyList)h.GetItem(0)!;
            yield return s.GetItem(2);
            var source = ((Source)s.GetItem(3)!).Enumerator;
            while (source.MoveNext())
            {
                yield return source.Current;
            }
        }
    }

    private static PyList NBest(long n, object? iterable, object? key, bool largest)
    {
        if (n == 1)
        {
            var items = PyOps.Iterate(iterable);
            var found = false;
            object? best = null;
            object? bestKey = null;
            foreach (var item in items)
            {
                var k = key is null ? item : PyOps.Call(key, item);
                if (!found || (largest ? PyOps.Gt(k, bestKey) : PyOps.Lt(k, bestKey)))
                {
                    found = true;
                    best = item;
                    bestKey = k;
                }
            }

            return found ? new PyList(best) : new PyList();
        }

        long? size = iterable is PyObject o ? o.Len() : iterable is string s ? PyStr.Length(s) : null;
        if (size is { } sz && n >= sz)
        {
            var sorted = PyBuiltins.Sorted(iterable, NativeCalls.KeyFunc(key), largest);
            return sorted.GetSlice(new PySlice(null, n, null));
        }

        var result = new PyList();
        if (n <= 0)
        {
            return result;
        }

        var it = PyOps.Iterate(iterable).GetEnumerator();
        var order = 0L;
        while (order < n && it.MoveNext())
        {
            var elem = it.Current;
            var i = largest ? -order : order;
            result.Append(key is null ? new PyTuple(elem, i) : new PyTuple(PyOps.Call(key, elem), i, elem));
            order++;
        }

        if (result.Count == 0)
        {
            return result;
        }

        // nsmallest keeps a max-heap of the best n; nlargest a min-heap.
        var useMax = !largest;
        HeapifyCore(result, useMax);
        var top = ((PyTuple)result.GetItem(0)!)[0];
        var next = largest ? -n : n;
        while (it.MoveNext())
        {
            var elem = it.Current;
            var k = key is null ? elem : PyOps.Call(key, elem);
            if (largest ? PyOps.Lt(top, k) : PyOps.Lt(k, top))
            {
                Replace(result, key is null ? new PyTuple(elem, next) : new PyTuple(k, next, elem), useMax);
                top = ((PyTuple)result.GetItem(0)!)[0];
                next += largest ? -1 : 1;
            }
        }

        result.Sort(null, largest);
        var output = new PyList();
        foreach (var t in result)
        {
            var tuple = (PyTuple)t!;
            output.Append(tuple[tuple.Count - 1 == 1 ? 0 : 2]);
        }

        return output;
    }

    private static PyList AsList(object? heap) => heap as PyList ?? throw new PyTypeError("heap argument must be a list");

    private static object? Pop(PyList list, bool max)
    {
        if (list.Count == 0)
        {
            throw new PyIndexError("index out of range");
        }

        var last = list.Pop();
        if (list.Count == 0)
        {
            return last;
        }

        var result = list.GetItem(0);
        list.SetItem(0, last);
        SiftUp(list, 0, max);
        return result;
    }

    private static object? Replace(PyList list, object? item, bool max)
    {
        if (list.Count == 0)
        {
            throw new PyIndexError("index out of range");
        }

        var result = list.GetItem(0);
        list.SetItem(0, item);
        SiftUp(list, 0, max);
        return result;
    }

    private static void HeapifyCore(PyList list, bool max)
    {
        // Any bottom-up order gives the same heap, so the cache-friendly order of the C code is not needed.
        for (var i = (list.Count / 2) - 1; i >= 0; i--)
        {
            SiftUp(list, i, max);
        }
    }

    private static bool Less(object? a, object? b, bool max) => max ? PyOps.Lt(b, a) : PyOps.Lt(a, b);

    private static void SiftDown(PyList heap, int startPos, int pos, bool max)
    {
        var newItem = heap.GetItem(pos);
        while (pos > startPos)
        {
            var parentPos = (pos - 1) >> 1;
            var parent = heap.GetItem(parentPos);
            if (!Less(newItem, parent, max))
            {
                break;
            }

            CheckSize(heap, pos);
            heap.SetItem(pos, parent);
            pos = parentPos;
        }

        heap.SetItem(pos, newItem);
    }

    private static void SiftUp(PyList heap, int pos, bool max)
    {
        var endPos = heap.Count;
        var startPos = pos;
        var newItem = heap.GetItem(pos);
        var childPos = (2 * pos) + 1;
        while (childPos < endPos)
        {
            var rightPos = childPos + 1;
            if (rightPos < endPos)
            {
                var less = max ? PyOps.Lt(heap.GetItem(rightPos), heap.GetItem(childPos)) : PyOps.Lt(heap.GetItem(childPos), heap.GetItem(rightPos));
                CheckSize(heap, endPos - 1);
                if (!less)
                {
                    childPos = rightPos;
                }
            }

            heap.SetItem(pos, heap.GetItem(childPos));
            pos = childPos;
            childPos = (2 * pos) + 1;
        }

        heap.SetItem(pos, newItem);
        SiftDown(heap, startPos, pos, max);
    }

    private static void CheckSize(PyList heap, int index)
    {
        if (index >= heap.Count)
        {
            throw new PyRuntimeError("list changed size during iteration");
        }
    }

    private sealed class Source(IEnumerator<object?> enumerator)
    {
        public IEnumerator<object?> Enumerator { get; } = enumerator;
    }
}
