namespace Portalis.Threading.Backends.Controlled;

/// <summary>What a controlled thread is blocked on; <see cref="None"/> means it can run.</summary>
internal enum BlockKind
{
    None,
    MonitorEnter,
    MonitorWait,
    Join,
    Sleep,
}

/// <summary>
/// A logical thread of one controlled run. It runs on a pooled OS thread but only while it holds
/// the baton; every field below is read and written only by the thread that holds the baton.
/// </summary>
internal sealed class ControlledThread : LogicalThread
{
    [ThreadStatic]
    private static ControlledThread? s_current;

    private readonly ControlledScheduler _scheduler;
    private string _name;

    public ControlledThread(ControlledScheduler scheduler, long id, string name, bool isDaemon, Action body)
    {
        _scheduler = scheduler;
        Id = id;
        _name = name;
        IsDaemon = isDaemon;
        Body = body;
    }

    /// <summary>The controlled thread running on the calling OS thread, if any.</summary>
    public static ControlledThread? Current
    {
        get => s_current;
        set => s_current = value;
    }

    public override long Id { get; }

    public override string Name
    {
        get => _name;
        set => _name = value ?? throw new ArgumentNullException(nameof(value));
    }

    public override bool IsDaemon { get; }

    public override bool IsAlive => !Finished;

    public override Exception? Fault => FaultException;

    public ControlledScheduler Scheduler => _scheduler;

    public Action Body { get; }

    /// <summary>Released to let this thread run; it waits on it whenever another thread runs.</summary>
    public SemaphoreSlim Baton { get; } = new(0, 1);

    public bool Started { get; set; }

    public bool Finished { get; set; }

    public Exception? FaultException { get; set; }

    public BlockKind Block { get; set; }

    public ControlledMonitor? BlockMonitor { get; set; }

    public ControlledThread? JoinTarget { get; set; }

    /// <summary>The virtual time at which a timed block ends; <see cref="long.MaxValue"/> for never.</summary>
    public long Deadline { get; set; } = long.MaxValue;

    /// <summary>Set by Pulse/PulseAll on a thread in <see cref="BlockKind.MonitorWait"/>.</summary>
    public bool Notified { get; set; }

    /// <summary>Set when the scheduler chose to wake this waiter spuriously.</summary>
    public bool SpuriousWake { get; set; }

    /// <summary>Set when the thread ends: the thread to run next, or null when the run is over.</summary>
    public ControlledThread? Successor { get; set; }

    /// <summary>In a deadlocked run: what <see cref="Errors.DeadlockReport.ThreadAnnotator"/> said about this thread, on this thread.</summary>
    public string? DeadlockAnnotation { get; set; }

    /// <summary>In a deadlocked run: whether the thread has annotated itself.</summary>
    public bool DeadlockAnnotated { get; set; }

    /// <summary>The PCT priority.</summary>
    public long Priority { get; set; }

    /// <summary>Scheduling points in a row at which this thread went on running (the switch interval's count).</summary>
    public int RunLength { get; set; }

    /// <summary>Loop back-edges since this thread's last back-edge scheduling point.</summary>
    public int BackEdges { get; set; }

    public override bool Join(TimeSpan timeout) => _scheduler.Join(this, timeout);

    public override string ToString() => $"'{Name}' (id {Id})";
}
