namespace Portalis.Threading.Sync;

/// <summary>
/// A Rust-style mutex that owns its value: the value is reachable only through the
/// <see cref="MutexGuard{T}"/> that <see cref="Lock"/> returns, and disposing the guard unlocks.
/// </summary>
/// <typeparam name="T">The protected value.</typeparam>
/// <remarks>
/// Built on the binary <see cref="Sync.Lock"/> (same fast path). Not reentrant. There is no
/// poisoning: an exception that leaves a <c>using</c> block unlocks the mutex normally.
/// </remarks>
/// <example><code>
/// var counter = new Mutex&lt;int&gt;(0);
/// using (var guard = counter.Lock()) { guard.Value++; }
/// </code></example>
public sealed class Mutex<T>
{
    private readonly Lock _lock;
    private T _value;

    /// <summary>Creates an unlocked mutex holding <paramref name="value"/>.</summary>
    /// <param name="value">The initial value.</param>
    public Mutex(T value)
    {
        _lock = new Lock(ThreadingBackend.Current, "Mutex");
        _value = value;
    }

    /// <summary>Whether some thread holds the mutex (a racy snapshot).</summary>
    public bool IsLocked => _lock.Locked;

    internal Lock RawLock => _lock;

    internal ref T ValueRef => ref _value;

    /// <summary>Locks, waiting as long as it takes.</summary>
    /// <returns>A guard; dispose it exactly once to unlock.</returns>
    public MutexGuard<T> Lock()
    {
        _lock.AcquireCore(Timeout.InfiniteTimeSpan);
        return new MutexGuard<T>(this);
    }

    /// <summary>Locks if the mutex is free, without waiting.</summary>
    /// <param name="guard">The guard when locked.</param>
    /// <returns>True if locked.</returns>
    public bool TryLock(out MutexGuard<T> guard) => TryLock(TimeSpan.Zero, out guard);

    /// <summary>Locks, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <param name="guard">The guard when locked.</param>
    /// <returns>True if locked.</returns>
    public bool TryLock(TimeSpan timeout, out MutexGuard<T> guard)
    {
        if (_lock.AcquireCore(Timeouts.Check(timeout, nameof(timeout))))
        {
            guard = new MutexGuard<T>(this);
            return true;
        }

        guard = default;
        return false;
    }
}

/// <summary>Access to a locked <see cref="Mutex{T}"/>'s value; disposing it unlocks the mutex.</summary>
/// <typeparam name="T">The protected value.</typeparam>
public readonly ref struct MutexGuard<T>
{
    private readonly Mutex<T>? _mutex;

    internal MutexGuard(Mutex<T> mutex)
    {
        _mutex = mutex;
    }

    /// <summary>The protected value, by reference.</summary>
    public ref T Value => ref Mutex.ValueRef;

    internal Mutex<T> Mutex => _mutex ?? throw new InvalidOperationException("The guard does not hold a mutex.");

    /// <summary>Unlocks the mutex. Call once per guard.</summary>
    public void Dispose() => _mutex?.RawLock.Release();
}
