namespace Portalis.Threading.Channels;

/// <summary>The outcome of a timed receive (Rust's <c>RecvTimeoutError</c>, tokio's broadcast <c>Lagged</c>).</summary>
public enum ReceiveStatus
{
    /// <summary>An item was received.</summary>
    Received,

    /// <summary>Nothing arrived before the timeout (with <see cref="TimeSpan.Zero"/>: the channel was empty).</summary>
    TimedOut,

    /// <summary>The channel is closed and drained: nothing will ever arrive.</summary>
    Closed,

    /// <summary>Broadcast only: the subscriber fell behind and missed items; the next receive returns the oldest retained one.</summary>
    Lagged,
}
