using Portalis.Threading.Pool;

namespace Portalis.Runtime;

/// <summary>
/// The Python side of the errors the native futures raise: the exception classes that
/// <c>concurrent/futures/_base.py</c> and <c>thread.py</c> define (registered through
/// <c>_futures._set_error_types</c>, so they keep CPython's module and can be subclassed and caught as
/// Python classes), and the mapping of Portalis.Threading.Pool's own errors onto them.
/// </summary>
internal static class FutureErrors
{
    private static object? s_cancelledError;
    private static object? s_invalidStateError;
    private static object? s_brokenThreadPool;

    /// <summary>Records the Python classes <c>CancelledError</c> and <c>InvalidStateError</c> (from _base.py).</summary>
    public static void SetTypes(object? cancelled, object? invalidState)
    {
        Volatile.Write(ref s_cancelledError, cancelled);
        Volatile.Write(ref s_invalidStateError, invalidState);
    }

    /// <summary>Records the Python class <c>BrokenThreadPool</c> (from thread.py).</summary>
    public static void SetBrokenThreadPoolType(object? brokenThreadPool) => Volatile.Write(ref s_brokenThreadPool, brokenThreadPool);

    /// <summary><c>raise CancelledError()</c> (Lib/concurrent/futures/_base.py, <c>Future.result</c>).</summary>
    public static PyBaseException Cancelled() => Create(s_cancelledError, "CancelledError");

    /// <summary><c>raise InvalidStateError(message)</c>.</summary>
    public static PyBaseException InvalidState(string message) => Create(s_invalidStateError, "InvalidStateError", message);

    /// <summary><c>raise BrokenThreadPool(message)</c> (Lib/concurrent/futures/thread.py).</summary>
    public static PyBaseException BrokenThreadPool(string message) => Create(s_brokenThreadPool, "BrokenThreadPool", message);

    /// <summary>
    /// The Python exception for an error stored in or raised by a pool future: Python exceptions as they
    /// are, the pool's own errors as their Python classes, other .NET failures as <see cref="PyOps.ToPython"/> maps them.
    /// </summary>
    public static PyBaseException ToPython(Exception exception) => exception switch
    {
        PyBaseException python => python,
        BrokenPoolError broken => BrokenThreadPool(broken.Message),
        PoolShutdownError shutdown => new PyRuntimeError(shutdown.Message),
        CancelledError => Cancelled(),
        FutureTimeoutError timeout => string.IsNullOrEmpty(timeout.Message) ? new PyTimeoutError() : new PyTimeoutError(timeout.Message),
        _ => PyOps.ToPython(exception),
    };

    /// <summary>A timeout argument in seconds (None waits forever; negative is zero, as CPython's Condition.wait).</summary>
    public static TimeSpan? Timeout(object? timeout)
    {
        if (timeout is null)
        {
            return null;
        }

        var seconds = PyBuiltins.Float(timeout);
        if (double.IsNaN(seconds))
        {
            throw new PyValueError("Invalid value NaN (not a number)");
        }

        // Beyond what a TimeSpan holds is forever for any program.
        return seconds >= TimeSpan.MaxValue.TotalSeconds / 2 ? null : TimeSpan.FromSeconds(Math.Max(0, seconds));
    }

    private static PyBaseException Create(object? type, string name, params object?[] args)
    {
        if (type is null)
        {
            // Only reachable when the native module is used without concurrent.futures._base.
            throw new PyRuntimeError($"concurrent.futures.{name} is not registered");
        }

        return PyOps.Raise(PyOps.Call(type, new ReadOnlySpan<object?>(args)));
    }
}
