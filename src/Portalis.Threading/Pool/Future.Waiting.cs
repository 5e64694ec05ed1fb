namespace Portalis.Threading.Pool;

// Blocking until done: CPython's Future.result and Future.exception, and the waiter lists that
// concurrent.futures.wait and as_completed install on futures.
public abstract partial class Future
{
    private const int SpinIterations = 20;

    /// <summary>
    /// The exception the computation ended with, or null if it returned normally (CPython's
    /// <c>exception()</c>). Waits for the future to finish.
    /// </summary>
    /// <param name="timeout">How long to wait; null or <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <exception cref="CancelledError">The future was cancelled.</exception>
    /// <exception cref="FutureTimeoutError">The future did not finish in time.</exception>
    public Exception? Exception(TimeSpan? timeout = null)
    {
        WaitFinished(timeout);
        return _exception?.SourceException;
    }

    /// <summary>
    /// Waits until the future is finished; throws <see cref="CancelledError"/> if it is cancelled and
    /// <see cref="FutureTimeoutError"/> on timeout. On return, the result fields may be read.
    /// </summary>
    private protected void WaitFinished(TimeSpan? timeout)
    {
        SchedulingPoint();
        var state = Volatile.Read(ref _state);
        if (state == (int)FutureState.Finished)
        {
            return;
        }

        if (!IsDone(state) && _spin && timeout != TimeSpan.Zero)
        {
            state = SpinUntilDone();
        }

        if (!IsDone(state))
        {
            state = WaitDone(timeout);
        }

        if (IsCancelled(state))
        {
            throw new CancelledError();
        }

        if (state != (int)FutureState.Finished)
        {
            throw new FutureTimeoutError();
        }
    }

    /// <summary>Rethrows the stored exception, if any, preserving its original stack trace.</summary>
    private protected void ThrowIfFaulted() => _exception?.Throw();

    // Natively on a multi-core machine, a short spin catches a result that is microseconds away
    // without the two context switches of blocking and being woken.
    private int SpinUntilDone()
    {
        var spinner = default(SpinWait);
        var state = Volatile.Read(ref _state);
        for (var i = 0; i < SpinIterations && !IsDone(state); i++)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
            state = Volatile.Read(ref _state);
        }

        return state;
    }

    // CPython waits once on the condition; a SyncMonitor may wake spuriously, so this loops until the
    // future is done or the deadline passes.
    private int WaitDone(TimeSpan? timeout)
    {
        var deadline = Deadline.Start(_backend, timeout);
        var monitor = EnterWatched();
        try
        {
            while (true)
            {
                SchedulingPoint();
                var state = Volatile.Read(ref _state);
                if (IsDone(state))
                {
                    return state;
                }

                var remaining = deadline.Remaining(_backend);
                if (remaining == TimeSpan.Zero)
                {
                    return state;
                }

                monitor.Wait(remaining);
            }
        }
        finally
        {
            monitor.Exit();
        }
    }

    /// <summary>
    /// Installs <paramref name="waiter"/> unless the future is already finished or notified-cancelled.
    /// </summary>
    /// <returns>The state seen: a final one (<see cref="FutureState.Finished"/>,
    /// <see cref="FutureState.CancelledAndNotified"/>) means the waiter was not installed.</returns>
    internal FutureState InstallWaiter(FutureWaiter waiter)
    {
        var monitor = EnterWatched();
        try
        {
            SchedulingPoint();
            var state = Volatile.Read(ref _state);
            if (state is (int)FutureState.Finished or (int)FutureState.CancelledAndNotified)
            {
                return (FutureState)state;
            }

            (_waiters ??= []).Add(waiter);
            return PublicState(state);
        }
        finally
        {
            monitor.Exit();
        }
    }

    internal void RemoveWaiter(FutureWaiter waiter)
    {
        var monitor = Monitor;
        monitor.Enter();
        try
        {
            _waiters?.Remove(waiter);
        }
        finally
        {
            monitor.Exit();
        }
    }
}
