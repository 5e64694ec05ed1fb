using Portalis.Threading.Errors;

namespace Portalis.Threading.Pool;

/// <summary>
/// The pool is not usable any more because a worker's initializer failed (CPython's
/// <c>concurrent.futures.thread.BrokenThreadPool</c>). Raised by later submits, and set as the
/// exception of every future that was still queued when the initializer failed.
/// </summary>
public class BrokenPoolError : ThreadError
{
    /// <summary>The message of CPython's <c>ThreadPoolExecutor._initializer_failed</c>.</summary>
    public const string InitializerFailedMessage = "A thread initializer failed, the thread pool is not usable anymore";

    /// <summary>Creates the error with CPython's message.</summary>
    public BrokenPoolError()
        : base(InitializerFailedMessage)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public BrokenPoolError(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and the exception that caused it.</summary>
    public BrokenPoolError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
