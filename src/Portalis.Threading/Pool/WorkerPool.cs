using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portalis.Threading.Pool;

/// <summary>
/// A pool of worker threads that runs submitted work and hands back <see cref="Future{T}"/>s, with
/// the observable behaviour of CPython's <c>concurrent.futures.ThreadPoolExecutor</c>
/// (Lib/concurrent/futures/thread.py), and work stealing underneath.
/// </summary>
/// <remarks>
/// <para>Threads: workers are logical threads of the pool's backend, started lazily as CPython's
/// <c>_adjust_thread_count</c> does: on each submit, if the "idle" count (incremented every time a
/// worker finishes a task, just before its future completes) can be decremented, no thread is started; otherwise a new worker named
/// <c>{prefix}_{n}</c> starts while fewer than <see cref="MaxWorkers"/> exist. So Python code sees
/// CPython's thread names and counts.</para>
/// <para>Queues: submissions from other threads go to one shared lock-free FIFO queue (bounded if
/// <see cref="WorkerPoolOptions.QueueCapacity"/> is set). Submissions from the pool's own workers go
/// to that worker's Chase-Lev deque, which idle workers steal from. An idle worker spins briefly
/// (natively, on a multi-core machine) and then parks on the pool's monitor until a submission
/// wakes it; a submission wakes a parked worker only if no other wake-up is already on its way.</para>
/// <para>Errors: a task's exception goes into its future and the worker carries on. Callbacks run
/// on the worker that completes a future, outside every lock of the pool.</para>
/// <para>Shutdown: <see cref="Shutdown"/> (and <see cref="Dispose"/>, which is
/// <c>Shutdown(wait: true)</c> like CPython's <c>__exit__</c>) refuses new work; queued work still
/// runs unless <c>cancelPendingWork</c> cancels it.</para>
/// </remarks>
public sealed partial class WorkerPool : IDisposable
{
    private static int s_unnamedPools = -1;

    [ThreadStatic]
    private static Worker? t_worker;

    private readonly IThreadingBackend _backend;
    private readonly bool _controlled;
    private readonly bool _native;
    private readonly bool _spin;
    private readonly SyncMonitor _monitor;
    private readonly int _maxWorkers;
    private readonly int? _capacity;
    private readonly bool _stealing;
    private readonly Action? _initializer;
    private readonly Action _releaseIdle;

    // The shared FIFO queue is lock-free; the monitor is only for parking, blocked submitters,
    // starting threads and shutdown.
    private readonly ConcurrentQueue<Future> _queue = new();

    // Written under _monitor, read without it by thieves and local submitters.
    private readonly Worker?[] _workers;
    private int _threadCount;
    private volatile bool _shutdown;
    private volatile bool _cancelOnShutdown;
    private volatile string? _broken;

    // Lock-free counters, each read by the other side after a full fence (Dekker-style handshakes):
    // _queued: items in the shared queue, kept only when bounded; _submitting: submits between their
    // shutdown check and their enqueue; _parked: workers announced on the monitor's wait set;
    // _pulsed: pulses whose worker has not yet woken; _blockedSubmitters: submits waiting for room;
    // _submitterWakePending: a wake-up for them is on its way;
    // _idle: CPython's _idle_semaphore.
    private int _queued;
    private int _submitting;
    private int _parked;
    private int _pulsed;
    private int _blockedSubmitters;
    private int _submitterWakePending;
    private int _idle;

    /// <summary>Creates a pool with CPython's defaults.</summary>
    public WorkerPool()
        : this(new WorkerPoolOptions())
    {
    }

    /// <summary>Creates a pool; no thread starts until the first submit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">MaxWorkers or QueueCapacity is not positive.</exception>
    public WorkerPool(WorkerPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var maxWorkers = options.MaxWorkers ?? Math.Min(32, Environment.ProcessorCount + 4);
        if (maxWorkers <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), maxWorkers, "max_workers must be greater than 0");
        }

        if (options.QueueCapacity is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.QueueCapacity, "QueueCapacity must be greater than 0");
        }

        _backend = options.Backend ?? ThreadingBackend.Current;
        _controlled = _backend.IsControlled;
        _native = ReferenceEquals(_backend, ThreadingBackend.Native);
        _spin = _native && Environment.ProcessorCount > 1;
        _monitor = _backend.CreateMonitor("WorkerPool");
        _maxWorkers = maxWorkers;
        _capacity = options.QueueCapacity;
        _stealing = options.WorkStealing && maxWorkers > 1;
        _initializer = options.Initializer;
        _releaseIdle = ReleaseIdle;
        _workers = new Worker?[maxWorkers];
        ThreadNamePrefix = string.IsNullOrEmpty(options.ThreadNamePrefix)
            ? $"ThreadPoolExecutor-{Interlocked.Increment(ref s_unnamedPools)}"
            : options.ThreadNamePrefix;
    }

    /// <summary>The most worker threads the pool starts.</summary>
    public int MaxWorkers => _maxWorkers;

    /// <summary>The prefix of the workers' names.</summary>
    public string ThreadNamePrefix { get; }

    /// <summary>How many worker threads have been started (CPython's <c>len(executor._threads)</c>).</summary>
    public int ThreadCount => Volatile.Read(ref _threadCount);

    /// <summary>The backend the pool's threads and futures use.</summary>
    public IThreadingBackend Backend => _backend;

    /// <summary>Shuts the pool down and waits for its workers (CPython's <c>__exit__</c>).</summary>
    public void Dispose() => Shutdown(wait: true);

    private void Point()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }
    }

    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        Debug.Assert(_threadCount is >= 0 && _threadCount <= _maxWorkers, "thread count within bounds");
        Debug.Assert(_blockedSubmitters >= 0 && _parked >= 0 && _submitting >= 0, "counters never go negative");
    }

    /// <summary>A started worker: its thread and its deque.</summary>
    private sealed class Worker(WorkerPool pool, int index, IThreadingBackend backend)
    {
        public WorkerPool Pool { get; } = pool;

        public int Index { get; } = index;

        public WorkStealingDeque<Future> Deque { get; } = new(backend);

        /// <summary>The logical thread as the worker sees itself (<see cref="IThreadingBackend.CurrentThread"/>).</summary>
        public LogicalThread? Thread { get; set; }

        /// <summary>The handle <see cref="IThreadingBackend.StartThread"/> returned, to join.</summary>
        public LogicalThread? Handle { get; set; }
    }
}
