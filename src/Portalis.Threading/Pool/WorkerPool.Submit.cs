using System.Diagnostics.CodeAnalysis;

namespace Portalis.Threading.Pool;

// Submitting work: CPython's ThreadPoolExecutor.submit and _adjust_thread_count, plus the bounded
// queue's blocking and non-blocking forms and Executor.map.
public sealed partial class WorkerPool
{
    /// <summary>Schedules <paramref name="work"/> and returns the future of its result.</summary>
    /// <exception cref="PoolShutdownError">The pool has been shut down.</exception>
    /// <exception cref="BrokenPoolError">A worker's initializer failed.</exception>
    public Future<T> Submit<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var future = new Future<T>(_backend, work);
        Enqueue(future, block: true);
        return future;
    }

    /// <summary>Schedules <paramref name="work"/>; the future's result is null.</summary>
    /// <exception cref="PoolShutdownError">The pool has been shut down.</exception>
    /// <exception cref="BrokenPoolError">A worker's initializer failed.</exception>
    public Future<object?> Submit(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Submit(Wrap(work));
    }

    /// <summary>Schedules <paramref name="work"/> unless the bounded queue is full.</summary>
    /// <returns>False, with a null future, if the queue is full.</returns>
    /// <exception cref="PoolShutdownError">The pool has been shut down.</exception>
    /// <exception cref="BrokenPoolError">A worker's initializer failed.</exception>
    public bool TrySubmit<T>(Func<T> work, [NotNullWhen(true)] out Future<T>? future)
    {
        ArgumentNullException.ThrowIfNull(work);
        var candidate = new Future<T>(_backend, work);
        if (Enqueue(candidate, block: false))
        {
            future = candidate;
            return true;
        }

        future = null;
        return false;
    }

    /// <summary>Schedules <paramref name="work"/> unless the bounded queue is full; the future's result is null.</summary>
    /// <returns>False, with a null future, if the queue is full.</returns>
    /// <exception cref="PoolShutdownError">The pool has been shut down.</exception>
    /// <exception cref="BrokenPoolError">A worker's initializer failed.</exception>
    public bool TrySubmit(Action work, [NotNullWhen(true)] out Future<object?>? future)
    {
        ArgumentNullException.ThrowIfNull(work);
        return TrySubmit(Wrap(work), out future);
    }

    private static Func<object?> Wrap(Action work) => () =>
    {
        work();
        return null;
    };

    /// <summary>Queues a future's work; false only when not blocking and the bounded queue is full.</summary>
    private bool Enqueue(Future future, bool block)
    {
        var worker = CurrentWorker();
        if (worker is not null && _stealing)
        {
            PushLocal(worker, future);
            return true;
        }

        // A pool's own worker may overfill a bounded queue: waiting for room that only workers
        // can make could deadlock the pool.
        if (_capacity is { } capacity)
        {
            if (worker is null)
            {
                if (!ReserveSlot(capacity, block))
                {
                    return false;
                }
            }
            else
            {
                Point();
                Interlocked.Increment(ref _queued);
            }
        }

        // The handshake with shutdown: a worker leaves only when no submit is between its check and
        // its enqueue (it reads _submitting, then the queue), so an accepted item is never stranded.
        Point();
        Interlocked.Increment(ref _submitting);
        var accepted = false;
        try
        {
            Point();
            if (_broken is null && !_shutdown)
            {
                Point();
                _queue.Enqueue(future);
                accepted = true;
            }
            else if (_capacity is not null)
            {
                ReleaseSlot(holdingMonitor: false);
            }
        }
        finally
        {
            Point();
            Interlocked.Decrement(ref _submitting);
        }

        if (!accepted)
        {
            // A worker of a shut-down pool may be waiting for this submit to leave.
            WakeIfParked();
            ThrowIfUnusable();
        }

        // The enqueue raced with a cancelling shutdown or a failed initializer that had already
        // drained the queue: drain again, as CPython's lock would have ordered the two.
        Point();
        if (_broken is not null || (_shutdown && _cancelOnShutdown))
        {
            DrainRaced();
        }

        AdjustThreadCount();
        WakeIfParked();
        return true;
    }

    /// <summary>A worker submitting to its own pool: push on its deque, then wake a parked worker to steal it.</summary>
    private void PushLocal(Worker worker, Future future)
    {
        // CPython checks these under the executor's lock; here the check is the linearisation point
        // of the submit, and work pushed just before a shutdown still runs (its worker drains its deque).
        Point();
        ThrowIfUnusable();
        worker.Deque.Push(future);
        AdjustThreadCount();
        WakeIfParked();
    }

    private void ThrowIfUnusable()
    {
        if (_broken is { } broken)
        {
            throw new BrokenPoolError(broken);
        }

        if (_shutdown)
        {
            throw new PoolShutdownError();
        }
    }

    /// <summary>
    /// Wakes a parked worker after new work appeared, unless every parked worker already has a wake-up
    /// on its way (that worker looks at the queues again after waking). The read of
    /// <c>_parked</c> follows the publication of the work with a full fence; a parking worker
    /// increments <c>_parked</c> and then looks at the queues, so one of the two sees the other.
    /// </summary>
    private void WakeIfParked()
    {
        Interlocked.MemoryBarrier();
        Point();
        if (Volatile.Read(ref _parked) <= Volatile.Read(ref _pulsed) && !_shutdown)
        {
            return;
        }

        _monitor.Enter();
        try
        {
            if (_shutdown || _blockedSubmitters > 0)
            {
                // Exiting workers and blocked submitters share the wait set: wake them all.
                _monitor.PulseAll();
            }
            else if (_parked > _pulsed)
            {
                Interlocked.Increment(ref _pulsed);
                _monitor.Pulse();
            }
        }
        finally
        {
            _monitor.Exit();
        }
    }
}
