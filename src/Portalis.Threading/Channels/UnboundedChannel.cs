using System.Runtime.CompilerServices;

namespace Portalis.Threading.Channels;

/// <summary>
/// An unbounded MPMC channel: a linked list of segments indexed by global position, like
/// crossbeam-channel's <c>list</c> flavour, except that senders claim positions with one fetch-and-add
/// (no retry loop) and segments grow from 32 to 1024 slots like the BCL ConcurrentQueue's.
/// </summary>
/// <remarks>
/// <para>Send fast path: one interlocked add on the tail, a slot write, a release store of the slot's
/// state, and a plain read of the parked-receiver count; the monitor is touched only when a receiver is
/// parked. Receivers claim positions with a compare-and-swap on the head.</para>
/// <para>Bit 0 of the tail is the closed mark, so a sender learns from its own fetch-and-add whether it
/// raced with <see cref="Close"/>: such a sender marks its slot as a hole that receivers skip, and
/// reports Closed. A receiver therefore reports Closed only after every position claimed before the
/// close has been drained.</para>
/// <para>Parking is a Dekker handshake: a sender's fetch-and-add (a full fence) precedes its read of
/// <c>WaitingReceivers</c>; a receiver's increment of it (a full fence) precedes its last look at the
/// tail under the monitor. A receiver that sees a claimed but unpublished slot spins instead of
/// parking, so a published item always finds either a running or a pulsed receiver.</para>
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed partial class UnboundedChannel<T> : ChannelCore<T>
{
    private const long ClosedBit = 1;
    private const long PositionStep = 2;

    private readonly SyncMonitor _receiveMonitor;
    private PaddedPositions _positions;
    private Segment _headSegment;
    private Segment _tailSegment;

    public UnboundedChannel(IThreadingBackend backend)
        : base(backend)
    {
        _receiveMonitor = backend.CreateMonitor("channel receive");
        _headSegment = _tailSegment = new Segment(0, Segment.InitialLength);
    }

    public override int? Capacity => null;

    public override int Count
    {
        get
        {
            var head = Volatile.Read(ref _positions.Head);
            var count = (Volatile.Read(ref _positions.Tail) >> 1) - head;
            return count <= 0 ? 0 : count >= int.MaxValue ? int.MaxValue : (int)count;
        }
    }

    public override bool IsClosed => (Volatile.Read(ref _positions.Tail) & ClosedBit) != 0;

    public override SendStatus TrySend(T item)
    {
        Point();
        if ((Volatile.Read(ref _positions.Tail) & ClosedBit) != 0)
        {
            return SendStatus.Closed;
        }

        // The segment must be read before the position is claimed, so that its start is at most the position.
        var segment = Volatile.Read(ref _tailSegment);
        Point();
        var tail = Interlocked.Add(ref _positions.Tail, PositionStep) - PositionStep;
        var position = tail >> 1;
        if (position >= segment.End)
        {
            segment = FindSegment(segment, position, ref _tailSegment);
        }

        ref var slot = ref segment.Slots[position - segment.Start];
        if ((tail & ClosedBit) != 0)
        {
            Point();
            Volatile.Write(ref slot.State, Segment.Hole);
            return SendStatus.Closed;
        }

        slot.Item = item;
        Point();
        Volatile.Write(ref slot.State, Segment.Written);
        Point();
        if (Volatile.Read(ref _positions.WaitingReceivers) != 0)
        {
            WakeReceiver();
        }

        return SendStatus.Sent;
    }

    // Never full: a timed send is a plain send.
    public override SendStatus Send(T item, Deadline deadline) => TrySend(item);

    public override bool TryReceive(out T item, out bool closed)
    {
        var segment = Volatile.Read(ref _headSegment);
        var spinner = default(SpinWait);
        while (true)
        {
            Point();
            var head = Volatile.Read(ref _positions.Head);
            long tail;
            if (head >= segment.End)
            {
                Point();
                tail = Volatile.Read(ref _positions.Tail);
                if (head >= tail >> 1)
                {
                    return Empty(out item, out closed, tail);
                }

                segment = FindSegment(segment, head, ref _headSegment);
            }

            ref var slot = ref segment.Slots[head - segment.Start];
            Point();
            var state = Volatile.Read(ref slot.State);
            if (state == Segment.Unwritten)
            {
                Point();
                tail = Volatile.Read(ref _positions.Tail);
                if (head >= tail >> 1)
                {
                    return Empty(out item, out closed, tail);
                }

                // A sender has claimed this position and is about to publish it.
                SpinOnce(ref spinner);
                continue;
            }

            Point();
            if (Interlocked.CompareExchange(ref _positions.Head, head + 1, head) != head)
            {
                continue;
            }

            if (state == Segment.Hole)
            {
                continue;
            }

            item = slot.Item;
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                slot.Item = default!;
            }

            closed = false;
            return true;
        }
    }

    public override ReceiveStatus Receive(out T item, Deadline deadline)
    {
        if (TryReceive(out item, out var closed))
        {
            return ReceiveStatus.Received;
        }

        return closed ? ReceiveStatus.Closed : ReceiveSlow(out item, deadline);
    }

    public override bool Close()
    {
        Point();
        if ((Interlocked.Or(ref _positions.Tail, ClosedBit) & ClosedBit) != 0)
        {
            return false;
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

        // Nobody can receive any more: drop buffered items so that they can be collected.
        while (TryReceive(out _, out _))
        {
        }
    }

    private static bool Empty(out T item, out bool closed, long tail)
    {
        item = default!;
        closed = (tail & ClosedBit) != 0;
        return false;
    }

    private ReceiveStatus ReceiveSlow(out T item, Deadline deadline)
    {
        if (ShouldSpin(deadline))
        {
            // A short spin catches a sender that is about to send (ping-pong) without parking.
            var spinWait = default(SpinWait);
            while (SpinBeforeParking(ref spinWait))
            {
                if (TryReceive(out item, out var closedNow))
                {
                    return ReceiveStatus.Received;
                }

                if (closedNow)
                {
                    return ReceiveStatus.Closed;
                }
            }
        }

        return ReceiveParked(_receiveMonitor, ref _positions.WaitingReceivers, deadline, out item);
    }

    private void WakeReceiver()
    {
        // Pulse must be called with the monitor held; the woken receiver re-checks the queue itself.
        _receiveMonitor.Enter();
        _receiveMonitor.Pulse();
        _receiveMonitor.Exit();
    }

    /// <summary>Walks (and if needed extends) the segment list to the segment holding <paramref name="position"/>, advancing <paramref name="hint"/>.</summary>
    private Segment FindSegment(Segment segment, long position, ref Segment hint)
    {
        var start = segment;
        while (position >= segment.End)
        {
            Point();
            var next = Volatile.Read(ref segment.Next);
            if (next is null)
            {
                var created = new Segment(segment.End, Math.Min(segment.Slots.Length * 2, Segment.MaxLength));
                Point();
                next = Interlocked.CompareExchange(ref segment.Next, created, null) ?? created;
            }

            segment = next;
        }

        // Only forward: a failed exchange means another thread moved the hint at least as far.
        Point();
        Interlocked.CompareExchange(ref hint, segment, start);
        return segment;
    }
}
