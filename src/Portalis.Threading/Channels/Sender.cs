namespace Portalis.Threading.Channels;

/// <summary>
/// The sending handle of an unbounded, bounded or rendezvous channel (see <see cref="Channel"/>).
/// Thread-safe: one handle may be used by many threads, or each thread may take a <see cref="Clone"/>.
/// </summary>
/// <remarks>
/// The channel disconnects when every sender handle is disposed: receivers drain what is buffered and
/// then see it closed (Rust's <c>Sender</c> drop). A handle that is never disposed keeps the channel
/// open. Using a disposed handle throws <see cref="ObjectDisposedException"/>.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Sender<T> : IDisposable
{
    private readonly ChannelCore<T> _core;
    private int _disposed;

    internal Sender(ChannelCore<T> core)
    {
        _core = core;
    }

    /// <summary>The channel's capacity: null when unbounded, 0 for a rendezvous channel.</summary>
    public int? Capacity => _core.Capacity;

    /// <summary>
    /// An approximate number of buffered items: a snapshot that other threads may change before it is
    /// used (Python's <c>Queue.qsize()</c> makes the same caveat). Always 0 for a rendezvous channel.
    /// </summary>
    public int Count => _core.Count;

    /// <summary>Whether the channel is closed. Once true it stays true; false may be stale at once.</summary>
    public bool IsClosed => _core.IsClosed;

    /// <summary>Sends <paramref name="item"/>, waiting while a bounded channel is full or until a rendezvous receiver takes it.</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="SendError{T}">The channel is closed; the error carries the item back.</exception>
    public void Send(T item)
    {
        ThrowIfDisposed();
        if (_core.Send(item, Deadline.Infinite) != SendStatus.Sent)
        {
            throw new SendError<T>(item);
        }
    }

    /// <summary>Sends <paramref name="item"/>, waiting for room at most <paramref name="timeout"/>.</summary>
    /// <param name="item">The item.</param>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns><see cref="SendStatus.Sent"/>, <see cref="SendStatus.TimedOut"/> or <see cref="SendStatus.Closed"/>.</returns>
    public SendStatus Send(T item, TimeSpan timeout)
    {
        ThrowIfDisposed();
        Deadline.Validate(timeout);
        return _core.Send(item, Deadline.Start(_core.Backend, timeout));
    }

    /// <summary>Sends <paramref name="item"/> if that needs no waiting.</summary>
    /// <param name="item">The item.</param>
    /// <returns><see cref="SendStatus.Sent"/>, <see cref="SendStatus.Full"/> or <see cref="SendStatus.Closed"/>.</returns>
    public SendStatus TrySend(T item)
    {
        ThrowIfDisposed();
        return _core.TrySend(item);
    }

    /// <summary>Creates another sender handle on the same channel; the channel stays connected until every handle is disposed.</summary>
    public Sender<T> Clone()
    {
        ThrowIfDisposed();
        _core.AddSender();
        return new Sender<T>(_core);
    }

    /// <summary>
    /// Closes the channel for every handle: sends fail from now on, receivers drain what is buffered
    /// and then see it closed. Idempotent.
    /// </summary>
    /// <returns>True if this call closed the channel.</returns>
    public bool Close()
    {
        ThrowIfDisposed();
        return _core.Close();
    }

    /// <summary>Releases this handle; the last sender's release disconnects the channel. Idempotent.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _core.RemoveSender();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);
}
