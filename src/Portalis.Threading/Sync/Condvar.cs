namespace Portalis.Threading.Sync;

/// <summary>
/// A Rust-style condition variable for <see cref="Mutex{T}"/>: <see cref="Wait{T}"/> unlocks the
/// guard's mutex, waits for a notification and relocks it. Waiters are woken in FIFO order with
/// <see cref="Condition"/>'s scheme; there are no spurious wake-ups, though callers should loop on
/// their condition anyway (or use <see cref="WaitWhile{T}"/>), as with Rust's.
/// </summary>
public sealed class Condvar
{
    private readonly WaiterQueue _waiters;

    /// <summary>Creates a condition variable on <see cref="ThreadingBackend.Current"/>.</summary>
    public Condvar()
    {
        _waiters = new WaiterQueue(ThreadingBackend.Current, nameof(Condvar));
    }

    /// <summary>Unlocks the guard's mutex, waits for a notification, and relocks it.</summary>
    /// <typeparam name="T">The mutex's value.</typeparam>
    /// <param name="guard">A guard of the locked mutex; it stays valid.</param>
    public void Wait<T>(MutexGuard<T> guard) => WaitCore(guard.Mutex.RawLock, Timeout.InfiniteTimeSpan);

    /// <summary>Like <see cref="Wait{T}"/>, giving up after <paramref name="timeout"/>.</summary>
    /// <typeparam name="T">The mutex's value.</typeparam>
    /// <param name="guard">A guard of the locked mutex; it stays valid.</param>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>False if the timeout expired (Rust's <c>timed_out()</c>), true if notified.</returns>
    public bool WaitTimeout<T>(MutexGuard<T> guard, TimeSpan timeout) =>
        WaitCore(guard.Mutex.RawLock, Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>Waits while <paramref name="condition"/> holds for the guarded value (Rust's <c>wait_while</c>).</summary>
    /// <typeparam name="T">The mutex's value.</typeparam>
    /// <param name="guard">A guard of the locked mutex; it stays valid.</param>
    /// <param name="condition">Evaluated with the mutex locked.</param>
    public void WaitWhile<T>(MutexGuard<T> guard, Func<T, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var mutex = guard.Mutex;
        while (condition(mutex.ValueRef))
        {
            WaitCore(mutex.RawLock, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Wakes the longest-waiting thread, if any.</summary>
    public void NotifyOne() => _waiters.Notify(1);

    /// <summary>Wakes every waiting thread.</summary>
    public void NotifyAll() => _waiters.Notify(int.MaxValue);

    private bool WaitCore(Lock mutexLock, TimeSpan timeout)
    {
        // Queue before unlocking, so that a notification sent after the unlock cannot be missed.
        var waiter = _waiters.Enqueue();
        mutexLock.Release();
        bool notified = false;
        try
        {
            notified = waiter.Signal.AcquireCore(timeout);
            return notified;
        }
        finally
        {
            mutexLock.AcquireCore(Timeout.InfiniteTimeSpan);
            if (!notified)
            {
                _waiters.Remove(waiter);
            }
        }
    }
}
