using System.Runtime.CompilerServices;

namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.Lock</c>: a binary lock that is not owned, so any thread may release it
/// (Modules/_threadmodule.c, <c>lockobject</c>). Not reentrant: a thread that acquires it twice blocks.
/// </summary>
/// <remarks>
/// <para>
/// The name follows Python so that the translator maps <c>threading</c> one to one. C# files that
/// also import <c>System.Threading</c> (implicit usings do) should alias it:
/// <c>using Lock = Portalis.Threading.Sync.Lock;</c>; generated code uses the qualified name.
/// </para>
/// <para>
/// The uncontended path is one compare-and-swap to acquire and one exchange to release; a thread
/// that finds the lock taken spins briefly (natively) and then waits on a backend monitor created on
/// first contention. Like CPython's lock it is not fair: a releasing thread may reacquire at once.
/// </para>
/// </remarks>
public sealed partial class Lock : IReleasable
{
    private const int SpinCount = 12;

    private readonly IThreadingBackend _backend;
    private readonly bool _controlled;
    private readonly string _owner;
    private SyncMonitor? _monitor;

    // 0 = unlocked, 1 = locked.
    private int _state;

    // Threads in the slow path. Changed with Interlocked under the monitor so that a releaser that
    // reads zero after its exchange knows every later waiter will see the lock free (Dekker).
    private int _waiters;

    // Threads inside monitor.Wait (changed under the monitor).
    private int _sleepers;

    // 1 while a wake-up is in flight: a releaser pulsed and the woken thread has not yet come back
    // from its wait. Later releasers then skip the monitor and the futex call, so that a thread that
    // releases and reacquires in a loop pays one wake-up per hand-over attempt, not one per release
    // (WebKit's WTF::Lock and parking_lot do the same).
    private int _wakePending;

    /// <summary>Creates an unlocked lock on <see cref="ThreadingBackend.Current"/>.</summary>
    public Lock()
        : this(ThreadingBackend.Current)
    {
    }

    /// <param name="backend">The backend to block on.</param>
    /// <param name="owner">What a thread blocked here waits on, for deadlock reports (a condition's waiter lock says <c>Condition</c>).</param>
    internal Lock(IThreadingBackend backend, string owner = nameof(Lock))
    {
        _backend = backend;
        _controlled = backend.IsControlled;
        _owner = owner;
    }

    /// <summary>Python's <c>locked()</c>: whether some thread holds the lock.</summary>
    public bool Locked
    {
        get
        {
            if (_controlled)
            {
                _backend.SchedulingPoint();
            }

            return Volatile.Read(ref _state) != 0;
        }
    }

    /// <summary>
    /// Python's <c>acquire(blocking=True, timeout=-1)</c>: takes the lock, waiting at most
    /// <paramref name="timeout"/> seconds (-1 waits forever).
    /// </summary>
    /// <param name="blocking">False to try once without waiting.</param>
    /// <param name="timeout">Seconds to wait; -1 for ever. Must be -1 when not blocking.</param>
    /// <returns>True if the lock was acquired.</returns>
    /// <exception cref="SyncValueError">A timeout with <paramref name="blocking"/> false, or a negative timeout other than -1.</exception>
    /// <exception cref="OverflowException">A timeout above <c>threading.TIMEOUT_MAX</c>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Acquire(bool blocking = true, double timeout = -1)
    {
        if (blocking && timeout == -1)
        {
            if (_controlled)
            {
                _backend.SchedulingPoint();
            }

            return Interlocked.CompareExchange(ref _state, 1, 0) == 0 || AcquireSlow(Timeout.InfiniteTimeSpan);
        }

        return AcquireCore(Timeouts.ForLockAcquire(blocking, timeout));
    }

    /// <summary>Takes the lock, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True if the lock was acquired.</returns>
    public bool Acquire(TimeSpan timeout) => AcquireCore(Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>Takes the lock if it is free, without waiting (Python's <c>acquire(False)</c>).</summary>
    /// <returns>True if the lock was acquired.</returns>
    public bool TryAcquire() => AcquireCore(TimeSpan.Zero);

    /// <summary>Python's <c>with lock:</c>: acquires, blocking, and releases when the scope is disposed.</summary>
    /// <returns>The scope to dispose.</returns>
    public LockScope Hold()
    {
        AcquireCore(Timeout.InfiniteTimeSpan);
        return new LockScope(this);
    }

    /// <summary>Python's <c>release()</c>: frees the lock; any thread may call it.</summary>
    /// <exception cref="LockNotHeldError">The lock is not locked ("release unlocked lock").</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        if (Interlocked.Exchange(ref _state, 0) == 0)
        {
            ThrowReleaseUnlocked();
        }

        if (Volatile.Read(ref _waiters) != 0 && Volatile.Read(ref _wakePending) == 0
            && Interlocked.CompareExchange(ref _wakePending, 1, 0) == 0)
        {
            WakeOne();
        }
    }

    /// <summary>Python's <c>__repr__</c> state word.</summary>
    public override string ToString() => Volatile.Read(ref _state) != 0 ? "<locked Lock>" : "<unlocked Lock>";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool AcquireCore(TimeSpan timeout)
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        if (Interlocked.CompareExchange(ref _state, 1, 0) == 0)
        {
            return true;
        }

        return timeout != TimeSpan.Zero && AcquireSlow(timeout);
    }

    private static void ThrowReleaseUnlocked() => throw new LockNotHeldError(LockNotHeldError.ReleaseUnlocked);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AcquireSlow(TimeSpan timeout)
    {
        if (!_controlled)
        {
            // A short spin wins most two-thread hand-overs without a kernel wait.
            var spinner = default(SpinWait);
            for (int i = 0; i < SpinCount; i++)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                if (Volatile.Read(ref _state) == 0 && Interlocked.CompareExchange(ref _state, 1, 0) == 0)
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
            while (true)
            {
                if (_controlled)
                {
                    _backend.SchedulingPoint();
                }

                if (Interlocked.CompareExchange(ref _state, 1, 0) == 0)
                {
                    return true;
                }

                // Trying before checking the deadline means a pulse is never wasted on a waiter
                // that times out: it takes the lock if the lock is free.
                if (!deadline.TryGetWait(_backend, out var wait))
                {
                    return false;
                }

                _sleepers++;
                try
                {
                    monitor.Wait(wait);
                }
                finally
                {
                    // Whatever woke this thread (the pulse, its timeout, a spurious wake-up, an
                    // error), the next release may wake another: clearing more often than needed
                    // costs a wake-up, never loses one.
                    _sleepers--;
                    Volatile.Write(ref _wakePending, 0);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiters);
            monitor.Exit();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WakeOne()
    {
        var monitor = GetMonitor();
        monitor.Enter();
        if (_sleepers != 0)
        {
            monitor.Pulse();
        }
        else
        {
            // The waiters counted by the releaser took the lock or timed out without waiting: no
            // thread will come back from a wait to clear the flag, so clear it here (under the
            // monitor, so that no thread can be between its count and its wait).
            Volatile.Write(ref _wakePending, 0);
        }

        monitor.Exit();
    }

    private SyncMonitor GetMonitor()
    {
        var monitor = Volatile.Read(ref _monitor);
        if (monitor is null)
        {
            var created = _backend.CreateMonitor(_owner);
            monitor = Interlocked.CompareExchange(ref _monitor, created, null) ?? created;
        }

        return monitor;
    }
}
