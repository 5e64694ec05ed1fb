namespace Portalis.Threading.Errors;

/// <summary>
/// The base of every error the runtime raises itself: deadlocks, closed channels, broken barriers,
/// faulted workers, misuse of a primitive. Exceptions thrown by user code are not wrapped in it
/// unless they cross a thread; then <see cref="ThreadError.InnerException"/> is the original.
/// </summary>
public class ThreadError : Exception
{
    /// <summary>Creates an error with a message.</summary>
    public ThreadError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the exception that caused it.</summary>
    public ThreadError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with a default message.</summary>
    public ThreadError()
        : base("a threading error occurred")
    {
    }
}
