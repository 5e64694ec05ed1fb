namespace Portalis.Threading.Channels;

/// <summary>
/// Creates channels: the message-passing primitives of the runtime, shaped after Rust's
/// crossbeam-channel (MPMC <see cref="Sender{T}"/> / <see cref="Receiver{T}"/> pairs with clone and
/// disconnect) and tokio (oneshot, broadcast). Python's <c>queue.Queue</c> maps onto
/// <see cref="Unbounded{T}"/> and <see cref="Bounded{T}"/>.
/// </summary>
/// <remarks>
/// A channel uses the backend that is <see cref="ThreadingBackend.Current"/> when it is created.
/// Blocking operations take an optional timeout and report it in the returned status; errors that
/// mean "this channel is finished" (<see cref="ChannelClosedError"/>, <see cref="SendError{T}"/>) are
/// thrown only by the overloads that return the item itself.
/// </remarks>
public static class Channel
{
    /// <summary>Creates an unbounded MPMC channel: sends never block.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The first sender and receiver handles; clone them for more producers or consumers.</returns>
    public static (Sender<T> Sender, Receiver<T> Receiver) Unbounded<T>() =>
        Pair(new UnboundedChannel<T>(ThreadingBackend.Current));

    /// <summary>
    /// Creates a bounded MPMC channel holding at most <paramref name="capacity"/> items: sends wait while
    /// it is full. A capacity of 0 makes a <see cref="Rendezvous{T}"/> channel.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="capacity">The number of buffered items, at least 0.</param>
    /// <returns>The first sender and receiver handles.</returns>
    public static (Sender<T> Sender, Receiver<T> Receiver) Bounded<T>(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var backend = ThreadingBackend.Current;
        return capacity == 0 ? Pair(new RendezvousChannel<T>(backend)) : Pair(new BoundedChannel<T>(backend, capacity));
    }

    /// <summary>Creates a zero-capacity MPMC channel: a send completes only when a receiver takes the item.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The first sender and receiver handles.</returns>
    public static (Sender<T> Sender, Receiver<T> Receiver) Rendezvous<T>() =>
        Pair(new RendezvousChannel<T>(ThreadingBackend.Current));

    /// <summary>Creates a oneshot channel: one value, sent once and received once (a future's result).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <returns>The sender and the receiver.</returns>
    public static (OneshotSender<T> Sender, OneshotReceiver<T> Receiver) Oneshot<T>()
    {
        var channel = new OneshotChannel<T>(ThreadingBackend.Current);
        return (new OneshotSender<T>(channel), new OneshotReceiver<T>(channel));
    }

    /// <summary>
    /// Creates a broadcast channel: every subscriber receives every item sent after it subscribed.
    /// It retains the last <paramref name="capacity"/> items; <paramref name="overflow"/> says whether a
    /// send overwrites items a slow subscriber has not read (it then reports
    /// <see cref="ReceiveStatus.Lagged"/>) or waits for it.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="capacity">How many items are retained, at least 1.</param>
    /// <param name="overflow">What a send does when the slowest subscriber is <paramref name="capacity"/> items behind.</param>
    /// <returns>The first sender and a first subscriber; more come from <see cref="BroadcastSender{T}.Subscribe"/>.</returns>
    public static (BroadcastSender<T> Sender, BroadcastReceiver<T> Receiver) Broadcast<T>(int capacity, BroadcastOverflow overflow = BroadcastOverflow.Lag)
    {
        var channel = new BroadcastChannel<T>(ThreadingBackend.Current, capacity, overflow);
        var sender = new BroadcastSender<T>(channel);
        return (sender, sender.Subscribe());
    }

    private static (Sender<T>, Receiver<T>) Pair<T>(ChannelCore<T> core) => (new Sender<T>(core), new Receiver<T>(core));
}
