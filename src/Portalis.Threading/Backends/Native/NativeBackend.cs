using System.Diagnostics;

namespace Portalis.Threading.Backends.Native;

/// <summary>
/// The native backend: logical threads run on recycled OS threads (<see cref="OsThreadPool"/>),
/// monitors are the CLR's, and the clock is <see cref="Stopwatch"/>. Deadlocks among participant
/// threads are detected by a watchdog (<see cref="DeadlockDetection"/>).
/// </summary>
/// <remarks>
/// Like CPython 3.11's threads, a logical thread starts with an empty execution context: the
/// starter's <see cref="AsyncLocal{T}"/> values do not flow into it (CPython gives a new thread an
/// empty <c>contextvars</c> context), and the body's do not leak into the next body on the worker.
/// </remarks>
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
