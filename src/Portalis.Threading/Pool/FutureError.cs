using Portalis.Threading.Errors;

namespace Portalis.Threading.Pool;

/// <summary>
/// The base of the errors futures raise themselves (CPython's <c>concurrent.futures.Error</c>):
/// <see cref="CancelledError"/>, <see cref="InvalidStateError"/> and <see cref="FutureTimeoutError"/>.
/// </summary>
public class FutureError : ThreadError
{
    /// <summary>Creates an error with a message.</summary>
    public FutureError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the exception that caused it.</summary>
    public FutureError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with a default message.</summary>
    public FutureError()
        : base("a future error occurred")
    {
    }
}
