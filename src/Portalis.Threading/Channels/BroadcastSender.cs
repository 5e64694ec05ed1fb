namespace Portalis.Threading.Channels;

/// <summary>
/// The sending handle of a broadcast channel (see <see cref="Channel.Broadcast{T}"/>). Thread-safe;
/// the channel closes when every sender handle is disposed, after which subscribers drain what they
/// have not read and then see it closed.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class BroadcastSender<T> : IDisposable
{
    private readonly BroadcastChannel<T> _channel;
    private int _disposed;

    internal BroadcastSender(BroadcastChannel<T> channel)
    {
        _channel = channel;
    }

    /// <summary>How many items the channel retains for a slow subscriber.</summary>
    public int Capacity => _channel.Capacity;

    /// <summary>The number of live subscribers: a snapshot that may change as soon as it is read.</summary>
    public int SubscriberCount => _channel.SubscriberCount;

    /// <summary>Sends <paramref name="item"/> to every current subscriber, waiting (only with <see cref="BroadcastOverflow.Block"/>) for the slowest.</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="SendError{T}">The channel is closed or has no subscriber; the error carries the item back.</exception>
    public void Send(T item)
    {
        ThrowIfDisposed();
        if (_channel.Send(item, Deadline.Infinite, blocking: true) != SendStatus.Sent)
        {
            throw new SendError<T>(item);
        }
    }

    /// <summary>Sends <paramref name="item"/>, waiting at most <paramref name="timeout"/> for room (only with <see cref="BroadcastOverflow.Block"/>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns><see cref="SendStatus.Sent"/>, <see cref="SendStatus.TimedOut"/>, or <see cref="SendStatus.Closed"/> (closed, or no subscriber).</returns>
    public SendStatus Send(T item, TimeSpan timeout)
    {
        ThrowIfDisposed();
        Deadline.Validate(timeout);
        return _channel.Send(item, Deadline.Start(_channel.Backend, timeout), blocking: true);
    }

    /// <summary>Sends <paramref name="item"/> if that needs no waiting.</summary>
    /// <param name="item">The item.</param>
    /// <returns><see cref="SendStatus.Sent"/>, <see cref="SendStatus.Full"/> (only with <see cref="BroadcastOverflow.Block"/>), or <see cref="SendStatus.Closed"/>.</returns>
    public SendStatus TrySend(T item)
    {
        ThrowIfDisposed();
        return _channel.Send(item, Deadline.Infinite, blocking: false);
    }

    /// <summary>Creates a subscriber that receives every item sent from now on.</summary>
    public BroadcastReceiver<T> Subscribe()
    {
        ThrowIfDisposed();
        return new BroadcastReceiver<T>(_channel);
    }

    /// <summary>Creates another sender handle; the channel stays open until every handle is disposed.</summary>
    public BroadcastSender<T> Clone()
    {
        ThrowIfDisposed();
        _channel.AddSender();
        return new BroadcastSender<T>(_channel);
    }

    /// <summary>Closes the channel for every handle: sends fail, subscribers drain and then see it closed. Idempotent.</summary>
    /// <returns>True if this call closed the channel.</returns>
    public bool Close()
    {
        ThrowIfDisposed();
        return _channel.Close();
    }

    /// <summary>Releases this handle; the last sender's release closes the channel. Idempotent.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _channel.RemoveSender();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);
}
