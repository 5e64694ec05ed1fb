namespace Portalis.Threading.Sync;

/// <summary>The protocol <see cref="Condition"/> uses; a plain lock has only acquire and release.</summary>
public sealed partial class Lock : IConditionLock
{
    bool IConditionLock.Acquire(TimeSpan timeout) => AcquireCore(timeout);

    /// <summary>
    /// A plain lock has no owner, so CPython guesses: the lock counts as owned when it cannot be
    /// acquired right now (Lib/threading.py, <c>Condition._is_owned</c>).
    /// </summary>
    bool IConditionLock.IsOwned()
    {
        if (AcquireCore(TimeSpan.Zero))
        {
            Release();
            return false;
        }

        return true;
    }

    SavedLockState IConditionLock.ReleaseSave()
    {
        // Condition._release_save is lock.release for a plain lock.
        Release();
        return default;
    }

    void IConditionLock.AcquireRestore(SavedLockState state) => AcquireCore(Timeout.InfiniteTimeSpan);
}
