namespace Portalis.Runtime;

/// <summary>
/// <c>_portalis_coroutines</c>: what <c>types.coroutine</c> and <c>inspect</c>'s predicates need from code objects,
/// which translated functions do not expose as Python objects (no <c>__code__</c>): the CPython <c>co_flags</c> bits
/// that say what kind of function a function is, and the CO_ITERABLE_COROUTINE mark on a generator.
/// </summary>
[PyNativeModule("_portalis_coroutines")]
public static class CoroutinesSupportModule
{
    private const long CoGenerator = 0x20, CoCoroutine = 0x80, CoIterableCoroutine = 0x100, CoAsyncGenerator = 0x200;

    /// <summary><c>code_flags(func)</c>: the kind bits of <c>func.__code__.co_flags</c> for a Python function, else 0.</summary>
    [PyExport("code_flags")]
    public static long CodeFlags(object? func) => func is PyFunction f
        ? (f.Code.IsGenerator ? CoGenerator : 0) | (f.Code.IsCoroutine ? CoCoroutine : 0) | (f.Code.IsAsyncGenerator ? CoAsyncGenerator : 0)
        : 0;

    /// <summary><c>is_iterable_coroutine(obj)</c>: a generator marked by <c>types.coroutine</c>.</summary>
    [PyExport("is_iterable_coroutine")]
    public static bool IsIterableCoroutine(object? obj) => obj is PyGenerator { IsIterableCoroutine: true };

    /// <summary><c>mark_iterable_coroutine(gen)</c>: makes a generator awaitable (CO_ITERABLE_COROUTINE) and returns it.</summary>
    [PyExport("mark_iterable_coroutine")]
    public static object? MarkIterableCoroutine(object? obj)
    {
        if (obj is PyGenerator generator)
        {
            generator.IsIterableCoroutine = true;
        }

        return obj;
    }

    /// <summary>CO_ITERABLE_COROUTINE, for <c>inspect</c>.</summary>
    [PyExport("CO_ITERABLE_COROUTINE")]
    public const long IterableCoroutineFlag = CoIterableCoroutine;
}
