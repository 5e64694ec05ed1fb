using Portalis.Threading.Errors;

namespace Portalis.Threading.Channels;

/// <summary>
/// Raised by a throwing receive on a broadcast subscriber that fell so far behind that the oldest items
/// it had not read were overwritten (tokio's <c>RecvError::Lagged</c>). The subscriber has moved on to
/// the oldest retained item, so the next receive succeeds.
/// </summary>
public sealed class ChannelLaggedError : ThreadError
{
    /// <summary>Creates the error for <paramref name="skipped"/> lost items.</summary>
    /// <param name="skipped">How many items the subscriber missed.</param>
    public ChannelLaggedError(long skipped)
        : base($"broadcast receiver lagged behind and missed {skipped} item(s)")
    {
        Skipped = skipped;
    }

    /// <summary>Creates an error with a message and no count.</summary>
    public ChannelLaggedError()
        : base("broadcast receiver lagged behind")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public ChannelLaggedError(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the exception that caused it.</summary>
    public ChannelLaggedError(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How many items the subscriber missed.</summary>
    public long Skipped { get; }
}
