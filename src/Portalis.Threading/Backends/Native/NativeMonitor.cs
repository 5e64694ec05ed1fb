using Portalis.Threading.Tracing;

namespace Portalis.Threading.Backends.Native;

/// <summary>
/// A monitor on the CLR's <see cref="Monitor"/>. The uncontended path is the CLR's plus one field
/// store (the holder, for deadlock reports). A participant that must block with no timeout
/// registers the block with the deadlock watchdog and waits in slices, so that it can raise
/// <see cref="Errors.DeadlockError"/> when the watchdog asks it to.
/// </summary>
internal sealed class NativeMonitor : SyncMonitor
{
    private static int s_nextId;

    private readonly object _gate = new();
    private NativeThread? _holder;
    private long _pulses;

    public NativeMonitor(string owner)
    {
        Owner = owner;
        Id = Interlocked.Increment(ref s_nextId);
    }

    public string Owner { get; }

    public int Id { get; }

    /// <summary>The thread holding the monitor, as last recorded; racy, for reports only.</summary>
    public NativeThread? Holder => Volatile.Read(ref _holder);

    /// <summary>How many times the monitor was pulsed; racy, for the watchdog only.</summary>
    public long Pulses => Volatile.Read(ref _pulses);

    public override void Enter()
    {
        if (!Monitor.TryEnter(_gate))
        {
            EnterContended();
        }

        _holder = NativeThread.Current;
    }

    public override void Exit()
    {
        _holder = null;
        Monitor.Exit(_gate);
    }

    public override bool Wait(TimeSpan timeout)
    {
        if (ThreadingTrace.Listener is { } trace)
        {
            var start = ThreadingTrace.Now();
            try
            {
                return WaitCore(timeout);
            }
            finally
            {
                trace.Blocked(NativeThread.Current, TraceBlockKind.Wait, ToString(), start, ThreadingTrace.Now());
            }
        }

        return WaitCore(timeout);
    }

    private bool WaitCore(TimeSpan timeout)
    {
        var me = NativeThread.Current;
        _holder = null;
        if (timeout != Timeout.InfiniteTimeSpan || !me.IsParticipant)
        {
            try
            {
                return Monitor.Wait(_gate, timeout);
            }
            finally
            {
                _holder = me;
            }
        }

        me.BeginBlock(BlockKind.MonitorWait, this, target: null, _pulses);
        try
        {
            while (!Monitor.Wait(_gate, NativeDeadlockDetector.CheckInterval))
            {
                // When the slice's timeout races a pulse, Monitor.Wait can return false although
                // the pulse picked this thread. If any pulse came since the wait began, this
                // thread may have been the one woken: return (a wake-up the caller re-checks,
                // spurious at worst) rather than wait again and lose it. With no pulse, it was a
                // plain timeout.
                if (_pulses != me.PulseSnapshot)
                {
                    break;
                }

                me.ThrowIfDeadlocked();
            }

            // Woken after the watchdog found this thread deadlocked (another deadlocked thread
            // unwound first): it still fails, so that every thread of the deadlock reports it.
            me.ThrowIfDeadlocked();
            return true;
        }
        finally
        {
            _holder = me;
            me.EndBlock();
        }
    }

    public override void Pulse()
    {
        _pulses++;
        Monitor.Pulse(_gate);
    }

    public override void PulseAll()
    {
        _pulses++;
        Monitor.PulseAll(_gate);
    }

    public override string ToString() => $"{Owner}#{Id}";

    private void EnterContended()
    {
        if (ThreadingTrace.Listener is { } trace)
        {
            var start = ThreadingTrace.Now();
            try
            {
                EnterContendedCore();
            }
            finally
            {
                trace.Blocked(NativeThread.Current, TraceBlockKind.Enter, ToString(), start, ThreadingTrace.Now());
            }

            return;
        }

        EnterContendedCore();
    }

    private void EnterContendedCore()
    {
        var me = NativeThread.Current;
        if (!me.IsParticipant)
        {
            Monitor.Enter(_gate);
            return;
        }

        me.BeginBlock(BlockKind.MonitorEnter, this, target: null, pulses: 0);
        try
        {
            while (!Monitor.TryEnter(_gate, NativeDeadlockDetector.CheckInterval))
            {
                me.ThrowIfDeadlocked();
            }

            if (me.TakeDeadlockError() is { } error)
            {
                // Entered only because another deadlocked thread unwound: fail like the others.
                Monitor.Exit(_gate);
                throw error;
            }
        }
        finally
        {
            me.EndBlock();
        }
    }
}
