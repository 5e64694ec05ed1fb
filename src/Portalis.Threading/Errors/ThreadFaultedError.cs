using System.Runtime.ExceptionServices;

namespace Portalis.Threading.Errors;

/// <summary>
/// An exception that ended a thread or a task, carried to the thread that waits for its result.
/// <see cref="Exception.InnerException"/> is the original exception, its stack trace intact:
/// the original was captured with <see cref="ExceptionDispatchInfo"/> at the point where it
/// escaped, so <see cref="ThrowOriginal"/> re-raises it with the worker's frames followed by the
/// waiter's (as Rust's <c>JoinHandle::join</c> and Python's <c>Future.result()</c> surface it).
/// </summary>
public class ThreadFaultedError : ThreadError
{
    private readonly ExceptionDispatchInfo? _dispatchInfo;

    private ThreadFaultedError(string threadName, Exception fault, bool wrap)
        : base(FormatMessage(threadName, fault), fault)
    {
        ThreadName = threadName;
        _dispatchInfo = wrap ? ExceptionDispatchInfo.Capture(fault) : null;
    }

    /// <summary>Creates an error with a message.</summary>
    public ThreadFaultedError(string message)
        : base(message)
    {
        ThreadName = string.Empty;
    }

    /// <summary>Creates an error with a message and the exception that caused it.</summary>
    public ThreadFaultedError(string message, Exception? innerException)
        : base(message, innerException)
    {
        ThreadName = string.Empty;
        _dispatchInfo = innerException is null ? null : ExceptionDispatchInfo.Capture(innerException);
    }

    /// <summary>Creates an error with a default message.</summary>
    public ThreadFaultedError()
        : base("a thread ended with an exception")
    {
        ThreadName = string.Empty;
    }

    /// <summary>Wraps the exception that ended the thread or task named <paramref name="threadName"/>.</summary>
    /// <param name="threadName">The thread or task that failed, for the message.</param>
    /// <param name="fault">The exception it ended with; its stack trace is kept.</param>
    public static ThreadFaultedError Wrap(string threadName, Exception fault) => new(threadName, fault, wrap: true);

    /// <summary>The name of the thread or task that failed; empty when unknown.</summary>
    public string ThreadName { get; }

    /// <summary>
    /// Throws the original exception again, keeping the stack trace it had when it escaped the
    /// thread. Throws this error itself when there is no inner exception.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void ThrowOriginal()
    {
        _dispatchInfo?.Throw();
        throw this;
    }

    private static string FormatMessage(string threadName, Exception fault)
    {
        ArgumentNullException.ThrowIfNull(threadName);
        ArgumentNullException.ThrowIfNull(fault);
        return $"thread '{threadName}' ended with {fault.GetType().Name}: {fault.Message}";
    }
}
