namespace Portalis.Threading.Backends.Native;

/// <summary>
/// Recycled OS threads. A worker that finishes its work item parks (spinning briefly first) and
/// is handed the next one, so starting a logical thread costs a hand-over, not a thread creation.
/// Idle workers exit after <see cref="IdleTimeout"/>.
/// </summary>
/// <remarks>
/// Unlike the BCL thread pool, a work item owns its worker until it returns: it may block for as
/// long as it likes, and the pool grows without limit (one worker per running item), as
/// <c>new Thread</c> would. Both the native backend and the Controlled backend run logical
/// threads here.
/// </remarks>
internal static class OsThreadPool
{
    private static readonly Lock s_lock = new();
    private static readonly Stack<Worker> s_idle = new();

    /// <summary>How long a parked worker waits for work before its OS thread exits.</summary>
    public static TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Runs <paramref name="work"/> with <paramref name="state"/> on an idle or new worker.</summary>
    /// <remarks><paramref name="work"/> must not throw: it is the caller's job to capture exceptions.</remarks>
    public static void Run(Action<object?> work, object? state) => Run(work, parked: null, state);

    /// <summary>
    /// Runs <paramref name="work"/>, then, once the worker is back on the idle stack,
    /// <paramref name="parked"/>: signal completion there, so that a start that follows a join
    /// finds the worker idle instead of creating a thread.
    /// </summary>
    /// <remarks>Neither delegate may throw.</remarks>
    public static void Run(Action<object?> work, Action<object?>? parked, object? state)
    {
        Worker? worker = null;
        lock (s_lock)
        {
            s_idle.TryPop(out worker);
        }

        if (worker is null)
        {
            new Worker(work, parked, state).Start();
        }
        else
        {
            worker.Hand(work, parked, state);
        }
    }

    /// <summary>The number of parked workers, for tests.</summary>
    internal static int IdleCount
    {
        get
        {
            lock (s_lock)
            {
                return s_idle.Count;
            }
        }
    }

    private sealed class Worker
    {
        // The default spin of ManualResetEventSlim keeps a just-finished worker awake for a few
        // microseconds, so a start that follows a join needs no kernel wake-up.
        private readonly ManualResetEventSlim _signal = new(false);
        private Action<object?>? _work;
        private Action<object?>? _parked;
        private object? _state;

        public Worker(Action<object?> work, Action<object?>? parked, object? state)
        {
            _work = work;
            _parked = parked;
            _state = state;
        }

        public void Start()
        {
            var thread = new Thread(static self => ((Worker)self!).Loop(), maxStackSize: 0)
            {
                IsBackground = true,
                Name = "Portalis worker",
            };
            thread.UnsafeStart(this);
        }

        public void Hand(Action<object?> work, Action<object?>? parked, object? state)
        {
            _work = work;
            _parked = parked;
            _state = state;
            _signal.Set();
        }

        private void Loop()
        {
            // A work item may change the thread's execution context (AsyncLocal values); the next
            // item must not see them, as a fresh thread would not.
            var initialContext = ExecutionContext.Capture();
            while (true)
            {
                var work = _work!;
                var parked = _parked;
                var state = _state;
                _work = null;
                _parked = null;
                _state = null;
                work(state);
                if (initialContext is not null && ExecutionContext.Capture() != initialContext)
                {
                    ExecutionContext.Restore(initialContext);
                }

                _signal.Reset();
                lock (s_lock)
                {
                    s_idle.Push(this);
                }

                // From here another start may hand this worker new work; only locals are used.
                parked?.Invoke(state);
                if (!_signal.Wait(IdleTimeout))
                {
                    lock (s_lock)
                    {
                        // Work may have been handed over just as the wait timed out: then the
                        // worker is no longer on the idle stack and must run it.
                        if (!_signal.IsSet && s_idle.Contains(this))
                        {
                            var kept = s_idle.Where(w => w != this).Reverse().ToArray();
                            s_idle.Clear();
                            foreach (var w in kept)
                            {
                                s_idle.Push(w);
                            }

                            return;
                        }
                    }

                    _signal.Wait();
                }
            }
        }
    }
}
