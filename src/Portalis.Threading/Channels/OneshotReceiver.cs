namespace Portalis.Threading.Channels;

/// <summary>The receiving half of a oneshot channel (see <see cref="Channel.Oneshot{T}"/>): receives the value once.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class OneshotReceiver<T> : IDisposable
{
    private readonly OneshotChannel<T> _channel;
    private int _state; // 0 usable, 1 received, 2 disposed

    internal OneshotReceiver(OneshotChannel<T> channel)
    {
        _channel = channel;
    }

    /// <summary>
    /// Whether a receive would return at once (the value was sent, or the sender is gone). A snapshot:
    /// false may be stale as soon as it is read; true stays true until the value is received.
    /// </summary>
    public bool IsCompleted => _channel.IsCompleted;

    /// <summary>Waits for the value.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ChannelClosedError">The sender was disposed without sending.</exception>
    /// <exception cref="InvalidOperationException">The value was already received, or this receiver is disposed.</exception>
    public T Receive()
    {
        if (Receive(out var value, Timeout.InfiniteTimeSpan) != ReceiveStatus.Received)
        {
            throw new ChannelClosedError();
        }

        return value;
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the value.</summary>
    /// <param name="value">The value, or default.</param>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> polls.</param>
    /// <returns><see cref="ReceiveStatus.Received"/>, <see cref="ReceiveStatus.TimedOut"/> or <see cref="ReceiveStatus.Closed"/>.</returns>
    /// <exception cref="InvalidOperationException">The value was already received, or this receiver is disposed.</exception>
    public ReceiveStatus Receive(out T value, TimeSpan timeout)
    {
        Deadline.Validate(timeout);
        ThrowIfUnusable();
        var status = _channel.Receive(out value, Deadline.Start(_channel.Backend, timeout));
        if (status == ReceiveStatus.Received)
        {
            Interlocked.CompareExchange(ref _state, 1, 0);
        }

        return status;
    }

    /// <summary>Takes the value if it has been sent.</summary>
    /// <param name="value">The value, or default.</param>
    /// <returns>True if the value was taken.</returns>
    /// <exception cref="InvalidOperationException">The value was already received, or this receiver is disposed.</exception>
    public bool TryReceive(out T value) => Receive(out value, TimeSpan.Zero) == ReceiveStatus.Received;

    /// <summary>Releases the receiver; a later send reports <see cref="SendStatus.Closed"/>. Idempotent.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _state, 2) != 2)
        {
            _channel.DisconnectReceiver();
        }
    }

    private void ThrowIfUnusable()
    {
        switch (Volatile.Read(ref _state))
        {
            case 1:
                throw new InvalidOperationException("A oneshot receiver receives exactly once.");
            case 2:
                throw new ObjectDisposedException(GetType().Name);
        }
    }
}
