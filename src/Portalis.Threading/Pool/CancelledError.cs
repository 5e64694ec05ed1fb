namespace Portalis.Threading.Pool;

/// <summary>
/// Raised by <see cref="Future{T}.Result(TimeSpan?)"/>, <see cref="Future.Exception(TimeSpan?)"/> and
/// their relatives when the future was cancelled (CPython's <c>concurrent.futures.CancelledError</c>).
/// </summary>
public class CancelledError : FutureError
{
    /// <summary>Creates the error with its default message.</summary>
    public CancelledError()
        : base("the future was cancelled")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public CancelledError(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and the exception that caused it.</summary>
    public CancelledError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
