namespace Portalis.Threading.Pool;

/// <summary>
/// Raised when a future is completed twice, or marked running when it is not pending (CPython's
/// <c>concurrent.futures.InvalidStateError</c>; for <see cref="Future.SetRunningOrNotifyCancel"/>
/// CPython raises <c>RuntimeError('Future in unexpected state')</c>, which the Python layer maps from
/// this type by its message).
/// </summary>
public class InvalidStateError : FutureError
{
    /// <summary>Creates the error with a message.</summary>
    public InvalidStateError(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and the exception that caused it.</summary>
    public InvalidStateError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with a default message.</summary>
    public InvalidStateError()
        : base("the operation is not allowed in this state")
    {
    }
}
