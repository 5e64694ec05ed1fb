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

        _monitor.Enter();
        try
        {
            AssertInvariants();
            while (true)
            {
                ThrowIfUnusable();
                if (_capacity is not { } capacity || _queue.Count < capacity || worker is not null)
                {
                    break;
                }

                if (!block)
                {
                    return false;
                }

                _blockedSubmitters++;
                try
                {
                    _monitor.Wait(Timeout.InfiniteTimeSpan);
                }
                finally
                {
                    _blockedSubmitters--;
                }
            }

            _queue.Enqueue(future);
            AdjustThreadCountLocked();
            if (Volatile.Read(ref _parked) > 0)
            {
                WakeLocked();
            }

            return true;
        }
        finally
        {
            _monitor.Exit();
        }
    }

    /// <summary>A worker submitting to its own pool: push on its deque, then wake a parked worker to steal it.</summary>
    private void PushLocal(Worker worker, Future future)
    {
        // CPython checks these under the executor's lock; here the check is the linearisation point
        // of the submit, and work pushed just before a shutdown still runs (its worker drains its deque).
        Point();
        ThrowIfUnusable();
        worker.Deque.Push(future);

        // Pairs with the increment of _parked in TakeWork (Dekker): either this thread sees the parked
        // worker, or that worker's steal sees the item.
        Interlocked.MemoryBarrier();
        Point();
        var parked = Volatile.Read(ref _parked) > 0;
        if (!parked && TryAcquireIdle())
        {
            return;
        }

        _monitor.Enter();
        try
        {
            if (!parked)
            {
                AdjustThreadCountLocked(idleChecked: true);
            }
            else
            {
                AdjustThreadCountLocked();
                WakeLocked();
            }
        }
        finally
        {
            _monitor.Exit();
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

    /// <summary>Wakes a parked worker; every waiter if submitters wait too, since they share the wait set.</summary>
    private void WakeLocked()
    {
        if (_blockedSubmitters > 0)
        {
            _monitor.PulseAll();
        }
        else
        {
            _monitor.Pulse();
        }
    }

    /// <summary>
    /// CPython's <c>_adjust_thread_count</c>: no new thread if the idle semaphore can be acquired
    /// without blocking; otherwise one more thread while fewer than the maximum exist.
    /// </summary>
    private void AdjustThreadCountLocked(bool idleChecked = false)
    {
        if (!idleChecked && TryAcquireIdle())
        {
            return;
        }

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
