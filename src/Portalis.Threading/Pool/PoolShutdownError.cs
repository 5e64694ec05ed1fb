using Portalis.Threading.Errors;

namespace Portalis.Threading.Pool;

/// <summary>
/// Raised by <see cref="WorkerPool.Submit{T}(Func{T})"/> after <see cref="WorkerPool.Shutdown"/>
/// (CPython raises <c>RuntimeError('cannot schedule new futures after shutdown')</c>, the default message).
/// </summary>
public class PoolShutdownError : ThreadError
{
    /// <summary>The message CPython's <c>ThreadPoolExecutor.submit</c> raises with.</summary>
    public const string DefaultMessage = "cannot schedule new futures after shutdown";

    /// <summary>Creates the error with CPython's message.</summary>
    public PoolShutdownError()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public PoolShutdownError(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and the exception that caused it.</summary>
    public PoolShutdownError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
