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
                // The slice timed out and the monitor is held again: every pulse so far has been
                // delivered, so the wait from here on starts from the current count.
                me.ThrowIfDeadlocked();
                me.PulseSnapshot = _pulses;
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
