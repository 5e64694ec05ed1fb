namespace Portalis.Threading.Pool;

/// <summary>How to build a <see cref="WorkerPool"/>; every property has CPython's default.</summary>
public sealed record class WorkerPoolOptions
{
    /// <summary>
    /// The most worker threads the pool starts; null for CPython's default,
    /// <c>min(32, os.cpu_count() + 4)</c>. Must be positive.
    /// </summary>
    public int? MaxWorkers { get; init; }

    /// <summary>
    /// The most tasks the shared queue holds; null (the default, as in CPython) for unbounded. When it
    /// is full, <see cref="WorkerPool.Submit{T}(Func{T})"/> blocks and <c>TrySubmit</c> returns false.
    /// Submissions from the pool's own workers are never refused or blocked (a worker waiting for
    /// room that only workers can make would deadlock the pool).
    /// </summary>
    public int? QueueCapacity { get; init; }

    /// <summary>
    /// The prefix of worker names, which are <c>{prefix}_{n}</c> with n counting from 0. Null or empty
    /// for CPython's <c>ThreadPoolExecutor-{k}</c>, k counting the pools created without a prefix.
    /// </summary>
    public string? ThreadNamePrefix { get; init; }

    /// <summary>
    /// Run by each worker before its first task. If it throws, the failure is logged to
    /// <see cref="FutureLog"/> and the pool becomes broken (CPython's <c>BrokenThreadPool</c>): queued
    /// futures fail with <see cref="BrokenPoolError"/>, and so do later submits.
    /// </summary>
    public Action? Initializer { get; init; }

    /// <summary>
    /// Whether tasks submitted from the pool's own workers go to the submitting worker's deque (run
    /// LIFO by it, stolen FIFO by idle workers) instead of the shared FIFO queue. Default true. It
    /// has no effect when <see cref="MaxWorkers"/> is 1, so that a one-worker pool runs every task
    /// in submission order, as CPython's does. Set it to false for CPython's single FIFO queue.
    /// </summary>
    public bool WorkStealing { get; init; } = true;

    /// <summary>The backend for the pool's threads and locks; null for <see cref="ThreadingBackend.Current"/>.</summary>
    public IThreadingBackend? Backend { get; init; }
}
