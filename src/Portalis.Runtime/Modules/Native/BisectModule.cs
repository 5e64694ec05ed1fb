namespace Portalis.Runtime;

/// <summary>The <c>bisect</c> module (Modules/_bisectmodule.c, with 3.10's <c>key=</c>).</summary>
[PyNativeModule("bisect")]
public static class BisectModule
{
    /// <summary><c>bisect_right(a, x, lo=0, hi=None, *, key=None)</c></summary>
    [PyExport("bisect_right")]
    [PyExport("bisect")]
    public static long BisectRight(object? a, object? x, long lo = 0, long? hi = null, [PyKeywordOnly] object? key = null)
    {
        (lo, var h) = Bounds(a, lo, hi);
        while (lo < h)
        {
            var mid = (long)((ulong)(lo + h) / 2);
            var item = PyOps.GetItem(a, mid);
            if (key is not null)
            {
                item = PyOps.Call(key, item);
            }

            if (PyOps.Lt(x, item))
            {
                h = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary><c>bisect_left(a, x, lo=0, hi=None, *, key=None)</c></summary>
    [PyExport("bisect_left")]
    public static long BisectLeft(object? a, object? x, long lo = 0, long? hi = null, [PyKeywordOnly] object? key = null)
    {
        (lo, var h) = Bounds(a, lo, hi);
        while (lo < h)
        {
            var mid = (long)((ulong)(lo + h) / 2);
            var item = PyOps.GetItem(a, mid);
            if (key is not null)
            {
                item = PyOps.Call(key, item);
            }

            if (PyOps.Lt(item, x))
            {
                lo = mid + 1;
            }
            else
            {
                h = mid;
            }
        }

        return lo;
    }

    /// <summary><c>insort_right(a, x, lo=0, hi=None, *, key=None)</c></summary>
    [PyExport("insort_right")]
    [PyExport("insort")]
    public static void InsortRight(object? a, object? x, long lo = 0, long? hi = null, [PyKeywordOnly] object? key = null) =>
        Insert(a, BisectRight(a, key is null ? x : PyOps.Call(key, x), lo, hi, key), x);

    /// <summary><c>insort_left(a, x, lo=0, hi=None, *, key=None)</c></summary>
    [PyExport("insort_left")]
    public static void InsortLeft(object? a, object? x, long lo = 0, long? hi = null, [PyKeywordOnly] object? key = null) =>
        Insert(a, BisectLeft(a, key is null ? x : PyOps.Call(key, x), lo, hi, key), x);

    private static (long Lo, long Hi) Bounds(object? a, long lo, long? hi)
    {
        if (lo < 0)
        {
            throw new PyValueError("lo must be non-negative");
        }

        return (lo, hi is null or -1 ? PyOps.Len(a) : hi.Value);
    }

    private static void Insert(object? a, long index, object? x)
    {
        if (a is PyList list)
        {
            list.Insert(index, x);
        }
        else
        {
            NativeCalls.CallMethod(a, "insert", index, x);
        }
    }
}
