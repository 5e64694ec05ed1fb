namespace Portalis.Threading.Pool;

// Shutting down: CPython's ThreadPoolExecutor.shutdown(wait, cancel_futures).
public sealed partial class WorkerPool
{
    /// <summary>
    /// Refuses new work and lets the workers exit once the queued work is done. Safe to call more
    /// than once. Parked workers and blocked submitters are woken (the latter throw <see cref="PoolShutdownError"/>).
    /// </summary>
    /// <param name="wait">Whether to wait until every worker has exited (so all queued work has run).
    /// A worker that shuts down its own pool does not wait for itself.</param>
    /// <param name="cancelPendingWork">Whether to cancel the queued work that has not started
    /// (CPython's <c>cancel_futures</c>). As in CPython the cancelled futures are not notified, so
    /// <see cref="Futures.Wait"/> keeps reporting them as not done.</param>
    public void Shutdown(bool wait = true, bool cancelPendingWork = false)
    {
        var threads = new List<LogicalThread>();
        _monitor.Enter();
        try
        {
            AssertInvariants();
            if (cancelPendingWork)
            {
                _cancelOnShutdown = true;
            }

            _shutdown = true;
            _monitor.PulseAll();
            for (var i = 0; i < _threadCount; i++)
            {
                if (_workers[i]?.Handle is { } handle)
                {
                    threads.Add(handle);
                }
            }
        }
        finally
        {
            _monitor.Exit();
        }

        // Outside the lock: Cancel runs the futures' done callbacks. A submit racing with this
        // drains again after its enqueue (see Enqueue).
        if (cancelPendingWork)
        {
            Interlocked.MemoryBarrier();
            DrainRaced();
        }

        if (!wait)
        {
            return;
        }

        var self = CurrentWorker();
        foreach (var thread in threads)
        {
            if (self is null || !ReferenceEquals(thread, self.Handle))
            {
                thread.Join();
            }
        }
    }
}
