namespace Portalis.Threading.Channels;

/// <summary>
/// The shared state behind a <see cref="Sender{T}"/> / <see cref="Receiver{T}"/> pair: one subclass per
/// flavour (unbounded segment list, bounded ring, rendezvous hand-off), as crossbeam-channel has
/// <c>list</c>, <c>array</c> and <c>zero</c> flavours behind one <c>Sender</c>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal abstract class ChannelCore<T>
{
    /// <summary>
    /// How many <see cref="SpinWait.SpinOnce(int)"/> rounds a blocking operation retries before it
    /// parks: the first ten busy-spin, the rest yield the processor. Parking and waking an OS thread
    /// costs a futex round trip; a partner that answers within the spin (ping-pong) never pays it. A
    /// pure busy-spin of fixed duration measured worse on an oversubscribed 2-core machine, where the
    /// partner needs the very core the spinner holds.
    /// </summary>
    private const int SpinRounds = 20;

    private static readonly TimeSpan s_oneTick = TimeSpan.FromTicks(1);

    private int _senders = 1;
    private int _receivers = 1;

    protected ChannelCore(IThreadingBackend backend)
    {
        Backend = backend;
        IsControlled = backend.IsControlled;
    }

    /// <summary>The backend captured at construction.</summary>
    public IThreadingBackend Backend { get; }

    /// <summary>Cached <see cref="IThreadingBackend.IsControlled"/>: fast paths add scheduling points when set.</summary>
    protected bool IsControlled { get; }

    /// <summary>The capacity, or null when unbounded.</summary>
    public abstract int? Capacity { get; }

    /// <summary>A snapshot of the number of buffered items; stale as soon as it is read.</summary>
    public abstract int Count { get; }

    /// <summary>Whether <see cref="Close"/> has run (or every sender or receiver is gone).</summary>
    public abstract bool IsClosed { get; }

    /// <summary>Sends without blocking.</summary>
    public abstract SendStatus TrySend(T item);

    /// <summary>Sends, waiting for room until <paramref name="deadline"/>; returns TimedOut, never Full.</summary>
    public abstract SendStatus Send(T item, Deadline deadline);

    /// <summary>Receives without blocking; <paramref name="closed"/> tells an empty channel from a closed and drained one.</summary>
    public abstract bool TryReceive(out T item, out bool closed);

    /// <summary>Receives, waiting until <paramref name="deadline"/>.</summary>
    public abstract ReceiveStatus Receive(out T item, Deadline deadline);

    /// <summary>Closes the channel: sends fail from now on, receivers drain what is buffered and then see Closed.</summary>
    /// <returns>True if this call closed it.</returns>
    public abstract bool Close();

    /// <summary>Called when the last receiver is gone: closes the channel and drops what is buffered.</summary>
    protected abstract void DisconnectReceivers();

    public void AddSender() => Interlocked.Increment(ref _senders);

    public void AddReceiver() => Interlocked.Increment(ref _receivers);

    public void RemoveSender()
    {
        if (Interlocked.Decrement(ref _senders) == 0)
        {
            Close();
        }
    }

    public void RemoveReceiver()
    {
        if (Interlocked.Decrement(ref _receivers) == 0)
        {
            DisconnectReceivers();
        }
    }

    /// <summary>A scheduling point for the Controlled backend; free natively.</summary>
    protected void Point()
    {
        if (IsControlled)
        {
            Backend.SchedulingPoint();
        }
    }

    /// <summary>
    /// Backs off while another thread finishes an operation it has already claimed (a slot reserved but
    /// not yet published). Under the Controlled backend it sleeps for one tick of virtual time, which
    /// takes this thread out of the schedule until every other thread is blocked: a plain yield would
    /// let a priority-based strategy (PCT) spin here until its step limit.
    /// </summary>
    protected void SpinOnce(ref SpinWait spinner)
    {
        if (IsControlled)
        {
            Backend.Sleep(s_oneTick);
        }
        else
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>One round of the spin before parking; false once the rounds are spent.</summary>
    /// <param name="spinner">The caller's spinner, default before the first round.</param>
    protected static bool SpinBeforeParking(ref SpinWait spinner)
    {
        if (spinner.Count >= SpinRounds)
        {
            return false;
        }

        spinner.SpinOnce(sleep1Threshold: -1);
        return true;
    }

    /// <summary>
    /// Whether to spin briefly before parking: natively, when the operation may wait at all. Under the
    /// Controlled backend a spin would only lengthen every explored schedule without adding
    /// interleavings that the retry after a wake-up does not already cover.
    /// </summary>
    protected bool ShouldSpin(Deadline deadline) => !IsControlled && deadline.Remaining(Backend) != TimeSpan.Zero;

    /// <summary>Takes one item without blocking, for <see cref="ReceiveParked"/> to retry after each wake-up.</summary>
    protected virtual bool TryTake(out T item, out bool closed) => TryReceive(out item, out closed);

    /// <summary>
    /// The parked slow path of a receive on the lock-free flavours: counted in
    /// <paramref name="waitingReceivers"/> (senders pulse the monitor only while it is non-zero), it
    /// retries <see cref="TryTake"/> after every wake-up until an item, closure or the deadline.
    /// </summary>
    protected ReceiveStatus ReceiveParked(SyncMonitor receiveMonitor, ref int waitingReceivers, Deadline deadline, out T item)
    {
        receiveMonitor.Enter();
        try
        {
            Point();
            Interlocked.Increment(ref waitingReceivers);
            try
            {
                while (true)
                {
                    if (TryTake(out item, out var closed))
                    {
                        return ReceiveStatus.Received;
                    }

                    if (closed)
                    {
                        return ReceiveStatus.Closed;
                    }

                    if (!WaitUntil(receiveMonitor, deadline))
                    {
                        return ReceiveStatus.TimedOut;
                    }
                }
            }
            finally
            {
                Point();
                Interlocked.Decrement(ref waitingReceivers);
            }
        }
        finally
        {
            receiveMonitor.Exit();
        }
    }

    /// <summary>Waits on <paramref name="monitor"/> (held) until pulsed or <paramref name="deadline"/>.</summary>
    /// <returns>False when the deadline had already passed, so the caller should give up after one last check.</returns>
    protected bool WaitUntil(SyncMonitor monitor, Deadline deadline)
    {
        var remaining = deadline.Remaining(Backend);
        if (remaining == TimeSpan.Zero)
        {
            return false;
        }

        monitor.Wait(remaining);
        return true;
    }
}
