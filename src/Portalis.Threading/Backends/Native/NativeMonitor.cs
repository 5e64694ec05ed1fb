namespace Portalis.Threading.Backends.Native;

/// <summary>A monitor on the CLR's <see cref="Monitor"/>.</summary>
internal sealed class NativeMonitor : SyncMonitor
{
    private readonly object _gate = new();

    public NativeMonitor(string owner)
    {
        Owner = owner;
    }

    public string Owner { get; }

    public override void Enter() => Monitor.Enter(_gate);

    public override void Exit() => Monitor.Exit(_gate);

    public override bool Wait(TimeSpan timeout) => Monitor.Wait(_gate, timeout);

    public override void Pulse() => Monitor.Pulse(_gate);

    public override void PulseAll() => Monitor.PulseAll(_gate);
}
