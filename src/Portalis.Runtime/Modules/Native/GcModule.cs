namespace Portalis.Runtime;

/// <summary>
/// Python's <c>gc</c> module over the .NET garbage collector. .NET's collector is tracing, so there is no
/// separate cycle collector to switch off: <c>disable()</c> only records the state <c>isenabled()</c> reports
/// (programs toggle it around timing, as <c>timeit</c> does), and <c>collect()</c> runs a full blocking
/// collection. CPython returns the number of unreachable objects found; .NET does not count them, so
/// <c>collect()</c> returns 0, which is what CPython returns when no cycle was garbage.
/// </summary>
[PyNativeModule("gc")]
public static class GcModule
{
    private static volatile bool s_enabled = true;
    private static long s_threshold0 = 700, s_threshold1 = 10, s_threshold2 = 10;

    /// <summary><c>gc.collect(generation=2)</c></summary>
    [PyExport("collect")]
    public static long Collect(long generation = 2)
    {
        if (generation is < 0 or > 2)
        {
            throw new PyValueError("invalid generation");
        }

        GC.Collect((int)generation, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        return 0;
    }

    /// <summary><c>gc.enable()</c></summary>
    [PyExport("enable")]
    public static void Enable() => s_enabled = true;

    /// <summary><c>gc.disable()</c></summary>
    [PyExport("disable")]
    public static void Disable() => s_enabled = false;

    /// <summary><c>gc.isenabled()</c></summary>
    [PyExport("isenabled")]
    public static bool IsEnabled() => s_enabled;

    /// <summary><c>gc.get_count()</c>: the collections .NET has run per generation (CPython counts allocations).</summary>
    [PyExport("get_count")]
    public static PyTuple GetCount() =>
        new([(long)GC.CollectionCount(0), (long)GC.CollectionCount(1), (long)GC.CollectionCount(2)]);

    /// <summary><c>gc.get_threshold()</c></summary>
    [PyExport("get_threshold")]
    public static PyTuple GetThreshold() => new([s_threshold0, s_threshold1, s_threshold2]);

    /// <summary><c>gc.set_threshold(threshold0[, threshold1[, threshold2]])</c>: recorded for <c>get_threshold</c>.</summary>
    [PyExport("set_threshold")]
    public static void SetThreshold(long threshold0, long threshold1 = -1, long threshold2 = -1)
    {
        s_threshold0 = threshold0;
        s_threshold1 = threshold1 >= 0 ? threshold1 : s_threshold1;
        s_threshold2 = threshold2 >= 0 ? threshold2 : s_threshold2;
    }

    /// <summary><c>gc.is_tracked(obj)</c>: CPython tracks containers and instances, not atoms such as ints and strings.</summary>
    [PyExport("is_tracked")]
    public static bool IsTracked(object? obj) =>
        obj is not (null or bool or long or System.Numerics.BigInteger or double or string or PyBytes or System.Numerics.Complex);

    /// <summary><c>gc.freeze()</c>, <c>gc.unfreeze()</c>: nothing to do without CPython's generations of tracked objects.</summary>
    [PyExport("freeze")]
    public static void Freeze()
    {
    }

    /// <summary><c>gc.unfreeze()</c></summary>
    [PyExport("unfreeze")]
    public static void Unfreeze()
    {
    }

    /// <summary><c>gc.garbage</c>: the uncollectable objects, always empty here.</summary>
    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("garbage", new PyList());
        module.Set("callbacks", new PyList());
        module.Set("DEBUG_STATS", 1L);
        module.Set("DEBUG_COLLECTABLE", 2L);
        module.Set("DEBUG_UNCOLLECTABLE", 4L);
        module.Set("DEBUG_SAVEALL", 32L);
        module.Set("DEBUG_LEAK", 38L);
    }
}
