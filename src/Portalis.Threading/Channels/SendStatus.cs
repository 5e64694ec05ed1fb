namespace Portalis.Threading.Channels;

/// <summary>The outcome of a send that does not throw (Rust's <c>TrySendError</c> / <c>SendTimeoutError</c>).</summary>
public enum SendStatus
{
    /// <summary>The item was accepted (for a rendezvous channel: a receiver took it).</summary>
    Sent,

    /// <summary>A non-blocking send found no room (a bounded channel at capacity, or no receiver waiting on a rendezvous channel).</summary>
    Full,

    /// <summary>A timed send found no room before the timeout elapsed.</summary>
    TimedOut,

    /// <summary>The channel is closed or every receiver is gone; the caller still owns the item.</summary>
    Closed,
}
