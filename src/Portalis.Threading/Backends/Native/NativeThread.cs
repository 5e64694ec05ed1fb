using Portalis.Threading.Tracing;

namespace Portalis.Threading.Backends.Native;

/// <summary>
/// A logical thread of the native backend: a body running on a recycled OS worker
/// (<see cref="OsThreadPool"/>), or an OS thread the runtime did not start, adopted on first use
/// (like CPython's <c>_DummyThread</c>, it is a daemon and cannot be joined through the backend).
/// </summary>
internal sealed partial class NativeThread : LogicalThread
{
    private static readonly Action<object?> s_run = static state => ((NativeThread)state!).Run();
    private static readonly Action<object?> s_end = static state => ((NativeThread)state!).End();
    private static long s_nextId;

    [ThreadStatic]
    private static NativeThread? s_current;

    private readonly ManualResetEventSlim? _ended;
    private readonly Thread? _adopted;
    private Action? _body;
    private string? _name;
    private volatile bool _alive;
    private Exception? _fault;

    private NativeThread(string? name, bool isDaemon, Action? body, Thread? adopted)
    {
        Id = Interlocked.Increment(ref s_nextId);
        _name = name;
        IsDaemon = isDaemon;
        _body = body;
        _adopted = adopted;
        _alive = true;
        _ended = body is null ? null : new ManualResetEventSlim(false);
    }

    /// <summary>The calling OS thread as a logical thread; threads not started here are adopted on first use.</summary>
    public static NativeThread Current => s_current ??= Adopt();

    public override long Id { get; }

    public override string Name
    {
        // The default name is made on first use: most threads are never asked for it.
        get => _name ??= $"Thread-{Id}";
        set => _name = value ?? throw new ArgumentNullException(nameof(value));
    }

    public override bool IsDaemon { get; }

    public override bool IsAlive => _adopted?.IsAlive ?? _alive;

    public override Exception? Fault => Volatile.Read(ref _fault);

    public static NativeThread Start(Action body, ThreadStartOptions options)
    {
        var thread = new NativeThread(options.Name, options.IsDaemon, body, adopted: null);
        NativeDeadlockDetector.OnStarted(thread);
        OsThreadPool.Run(s_run, s_end, thread);
        return thread;
    }

    public override bool Join(TimeSpan timeout)
    {
        if (!_alive)
        {
            return true;
        }

        var me = Current;
        if (me == this)
        {
            throw new InvalidOperationException($"thread '{Name}' cannot join itself");
        }

        if (_ended is null)
        {
            return _adopted!.Join(timeout);
        }

        if (ThreadingTrace.Listener is { } trace)
        {
            var start = ThreadingTrace.Now();
            try
            {
                return JoinCore(me, timeout);
            }
            finally
            {
                trace.Blocked(me, TraceBlockKind.Join, Name, start, ThreadingTrace.Now());
            }
        }

        return JoinCore(me, timeout);
    }

    private bool JoinCore(NativeThread me, TimeSpan timeout)
    {
        if (timeout != Timeout.InfiniteTimeSpan || !me.IsParticipant)
        {
            return _ended!.Wait(timeout);
        }

        // An infinite join is a block the deadlock watchdog may have to break.
        me.BeginBlock(BlockKind.Join, monitor: null, target: this, pulses: 0);
        try
        {
            while (!_ended!.Wait(NativeDeadlockDetector.CheckInterval))
            {
                me.ThrowIfDeadlocked();
            }

            me.ThrowIfDeadlocked();
            return true;
        }
        finally
        {
            me.EndBlock();
        }
    }

    private static NativeThread Adopt()
    {
        var thread = Thread.CurrentThread;
        return new NativeThread(thread.Name ?? $"Dummy-{thread.ManagedThreadId}", isDaemon: true, body: null, adopted: thread);
    }

    private void Run()
    {
        s_current = this;
        var body = _body!;
        _body = null;
        var trace = ThreadingTrace.Listener;
        trace?.ThreadStarted(this, ThreadingTrace.Now());
        try
        {
            body();
        }
#pragma warning disable CA1031 // A thread's exception is captured for whoever joins it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _fault, ex);
        }
        finally
        {
            trace?.ThreadEnded(this, ThreadingTrace.Now());
            s_current = null;
        }
    }

    /// <summary>Runs once the worker is idle again, so that a joiner's next start can reuse it.</summary>
    private void End()
    {
        _alive = false;
        NativeDeadlockDetector.OnEnded(this);
        _ended!.Set();
    }
}
