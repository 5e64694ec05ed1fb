using Portalis.Threading.Pool;

namespace Portalis.Runtime;

/// <summary>
/// The native engine of <c>concurrent.futures.ThreadPoolExecutor</c> (Lib/concurrent/futures/thread.py):
/// a <see cref="WorkerPool"/>, which starts its threads lazily as CPython's <c>_adjust_thread_count</c> and
/// names them <c>{prefix}_{n}</c>. The Python class in <c>thread.py</c> checks the arguments and holds one.
/// </summary>
public sealed class PyWorkerPool : NativeObject
{
    private readonly WorkerPool _pool;
    private volatile bool _broken;

    internal PyWorkerPool(int maxWorkers, string threadNamePrefix, object? initializer, object? initargs)
    {
        FutureLogging.Listen();
        _pool = new WorkerPool(new WorkerPoolOptions
        {
            MaxWorkers = maxWorkers,
            ThreadNamePrefix = threadNamePrefix,
            Initializer = initializer is null ? null : () => RunInitializer(initializer, initargs),

            // CPython's one FIFO work queue: a task submitted from a worker queues behind the others.
            WorkStealing = false,
        });
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "WorkerPool";

    /// <summary><c>_thread_count</c>: how many worker threads have started (CPython's <c>len(executor._threads)</c>).</summary>
    [PyExport("_thread_count")]
    public long ThreadCount => _pool.ThreadCount;

    /// <summary><c>_broken</c>: CPython's message once a worker's initializer has failed, else False.</summary>
    [PyExport("_broken")]
    public object Broken => _broken ? BrokenPoolError.InitializerFailedMessage : false;

    /// <summary>
    /// <c>submit(fn, args, kwargs)</c>: a <see cref="PyFuture"/> of <c>fn(*args, **kwargs)</c>. RuntimeError
    /// "cannot schedule new futures after shutdown", BrokenThreadPool once an initializer has failed.
    /// </summary>
    [PyExport("submit")]
    public PyFuture Submit(object? fn, object? args, object? kwargs)
    {
        try
        {
            return new PyFuture(_pool.Submit(() => PyOps.CallEx(fn, args, kwargs)));
        }
        catch (PoolShutdownError shutdown)
        {
            throw new PyRuntimeError(shutdown.Message);
        }
        catch (BrokenPoolError broken)
        {
            throw FutureErrors.BrokenThreadPool(broken.Message);
        }
    }

    /// <summary><c>shutdown(wait, cancel_futures)</c>: CPython's <c>ThreadPoolExecutor.shutdown</c>.</summary>
    [PyExport("shutdown")]
    public void Shutdown(bool wait, bool cancel_futures) => _pool.Shutdown(wait, cancel_futures);

    // thread.py, _worker: initializer(*initargs); on failure the pool is broken (the pool logs and drains).
    private void RunInitializer(object? initializer, object? initargs)
    {
        try
        {
            PyOps.CallEx(initializer, initargs, null);
        }
        catch
        {
            _broken = true;
            throw;
        }
    }
}
