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

    /// <summary>
    /// CPython's <c>Executor.map</c>: submits <paramref name="function"/> for every item at once, then
    /// yields the results in item order, rethrowing a task's exception as-is when its turn comes.
    /// When the enumeration stops early (an exception, a timeout, or disposal), the futures not yet
    /// yielded are cancelled.
    /// </summary>
    /// <param name="function">The function to apply.</param>
    /// <param name="items">The arguments, enumerated eagerly.</param>
    /// <param name="timeout">The time allowed for the whole enumeration, counted from this call; null waits forever.</param>
    /// <exception cref="FutureTimeoutError">Thrown by the enumerator when a result is not ready in time.</exception>
    public IEnumerable<TResult> Map<TSource, TResult>(Func<TSource, TResult> function, IEnumerable<TSource> items, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(items);
        var deadline = Deadline.From(_backend, timeout);
        var futures = new List<Future<TResult>>();
        foreach (var item in items)
        {
            futures.Add(Submit(() => function(item)));
        }

        return MapResults(futures, deadline);
    }

    private IEnumerable<TResult> MapResults<TResult>(List<Future<TResult>> futures, Deadline deadline)
    {
        var next = 0;
        try
        {
            while (next < futures.Count)
            {
                // CPython's _result_or_cancel: wait for the result, then cancel (a no-op unless it failed).
                var future = futures[next++];
                TResult value;
                try
                {
                    value = future.Result(deadline.IsInfinite ? null : deadline.Remaining(_backend));
                }
                finally
                {
                    future.Cancel();
                }

                yield return value;
            }
        }
        finally
        {
            for (; next < futures.Count; next++)
            {
                futures[next].Cancel();
            }
        }
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

    /// <summary>
    /// CPython's <c>_adjust_thread_count</c>: no new thread if the idle semaphore can be acquired
    /// without blocking; otherwise one more thread while fewer than the maximum exist.
    /// </summary>
    private void AdjustThreadCount()
    {
        if (TryAcquireIdle())
        {
            return;
        }

        Point();
        if (Volatile.Read(ref _threadCount) >= _maxWorkers)
        {
            return;
        }

        _monitor.Enter();
        try
        {
            var count = _threadCount;
            if (count >= _maxWorkers)
            {
                return;
            }

            var worker = new Worker(this, count, _backend);
            _workers[count] = worker;
            Volatile.Write(ref _threadCount, count + 1);
            try
            {
                var thread = _backend.StartThread(() => WorkerMain(worker), new ThreadStartOptions { Name = $"{ThreadNamePrefix}_{count}" });
                worker.Thread ??= thread;
                worker.Handle = thread;
            }
            catch
            {
                _workers[count] = null;
                Volatile.Write(ref _threadCount, count);
                throw;
            }
        }
        finally
        {
            _monitor.Exit();
        }
    }

    private bool TryAcquireIdle()
    {
        while (true)
        {
            Point();
            var idle = Volatile.Read(ref _idle);
            if (idle == 0)
            {
                return false;
            }

            Point();
            if (Interlocked.CompareExchange(ref _idle, idle - 1, idle) == idle)
            {
                return true;
            }
        }
    }

    private void ReleaseIdle()
    {
        Point();
        Interlocked.Increment(ref _idle);
    }
}
