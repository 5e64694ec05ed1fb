namespace Portalis.Threading.Sync;

/// <summary>
/// What <see cref="Condition"/> needs from its lock: Python's <c>acquire</c>/<c>release</c> and the
/// private <c>_is_owned</c>, <c>_release_save</c>, <c>_acquire_restore</c> protocol (Lib/threading.py,
/// <c>Condition.__init__</c>).
/// </summary>
internal interface IConditionLock
{
    bool Acquire(bool blocking, double timeout);

    bool Acquire(TimeSpan timeout);

    void Release();

    /// <summary>Python's <c>_is_owned</c>.</summary>
    bool IsOwned();

    /// <summary>Releases the lock completely and returns what <see cref="AcquireRestore"/> needs.</summary>
    SavedLockState ReleaseSave();

    /// <summary>Reacquires the lock, blocking, and restores the saved state.</summary>
    void AcquireRestore(SavedLockState state);
}

/// <summary>An <see cref="RLock"/>'s owner and recursion count while a condition waits (CPython's <c>(count, owner)</c> tuple).</summary>
internal readonly record struct SavedLockState(long Count, long Owner);
