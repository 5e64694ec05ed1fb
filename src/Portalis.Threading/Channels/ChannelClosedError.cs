using Portalis.Threading.Errors;

namespace Portalis.Threading.Channels;

/// <summary>
/// Raised by a blocking receive on a channel that is closed and drained (every sender is gone, or
/// someone called <c>Close</c>). Sends on a closed channel raise the subclass <see cref="SendError{T}"/>,
/// which hands the item back.
/// </summary>
public class ChannelClosedError : ThreadError
{
    /// <summary>Creates an error with the default message.</summary>
    public ChannelClosedError()
        : base("receiving on a closed channel")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public ChannelClosedError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the exception that caused it.</summary>
    public ChannelClosedError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
