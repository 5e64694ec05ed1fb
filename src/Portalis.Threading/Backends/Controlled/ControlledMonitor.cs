namespace Portalis.Threading.Backends.Controlled;

/// <summary>
/// A monitor of a controlled run. Mutual exclusion and the wait set are plain fields: only the
/// thread holding the scheduler's baton touches them. Every operation is a scheduling point.
/// </summary>
internal sealed class ControlledMonitor : SyncMonitor
{
    private readonly ControlledScheduler _scheduler;

    public ControlledMonitor(ControlledScheduler scheduler, string owner, int id)
    {
        _scheduler = scheduler;
        Owner = owner;
        Id = id;
    }

    public string Owner { get; }

    public int Id { get; }

    /// <summary>The thread holding the monitor, or null.</summary>
    public ControlledThread? Holder { get; set; }

    /// <summary>Threads in <see cref="Wait"/> that have not been pulsed, in arrival order.</summary>
    public List<ControlledThread> Waiters { get; } = [];

    public override void Enter() => _scheduler.MonitorEnter(this);

    public override void Exit() => _scheduler.MonitorExit(this);

    public override bool Wait(TimeSpan timeout) => _scheduler.MonitorWait(this, timeout);

    public override void Pulse() => _scheduler.MonitorPulse(this, all: false);

    public override void PulseAll() => _scheduler.MonitorPulse(this, all: true);

    public override string ToString() => $"{Owner}#{Id}";
}
