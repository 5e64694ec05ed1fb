namespace Portalis.Threading.Errors;

/// <summary>
/// Raised in the blocked threads when the runtime proves that every live thread waits on another:
/// the program would otherwise hang forever. <see cref="Report"/> says who waits on what.
/// </summary>
public class DeadlockError : ThreadError
{
    /// <summary>Creates an error carrying the report of the deadlock.</summary>
    public DeadlockError(DeadlockReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString())
    {
        Report = report;
    }

    /// <summary>Creates an error with a message and no report.</summary>
    public DeadlockError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the exception that caused it.</summary>
    public DeadlockError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with a default message.</summary>
    public DeadlockError()
        : base("deadlock: every live thread is blocked")
    {
    }

    /// <summary>The threads and what each waits on, or null when the error was made from a message.</summary>
    public DeadlockReport? Report { get; }
}
