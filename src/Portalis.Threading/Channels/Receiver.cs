using System.Collections;

namespace Portalis.Threading.Channels;

/// <summary>
/// The receiving handle of an unbounded, bounded or rendezvous channel (see <see cref="Channel"/>).
/// Channels are MPMC: several threads may receive from one handle or from clones; each item goes to
/// exactly one receiver. Enumerating a receiver takes items until the channel is closed and drained.
/// </summary>
/// <remarks>
/// When every receiver handle is disposed, the channel is closed and its buffered items dropped, so
/// that senders see <see cref="SendStatus.Closed"/> instead of filling a channel nobody reads.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Receiver<T> : IEnumerable<T>, IDisposable
{
    private readonly ChannelCore<T> _core;
    private int _disposed;

    internal Receiver(ChannelCore<T> core)
    {
        _core = core;
    }

    /// <summary>The channel's capacity: null when unbounded, 0 for a rendezvous channel.</summary>
    public int? Capacity => _core.Capacity;

    /// <summary>An approximate number of buffered items: a snapshot that other threads may change before it is used.</summary>
    public int Count => _core.Count;

    /// <summary>Whether the channel is closed (it may still hold items to drain). Once true it stays true.</summary>
    public bool IsClosed => _core.IsClosed;

    /// <summary>Takes the next item, waiting for one.</summary>
    /// <returns>The item.</returns>
    /// <exception cref="ChannelClosedError">The channel is closed and drained.</exception>
    public T Receive()
    {
        ThrowIfDisposed();
        if (_core.Receive(out var item, Deadline.Infinite) != ReceiveStatus.Received)
        {
            throw new ChannelClosedError();
        }

        return item;
    }

    /// <summary>Takes the next item, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="item">The item, or default when none was received.</param>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> polls, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns><see cref="ReceiveStatus.Received"/>, <see cref="ReceiveStatus.TimedOut"/> or <see cref="ReceiveStatus.Closed"/>.</returns>
    public ReceiveStatus Receive(out T item, TimeSpan timeout)
    {
        ThrowIfDisposed();
        Deadline.Validate(timeout);
        if (timeout == TimeSpan.Zero)
        {
            return _core.TryReceive(out item, out var closed) ? ReceiveStatus.Received
                : closed ? ReceiveStatus.Closed : ReceiveStatus.TimedOut;
        }

        return _core.Receive(out item, Deadline.Start(_core.Backend, timeout));
    }

    /// <summary>Takes the next item if one is ready (on a rendezvous channel: if a sender is waiting).</summary>
    /// <param name="item">The item, or default.</param>
    /// <returns>True if an item was taken; false if the channel is empty or closed.</returns>
    public bool TryReceive(out T item)
    {
        ThrowIfDisposed();
        return _core.TryReceive(out item, out _);
    }

    /// <summary>Creates another receiver handle on the same channel; items are shared out between all receivers.</summary>
    public Receiver<T> Clone()
    {
        ThrowIfDisposed();
        _core.AddReceiver();
        return new Receiver<T>(_core);
    }

    /// <summary>Closes the channel for every handle: sends fail from now on; buffered items can still be received. Idempotent.</summary>
    /// <returns>True if this call closed the channel.</returns>
    public bool Close()
    {
        ThrowIfDisposed();
        return _core.Close();
    }

    /// <summary>Returns an enumerator that receives items, blocking, until the channel is closed and drained.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        ThrowIfDisposed();
        return Drain();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Releases this handle; the last receiver's release closes the channel and drops buffered items. Idempotent.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _core.RemoveReceiver();
        }
    }

    private IEnumerator<T> Drain()
    {
        while (_core.Receive(out var item, Deadline.Infinite) == ReceiveStatus.Received)
        {
            yield return item;
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);
}
