namespace Portalis.Threading.Pool;

// The bounded shared queue: places are reserved before an enqueue and given back by each dequeue.
public sealed partial class WorkerPool
{
    /// <summary>Takes a place in the bounded queue, blocking for one when asked to.</summary>
    private bool ReserveSlot(int capacity, bool block)
    {
        if (TryReserveSlot(capacity))
        {
            return true;
        }

        ThrowIfUnusable();
        if (!block)
        {
            return false;
        }

        // Workers free places at a steady pace: natively, a short spin usually finds one without
        // the two context switches of blocking.
        if (_spin)
        {
            var spinner = default(SpinWait);
            for (var i = 0; i < SpinIterations; i++)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                if (TryReserveSlot(capacity))
                {
                    return true;
                }
            }
        }

        _monitor.Enter();
        try
        {
            // Announce before the last look (a worker frees a slot, then reads _blockedSubmitters),
            // and look again after every wake-up: wake-ups may be spurious or meant for workers.
            Point();
            Interlocked.Increment(ref _blockedSubmitters);

            // A wake-up flagged for a submitter that left without waiting must not hold back ours.
            Point();
            Interlocked.Exchange(ref _submitterWakePending, 0);
            try
            {
                while (true)
                {
                    ThrowIfUnusable();
                    if (TryReserveSlot(capacity))
                    {
                        return true;
                    }

                    _monitor.Wait(Timeout.InfiniteTimeSpan);

                    // Allow the next freed place to wake us again; the look that follows sees
                    // every place freed before this.
                    Point();
                    Interlocked.Exchange(ref _submitterWakePending, 0);
                }
            }
            finally
            {
                Point();
                Interlocked.Decrement(ref _blockedSubmitters);
            }
        }
        finally
        {
            _monitor.Exit();
        }
    }

    private bool TryReserveSlot(int capacity)
    {
        while (true)
        {
            Point();
            var queued = Volatile.Read(ref _queued);
            if (queued >= capacity)
            {
                return false;
            }

            Point();
            if (Interlocked.CompareExchange(ref _queued, queued + 1, queued) == queued)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a place in the bounded queue and wakes a submitter waiting for one.</summary>
    private void ReleaseSlot(bool holdingMonitor)
    {
        Point();
        Interlocked.Decrement(ref _queued);
        Point();
        if (Volatile.Read(ref _blockedSubmitters) == 0)
        {
            return;
        }

        // One wake-up at a time: while one is pending, the woken submitters will look again anyway.
        Point();
        if (Interlocked.CompareExchange(ref _submitterWakePending, 1, 0) != 0)
        {
            return;
        }

        if (holdingMonitor)
        {
            _monitor.PulseAll();
        }
        else
        {
            _monitor.Enter();
            try
            {
                _monitor.PulseAll();
            }
            finally
            {
                _monitor.Exit();
            }
        }
    }
}
