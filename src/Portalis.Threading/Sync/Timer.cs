namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.Timer</c>: a logical thread that waits on an <see cref="Event"/> for the
/// interval and then calls the function unless <see cref="Cancel"/> was called
/// (Lib/threading.py, <c>Timer.run</c>). The function runs on the timer's thread, holding nothing.
/// </summary>
/// <remarks>
/// An exception from the function ends the timer's thread with that fault
/// (<see cref="LogicalThread.Fault"/>) and, as in CPython, leaves <see cref="Finished"/> unset.
/// C# files that import <c>System.Threading</c> should alias the name.
/// </remarks>
public sealed class Timer
{
    private readonly IThreadingBackend _backend;
    private readonly TimeSpan _interval;
    private readonly Action _function;
    private LogicalThread? _thread;

    /// <summary>Python's <c>Timer(interval, function)</c>.</summary>
    /// <param name="interval">Seconds to wait before calling; zero or less calls at once.</param>
    /// <param name="function">What to call.</param>
    public Timer(double interval, Action function)
        : this(Timeouts.FromOptional(interval), function)
    {
    }

    /// <summary>Creates a timer with a <see cref="TimeSpan"/> interval.</summary>
    /// <param name="interval">How long to wait before calling.</param>
    /// <param name="function">What to call.</param>
    public Timer(TimeSpan interval, Action function)
    {
        ArgumentNullException.ThrowIfNull(function);
        _backend = ThreadingBackend.Current;
        _interval = Timeouts.Check(interval, nameof(interval));
        _function = function;
        Finished = new Event();
    }

    /// <summary>Python's <c>finished</c>: set when the timer has fired or was cancelled.</summary>
    public Event Finished { get; }

    /// <summary>The timer's logical thread once started, else null.</summary>
    public LogicalThread? Thread => Volatile.Read(ref _thread) is { } thread && !ReferenceEquals(thread, s_starting) ? thread : null;

    /// <summary>Python's <c>start()</c>: starts the timer's thread.</summary>
    /// <param name="options">The thread's name and daemon flag.</param>
    /// <exception cref="SyncRuntimeError">The timer was already started ("threads can only be started once").</exception>
    public void Start(ThreadStartOptions? options = null)
    {
        // Claim the start before the thread exists, so that a second start fails even while racing.
        if (Interlocked.CompareExchange(ref _thread, s_starting, null) is not null)
        {
            throw new SyncRuntimeError("threads can only be started once");
        }

        Volatile.Write(ref _thread, _backend.StartThread(Run, options));
    }

    /// <summary>Python's <c>cancel()</c>: stops the timer if it has not fired yet.</summary>
    public void Cancel() => Finished.Set();

    /// <summary>Waits for the timer's thread to end.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True if the thread has ended.</returns>
    /// <exception cref="SyncRuntimeError">The timer was not started ("cannot join thread before it is started").</exception>
    public bool Join(TimeSpan timeout)
    {
        var thread = Volatile.Read(ref _thread);
        if (thread is null || ReferenceEquals(thread, s_starting))
        {
            throw new SyncRuntimeError("cannot join thread before it is started");
        }

        return thread.Join(timeout);
    }

    /// <summary>Waits for the timer's thread to end, however long it takes.</summary>
    public void Join() => Join(Timeout.InfiniteTimeSpan);

    private void Run()
    {
        Finished.Wait(_interval);
        if (!Finished.IsSet)
        {
            _function();
        }

        Finished.Set();
    }

    private static readonly LogicalThread s_starting = new StartingPlaceholder();

    // Marks a timer whose thread is being started.
    private sealed class StartingPlaceholder : LogicalThread
    {
        public override long Id => 0;

        public override string Name { get => "starting"; set => throw new InvalidOperationException(); }

        public override bool IsDaemon => false;

        public override bool IsAlive => false;

        public override Exception? Fault => null;

        public override bool Join(TimeSpan timeout) => false;
    }
}
