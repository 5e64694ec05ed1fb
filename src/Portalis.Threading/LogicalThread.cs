namespace Portalis.Threading;

/// <summary>
/// A thread as the runtime sees it: an OS thread on the native backend, a scheduled task under the
/// Controlled backend, a green thread in the browser. Code outside a backend must not assume which.
/// </summary>
public abstract class LogicalThread
{
    /// <summary>
    /// An identifier never reused (Python's <c>Thread.ident</c>): process-unique on the native
    /// backend; under the Controlled backend unique within a run and deterministic (the main
    /// thread is 1, then creation order), so that a replayed schedule sees the same ids.
    /// </summary>
    public abstract long Id { get; }

    /// <summary>The thread's name.</summary>
    public abstract string Name { get; set; }

    /// <summary>Whether the thread is a daemon.</summary>
    public abstract bool IsDaemon { get; }

    /// <summary>True from start until the body has returned or thrown.</summary>
    public abstract bool IsAlive { get; }

    /// <summary>
    /// The exception the body ended with, or null. Join does not throw it: Python reports it through
    /// <c>threading.excepthook</c>, and Rust-style handles rethrow it wrapped (see the error hierarchy).
    /// </summary>
    public abstract Exception? Fault { get; }

    /// <summary>Waits for the thread to end.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True if the thread has ended.</returns>
    public abstract bool Join(TimeSpan timeout);

    /// <summary>Waits for the thread to end, however long it takes.</summary>
    public void Join() => Join(Timeout.InfiniteTimeSpan);
}
