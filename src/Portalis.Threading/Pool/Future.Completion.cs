using System.Runtime.ExceptionServices;

namespace Portalis.Threading.Pool;

// Cancelling and completing: CPython's Future.cancel, set_running_or_notify_cancel, set_result and
// set_exception (Lib/concurrent/futures/_base.py). Executors and tests call the setters; standalone
// futures are completed by user code through them.
public abstract partial class Future
{
    /// <summary>
    /// Cancels the future if it is pending. Returns false if it is running or finished, true if it
    /// is (now or already) cancelled. Wakes threads blocked in <c>Result</c>/<c>Exception</c> and runs
    /// the done callbacks, but does not wake <see cref="Futures.Wait"/> or
    /// <see cref="Futures.AsCompleted(IEnumerable{Future}, TimeSpan?)"/>: as in CPython, they see a
    /// cancelled future only once its executor calls <see cref="SetRunningOrNotifyCancel"/>.
    /// </summary>
    public bool Cancel()
    {
        object? callbacks;
        _monitor.Enter();
        try
        {
            AssertInvariants();
            var state = _state;
            if (state is (int)FutureState.Running or (int)FutureState.Finished)
            {
                return false;
            }

            if (IsCancelled(state))
            {
                return true;
            }

            Volatile.Write(ref _state, (int)FutureState.Cancelled);
            _monitor.PulseAll();
            callbacks = TakeCallbacks();
        }
        finally
        {
            _monitor.Exit();
        }

        InvokeCallbacks(callbacks);
        return true;
    }

    /// <summary>
    /// Marks the future running, or, if it was cancelled, notifies the threads in
    /// <see cref="Futures.Wait"/> and <see cref="Futures.AsCompleted(IEnumerable{Future}, TimeSpan?)"/>.
    /// An executor calls it before running the work, and skips the work when it returns false.
    /// </summary>
    /// <returns>False if the future was cancelled, true if it is now running.</returns>
    /// <exception cref="InvalidStateError">
    /// The future is already running or finished, or was already notified (CPython raises
    /// <c>RuntimeError('Future in unexpected state')</c> and logs a critical message; so does this, to <see cref="FutureLog"/>).
    /// </exception>
    public bool SetRunningOrNotifyCancel()
    {
        int state;
        _monitor.Enter();
        try
        {
            AssertInvariants();
            state = _state;
            if (state == (int)FutureState.Cancelled)
            {
                Volatile.Write(ref _state, (int)FutureState.CancelledAndNotified);
                NotifyWaiters(static (waiter, future) => waiter.AddCancelled(future));

                // No PulseAll: Cancel already woke the threads blocked on this future.
                return false;
            }

            if (state == (int)FutureState.Pending)
            {
                Volatile.Write(ref _state, (int)FutureState.Running);
                return true;
            }
        }
        finally
        {
            _monitor.Exit();
        }

        FutureLog.Write(new FutureLogRecord($"Future {Id} in unexpected state: {StateName(state)}", null, IsCritical: true));
        throw new InvalidStateError("Future in unexpected state");
    }

    /// <summary>Completes the future with an exception, which <c>Result</c> rethrows as-is.</summary>
    /// <exception cref="InvalidStateError">The future is already cancelled or finished.</exception>
    public void SetException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (!TrySetException(exception))
        {
            throw InvalidState();
        }
    }

    /// <summary>Completes the future with an exception unless it is already cancelled or finished.</summary>
    /// <returns>True if this call completed the future.</returns>
    internal bool TrySetException(Exception exception)
    {
        // Capture before taking the lock: it walks the stack trace.
        var captured = ExceptionDispatchInfo.Capture(exception);
        _monitor.Enter();
        if (IsDone(_state))
        {
            _monitor.Exit();
            return false;
        }

        _exception = captured;
        FinishAndExit(isException: true);
        return true;
    }

    /// <summary>
    /// Moves to <see cref="FutureState.Finished"/> with the monitor held (the result or exception is
    /// already stored), notifies waiters, releases the monitor, then runs the callbacks.
    /// </summary>
    private protected void FinishAndExit(bool isException)
    {
        object? callbacks;
        try
        {
            Volatile.Write(ref _state, (int)FutureState.Finished);
            AssertInvariants();
            if (isException)
            {
                NotifyWaiters(static (waiter, future) => waiter.AddException(future));
            }
            else
            {
                NotifyWaiters(static (waiter, future) => waiter.AddResult(future));
            }

            _monitor.PulseAll();
            callbacks = TakeCallbacks();
        }
        finally
        {
            _monitor.Exit();
        }

        InvokeCallbacks(callbacks);
    }

    private protected void EnterMonitor() => _monitor.Enter();

    private protected void ExitMonitor() => _monitor.Exit();

    private protected int StateUnderLock => _state;

    private protected InvalidStateError InvalidState()
    {
        var state = Volatile.Read(ref _state);
        return new InvalidStateError($"{StateName(state)}: {this}");
    }

    private static string StateName(int state) => (FutureState)state switch
    {
        FutureState.Pending => "PENDING",
        FutureState.Running => "RUNNING",
        FutureState.Cancelled => "CANCELLED",
        FutureState.CancelledAndNotified => "CANCELLED_AND_NOTIFIED",
        _ => "FINISHED",
    };

    // Waiters are internal code (no user callbacks), so they are notified under the future's lock,
    // as CPython does; the lock order is always future, then waiter.
    private void NotifyWaiters(Action<FutureWaiter, Future> notify)
    {
        if (_waiters is { } waiters)
        {
            foreach (var waiter in waiters)
            {
                notify(waiter, this);
            }
        }
    }

    private object? TakeCallbacks()
    {
        var callbacks = _callbacks;
        _callbacks = null;
        _callbacksTaken = true;
        return callbacks;
    }

    private void InvokeCallbacks(object? callbacks)
    {
        switch (callbacks)
        {
            case null:
                return;
            case List<Action<Future>> list:
                foreach (var callback in list)
                {
                    InvokeCallback(callback);
                }

                return;
            default:
                InvokeCallback((Action<Future>)callbacks);
                return;
        }
    }

    // CPython's Future._invoke_callbacks: a failing callback is logged and the others still run.
    private void InvokeCallback(Action<Future> callback)
    {
        try
        {
            callback(this);
        }
#pragma warning disable CA1031 // Callback errors are logged, never raised (CPython's LOGGER.exception).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            FutureLog.Write(new FutureLogRecord($"exception calling callback for {this}", ex, IsCritical: false));
        }
    }
}
