namespace Portalis.Threading.Channels;

/// <summary>
/// Raised by a blocking send on a closed channel (Rust's <c>SendError&lt;T&gt;</c>): the item was not
/// delivered and is handed back in <see cref="Value"/>.
/// </summary>
/// <typeparam name="T">The channel's item type.</typeparam>
#pragma warning disable CA1032 // An error without its undelivered value would be meaningless.
public sealed class SendError<T> : ChannelClosedError
#pragma warning restore CA1032
{
    /// <summary>Creates the error for <paramref name="value"/>.</summary>
    /// <param name="value">The item that was not sent.</param>
    public SendError(T value)
        : base("sending on a closed channel")
    {
        Value = value;
    }

    /// <summary>The item that was not sent.</summary>
    public T Value { get; }
}
