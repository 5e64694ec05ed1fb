namespace Portalis.Threading.Pool;

/// <summary>
/// Functions over groups of futures: CPython's <c>concurrent.futures.wait</c> and <c>as_completed</c>
/// (Lib/concurrent/futures/_base.py). The futures may come from different pools, or be standalone.
/// </summary>
/// <remarks>
/// As in CPython, a future counts as completed here when it is <see cref="FutureState.Finished"/>
/// or <see cref="FutureState.CancelledAndNotified"/>: a future cancelled with
/// <see cref="Future.Cancel"/> is seen only once its executor has called
/// <see cref="Future.SetRunningOrNotifyCancel"/> (so futures cancelled by
/// <c>Shutdown(cancelPendingWork: true)</c> stay not done, exactly as CPython 3.11 reports them).
/// </remarks>
public static class Futures
{
    /// <summary>
    /// Waits until the futures complete as <paramref name="mode"/> asks, or the timeout passes
    /// (CPython's <c>wait(fs, timeout, return_when)</c>). Duplicates count once. Never throws on timeout.
    /// </summary>
    /// <param name="futures">The futures to wait on.</param>
    /// <param name="mode">When to return.</param>
    /// <param name="timeout">How long to wait at most; null or <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    public static DoneAndNotDone Wait(IEnumerable<Future> futures, WaitMode mode = WaitMode.AllCompleted, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(futures);
        if (mode is not (WaitMode.AllCompleted or WaitMode.FirstCompleted or WaitMode.FirstException))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Invalid return condition");
        }

        var backend = ThreadingBackend.Current;
        var fs = new HashSet<Future>(futures);
        var done = new HashSet<Future>();
        FutureWaiter waiter = mode == WaitMode.FirstCompleted
            ? new AnyCompletedWaiter(backend)
            : new AllCompletedWaiter(backend, stopOnException: mode == WaitMode.FirstException);
        var all = waiter as AllCompletedWaiter;
        var installed = new List<Future>(fs.Count);
        var deadline = Deadline.Start(backend, timeout);

        // CPython snapshots every state under all the futures' locks at once; installing the waiter one
        // future at a time gives the same outcome, since each future reports to it exactly once after
        // its own check.
        foreach (var future in fs)
        {
            all?.AddPending();
            if (IsFinal(future.InstallWaiter(waiter)))
            {
                all?.Release();
                done.Add(future);
            }
            else
            {
                installed.Add(future);
            }
        }

        var returnNow = done.Count == fs.Count
            || (mode == WaitMode.FirstCompleted && done.Count > 0)
            || (mode == WaitMode.FirstException && done.Any(HasException));
        if (!returnNow)
        {
            all?.Release();
            waiter.Wait(deadline);
        }

        foreach (var future in installed)
        {
            future.RemoveWaiter(waiter);
        }

        if (!returnNow)
        {
            done.UnionWith(waiter.TakeFinished());
        }

        var notDone = new HashSet<Future>(fs);
        notDone.ExceptWith(done);
        return new DoneAndNotDone(done, notDone);
    }

    /// <summary>
    /// Yields the futures as they complete: first those already completed, then the others in the
    /// order they complete (CPython's <c>as_completed</c>). Lazy like CPython's generator: nothing
    /// happens, and the timeout does not start, until the first element is requested. Duplicates are
    /// yielded once.
    /// </summary>
    /// <param name="futures">The futures to watch.</param>
    /// <param name="timeout">The time allowed for the whole iteration; null waits forever.</param>
    /// <exception cref="FutureTimeoutError">
    /// Thrown by the enumerator when the timeout passes with futures unfinished, with CPython's message
    /// <c>"N (of M) futures unfinished"</c>.
    /// </exception>
    public static IEnumerable<Future> AsCompleted(IEnumerable<Future> futures, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(futures);
        return AsCompletedIterator(futures, timeout);
    }

    /// <summary>The typed form of <see cref="AsCompleted(IEnumerable{Future}, TimeSpan?)"/>.</summary>
    public static IEnumerable<Future<T>> AsCompleted<T>(IEnumerable<Future<T>> futures, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(futures);
        return AsCompletedIterator(futures, timeout).Cast<Future<T>>();
    }

    private static IEnumerable<Future> AsCompletedIterator(IEnumerable<Future> futures, TimeSpan? timeout)
    {
        var backend = ThreadingBackend.Current;
        var deadline = Deadline.Start(backend, timeout);
        var seen = new HashSet<Future>();
        var fs = new List<Future>();
        foreach (var future in futures)
        {
            if (seen.Add(future))
            {
                fs.Add(future);
            }
        }

        var total = fs.Count;
        var waiter = new AnyCompletedWaiter(backend);
        var pending = new HashSet<Future>();
        var finished = new List<Future>();
        try
        {
            // The futures already completed come in argument order (CPython: set order), so that
            // runs are reproducible.
            foreach (var future in fs)
            {
                if (IsFinal(future.InstallWaiter(waiter)))
                {
                    finished.Add(future);
                }
                else
                {
                    pending.Add(future);
                }
            }

            foreach (var future in finished)
            {
                yield return future;
            }

            while (pending.Count > 0)
            {
                // CPython raises when the time left is negative; "<= 0" also stops under virtual time,
                // where the clock does not move while nothing sleeps.
                if (deadline.TicksLeft(backend) <= 0)
                {
                    throw new FutureTimeoutError($"{pending.Count} (of {total}) futures unfinished");
                }

                waiter.Wait(deadline);
                foreach (var future in waiter.TakeFinished())
                {
                    if (pending.Remove(future))
                    {
                        future.RemoveWaiter(waiter);
                        yield return future;
                    }
                }
            }
        }
        finally
        {
            foreach (var future in pending)
            {
                future.RemoveWaiter(waiter);
            }
        }
    }

    private static bool IsFinal(FutureState state) => state is FutureState.Finished or FutureState.CancelledAndNotified;

    private static bool HasException(Future future) =>
        future.State == FutureState.Finished && future.Exception(TimeSpan.Zero) is not null;
}
