namespace Portalis.Threading.Channels;

/// <summary>
/// The ring shared by broadcast senders and subscribers (tokio's <c>broadcast</c>): every item goes to
/// every subscriber that existed when it was sent. Each slot remembers its position and how many
/// subscribers have yet to read it; a subscriber is just a cursor.
/// </summary>
/// <remarks>
/// Everything runs under one monitor: a broadcast item is read by every subscriber, so the channel is
/// dominated by readers that each copy the item out; a lock-free ring (tokio's per-slot locks) would
/// buy little here. With <see cref="BroadcastOverflow.Lag"/> a send overwrites the oldest slot and
/// never blocks; with <see cref="BroadcastOverflow.Block"/> it waits until the slot it is about to
/// overwrite has been read by every subscriber.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class BroadcastChannel<T>
{
    private readonly SyncMonitor _monitor;
    private readonly Slot[] _slots;
    private readonly BroadcastOverflow _overflow;
    private long _tail;
    private int _subscribers;
    private int _senders = 1;
    private int _waiting;
    private bool _closed;

    public BroadcastChannel(IThreadingBackend backend, int capacity, BroadcastOverflow overflow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (overflow is not (BroadcastOverflow.Lag or BroadcastOverflow.Block))
        {
            throw new ArgumentOutOfRangeException(nameof(overflow));
        }

        Backend = backend;
        _overflow = overflow;
        _slots = new Slot[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _slots[i].Position = -1;
        }

        _monitor = backend.CreateMonitor("broadcast channel");
    }

    public IThreadingBackend Backend { get; }

    public int Capacity => _slots.Length;

    public bool IsClosed
    {
        get
        {
            using var scope = _monitor.Lock();
            return _closed;
        }
    }

    public int SubscriberCount
    {
        get
        {
            using var scope = _monitor.Lock();
            return _subscribers;
        }
    }

    /// <summary>Registers a subscriber that will see items sent from now on.</summary>
    /// <returns>The subscriber's first position.</returns>
    public long Subscribe()
    {
        using var scope = _monitor.Lock();
        _subscribers++;
        return _tail;
    }

    public void Unsubscribe(long next)
    {
        using var scope = _monitor.Lock();
        _subscribers--;

        // Release the slots this subscriber was still counted on, so that blocked senders can reuse them.
        for (var position = Math.Max(next, _tail - _slots.Length); position < _tail; position++)
        {
            ref var slot = ref _slots[position % _slots.Length];
            if (slot.Position == position && slot.Remaining > 0 && --slot.Remaining == 0)
            {
                slot.Item = default!;
            }
        }

        if (_waiting > 0)
        {
            _monitor.PulseAll();
        }
    }

    public void AddSender() => Interlocked.Increment(ref _senders);

    public void RemoveSender()
    {
        if (Interlocked.Decrement(ref _senders) == 0)
        {
            Close();
        }
    }

    public bool Close()
    {
        using var scope = _monitor.Lock();
        if (_closed)
        {
            return false;
        }

        _closed = true;
        _monitor.PulseAll();
        return true;
    }

    /// <summary>Sends to every current subscriber; with no subscriber the item is dropped and Closed is reported, as tokio does.</summary>
    public SendStatus Send(T item, Deadline deadline, bool blocking)
    {
        using var scope = _monitor.Lock();
        while (true)
        {
            if (_closed || _subscribers == 0)
            {
                return SendStatus.Closed;
            }

            ref var slot = ref _slots[_tail % _slots.Length];
            if (_overflow == BroadcastOverflow.Lag || slot.Remaining == 0)
            {
                slot.Item = item;
                slot.Position = _tail;
                slot.Remaining = _subscribers;
                _tail++;
                if (_waiting > 0)
                {
                    _monitor.PulseAll();
                }

                return SendStatus.Sent;
            }

            if (!blocking)
            {
                return SendStatus.Full;
            }

            if (!Wait(deadline))
            {
                return SendStatus.TimedOut;
            }
        }
    }

    /// <summary>Receives the item at <paramref name="next"/>, advancing it; on lag, moves it to the oldest retained item.</summary>
    public ReceiveStatus Receive(ref long next, out T item, out long skipped, Deadline deadline)
    {
        using var scope = _monitor.Lock();
        skipped = 0;
        while (true)
        {
            if (next < _tail)
            {
                var oldest = Math.Max(0, _tail - _slots.Length);
                if (next < oldest)
                {
                    skipped = oldest - next;
                    next = oldest;
                    item = default!;
                    return ReceiveStatus.Lagged;
                }

                ref var slot = ref _slots[next % _slots.Length];
                item = slot.Item;
                next++;
                if (--slot.Remaining == 0)
                {
                    slot.Item = default!;
                    if (_waiting > 0)
                    {
                        _monitor.PulseAll();
                    }
                }

                return ReceiveStatus.Received;
            }

            if (_closed)
            {
                item = default!;
                return ReceiveStatus.Closed;
            }

            if (!Wait(deadline))
            {
                item = default!;
                return ReceiveStatus.TimedOut;
            }
        }
    }

    private bool Wait(Deadline deadline)
    {
        var remaining = deadline.Remaining(Backend);
        if (remaining == TimeSpan.Zero)
        {
            return false;
        }

        _waiting++;
        try
        {
            _monitor.Wait(remaining);
        }
        finally
        {
            _waiting--;
        }

        return true;
    }

    private struct Slot
    {
        public T Item;
        public long Position;
        public int Remaining;
    }
}
