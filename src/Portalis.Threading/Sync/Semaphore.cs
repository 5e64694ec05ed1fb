using System.Runtime.CompilerServices;

namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.Semaphore</c>: a counter that <see cref="Acquire(bool, double?)"/>
/// decrements, blocking at zero, and <see cref="Release(int)"/> increments (Lib/threading.py,
/// <c>Semaphore</c>). Like CPython's it is not fair.
/// </summary>
/// <remarks>
/// The counter is taken with a compare-and-swap when positive; a thread that finds it at zero waits
/// on a backend monitor. C# files that import <c>System.Threading</c> should alias the name.
/// </remarks>
public class Semaphore : IReleasable
{
    private readonly IThreadingBackend _backend;
    private readonly bool _controlled;
    private readonly int _bound;
    private SyncMonitor? _monitor;
    private int _value;
    private int _waiters;

    /// <summary>Creates a semaphore with an initial value (Python's default is 1).</summary>
    /// <param name="value">The initial counter.</param>
    /// <exception cref="SyncValueError"><paramref name="value"/> is negative ("semaphore initial value must be >= 0").</exception>
    public Semaphore(int value = 1)
        : this(value, bound: -1)
    {
    }

    private protected Semaphore(int value, int bound)
    {
        if (value < 0)
        {
            throw new SyncValueError("semaphore initial value must be >= 0");
        }

        _backend = ThreadingBackend.Current;
        _controlled = _backend.IsControlled;
        _value = value;
        _bound = bound;
    }

    /// <summary>The current counter (Python's private <c>_value</c>), for diagnostics.</summary>
    public int Value => Volatile.Read(ref _value);

    /// <summary>
    /// Python's <c>acquire(blocking=True, timeout=None)</c>: decrements the counter, waiting while it is zero.
    /// </summary>
    /// <param name="blocking">False to try once without waiting.</param>
    /// <param name="timeout">Seconds to wait; null for ever; zero or less does not block.</param>
    /// <returns>True if the counter was decremented.</returns>
    /// <exception cref="SyncValueError">A timeout with <paramref name="blocking"/> false.</exception>
    public bool Acquire(bool blocking = true, double? timeout = null)
    {
        if (!blocking && timeout is not null)
        {
            throw new SyncValueError("can't specify timeout for non-blocking acquire");
        }

        return AcquireCore(blocking ? Timeouts.FromOptional(timeout) : TimeSpan.Zero);
    }

    /// <summary>Decrements the counter, waiting at most <paramref name="timeout"/> while it is zero.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True if the counter was decremented.</returns>
    public bool Acquire(TimeSpan timeout) => AcquireCore(Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>Python's <c>with sem:</c>: acquires, blocking, and releases one unit when the scope is disposed.</summary>
    /// <returns>The scope to dispose.</returns>
    public LockScope Hold()
    {
        AcquireCore(Timeout.InfiniteTimeSpan);
        return new LockScope(this);
    }

    /// <summary>
    /// Python's <c>release(n=1)</c>: adds <paramref name="n"/> to the counter and wakes up to
    /// <paramref name="n"/> waiters.
    /// </summary>
    /// <param name="n">How much to add; at least one.</param>
    /// <exception cref="SyncValueError"><paramref name="n"/> is below one ("n must be one or more"), or a bounded semaphore would exceed its initial value ("Semaphore released too many times").</exception>
    public void Release(int n = 1)
    {
        if (n < 1)
        {
            throw new SyncValueError("n must be one or more");
        }

        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        if (_bound < 0)
        {
            Interlocked.Add(ref _value, n);
        }
        else
        {
            // Lib/threading.py, BoundedSemaphore.release: check and add atomically.
            int value;
            do
            {
                value = Volatile.Read(ref _value);
                if ((long)value + n > _bound)
                {
                    throw new SyncValueError("Semaphore released too many times");
                }
            }
            while (Interlocked.CompareExchange(ref _value, value + n, value) != value);
        }

        if (Volatile.Read(ref _waiters) != 0)
        {
            Wake(n);
        }
    }

    void IReleasable.Release() => Release();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryTake()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        while (true)
        {
            int value = Volatile.Read(ref _value);
            if (value == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _value, value - 1, value) == value)
            {
                return true;
            }
        }
    }

    private bool AcquireCore(TimeSpan timeout)
    {
        if (TryTake())
        {
            return true;
        }

        return timeout != TimeSpan.Zero && AcquireSlow(timeout);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AcquireSlow(TimeSpan timeout)
    {
        var deadline = Deadline.Start(_backend, timeout);
        var monitor = GetMonitor();
        monitor.Enter();
        Interlocked.Increment(ref _waiters);
        try
        {
            while (true)
            {
                if (TryTake())
                {
                    return true;
                }

                // Trying before checking the deadline means a pulse is never wasted on a waiter
                // that times out: it takes a unit if one is free.
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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Wake(int n)
    {
        var monitor = GetMonitor();
        monitor.Enter();
        if (n >= Volatile.Read(ref _waiters))
        {
            monitor.PulseAll();
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                monitor.Pulse();
            }
        }

        monitor.Exit();
    }

    private SyncMonitor GetMonitor()
    {
        var monitor = Volatile.Read(ref _monitor);
        if (monitor is null)
        {
            var created = _backend.CreateMonitor(nameof(Semaphore));
            monitor = Interlocked.CompareExchange(ref _monitor, created, null) ?? created;
        }

        return monitor;
    }
}
