using System.Numerics;
using System.Runtime.CompilerServices;

namespace Portalis.Threading.Channels;

/// <summary>
/// A bounded MPMC channel on a ring of exactly <c>capacity</c> slots with per-slot stamps: Dmitry
/// Vyukov's bounded queue as crossbeam-channel's <c>array</c> flavour lays it out. A position is
/// <c>lap | mark | index</c>: the index bits address the slot, the mark bit (on the tail) says the
/// channel is closed, and the lap bits tell one pass around the ring from the next, so the capacity
/// need not be a power of two.
/// </summary>
/// <remarks>
/// Senders park on one monitor and receivers on another; each side reads the other side's parked
/// count after its compare-and-swap (a full fence), and a side that sees a slot claimed but not yet
/// released spins instead of parking, so a wake-up is never lost (see <see cref="UnboundedChannel{T}"/>).
/// A side wakes the other only after leaving its own monitor: holding one while entering the other
/// would deadlock against the opposite side doing the same.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class BoundedChannel<T> : ChannelCore<T>
{
    private readonly Slot[] _slots;
    private readonly int _capacity;
    private readonly long _oneLap;
    private readonly long _markBit;
    private readonly SyncMonitor _sendMonitor;
    private readonly SyncMonitor _receiveMonitor;
    private PaddedPositions _positions;

    public BoundedChannel(IThreadingBackend backend, int capacity)
        : base(backend)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _markBit = (long)BitOperations.RoundUpToPowerOf2((ulong)capacity + 1);
        _oneLap = _markBit * 2;
        _slots = new Slot[capacity];

        _sendMonitor = backend.CreateMonitor("channel send");
        _receiveMonitor = backend.CreateMonitor("channel receive");
    }

    public override int? Capacity => _capacity;

    public override int Count
    {
        get
        {
            while (true)
            {
                var tail = Volatile.Read(ref _positions.Tail);
                var head = Volatile.Read(ref _positions.Head);
                if (Volatile.Read(ref _positions.Tail) == tail)
                {
                    var headIndex = head & (_markBit - 1);
                    var tailIndex = tail & (_markBit - 1);
                    var laps = ((tail & ~(_oneLap - 1)) - (head & ~(_oneLap - 1))) / _oneLap;
                    var count = (laps * _capacity) + tailIndex - headIndex;
                    return (int)Math.Clamp(count, 0, _capacity);
                }
            }
        }
    }

    public override bool IsClosed => (Volatile.Read(ref _positions.Tail) & _markBit) != 0;

    public override SendStatus TrySend(T item)
    {
        var status = TryPush(item);
        if (status == SendStatus.Sent)
        {
            NotifyReceivers();
        }

        return status;
    }

    private SendStatus TryPush(T item)
    {
        var spinner = default(SpinWait);
        Point();
        var tail = Volatile.Read(ref _positions.Tail);
        while (true)
        {
            if ((tail & _markBit) != 0)
            {
                return SendStatus.Closed;
            }

            var index = tail & (_markBit - 1);
            var lap = tail & ~(_oneLap - 1);
            ref var slot = ref _slots[index];
            Point();
            var stamp = Volatile.Read(ref slot.Stamp) + index;
            if (tail == stamp)
            {
                var next = index + 1 < _capacity ? tail + 1 : lap + _oneLap;
                Point();
                var seen = Interlocked.CompareExchange(ref _positions.Tail, next, tail);
                if (seen != tail)
                {
                    tail = seen;
                    continue;
                }

                slot.Item = item;
                Point();
                Volatile.Write(ref slot.Stamp, tail + 1 - index);
                return SendStatus.Sent;
            }

            if (stamp + _oneLap == tail + 1)
            {
                // The slot still holds last lap's item: full, unless a receiver has claimed it and is
                // about to release it.
                Interlocked.MemoryBarrier();
                Point();
                var head = Volatile.Read(ref _positions.Head);
                if (head + _oneLap == tail)
                {
                    return SendStatus.Full;
                }
            }

            SpinOnce(ref spinner);
            Point();
            tail = Volatile.Read(ref _positions.Tail);
        }
    }

    public override SendStatus Send(T item, Deadline deadline)
    {
        var status = TrySend(item);
        if (status == SendStatus.Full && ShouldSpin(deadline))
        {
            // A short spin catches a receiver that is about to make room, without parking.
            var spinWait = default(SpinWait);
            while (status == SendStatus.Full && SpinBeforeParking(ref spinWait))
            {
                status = TrySend(item);
            }
        }

        if (status == SendStatus.Full)
        {
            status = SendSlow(item, deadline);
            if (status == SendStatus.Sent)
            {
                // Outside the send monitor: a receiver parked on its own monitor may be waking senders.
                NotifyReceivers();
            }
        }

        return status;
    }

    private SendStatus SendSlow(T item, Deadline deadline)
    {
        _sendMonitor.Enter();
        try
        {
            Point();
            Interlocked.Increment(ref _positions.WaitingSenders);
            try
            {
                while (true)
                {
                    var status = TryPush(item);
                    if (status != SendStatus.Full)
                    {
                        return status;
                    }

                    if (!WaitUntil(_sendMonitor, deadline))
                    {
                        return SendStatus.TimedOut;
                    }
                }
            }
            finally
            {
                Point();
                Interlocked.Decrement(ref _positions.WaitingSenders);
            }
        }
        finally
        {
            _sendMonitor.Exit();
        }
    }

    public override bool TryReceive(out T item, out bool closed)
    {
        if (!TryPop(out item, out closed))
        {
            return false;
        }

        NotifySenders();
        return true;
    }

    // Parked receivers take without notifying senders; Receive does that once the monitor is released.
    protected override bool TryTake(out T item, out bool closed) => TryPop(out item, out closed);

    private bool TryPop(out T item, out bool closed)
    {
        var spinner = default(SpinWait);
        Point();
        var head = Volatile.Read(ref _positions.Head);
        while (true)
        {
            var index = head & (_markBit - 1);
            var lap = head & ~(_oneLap - 1);
            ref var slot = ref _slots[index];
            Point();
            var stamp = Volatile.Read(ref slot.Stamp) + index;
            if (head + 1 == stamp)
            {
                var next = index + 1 < _capacity ? head + 1 : lap + _oneLap;
                Point();
                var seen = Interlocked.CompareExchange(ref _positions.Head, next, head);
                if (seen != head)
                {
                    head = seen;
                    continue;
                }

                item = slot.Item;
                if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
                {
                    slot.Item = default!;
                }

                Point();
                Volatile.Write(ref slot.Stamp, head + _oneLap - index);
                closed = false;
                return true;
            }

            if (stamp == head)
            {
                // The slot is empty: the channel is, unless a sender has claimed it and is about to publish.
                Interlocked.MemoryBarrier();
                Point();
                var tail = Volatile.Read(ref _positions.Tail);
                if ((tail & ~_markBit) == head)
                {
                    item = default!;
                    closed = (tail & _markBit) != 0;
                    return false;
                }
            }

            SpinOnce(ref spinner);
            Point();
            head = Volatile.Read(ref _positions.Head);
        }
    }

    public override ReceiveStatus Receive(out T item, Deadline deadline)
    {
        if (TryReceive(out item, out var closed))
        {
            return ReceiveStatus.Received;
        }

        if (closed)
        {
            return ReceiveStatus.Closed;
        }

        if (ShouldSpin(deadline))
        {
            var spinWait = default(SpinWait);
            while (SpinBeforeParking(ref spinWait))
            {
                if (TryReceive(out item, out closed))
                {
                    return ReceiveStatus.Received;
                }

                if (closed)
                {
                    return ReceiveStatus.Closed;
                }
            }
        }

        var status = ReceiveParked(_receiveMonitor, ref _positions.WaitingReceivers, deadline, out item);
        if (status == ReceiveStatus.Received)
        {
            // Outside the receive monitor: a sender parked on its own monitor may be waking receivers.
            NotifySenders();
        }

        return status;
    }


    public override bool Close()
    {
        Point();
        if ((Interlocked.Or(ref _positions.Tail, _markBit) & _markBit) != 0)
        {
            return false;
        }

        using (_sendMonitor.Lock())
        {
            _sendMonitor.PulseAll();
        }

        using (_receiveMonitor.Lock())
        {
            _receiveMonitor.PulseAll();
        }

        return true;
    }

    protected override void DisconnectReceivers()
    {
        Close();
        while (TryReceive(out _, out _))
        {
        }
    }

    private void NotifyReceivers()
    {
        Point();
        if (Volatile.Read(ref _positions.WaitingReceivers) != 0)
        {
            Wake(_receiveMonitor);
        }
    }

    private void NotifySenders()
    {
        Point();
        if (Volatile.Read(ref _positions.WaitingSenders) != 0)
        {
            Wake(_sendMonitor);
        }
    }

    private static void Wake(SyncMonitor monitor)
    {
        monitor.Enter();
        monitor.Pulse();
        monitor.Exit();
    }

    private struct Slot
    {
        /// <summary>
        /// The slot's stamp minus its index: the ring starts with stamp <c>i</c> in slot <c>i</c>, so a
        /// freshly zeroed array is already valid and creating a large channel costs no stamping pass.
        /// </summary>
        public long Stamp;
        public T Item;
    }
}
