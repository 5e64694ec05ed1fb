using System.Runtime.CompilerServices;

namespace Portalis.Threading.Sync;

/// <summary>
/// A Rust-style reader-writer lock that owns its value: many readers or one writer. Writers are
/// preferred: once a writer waits, new readers wait too, so a stream of readers cannot starve it.
/// </summary>
/// <typeparam name="T">The protected value.</typeparam>
/// <remarks>
/// Not reentrant: a thread holding a read guard that asks for another while a writer waits
/// deadlocks, as with Rust's <c>RwLock</c> on most platforms. Uncontended read and write locks are
/// one compare-and-swap each; waiting threads block on a backend monitor.
/// </remarks>
public sealed class RwLock<T>
{
    private const int WriteLocked = 1 << 30;
    private const int WriterWaiting = 1 << 29;
    private const int ReaderMask = WriterWaiting - 1;

    private readonly IThreadingBackend _backend;
    private readonly bool _controlled;
    private readonly SyncMonitor _monitor;
    private T _value;

    // Reader count in the low bits, plus the WriteLocked and WriterWaiting flags.
    private int _state;

    // Slow-path waiters, changed with Interlocked under the monitor.
    private int _waitingReaders;
    private int _waitingWriters;

    /// <summary>Creates an unlocked reader-writer lock holding <paramref name="value"/>.</summary>
    /// <param name="value">The initial value.</param>
    public RwLock(T value)
    {
        _backend = ThreadingBackend.Current;
        _controlled = _backend.IsControlled;
        _monitor = _backend.CreateMonitor(nameof(RwLock<T>));
        _value = value;
    }

    internal ref T ValueRef => ref _value;

    /// <summary>Whether a writer waits, for tests' handshakes.</summary>
    internal bool HasWaitingWriter => (Volatile.Read(ref _state) & WriterWaiting) != 0;

    /// <summary>Locks for reading, waiting as long as it takes.</summary>
    /// <returns>A read guard; dispose it exactly once.</returns>
    public ReadGuard<T> Read()
    {
        if (!TryEnterRead())
        {
            EnterReadSlow(Timeout.InfiniteTimeSpan);
        }

        return new ReadGuard<T>(this);
    }

    /// <summary>Locks for reading, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once.</param>
    /// <param name="guard">The guard when locked.</param>
    /// <returns>True if locked.</returns>
    public bool TryRead(TimeSpan timeout, out ReadGuard<T> guard)
    {
        Timeouts.Check(timeout, nameof(timeout));
        if (TryEnterRead() || (timeout != TimeSpan.Zero && EnterReadSlow(timeout)))
        {
            guard = new ReadGuard<T>(this);
            return true;
        }

        guard = default;
        return false;
    }

    /// <summary>Locks for writing, waiting as long as it takes.</summary>
    /// <returns>A write guard; dispose it exactly once.</returns>
    public WriteGuard<T> Write()
    {
        if (!TryEnterWrite())
        {
            EnterWriteSlow(Timeout.InfiniteTimeSpan);
        }

        return new WriteGuard<T>(this);
    }

    /// <summary>Locks for writing, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once.</param>
    /// <param name="guard">The guard when locked.</param>
    /// <returns>True if locked.</returns>
    public bool TryWrite(TimeSpan timeout, out WriteGuard<T> guard)
    {
        Timeouts.Check(timeout, nameof(timeout));
        if (TryEnterWrite() || (timeout != TimeSpan.Zero && EnterWriteSlow(timeout)))
        {
            guard = new WriteGuard<T>(this);
            return true;
        }

        guard = default;
        return false;
    }

    internal void ExitRead()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        int state = Interlocked.Decrement(ref _state);
        if ((state & ReaderMask) == 0 && (state & WriterWaiting) != 0)
        {
            WakeAll();
        }
    }

    internal void ExitWrite()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        Interlocked.And(ref _state, ~WriteLocked);
        if (Volatile.Read(ref _waitingReaders) != 0 || Volatile.Read(ref _waitingWriters) != 0)
        {
            WakeAll();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryEnterRead()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        while (true)
        {
            int state = Volatile.Read(ref _state);
            if ((state & (WriteLocked | WriterWaiting)) != 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _state, state + 1, state) == state)
            {
                return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryEnterWrite()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }

        while (true)
        {
            int state = Volatile.Read(ref _state);
            if ((state & (WriteLocked | ReaderMask)) != 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _state, state | WriteLocked, state) == state)
            {
                return true;
            }
        }
    }

    private bool EnterReadSlow(TimeSpan timeout)
    {
        var deadline = Deadline.Start(_backend, timeout);
        _monitor.Enter();
        Interlocked.Increment(ref _waitingReaders);
        try
        {
            while (true)
            {
                if (TryEnterRead())
                {
                    return true;
                }

                if (!deadline.TryGetWait(_backend, out var wait))
                {
                    return false;
                }

                _monitor.Wait(wait);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waitingReaders);
            _monitor.Exit();
        }
    }

    private bool EnterWriteSlow(TimeSpan timeout)
    {
        var deadline = Deadline.Start(_backend, timeout);
        _monitor.Enter();
        if (Interlocked.Increment(ref _waitingWriters) == 1)
        {
            Interlocked.Or(ref _state, WriterWaiting);
        }

        try
        {
            while (true)
            {
                if (TryEnterWrite())
                {
                    return true;
                }

                if (!deadline.TryGetWait(_backend, out var wait))
                {
                    return false;
                }

                _monitor.Wait(wait);
            }
        }
        finally
        {
            if (Interlocked.Decrement(ref _waitingWriters) == 0)
            {
                Interlocked.And(ref _state, ~WriterWaiting);

                // Readers held back only by the flag may go now (matters when this writer gave up).
                if (Volatile.Read(ref _waitingReaders) != 0)
                {
                    _monitor.PulseAll();
                }
            }

            _monitor.Exit();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WakeAll()
    {
        _monitor.Enter();
        _monitor.PulseAll();
        _monitor.Exit();
    }
}

/// <summary>Shared access to a read-locked <see cref="RwLock{T}"/>'s value; disposing it unlocks.</summary>
/// <typeparam name="T">The protected value.</typeparam>
public readonly ref struct ReadGuard<T>
{
    private readonly RwLock<T>? _lock;

    internal ReadGuard(RwLock<T> @lock)
    {
        _lock = @lock;
    }

    /// <summary>The protected value, read-only.</summary>
    public ref readonly T Value => ref (_lock ?? throw new InvalidOperationException("The guard does not hold a lock.")).ValueRef;

    /// <summary>Releases the read lock. Call once per guard.</summary>
    public void Dispose() => _lock?.ExitRead();
}

/// <summary>Exclusive access to a write-locked <see cref="RwLock{T}"/>'s value; disposing it unlocks.</summary>
/// <typeparam name="T">The protected value.</typeparam>
public readonly ref struct WriteGuard<T>
{
    private readonly RwLock<T>? _lock;

    internal WriteGuard(RwLock<T> @lock)
    {
        _lock = @lock;
    }

    /// <summary>The protected value, by reference.</summary>
    public ref T Value => ref (_lock ?? throw new InvalidOperationException("The guard does not hold a lock.")).ValueRef;

    /// <summary>Releases the write lock. Call once per guard.</summary>
    public void Dispose() => _lock?.ExitWrite();
}
