using Portalis.Threading.Pool;

namespace Portalis.Runtime;

/// <summary>
/// <c>concurrent.futures.Future</c> (Lib/concurrent/futures/_base.py) over Portalis.Threading's
/// <see cref="Future{T}"/>, which has CPython's states and rules. A task's exception comes back from
/// <c>result()</c> as the same Python exception object, its task frames kept in the traceback. The type is
/// native, so Python code cannot subclass it; instances still carry a <c>__dict__</c> (PyFuture.Attributes.cs).
/// </summary>
public sealed partial class PyFuture : NativeObject
{
    private readonly Future<object?> _future;

    // set_exception(SomeClass): CPython stores the class itself and only `raise` instantiates it, so
    // exception() gives the class back.
    private object? _exceptionClass;

    /// <summary><c>Future()</c>: a pending future, completed by <c>set_result</c>/<c>set_exception</c>.</summary>
    public PyFuture()
        : this(new Future<object?>())
    {
    }

    internal PyFuture(Future<object?> future)
    {
        _future = future;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "Future";

    /// <summary>The runtime future behind this one.</summary>
    internal Future<object?> Inner => _future;

    /// <summary><c>_state</c>: CPython's state name (<c>PENDING</c>, <c>RUNNING</c>, <c>CANCELLED</c>, <c>CANCELLED_AND_NOTIFIED</c>, <c>FINISHED</c>).</summary>
    [PyExport("_state")]
    public string StateName => StateText(_future.State);

    /// <summary><c>cancel()</c>: false if running or finished, else cancels (callbacks run) and returns true.</summary>
    [PyExport("cancel")]
    public bool Cancel() => _future.Cancel();

    /// <summary><c>cancelled()</c></summary>
    [PyExport("cancelled")]
    public bool Cancelled() => _future.Cancelled;

    /// <summary><c>running()</c></summary>
    [PyExport("running")]
    public bool Running() => _future.Running;

    /// <summary><c>done()</c></summary>
    [PyExport("done")]
    public bool Done() => _future.Done;

    /// <summary>
    /// <c>result(timeout=None)</c>: the result, or the task's exception re-raised as it is; CancelledError
    /// when cancelled, TimeoutError (no message) when not done in time.
    /// </summary>
    [PyExport("result")]
    public object? Result(object? timeout = null)
    {
        var wait = FutureErrors.Timeout(timeout);
        try
        {
            return _future.Result(wait);
        }
        catch (CancelledError)
        {
            throw FutureErrors.Cancelled();
        }
        catch (FutureTimeoutError)
        {
            throw new PyTimeoutError();
        }
        catch (BrokenPoolError broken)
        {
            throw FutureErrors.BrokenThreadPool(broken.Message);
        }
    }

    /// <summary><c>exception(timeout=None)</c>: the task's exception or None; CancelledError and TimeoutError as <c>result</c>.</summary>
    [PyExport("exception")]
    public object? Exception(object? timeout = null)
    {
        var wait = FutureErrors.Timeout(timeout);
        Exception? error;
        try
        {
            error = _future.Exception(wait);
        }
        catch (CancelledError)
        {
            throw FutureErrors.Cancelled();
        }
        catch (FutureTimeoutError)
        {
            throw new PyTimeoutError();
        }

        return error is null ? null : Volatile.Read(ref _exceptionClass) ?? FutureErrors.ToPython(error);
    }

    /// <summary>
    /// <c>add_done_callback(fn)</c>: <c>fn(future)</c> when the future is cancelled or finishes, or at once if it
    /// is done. An <c>Exception</c> from <c>fn</c> is logged as CPython's <c>_invoke_callbacks</c> logs it.
    /// </summary>
    [PyExport("add_done_callback")]
    public void AddDoneCallback(object? fn) => _future.AddDoneCallback(_ => InvokeCallback(fn));

    /// <summary><c>set_result(result)</c>: InvalidStateError <c>"STATE: repr"</c> if already done.</summary>
    [PyExport("set_result")]
    public void SetResult(object? result)
    {
        try
        {
            _future.SetResult(result);
        }
        catch (InvalidStateError)
        {
            throw FutureErrors.InvalidState($"{StateName}: {Repr()}");
        }
    }

    /// <summary><c>set_exception(exception)</c>: InvalidStateError <c>"STATE: repr"</c> if already done.</summary>
    [PyExport("set_exception")]
    public void SetException(object? exception)
    {
        var error = exception switch
        {
            PyBaseException e => e,
            PyType type when type.IsSubclassOf(PyType.BaseExceptionType) => (PyBaseException)PyOps.Call(type)!,
            _ => throw new PyTypeError("exceptions must derive from BaseException"),
        };
        try
        {
            _future.SetException(error);
        }
        catch (InvalidStateError)
        {
            throw FutureErrors.InvalidState($"{StateName}: {Repr()}");
        }

        if (exception is PyType)
        {
            Volatile.Write(ref _exceptionClass, exception);
        }
    }

    /// <summary>
    /// <c>set_running_or_notify_cancel()</c>: false if cancelled (now notified), true if now running;
    /// RuntimeError <c>"Future in unexpected state"</c> otherwise, after a critical log record.
    /// </summary>
    [PyExport("set_running_or_notify_cancel")]
    public bool SetRunningOrNotifyCancel()
    {
        try
        {
            return _future.SetRunningOrNotifyCancel();
        }
        catch (InvalidStateError)
        {
            throw new PyRuntimeError("Future in unexpected state");
        }
    }

    /// <summary><c>repr(f)</c>: <c>&lt;Future at 0x... state=finished returned int&gt;</c> (<c>Future.__repr__</c>).</summary>
    public override string Repr()
    {
        var state = _future.State;
        // _STATE_TO_DESCRIPTION_MAP: both cancelled states read "cancelled".
        var description = state switch
        {
            FutureState.Pending => "pending",
            FutureState.Running => "running",
            FutureState.Finished => "finished",
            _ => "cancelled",
        };
        var head = $"<Future at 0x{PyOps.Id(this):x} state={description}";
        if (state != FutureState.Finished)
        {
            return head + ">";
        }

        var error = _future.Exception(TimeSpan.Zero);
        return error is null
            ? $"{head} returned {PyOps.TypeOf(_future.Result(TimeSpan.Zero)).Name}>"
            : $"{head} raised {PyOps.TypeOf(FutureErrors.ToPython(error)).Name}>";
    }

    // Lib/concurrent/futures/_base.py, _STATE_TO_DESCRIPTION_MAP's keys.
    private static string StateText(FutureState state) => state switch
    {
        FutureState.Pending => "PENDING",
        FutureState.Running => "RUNNING",
        FutureState.Cancelled => "CANCELLED",
        FutureState.CancelledAndNotified => "CANCELLED_AND_NOTIFIED",
        _ => "FINISHED",
    };

    // Future._invoke_callbacks: "except Exception: LOGGER.exception('exception calling callback for %r', self)".
    private void InvokeCallback(object? fn)
    {
        try
        {
            PyOps.Call(fn, this);
        }
        catch (Exception e) when (PyType.ExceptionType.IsInstance(PyOps.ToPython(e)))
        {
            FutureLogging.Write($"exception calling callback for {Repr()}", e);
        }
    }
}
