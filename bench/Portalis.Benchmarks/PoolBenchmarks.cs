using BenchmarkDotNet.Attributes;
using Portalis.Threading;
using Portalis.Threading.Pool;

namespace Portalis.Benchmarks;

/// <summary>
/// Submit one tiny task and wait for its result: <see cref="WorkerPool"/> against <c>Task.Run</c> +
/// wait (the baseline) and a <see cref="TaskCompletionSource{TResult}"/> completed from the BCL thread pool.
/// Run: <c>dotnet run -c Release --project bench/Portalis.Benchmarks -- --filter '*Pool*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PoolLatencyBenchmarks
{
    private WorkerPool _pool = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = Environment.ProcessorCount, Backend = ThreadingBackend.Native });
        _pool.Submit(() => 0).Result();
    }

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();

    [Benchmark(Baseline = true, Description = "Task.Run + wait")]
    public int TaskRunWait() => Task.Run(static () => 1).GetAwaiter().GetResult();

    [Benchmark(Description = "TaskCompletionSource from the BCL pool")]
    public int TaskCompletionSourceWait()
    {
        var source = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.SetResult(1), source, preferLocal: false);
        return source.Task.GetAwaiter().GetResult();
    }

    [Benchmark(Description = "WorkerPool.Submit + Result")]
    public int WorkerPoolSubmitResult() => _pool.Submit(static () => 1).Result();
}

/// <summary>
/// Submit <see cref="Count"/> tiny tasks, then wait for every result: <see cref="WorkerPool"/> against
/// <c>Task.Run</c> (the baseline) and <see cref="TaskCompletionSource{TResult}"/>s completed from the BCL thread pool.
/// </summary>
[MemoryDiagnoser]
public class PoolThroughputBenchmarks
{
    private WorkerPool _pool = null!;

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = Environment.ProcessorCount, Backend = ThreadingBackend.Native });
        _pool.Submit(() => 0).Result();
    }

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();

    [Benchmark(Baseline = true, Description = "Task.Run x N + wait")]
    public long TaskRun()
    {
        var tasks = new Task<int>[Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var value = i;
            tasks[i] = Task.Run(() => value + 1);
        }

        long sum = 0;
        foreach (var task in tasks)
        {
            sum += task.GetAwaiter().GetResult();
        }

        return sum;
    }

    [Benchmark(Description = "TaskCompletionSource x N from the BCL pool")]
    public long TaskCompletionSources()
    {
        var sources = new TaskCompletionSource<int>[Count];
        for (var i = 0; i < sources.Length; i++)
        {
            var source = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            sources[i] = source;
            var value = i;
            ThreadPool.UnsafeQueueUserWorkItem(_ => source.SetResult(value + 1), null);
        }

        long sum = 0;
        foreach (var source in sources)
        {
            sum += source.Task.GetAwaiter().GetResult();
        }

        return sum;
    }

    [Benchmark(Description = "WorkerPool.Submit x N + Result")]
    public long WorkerPoolSubmit()
    {
        var futures = new Future<int>[Count];
        for (var i = 0; i < futures.Length; i++)
        {
            var value = i;
            futures[i] = _pool.Submit(() => value + 1);
        }

        long sum = 0;
        foreach (var future in futures)
        {
            sum += future.Result();
        }

        return sum;
    }
}
