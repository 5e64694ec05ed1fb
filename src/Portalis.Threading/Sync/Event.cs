namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.Event</c>: a flag that threads wait for (Lib/threading.py, <c>Event</c>).
/// A <see cref="Wait(double?)"/> that was in progress when <see cref="Set"/> ran returns true even
/// if <see cref="Clear"/> ran before it woke, as in CPython, where <c>set()</c> notifies every waiter.
/// </summary>
public sealed class Event
{
    private const int SpinCount = 10;

    private readonly IThreadingBackend _backend;
    private readonly bool _controlled;
    private SyncMonitor? _monitor;
    private int _flag;
    private int _waiters;

    // Incremented by every set() that finds waiters; a waiter returns true when it changes.
    private long _generation;

    /// <summary>Creates a cleared event on <see cref="ThreadingBackend.Current"/>.</summary>
    public Event()
    {
        _backend = ThreadingBackend.Current;
        _controlled = _backend.IsControlled;
    }

    /// <summary>Python's <c>is_set()</c>.</summary>
    public bool IsSet
    {
        get
        {
            if (_controlled)
            {
                _backend.SchedulingPoint();
            }

            return Volatile.Read(ref _flag) != 0;
        }
    }

    /// <summary>Threads inside <see cref="Wait(TimeSpan)"/>'s slow path, for tests' handshakes.</summary>
    internal int WaiterCount => Volatile.Read(ref _waiters);

    /// <summary>Python's <c>set()</c>: sets the flag and wakes every waiting thread.</summary>
    public void Set()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        // The exchange and the waiter count's interlocked increment order each other: either the
        // waiter sees the flag, or this call sees the waiter.
        Interlocked.Exchange(ref _flag, 1);
        if (Volatile.Read(ref _waiters) != 0)
        {
            var monitor = GetMonitor();
            monitor.Enter();
            _generation++;
            monitor.PulseAll();
            monitor.Exit();
        }
    }

    /// <summary>Python's <c>clear()</c>: resets the flag.</summary>
    public void Clear()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        Interlocked.Exchange(ref _flag, 0);
    }

    /// <summary>Python's <c>wait(timeout=None)</c>: waits until the flag is set or the timeout expires.</summary>
    /// <param name="timeout">Seconds to wait; null for ever; zero or less does not block.</param>
    /// <returns>True if the flag was set (or set while waiting), false on timeout.</returns>
    public bool Wait(double? timeout = null) => WaitCore(Timeouts.FromOptional(timeout));

    /// <summary>Waits until the flag is set or <paramref name="timeout"/> expires.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True if the flag was set (or set while waiting), false on timeout.</returns>
    public bool Wait(TimeSpan timeout) => WaitCore(Timeouts.Check(timeout, nameof(timeout)));

    private bool WaitCore(TimeSpan timeout)
    {
        if (IsSet)
        {
            return true;
        }

        if (timeout == TimeSpan.Zero)
        {
            return false;
        }

        if (!_controlled)
        {
            // A short spin catches a set() that is already on its way, as ManualResetEventSlim does.
            var spinner = default(SpinWait);
            for (int i = 0; i < SpinCount; i++)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                if (Volatile.Read(ref _flag) != 0)
                {
                    return true;
                }
            }
        }

        var deadline = Deadline.Start(_backend, timeout);
        var monitor = GetMonitor();
        monitor.Enter();
        Interlocked.Increment(ref _waiters);
        try
        {
            long generation = _generation;
            while (true)
            {
                if (_controlled)
                {
                    _backend.SchedulingPoint();
                }

                if (Volatile.Read(ref _flag) != 0 || _generation != generation)
                {
                    return true;
                }

                if (!deadline.TryGetWait(_backend, out var wait))
                {
                    return false;
                }

                monitor.Wait(wait);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiters);
            monitor.Exit();
        }
    }

    private SyncMonitor GetMonitor()
    {
        var monitor = Volatile.Read(ref _monitor);
        if (monitor is null)
        {
            var created = _backend.CreateMonitor(nameof(Event));
            monitor = Interlocked.CompareExchange(ref _monitor, created, null) ?? created;
        }

        return monitor;
    }
}
