namespace Portalis.Threading.Tracing;

/// <summary>
/// Receives the timeline of a program's threads from the native backend: thread lifetimes and the
/// time threads spend blocked. Installed with <see cref="ThreadingTrace.Listener"/>; with no listener
/// the backend pays one static read on paths that block anyway, and nothing on uncontended paths.
/// </summary>
/// <remarks>
/// Calls come from the threads themselves, concurrently; implementations must be thread-safe and
/// must not block on Portalis primitives. Timestamps are <see cref="ThreadingTrace.Now"/> values.
/// </remarks>
public interface IThreadingTraceListener
{
    /// <summary>A logical thread began running its body (called on that thread).</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="timestamp">When it began.</param>
    void ThreadStarted(LogicalThread thread, long timestamp);

    /// <summary>A logical thread's body returned or threw (called on that thread).</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="timestamp">When it ended.</param>
    void ThreadEnded(LogicalThread thread, long timestamp);

    /// <summary>
    /// A thread was blocked from <paramref name="start"/> to <paramref name="end"/>: a contended
    /// monitor entry, a monitor wait (conditions, events, queues, futures), or a join.
    /// </summary>
    /// <param name="thread">The thread that was blocked.</param>
    /// <param name="kind">What kind of block.</param>
    /// <param name="subject">What it waited on, for example <c>Lock#3</c> or the joined thread's name.</param>
    /// <param name="start">When the block began.</param>
    /// <param name="end">When it ended.</param>
    void Blocked(LogicalThread thread, TraceBlockKind kind, string subject, long start, long end);

    /// <summary>
    /// A named span of work on a thread, reported by layers above the backend (a pool task, a queue
    /// operation).
    /// </summary>
    /// <param name="thread">The thread that did the work.</param>
    /// <param name="category">The kind of work, for example <c>pool</c> or <c>queue</c>.</param>
    /// <param name="name">What was done.</param>
    /// <param name="start">When it began.</param>
    /// <param name="end">When it ended.</param>
    void Span(LogicalThread thread, string category, string name, long start, long end);
}

/// <summary>What a thread was blocked on in <see cref="IThreadingTraceListener.Blocked"/>.</summary>
public enum TraceBlockKind
{
    /// <summary>Waiting to enter a monitor another thread held (a contended lock).</summary>
    Enter,

    /// <summary>Waiting on a monitor for a pulse or a timeout (a condition, an event, a lock's waiters, a queue).</summary>
    Wait,

    /// <summary>Waiting for another thread to end.</summary>
    Join,
}
