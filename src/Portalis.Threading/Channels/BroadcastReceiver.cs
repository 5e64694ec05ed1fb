using System.Collections;

namespace Portalis.Threading.Channels;

/// <summary>
/// A subscriber of a broadcast channel: a cursor that receives every item sent after it subscribed.
/// One subscriber is meant for one consumer at a time (its cursor is shared state guarded by the
/// channel's monitor, so concurrent use is safe but splits the items between the callers).
/// </summary>
/// <remarks>
/// With <see cref="BroadcastOverflow.Lag"/>, a subscriber more than <c>capacity</c> items behind has lost
/// the oldest ones: the status-returning receive reports <see cref="ReceiveStatus.Lagged"/> with the count,
/// the throwing ones throw <see cref="ChannelLaggedError"/>; either way the cursor moves to the oldest
/// retained item, so the next receive succeeds.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public sealed class BroadcastReceiver<T> : IEnumerable<T>, IDisposable
{
    private readonly BroadcastChannel<T> _channel;
    private long _next;
    private int _disposed;

    internal BroadcastReceiver(BroadcastChannel<T> channel)
    {
        _channel = channel;
        _next = channel.Subscribe();
    }

    /// <summary>Whether the channel is closed (this subscriber may still have items to drain).</summary>
    public bool IsClosed => _channel.IsClosed;

    /// <summary>Takes the next item, waiting for one.</summary>
    /// <returns>The item.</returns>
    /// <exception cref="ChannelClosedError">The channel is closed and this subscriber has read everything.</exception>
    /// <exception cref="ChannelLaggedError">The subscriber lagged behind; the next receive succeeds.</exception>
    public T Receive() => Unwrap(ReceiveCore(out var item, out var skipped, Deadline.Infinite), item, skipped);

    /// <summary>Takes the next item, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="item">The item, or default.</param>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> polls, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>Received, TimedOut, Closed, or Lagged.</returns>
    public ReceiveStatus Receive(out T item, TimeSpan timeout) => Receive(out item, out _, timeout);

    /// <summary>Takes the next item, waiting at most <paramref name="timeout"/>, and reports how many items were lost on lag.</summary>
    /// <param name="item">The item, or default.</param>
    /// <param name="skipped">When the status is <see cref="ReceiveStatus.Lagged"/>, how many items were lost; otherwise 0.</param>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> polls, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>Received, TimedOut, Closed, or Lagged.</returns>
    public ReceiveStatus Receive(out T item, out long skipped, TimeSpan timeout)
    {
        Deadline.Validate(timeout);
        return ReceiveCore(out item, out skipped, Deadline.Start(_channel.Backend, timeout));
    }

    /// <summary>Takes the next item if one is ready.</summary>
    /// <param name="item">The item, or default.</param>
    /// <returns>True if an item was taken; false if none is ready or the channel is closed and drained.</returns>
    /// <exception cref="ChannelLaggedError">The subscriber lagged behind; the next receive succeeds.</exception>
    public bool TryReceive(out T item)
    {
        var status = ReceiveCore(out item, out var skipped, Deadline.Start(_channel.Backend, TimeSpan.Zero));
        if (status == ReceiveStatus.Lagged)
        {
            throw new ChannelLaggedError(skipped);
        }

        return status == ReceiveStatus.Received;
    }

    /// <summary>Creates another subscriber on the same channel, starting with items sent from now on (tokio's <c>resubscribe</c>).</summary>
    public BroadcastReceiver<T> Resubscribe()
    {
        ThrowIfDisposed();
        return new BroadcastReceiver<T>(_channel);
    }

    /// <summary>Receives items, blocking, until the channel is closed and drained; throws <see cref="ChannelLaggedError"/> on lag.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        ThrowIfDisposed();
        return Drain();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Unsubscribes, releasing the items this subscriber had not read. Idempotent.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _channel.Unsubscribe(Volatile.Read(ref _next));
        }
    }

    private static T Unwrap(ReceiveStatus status, T item, long skipped) => status switch
    {
        ReceiveStatus.Received => item,
        ReceiveStatus.Lagged => throw new ChannelLaggedError(skipped),
        _ => throw new ChannelClosedError(),
    };

    private ReceiveStatus ReceiveCore(out T item, out long skipped, Deadline deadline)
    {
        ThrowIfDisposed();
        return _channel.Receive(ref _next, out item, out skipped, deadline);
    }

    private IEnumerator<T> Drain()
    {
        while (true)
        {
            var status = ReceiveCore(out var item, out var skipped, Deadline.Infinite);
            if (status == ReceiveStatus.Closed)
            {
                yield break;
            }

            yield return Unwrap(status, item, skipped);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);
}
