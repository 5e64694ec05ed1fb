using Portalis.Threading.Tracing;

namespace Portalis.Threading.Pool;

// The worker loop: CPython's thread._worker, with work stealing and parking.
public sealed partial class WorkerPool
{
    // Looks for work before parking, natively on a multi-core machine: parking and waking cost
    // two context switches, several times a tiny task.
    private const int SpinIterations = 40;

    private void WorkerMain(Worker worker)
    {
        worker.Thread = _backend.CurrentThread;
        if (_native)
        {
            t_worker = worker;
        }

        try
        {
            if (_initializer is not null && !RunInitializer())
            {
                return;
            }

            while (TakeWork(worker) is { } future)
            {
                try
                {
                    // CPython releases the idle semaphore after the work item has run; releasing it
                    // just before the future completes makes "wait for a result, then submit" reuse
                    // the idle worker every time, which is what CPython does in practice (the waiter
                    // needs the GIL, which the worker still holds while it releases).
                    if (ThreadingTrace.Listener is null)
                    {
                        future.RunWork(_releaseIdle);
                    }
                    else
                    {
                        var start = ThreadingTrace.Now();
                        future.RunWork(_releaseIdle);
                        ThreadingTrace.Span("pool", "task", start);
                    }
                }
#pragma warning disable CA1031 // The worker survives anything; a task's own exception is already in its future.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    FutureLog.Write(new FutureLogRecord("Exception in worker", ex, IsCritical: true));
                }
            }
        }
        finally
        {
            if (_native)
            {
                t_worker = null;
            }
        }
    }

    /// <summary>Runs the initializer; on failure logs it and breaks the pool (CPython's <c>_initializer_failed</c>).</summary>
    private bool RunInitializer()
    {
        try
        {
            _initializer!();
            return true;
        }
#pragma warning disable CA1031 // CPython logs the failure and marks the pool broken.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            FutureLog.Write(new FutureLogRecord("Exception in initializer:", ex, IsCritical: true));
        }

        _monitor.Enter();
        try
        {
            _broken = BrokenPoolError.InitializerFailedMessage;

            // Wake blocked submitters: they throw BrokenPoolError now.
            _monitor.PulseAll();
        }
        finally
        {
            _monitor.Exit();
        }

        DrainRaced();
        return false;
    }

    /// <summary>
    /// The next task for <paramref name="worker"/>: its own deque first (newest), then the shared
    /// queue, then a steal (oldest) from another worker; spins briefly, then parks, when there is
    /// none. Null when the pool is shut down and no work is left.
    /// </summary>
    private Future? TakeWork(Worker worker)
    {
        if (FindWork(worker, holdingMonitor: false) is { } found)
        {
            return found;
        }

        if (_spin)
        {
            var spinner = default(SpinWait);
            for (var i = 0; i < SpinIterations && !_shutdown; i++)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                if (FindWork(worker, holdingMonitor: false) is { } spun)
                {
                    return spun;
                }
            }
        }

        _monitor.Enter();
        try
        {
            while (true)
            {
                AssertInvariants();

                // Announce parking before the last look at the queues: a submitter publishes its item,
                // then reads _parked; so either it sees this worker and wakes it, or this look sees the item.
                Point();
                Interlocked.Increment(ref _parked);
                if (_shutdown)
                {
                    // Leave only when no submit is between its shutdown check and its enqueue; read
                    // that count before the last look, since such a submit enqueues before it leaves.
                    Point();
                    var inFlight = Volatile.Read(ref _submitting);
                    var last = FindWork(worker, holdingMonitor: true);
                    if (last is not null || inFlight == 0)
                    {
                        Point();
                        Interlocked.Decrement(ref _parked);
                        return last;
                    }
                }
                else if (FindWork(worker, holdingMonitor: true) is { } item)
                {
                    Point();
                    Interlocked.Decrement(ref _parked);
                    return item;
                }

                _monitor.Wait(Timeout.InfiniteTimeSpan);

                // This wake-up may be a pulse or spurious; either way the worker looks again, so a
                // pending pulse is used up (an undercount only costs an extra pulse later).
                Point();
                if (Volatile.Read(ref _pulsed) > 0)
                {
                    Interlocked.Decrement(ref _pulsed);
                }

                Point();
                Interlocked.Decrement(ref _parked);
            }
        }
        finally
        {
            _monitor.Exit();
        }
    }

    /// <summary>One look for work, without blocking: own deque, shared queue, other deques.</summary>
    private Future? FindWork(Worker worker, bool holdingMonitor)
    {
        if (_stealing && worker.Deque.TryPop() is { } own)
        {
            return own;
        }

        if (TryDequeueShared(holdingMonitor) is { } shared)
        {
            return shared;
        }

        return StealFromOthers(worker);
    }

    private Future? TryDequeueShared(bool holdingMonitor)
    {
        Point();
        if (!_queue.TryDequeue(out var item))
        {
            return null;
        }

        if (_capacity is not null)
        {
            ReleaseSlot(holdingMonitor);
        }

        return item;
    }

    /// <summary>Steals the oldest item from another worker's deque; null once every deque looked empty.</summary>
    private Future? StealFromOthers(Worker? thief)
    {
        if (!_stealing)
        {
            return null;
        }

        while (true)
        {
            var contended = false;
            var count = Volatile.Read(ref _threadCount);
            var start = thief is null ? 0 : thief.Index + 1;
            for (var i = 0; i < count; i++)
            {
                var victim = Volatile.Read(ref _workers[(start + i) % count]);
                if (victim is null || victim == thief)
                {
                    continue;
                }

                switch (victim.Deque.TrySteal(out var item))
                {
                    case WorkStealingDeque<Future>.StealResult.Success:
                        return item;
                    case WorkStealingDeque<Future>.StealResult.Retry:
                        contended = true;
                        break;
                }
            }

            if (!contended)
            {
                return null;
            }
        }
    }

    /// <summary>The worker of this pool that is calling, or null.</summary>
    private Worker? CurrentWorker()
    {
        if (_native)
        {
            var worker = t_worker;
            return worker is not null && worker.Pool == this ? worker : null;
        }

        // Other backends need not map a logical thread to one OS thread: compare logical threads.
        var current = _backend.CurrentThread;
        var count = Volatile.Read(ref _threadCount);
        for (var i = 0; i < count; i++)
        {
            if (Volatile.Read(ref _workers[i]) is { } candidate && ReferenceEquals(candidate.Thread, current))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Takes every queued task: the shared queue and all deques. Safe without the monitor.</summary>
    private List<Future> Drain()
    {
        var drained = new List<Future>();
        while (TryDequeueShared(holdingMonitor: false) is { } queued)
        {
            drained.Add(queued);
        }

        while (StealFromOthers(null) is { } stolen)
        {
            drained.Add(stolen);
        }

        return drained;
    }

    /// <summary>
    /// Fails or cancels whatever is queued, for a broken pool or a cancelling shutdown: called by
    /// them and by a submit that raced with them. Completing futures runs callbacks: no lock held.
    /// </summary>
    private void DrainRaced()
    {
        foreach (var future in Drain())
        {
            if (_broken is { } broken)
            {
                // CPython's _initializer_failed: set_exception on each queued future.
                future.TrySetException(new BrokenPoolError(broken));
            }
            else
            {
                future.Cancel();
            }
        }
    }
}
