namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.RLock</c>: a reentrant lock owned by the logical thread that acquired it,
/// with a recursion count (Modules/_threadmodule.c, <c>rlockobject</c>). Only the owner may release it.
/// </summary>
/// <remarks>
/// The owner is <see cref="LogicalThread.Id"/> of <see cref="IThreadingBackend.CurrentThread"/>, so
/// ownership follows logical threads, not OS threads.
/// </remarks>
public sealed class RLock : IConditionLock, IReleasable
{
    private readonly IThreadingBackend _backend;
    private readonly Lock _lock;

    // Written only by the owner; read by other threads only to compare with their own id.
    private long _owner;
    private long _count;

    /// <summary>Creates an unowned reentrant lock on <see cref="ThreadingBackend.Current"/>.</summary>
    public RLock()
        : this(ThreadingBackend.Current)
    {
    }

    internal RLock(IThreadingBackend backend)
    {
        _backend = backend;
        _lock = new Lock(backend, nameof(RLock));
    }

    /// <summary>Python's <c>_is_owned()</c>: whether the calling thread holds the lock.</summary>
    public bool IsOwned => Volatile.Read(ref _count) > 0 && Volatile.Read(ref _owner) == _backend.CurrentThread.Id;

    /// <summary>
    /// Python's <c>acquire(blocking=True, timeout=-1)</c>: takes the lock or, when the calling thread
    /// already owns it, increments the recursion count.
    /// </summary>
    /// <param name="blocking">False to try once without waiting.</param>
    /// <param name="timeout">Seconds to wait; -1 for ever. Must be -1 when not blocking.</param>
    /// <returns>True if the lock was acquired.</returns>
    /// <exception cref="SyncValueError">A timeout with <paramref name="blocking"/> false, or a negative timeout other than -1.</exception>
    public bool Acquire(bool blocking = true, double timeout = -1) => AcquireCore(Timeouts.ForLockAcquire(blocking, timeout));

    /// <summary>Takes the lock (or recurses), waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True if the lock was acquired.</returns>
    public bool Acquire(TimeSpan timeout) => AcquireCore(Timeouts.Check(timeout, nameof(timeout)));

    /// <summary>Python's <c>with rlock:</c>: acquires, blocking, and releases when the scope is disposed.</summary>
    /// <returns>The scope to dispose.</returns>
    public LockScope Hold()
    {
        AcquireCore(Timeout.InfiniteTimeSpan);
        return new LockScope(this);
    }

    /// <summary>
    /// Python's <c>release()</c>: decrements the recursion count and frees the lock when it reaches zero.
    /// </summary>
    /// <exception cref="LockNotHeldError">The calling thread does not own the lock ("cannot release un-acquired lock").</exception>
    public void Release()
    {
        // Modules/_threadmodule.c, rlock_release.
        long me = _backend.CurrentThread.Id;
        if (_count == 0 || Volatile.Read(ref _owner) != me)
        {
            throw new LockNotHeldError(LockNotHeldError.ReleaseUnacquired);
        }

        if (--_count == 0)
        {
            Volatile.Write(ref _owner, 0);
            _lock.Release();
        }
    }

    /// <summary>Python's <c>__repr__</c> state word and count.</summary>
    public override string ToString() =>
        Volatile.Read(ref _count) > 0 ? $"<locked RLock owner={Volatile.Read(ref _owner)} count={Volatile.Read(ref _count)}>" : "<unlocked RLock owner=0 count=0>";

    bool IConditionLock.IsOwned() => IsOwned;

    SavedLockState IConditionLock.ReleaseSave()
    {
        // Modules/_threadmodule.c, rlock_release_save: checks the count, not the owner.
        if (_count == 0)
        {
            throw new LockNotHeldError(LockNotHeldError.ReleaseUnacquired);
        }

        var saved = new SavedLockState(_count, _owner);
        _count = 0;
        Volatile.Write(ref _owner, 0);
        _lock.Release();
        return saved;
    }

    void IConditionLock.AcquireRestore(SavedLockState state)
    {
        _lock.AcquireCore(Timeout.InfiniteTimeSpan);
        Volatile.Write(ref _owner, state.Owner);
        Volatile.Write(ref _count, state.Count);
    }

    private bool AcquireCore(TimeSpan timeout)
    {
        // Modules/_threadmodule.c, rlock_acquire.
        long me = _backend.CurrentThread.Id;
        if (Volatile.Read(ref _count) > 0 && Volatile.Read(ref _owner) == me)
        {
            if (_count == long.MaxValue)
            {
                throw new OverflowException("Internal lock count overflowed");
            }

            _count++;
            return true;
        }

        if (!_lock.AcquireCore(timeout))
        {
            return false;
        }

        Volatile.Write(ref _owner, me);
        Volatile.Write(ref _count, 1);
        return true;
    }
}
