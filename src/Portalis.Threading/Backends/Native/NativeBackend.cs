using System.Diagnostics;

namespace Portalis.Threading.Backends.Native;

/// <summary>The native backend: logical threads are OS threads.</summary>
internal sealed class NativeBackend : IThreadingBackend
{
    private NativeBackend()
    {
    }

    public static NativeBackend Instance { get; } = new();

    public string Name => "native";

    public bool IsControlled => false;

    public LogicalThread CurrentThread => NativeThread.Current;

    public LogicalThread StartThread(Action body, ThreadStartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return NativeThread.Start(body, options ?? new ThreadStartOptions());
    }

    public SyncMonitor CreateMonitor(string owner) => new NativeMonitor(owner);

    public void SchedulingPoint()
    {
    }

    public void Yield() => Thread.Yield();

    public void Sleep(TimeSpan duration) => Thread.Sleep(duration);

    public long GetTimestamp() => (long)(Stopwatch.GetTimestamp() * s_ticksPerStopwatchTick);

    private static readonly double s_ticksPerStopwatchTick = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;
}
