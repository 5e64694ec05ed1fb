namespace Portalis.Threading;

/// <summary>How to start a logical thread.</summary>
public sealed record class ThreadStartOptions
{
    /// <summary>The thread's name; the backend picks one when null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// A daemon (background) thread does not keep the program alive: as in CPython, the program
    /// ends when every non-daemon thread has ended. Deadlock detection counts a daemon as a thread
    /// that may still make progress, but reports a deadlock only while a non-daemon thread is alive.
    /// </summary>
    public bool IsDaemon { get; init; }
}
