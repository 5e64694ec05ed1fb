namespace Portalis.Threading.Pool;

// Starting workers lazily: CPython's _adjust_thread_count and its _idle_semaphore.
public sealed partial class WorkerPool
{
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
