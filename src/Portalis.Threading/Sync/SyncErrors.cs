using Portalis.Threading.Errors;

namespace Portalis.Threading.Sync;

/// <summary>
/// Misuse of a primitive that CPython reports as <c>RuntimeError</c> (for example starting a
/// <see cref="Timer"/> twice). The Python layer maps this type and its subclasses to <c>RuntimeError</c>,
/// except <see cref="BrokenBarrierError"/>, which it maps to <c>threading.BrokenBarrierError</c>.
/// </summary>
public class SyncRuntimeError : ThreadError
{
    /// <summary>Creates an error with CPython's message.</summary>
    public SyncRuntimeError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and a cause.</summary>
    public SyncRuntimeError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with a default message.</summary>
    public SyncRuntimeError()
        : base("a synchronisation primitive was misused")
    {
    }
}

/// <summary>
/// Releasing, waiting on or notifying through a lock the caller does not hold: CPython's
/// <c>RuntimeError("release unlocked lock")</c>, <c>"cannot release un-acquired lock"</c>,
/// <c>"cannot wait on un-acquired lock"</c> and <c>"cannot notify on un-acquired lock"</c>.
/// </summary>
public sealed class LockNotHeldError : SyncRuntimeError
{
    internal const string ReleaseUnlocked = "release unlocked lock";
    internal const string ReleaseUnacquired = "cannot release un-acquired lock";
    internal const string WaitUnacquired = "cannot wait on un-acquired lock";
    internal const string NotifyUnacquired = "cannot notify on un-acquired lock";

    /// <summary>Creates an error with CPython's message.</summary>
    public LockNotHeldError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and a cause.</summary>
    public LockNotHeldError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error <see cref="Lock.Release"/> raises.</summary>
    public LockNotHeldError()
        : base(ReleaseUnlocked)
    {
    }
}

/// <summary>
/// CPython's <c>threading.BrokenBarrierError</c> (a <c>RuntimeError</c>): the barrier was aborted,
/// reset while threads waited, timed out, or its action raised. Like CPython's, it has an empty message.
/// </summary>
public sealed class BrokenBarrierError : SyncRuntimeError
{
    /// <summary>Creates the error with CPython's empty message.</summary>
    public BrokenBarrierError()
        : base(string.Empty)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public BrokenBarrierError(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and a cause.</summary>
    public BrokenBarrierError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// A bad argument that CPython reports as <c>ValueError</c>, with CPython's message (for example
/// <c>"semaphore initial value must be >= 0"</c>). The Python layer maps it to <c>ValueError</c>.
/// </summary>
public sealed class SyncValueError : ThreadError
{
    /// <summary>Creates an error with CPython's message.</summary>
    public SyncValueError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and a cause.</summary>
    public SyncValueError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with a default message.</summary>
    public SyncValueError()
        : base("invalid argument")
    {
    }
}
