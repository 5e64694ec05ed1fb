namespace Portalis.Threading.Pool;

// The worker loop: CPython's thread._worker, with work stealing and parking.
public sealed partial class WorkerPool
{
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
                    future.RunWork(_releaseIdle);
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

        List<Future> drained;
        _monitor.Enter();
        try
        {
            _broken = BrokenPoolError.InitializerFailedMessage;
            drained = DrainLocked();
            _monitor.PulseAll();
        }
        finally
        {
            _monitor.Exit();
        }

        // Outside the lock: completing a future runs its callbacks.
        foreach (var future in drained)
        {
            future.TrySetException(new BrokenPoolError(BrokenPoolError.InitializerFailedMessage));
        }

        return false;
    }

    /// <summary>
    /// The next task for <paramref name="worker"/>: its own deque first (newest), then the shared
    /// queue, then a steal (oldest) from another worker; parks when there is none. Null when the
    /// pool is shut down and no work is left.
    /// </summary>
    private Future? TakeWork(Worker worker)
    {
        if (_stealing)
        {
            if (worker.Deque.TryPop() is { } own)
            {
                return own;
            }
        }

        _monitor.Enter();
        try
        {
            while (true)
            {
                AssertInvariants();
                if (_queue.TryDequeue(out var queued))
                {
                    if (_blockedSubmitters > 0)
                    {
                        _monitor.PulseAll();
                    }

                    return queued;
                }

                // Announce parking before the last look at the deques: a local submitter pushes, then
                // reads _parked; so either it sees this worker parked and pulses, or this steal sees its item.
                Point();
                Interlocked.Increment(ref _parked);
                var stolen = StealFromOthers(worker);
                if (stolen is not null || _shutdown)
                {
                    Point();
                    Interlocked.Decrement(ref _parked);
                    return stolen;
                }

                _monitor.Wait(Timeout.InfiniteTimeSpan);
                Point();
                Interlocked.Decrement(ref _parked);
            }
        }
        finally
        {
            _monitor.Exit();
        }
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

    /// <summary>Takes every queued task: the shared queue and all deques. Caller holds the monitor.</summary>
    private List<Future> DrainLocked()
    {
        var drained = new List<Future>(_queue);
        _queue.Clear();
        while (StealFromOthers(null) is { } stolen)
        {
            drained.Add(stolen);
        }

        return drained;
    }
}
