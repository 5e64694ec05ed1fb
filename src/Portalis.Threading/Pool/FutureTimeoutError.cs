namespace Portalis.Threading.Pool;

/// <summary>
/// Raised when a wait on futures times out: <see cref="Future{T}.Result(TimeSpan?)"/>,
/// <see cref="Future.Exception(TimeSpan?)"/> and <see cref="Futures.AsCompleted(IEnumerable{Future}, TimeSpan?)"/>.
/// Python code sees the built-in <c>TimeoutError</c> (what <c>concurrent.futures.TimeoutError</c> is in 3.11).
/// </summary>
public class FutureTimeoutError : FutureError
{
    /// <summary>Creates the error with its default message.</summary>
    public FutureTimeoutError()
        : base("the wait timed out")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public FutureTimeoutError(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and the exception that caused it.</summary>
    public FutureTimeoutError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
