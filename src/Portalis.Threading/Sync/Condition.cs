namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.Condition</c> over a <see cref="Lock"/> or an <see cref="RLock"/> (the
/// default), with CPython's algorithm (Lib/threading.py, <c>Condition</c>): waiters are woken in
/// arrival order, there are no spurious wake-ups, and a waiter that times out while being notified
/// consumes the notification.
/// </summary>
public sealed class Condition : IReleasable
{
    private readonly IThreadingBackend _backend;
    private readonly IConditionLock _lock;
    private readonly WaiterQueue _waiters;

    /// <summary>Creates a condition with a new <see cref="RLock"/>, as <c>Condition()</c> does.</summary>
    public Condition()
        : this(ThreadingBackend.Current, null)
    {
    }

    /// <summary>Creates a condition over a plain lock.</summary>
    /// <param name="lock">The lock; waiting requires it to be locked (by any thread, as CPython can only tell that much).</param>
    public Condition(Lock @lock)
        : this(ThreadingBackend.Current, @lock ?? throw new ArgumentNullException(nameof(@lock)))
    {
    }

    /// <summary>Creates a condition over a reentrant lock.</summary>
    /// <param name="lock">The lock; waiting requires the calling thread to own it.</param>
    public Condition(RLock @lock)
        : this(ThreadingBackend.Current, @lock ?? throw new ArgumentNullException(nameof(@lock)))
    {
    }

    private Condition(IThreadingBackend backend, IConditionLock? @lock)
    {
        _backend = backend;
        _lock = @lock ?? new RLock(backend);
        _waiters = new WaiterQueue(backend, nameof(Condition));
    }

    /// <summary>Python's <c>acquire(*args)</c>: acquires the underlying lock.</summary>
    /// <param name="blocking">False to try once without waiting.</param>
    /// <param name="timeout">Seconds to wait; -1 for ever.</param>
    /// <returns>True if the lock was acquired.</returns>
    public bool Acquire(bool blocking = true, double timeout = -1) => _lock.Acquire(blocking, timeout);

    /// <summary>Acquires the underlying lock, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True if the lock was acquired.</returns>
    public bool Acquire(TimeSpan timeout) => _lock.Acquire(Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>Python's <c>with cond:</c>: acquires the underlying lock and releases it when the scope is disposed.</summary>
    /// <returns>The scope to dispose.</returns>
    public LockScope Hold()
    {
        _lock.Acquire(Timeout.InfiniteTimeSpan);
        return new LockScope(this);
    }

    /// <summary>Python's <c>release()</c>: releases the underlying lock.</summary>
    public void Release() => _lock.Release();

    /// <summary>
    /// Python's <c>wait(timeout=None)</c>: releases the lock, waits for a notification or the timeout,
    /// and reacquires the lock (restoring an <see cref="RLock"/>'s recursion count).
    /// </summary>
    /// <param name="timeout">Seconds to wait; null for ever; zero or less does not block.</param>
    /// <returns>False if the timeout expired, true otherwise.</returns>
    /// <exception cref="LockNotHeldError">The lock is not held ("cannot wait on un-acquired lock").</exception>
    public bool Wait(double? timeout = null) => WaitCore(Timeouts.FromOptional(timeout));

    /// <summary>Waits for a notification at most <paramref name="timeout"/>; see <see cref="Wait(double?)"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>False if the timeout expired, true otherwise.</returns>
    public bool Wait(TimeSpan timeout) => WaitCore(Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>
    /// Python's <c>wait_for(predicate, timeout=None)</c>: waits until <paramref name="predicate"/> is
    /// true or the timeout expires, and returns the predicate's last value.
    /// </summary>
    /// <param name="predicate">Evaluated with the lock held.</param>
    /// <param name="timeout">Seconds to wait in total; null for ever.</param>
    /// <returns>The last value of the predicate.</returns>
    public bool WaitFor(Func<bool> predicate, double? timeout = null) => WaitFor(predicate, static r => r, timeout);

    /// <summary>Waits until <paramref name="predicate"/> is true or <paramref name="timeout"/> expires.</summary>
    /// <param name="predicate">Evaluated with the lock held.</param>
    /// <param name="timeout">How long to wait in total; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>The last value of the predicate.</returns>
    public bool WaitFor(Func<bool> predicate, TimeSpan timeout) =>
        WaitForCore(predicate, static r => r, Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>
    /// <c>wait_for</c> with a predicate of any type and Python's truthiness supplied by the caller.
    /// </summary>
    /// <typeparam name="T">The predicate's result type.</typeparam>
    /// <param name="predicate">Evaluated with the lock held.</param>
    /// <param name="isTrue">Python's truth test of a result.</param>
    /// <param name="timeout">Seconds to wait in total; null for ever.</param>
    /// <returns>The last value of the predicate.</returns>
    public T WaitFor<T>(Func<T> predicate, Func<T, bool> isTrue, double? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(isTrue);

        // Lib/threading.py, Condition.wait_for: a timeout that is not positive still evaluates once.
        TimeSpan total = timeout is { } t ? (t > 0 ? Timeouts.FromOptional(t) : TimeSpan.Zero) : Timeout.InfiniteTimeSpan;
        return WaitForCore(predicate, isTrue, total);
    }

    /// <summary>
    /// Python's <c>notify(n=1)</c>: wakes the first <paramref name="n"/> waiting threads, in the order they started waiting.
    /// </summary>
    /// <param name="n">How many waiters to wake at most.</param>
    /// <exception cref="LockNotHeldError">The lock is not held ("cannot notify on un-acquired lock").</exception>
    public void Notify(int n = 1)
    {
        if (!_lock.IsOwned())
        {
            throw new LockNotHeldError(LockNotHeldError.NotifyUnacquired);
        }

        _waiters.Notify(n);
    }

    /// <summary>Python's <c>notify_all()</c>: wakes every waiting thread.</summary>
    /// <exception cref="LockNotHeldError">The lock is not held ("cannot notify on un-acquired lock").</exception>
    public void NotifyAll()
    {
        if (!_lock.IsOwned())
        {
            throw new LockNotHeldError(LockNotHeldError.NotifyUnacquired);
        }

        _waiters.Notify(int.MaxValue);
    }

    private bool WaitCore(TimeSpan timeout)
    {
        // Lib/threading.py, Condition.wait.
        if (!_lock.IsOwned())
        {
            throw new LockNotHeldError(LockNotHeldError.WaitUnacquired);
        }

        var waiter = _waiters.Enqueue();
        var saved = _lock.ReleaseSave();
        bool gotIt = false;
        try
        {
            gotIt = waiter.Signal.AcquireCore(timeout);
            return gotIt;
        }
        finally
        {
            _lock.AcquireRestore(saved);
            if (!gotIt)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private T WaitForCore<T>(Func<T> predicate, Func<T, bool> isTrue, TimeSpan timeout)
    {
        // Lib/threading.py, Condition.wait_for: the deadline starts at the first wait.
        T result = predicate();
        Deadline? deadline = null;
        while (!isTrue(result))
        {
            TimeSpan wait = Timeout.InfiniteTimeSpan;
            if (timeout != Timeout.InfiniteTimeSpan)
            {
                if (deadline is not { } d)
                {
                    deadline = Deadline.Start(_backend, timeout);
                    wait = timeout;
                }
                else
                {
                    wait = d.Remaining(_backend);
                    if (wait <= TimeSpan.Zero)
                    {
                        break;
                    }
                }
            }

            WaitCore(wait);
            result = predicate();
        }

        return result;
    }
}
