namespace Portalis.Threading.Sync;

/// <summary>
/// CPython's condition-variable scheme (Lib/threading.py, <c>Condition</c>): each waiter blocks on
/// its own locked <see cref="Lock"/>, queued FIFO; a notification dequeues waiters and releases
/// their locks. CPython guards the deque with the GIL; here a backend monitor guards it, and waiter
/// locks are released only after that monitor is left.
/// </summary>
internal sealed class WaiterQueue
{
    private readonly IThreadingBackend _backend;
    private readonly SyncMonitor _gate;
    private readonly string _owner;
    private Waiter? _head;
    private Waiter? _tail;
    private int _count;

    public WaiterQueue(IThreadingBackend backend, string owner)
    {
        _backend = backend;
        _owner = owner;
        _gate = backend.CreateMonitor(owner);
    }

    /// <summary>The number of queued waiters (a snapshot).</summary>
    public int Count
    {
        get
        {
            _gate.Enter();
            int count = _count;
            _gate.Exit();
            return count;
        }
    }

    /// <summary>Queues a new waiter whose lock is already held, so that waiting on it blocks.</summary>
    public Waiter Enqueue()
    {
        var signal = new Lock(_backend, _owner);
        signal.AcquireCore(TimeSpan.Zero);
        var waiter = new Waiter(signal);
        _gate.Enter();
        waiter.Queued = true;
        waiter.Prev = _tail;
        if (_tail is null)
        {
            _head = waiter;
        }
        else
        {
            _tail.Next = waiter;
        }

        _tail = waiter;
        _count++;
        _gate.Exit();
        return waiter;
    }

    /// <summary>Removes a waiter that gave up, unless a notification already dequeued it.</summary>
    public void Remove(Waiter waiter)
    {
        _gate.Enter();
        if (waiter.Queued)
        {
            Unlink(waiter);
        }

        _gate.Exit();
    }

    /// <summary>Wakes the first <paramref name="n"/> waiters in arrival order.</summary>
    public void Notify(int n)
    {
        if (n <= 0)
        {
            return;
        }

        // Detach the first n waiters under the gate; release them outside it. Each dequeued waiter
        // counts as notified even if it already timed out, as in CPython (its lock is still held).
        Waiter? first = null;
        Waiter? last = null;
        _gate.Enter();
        while (n > 0 && _head is { } waiter)
        {
            Unlink(waiter);
            if (last is null)
            {
                first = waiter;
            }
            else
            {
                last.Next = waiter;
            }

            last = waiter;
            n--;
        }

        _gate.Exit();

        for (var waiter = first; waiter is not null;)
        {
            var next = waiter.Next;
            waiter.Signal.Release();
            waiter = next;
        }
    }

    private void Unlink(Waiter waiter)
    {
        if (waiter.Prev is null)
        {
            _head = waiter.Next;
        }
        else
        {
            waiter.Prev.Next = waiter.Next;
        }

        if (waiter.Next is null)
        {
            _tail = waiter.Prev;
        }
        else
        {
            waiter.Next.Prev = waiter.Prev;
        }

        waiter.Prev = null;
        waiter.Next = null;
        waiter.Queued = false;
        _count--;
    }

    /// <summary>One waiting thread: CPython's <c>waiter = _allocate_lock()</c>.</summary>
    internal sealed class Waiter
    {
        public Waiter(Lock signal)
        {
            Signal = signal;
        }

        public Lock Signal { get; }

        public Waiter? Prev { get; set; }

        public Waiter? Next { get; set; }

        public bool Queued { get; set; }
    }
}
