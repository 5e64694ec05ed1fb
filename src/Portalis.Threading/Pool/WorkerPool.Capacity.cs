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

        _monitor.Enter();
        try
        {
            // Announce before the last look (a worker frees a slot, then reads _blockedSubmitters),
            // and look again after every wake-up: wake-ups may be spurious or meant for workers.
            Point();
            Interlocked.Increment(ref _blockedSubmitters);
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
