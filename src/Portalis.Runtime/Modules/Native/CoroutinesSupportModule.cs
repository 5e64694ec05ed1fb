namespace Portalis.Runtime;

/// <summary>
/// <c>_portalis_coroutines</c>: what <c>types.coroutine</c> and <c>inspect</c>'s predicates need from code objects,
/// which translated functions do not expose as Python objects (no <c>__code__</c>): the CPython <c>co_flags</c> bits
/// that say what kind of function a function is, and the CO_ITERABLE_COROUTINE mark that <c>types.coroutine</c> sets.
/// </summary>
[PyNativeModule("_portalis_coroutines")]
public static class CoroutinesSupportModule
{
    private const long CoGenerator = 0x20, CoCoroutine = 0x80, CoIterableCoroutine = 0x100, CoAsyncGenerator = 0x200;

    /// <summary><c>code_flags(func)</c>: the kind bits of <c>func.__code__.co_flags</c> for a Python function, else 0.</summary>
    [PyExport("code_flags")]
    public static long CodeFlags(object? func) => func is PyFunction f
        ? (f.Code.IsGenerator ? CoGenerator : 0) | (f.Code.IsCoroutine ? CoCoroutine : 0) | (f.Code.IsAsyncGenerator ? CoAsyncGenerator : 0)
            | (f.Code.IsIterableCoroutine ? CoIterableCoroutine : 0)
        : 0;

    /// <summary>
    /// <c>set_iterable_coroutine(func)</c>: what <c>types.coroutine</c> does to a generator function, flag its code
    /// CO_ITERABLE_COROUTINE. CPython gives the function a flagged copy of its code; translated functions share one
    /// code object per definition, so every function object made by that <c>def</c> is flagged.
    /// </summary>
    [PyExport("set_iterable_coroutine")]
    public static void SetIterableCoroutine(PyFunction func) => func.Code.IsIterableCoroutine = true;

    /// <summary><c>is_iterable_coroutine(obj)</c>: a generator marked by <c>types.coroutine</c>.</summary>
    [PyExport("is_iterable_coroutine")]
    public static bool IsIterableCoroutine(object? obj) => obj is PyGenerator { IsIterableCoroutine: true };

    /// <summary>
    /// <c>send(coro, value)</c>: <c>coro.send(value)</c> as <c>(False, yielded)</c>, or <c>(True, return value)</c>
    /// where Python raises StopIteration (C's <c>PyIter_Send</c>, which the _asyncio Task uses). asyncio's Task
    /// steps through this, so a finishing coroutine costs no .NET exception. Exceptions from the body propagate.
    /// </summary>
    [PyExport("send")]
    public static PyTuple Send(object? coro, object? value)
    {
        if (coro is IPyResumable resumable)
        {
            var suspended = resumable.TryResume(value, null, out var result);
            return new PyTuple(!suspended, result);
        }

        try
        {
            return new PyTuple(false, PyOps.CallMethod(coro, "send", value));
        }
        catch (PyStopIteration stop)
        {
            return new PyTuple(true, stop.Value);
        }
    }

    /// <summary><c>throw(coro, exc)</c>: <c>coro.throw(exc)</c> reported as <see cref="Send"/> reports.</summary>
    [PyExport("throw")]
    public static PyTuple Throw(object? coro, object? exc)
    {
        if (coro is IPyResumable resumable)
        {
            var suspended = resumable.TryResume(null, PyGenerator.MakeException(exc, null), out var result);
            return new PyTuple(!suspended, result);
        }

        try
        {
            return new PyTuple(false, PyOps.CallMethod(coro, "throw", exc));
        }
        catch (PyStopIteration stop)
        {
            return new PyTuple(true, stop.Value);
        }
    }

    /// <summary>
    /// <c>frame_state(obj)</c>: <c>"CREATED"</c>, <c>"RUNNING"</c>, <c>"SUSPENDED"</c> or <c>"CLOSED"</c> for a generator or
    /// coroutine, what <c>inspect.getgeneratorstate</c> / <c>getcoroutinestate</c> derive from the frame CPython exposes.
    /// </summary>
    [PyExport("frame_state")]
    public static string FrameState(object? obj) => obj switch
    {
        PyGenerator g => g.StateName,
        PyCoroutine c => c.Frame.StateName,
        _ => throw new PyTypeError($"expected a generator or coroutine, not {PyOps.TypeName(obj)}"),
    };

    /// <summary>CO_ITERABLE_COROUTINE, for <c>inspect</c>.</summary>
    [PyExport("CO_ITERABLE_COROUTINE")]
    public const long IterableCoroutineFlag = CoIterableCoroutine;
}
