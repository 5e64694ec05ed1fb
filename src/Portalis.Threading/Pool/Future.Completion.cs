using System.Runtime.ExceptionServices;

namespace Portalis.Threading.Pool;

// Cancelling and completing: CPython's Future.cancel, set_running_or_notify_cancel, set_result and
// set_exception (Lib/concurrent/futures/_base.py). Executors and tests call the setters; standalone
// futures are completed by user code through them. Each is a compare-and-swap on the state; the
// monitor is taken only when the future is watched (see _watched).
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
        while (true)
        {
            SchedulingPoint();
            var state = Volatile.Read(ref _state);
            if (state is (int)FutureState.Running or (int)FutureState.Finished or Completing)
            {
                return false;
            }

            if (IsCancelled(state))
            {
                return true;
            }

            if (TryTransition((int)FutureState.Pending, (int)FutureState.Cancelled))
            {
                PublishDone(notify: null);
                return true;
            }
        }
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
        if (TryTransition((int)FutureState.Pending, (int)FutureState.Running))
        {
            return true;
        }

        if (TryTransition((int)FutureState.Cancelled, (int)FutureState.CancelledAndNotified))
        {
            // No PulseAll and no callbacks: Cancel already woke the blocked threads and ran them.
            if (IsWatched())
            {
                var monitor = Monitor;
                monitor.Enter();
                try
                {
                    NotifyWaiters(static (waiter, future) => waiter.AddCancelled(future));
                }
                finally
                {
                    monitor.Exit();
                }
            }

            return false;
        }

        var state = PublicState(Volatile.Read(ref _state));
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
        var captured = ExceptionDispatchInfo.Capture(exception);
        if (!TryBeginCompletion())
        {
            return false;
        }

        _exception = captured;
        EndCompletion(isException: true);
        return true;
    }

    /// <summary>
    /// Claims the right to complete: Pending or Running to the transient Completing state, so that
    /// exactly one completer writes the result. False if already cancelled or finished.
    /// </summary>
    private protected bool TryBeginCompletion()
    {
        while (true)
        {
            SchedulingPoint();
            var state = Volatile.Read(ref _state);
            if (state is not ((int)FutureState.Pending or (int)FutureState.Running))
            {
                return false;
            }

            if (TryTransition(state, Completing))
            {
                return true;
            }
        }
    }

    /// <summary>Publishes Finished (the result or exception is stored) and tells whoever watches.</summary>
    private protected void EndCompletion(bool isException)
    {
        // Release the result with a full fence, then read _watched (see its comment).
        SchedulingPoint();
        Interlocked.Exchange(ref _state, (int)FutureState.Finished);
        PublishDone(isException
            ? static (waiter, future) => waiter.AddException(future)
            : static (waiter, future) => waiter.AddResult(future));
    }

    /// <summary>
    /// After the move to a done state: if watched, notifies the installed waiters (internal code,
    /// so under the monitor, as CPython does; the lock order is future, then waiter), wakes blocked
    /// threads and takes the callbacks; then runs the callbacks outside the monitor.
    /// </summary>
    private void PublishDone(Action<FutureWaiter, Future>? notify)
    {
        if (!IsWatched())
        {
            return;
        }

        object? callbacks;
        var monitor = Monitor;
        monitor.Enter();
        try
        {
            if (notify is not null)
            {
                NotifyWaiters(notify);
            }

            monitor.PulseAll();
            callbacks = TakeCallbacks();
            AssertInvariants();
        }
        finally
        {
            monitor.Exit();
        }

        InvokeCallbacks(callbacks);
    }

    private protected InvalidStateError InvalidState()
    {
        var state = PublicState(Volatile.Read(ref _state));
        return new InvalidStateError($"{StateName(state)}: {this}");
    }

    private static string StateName(FutureState state) => state switch
    {
        FutureState.Pending => "PENDING",
        FutureState.Running => "RUNNING",
        FutureState.Cancelled => "CANCELLED",
        FutureState.CancelledAndNotified => "CANCELLED_AND_NOTIFIED",
        _ => "FINISHED",
    };

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
