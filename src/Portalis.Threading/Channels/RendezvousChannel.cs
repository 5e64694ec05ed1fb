namespace Portalis.Threading.Channels;

/// <summary>
/// A zero-capacity channel (crossbeam-channel's <c>zero</c> flavour, Go's unbuffered channel): a send
/// completes only when a receiver takes the item, and a receive only when a sender hands one over.
/// </summary>
/// <remarks>
/// Every operation runs under one monitor. A thread that finds a partner waiting completes the
/// partner's packet and returns at once; otherwise it queues its own packet and parks until a partner
/// completes it, the timeout elapses (then it withdraws the packet) or the channel closes. Waiters are
/// woken with PulseAll because a monitor has one wait set shared by senders and receivers; each
/// re-checks its own packet. Pulsing under the monitor is what <see cref="SyncMonitor"/> requires.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class RendezvousChannel<T> : ChannelCore<T>
{
    private readonly SyncMonitor _monitor;
    private readonly Queue<Packet> _senders = new();
    private readonly Queue<Packet> _receivers = new();
    private bool _closed;

    public RendezvousChannel(IThreadingBackend backend)
        : base(backend)
    {
        _monitor = backend.CreateMonitor("rendezvous channel");
    }

    public override int? Capacity => 0;

    public override int Count => 0;

    public override bool IsClosed => Volatile.Read(ref _closed);

    public override SendStatus TrySend(T item) => SendCore(item, Deadline.Infinite, blocking: false);

    public override SendStatus Send(T item, Deadline deadline) => SendCore(item, deadline, blocking: true);

    public override bool TryReceive(out T item, out bool closed)
    {
        var status = ReceiveCore(out item, Deadline.Infinite, blocking: false);
        closed = status == ReceiveStatus.Closed;
        return status == ReceiveStatus.Received;
    }

    public override ReceiveStatus Receive(out T item, Deadline deadline) => ReceiveCore(out item, deadline, blocking: true);

    public override bool Close()
    {
        using (_monitor.Lock())
        {
            if (_closed)
            {
                return false;
            }

            Volatile.Write(ref _closed, true);
            _monitor.PulseAll();
            return true;
        }
    }

    protected override void DisconnectReceivers() => Close();

    private static Packet? TakeWaiting(Queue<Packet> queue)
    {
        while (queue.TryDequeue(out var packet))
        {
            if (!packet.Withdrawn)
            {
                return packet;
            }
        }

        return null;
    }

    private SendStatus SendCore(T item, Deadline deadline, bool blocking)
    {
        using var scope = _monitor.Lock();
        if (_closed)
        {
            return SendStatus.Closed;
        }

        if (TakeWaiting(_receivers) is { } receiver)
        {
            receiver.Item = item;
            receiver.Done = true;
            _monitor.PulseAll();
            return SendStatus.Sent;
        }

        if (!blocking)
        {
            return SendStatus.Full;
        }

        var packet = new Packet { Item = item };
        _senders.Enqueue(packet);
        while (true)
        {
            // A packet taken before the close counts as delivered.
            if (packet.Done)
            {
                return SendStatus.Sent;
            }

            if (_closed)
            {
                packet.Withdrawn = true;
                return SendStatus.Closed;
            }

            if (!WaitUntil(_monitor, deadline))
            {
                packet.Withdrawn = true;
                return SendStatus.TimedOut;
            }
        }
    }

    private ReceiveStatus ReceiveCore(out T item, Deadline deadline, bool blocking)
    {
        using var scope = _monitor.Lock();

        // Nothing is buffered, so a closed channel has nothing to drain: senders still parked at the
        // close report Closed and their items are not handed over.
        if (_closed)
        {
            item = default!;
            return ReceiveStatus.Closed;
        }

        if (TakeWaiting(_senders) is { } sender)
        {
            item = sender.Item;
            sender.Item = default!;
            sender.Done = true;
            _monitor.PulseAll();
            return ReceiveStatus.Received;
        }

        if (!blocking)
        {
            item = default!;
            return ReceiveStatus.TimedOut;
        }

        var packet = new Packet();
        _receivers.Enqueue(packet);
        while (true)
        {
            if (packet.Done)
            {
                item = packet.Item;
                return ReceiveStatus.Received;
            }

            if (_closed)
            {
                packet.Withdrawn = true;
                item = default!;
                return ReceiveStatus.Closed;
            }

            if (!WaitUntil(_monitor, deadline))
            {
                packet.Withdrawn = true;
                item = default!;
                return ReceiveStatus.TimedOut;
            }
        }
    }

    /// <summary>One parked operation: a sender's item waiting for a taker, or a receiver's empty hand.</summary>
    private sealed class Packet
    {
        public T Item = default!;
        public bool Done;
        public bool Withdrawn;
    }
}
