namespace Portalis.Threading;

/// <summary>How to start a logical thread.</summary>
public sealed record class ThreadStartOptions
{
    /// <summary>The thread's name; the backend picks one when null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// A daemon (background) thread does not keep the process alive and is not counted as a live
    /// thread by deadlock detection once the main thread has ended.
    /// </summary>
    public bool IsDaemon { get; init; }
}
