namespace Portalis.Threading;

/// <summary>
/// The seam between the runtime and a platform. Every primitive in this library blocks, wakes,
/// starts threads and reads the clock only through a backend, so the same primitive code runs on
/// OS threads (<see cref="ThreadingBackend.Native"/>), on a deterministic scheduler that explores
/// interleavings (the Controlled backend, driven by <see cref="Exploration.Explorer"/>), and in the browser.
/// </summary>
/// <remarks>
/// Primitives capture <see cref="ThreadingBackend.Current"/> when they are created and use that
/// backend for their whole life. A backend may assume that its primitives are only used by the
/// logical threads it started (and, for the native backend, by any OS thread).
/// </remarks>
public interface IThreadingBackend
{
    /// <summary>A short name for diagnostics: <c>native</c>, <c>controlled</c>, <c>browser</c>.</summary>
    string Name { get; }

    /// <summary>
    /// True when one logical thread runs at a time under a scheduler that decides every switch.
    /// Primitives may use it to skip lock-free fast paths, so that each operation is a scheduling point.
    /// </summary>
    bool IsControlled { get; }

    /// <summary>The logical thread that is calling.</summary>
    LogicalThread CurrentThread { get; }

    /// <summary>
    /// Starts <paramref name="body"/> on a new logical thread. The new thread's
    /// <see cref="ThreadingBackend.Current"/> is this backend.
    /// </summary>
    /// <param name="body">The code to run. An exception it throws is captured in <see cref="LogicalThread.Fault"/>.</param>
    /// <param name="options">Name and daemon flag; defaults when null.</param>
    LogicalThread StartThread(Action body, ThreadStartOptions? options = null);

    /// <summary>Creates a monitor (a mutex with one wait set) on which primitives build their slow paths.</summary>
    /// <param name="owner">What the monitor protects, for deadlock reports (for example <c>Lock</c>).</param>
    SyncMonitor CreateMonitor(string owner);

    /// <summary>
    /// Marks a point where another thread may be scheduled: before each operation on shared state
    /// that a lock-free fast path performs. Free on the native backend.
    /// </summary>
    void SchedulingPoint();

    /// <summary>Gives up the rest of the time slice (Python's <c>time.sleep(0)</c>).</summary>
    void Yield();

    /// <summary>Suspends the calling logical thread for at least <paramref name="duration"/>.</summary>
    void Sleep(TimeSpan duration);

    /// <summary>A monotonic clock in <see cref="TimeSpan"/> ticks; virtual time under the Controlled backend.</summary>
    long GetTimestamp();
}
