namespace Portalis.Threading.Channels;

/// <summary>
/// The sending half of a oneshot channel (see <see cref="Channel.Oneshot{T}"/>): sends exactly one
/// value. Disposing it without sending closes the channel, so the receiver sees
/// <see cref="ReceiveStatus.Closed"/> (a worker that died before producing its result).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class OneshotSender<T> : IDisposable
{
    private readonly OneshotChannel<T> _channel;
    private int _used;

    internal OneshotSender(OneshotChannel<T> channel)
    {
        _channel = channel;
    }

    /// <summary>Sends the value; never blocks.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="SendError{T}">The receiver is gone; the error carries the value back.</exception>
    /// <exception cref="InvalidOperationException">This sender was already used or disposed.</exception>
    public void Send(T value)
    {
        if (TrySend(value) != SendStatus.Sent)
        {
            throw new SendError<T>(value);
        }
    }

    /// <summary>Sends the value; never blocks.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see cref="SendStatus.Sent"/>, or <see cref="SendStatus.Closed"/> when the receiver is gone.</returns>
    /// <exception cref="InvalidOperationException">This sender was already used or disposed.</exception>
    public SendStatus TrySend(T value)
    {
        if (Interlocked.Exchange(ref _used, 1) != 0)
        {
            throw new InvalidOperationException("A oneshot sender sends exactly once.");
        }

        return _channel.Send(value);
    }

    /// <summary>Releases the sender; if it never sent, the receiver sees the channel closed. Idempotent.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _used, 1) == 0)
        {
            _channel.DisconnectSender();
        }
    }
}
