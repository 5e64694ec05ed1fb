using SyncLock = Portalis.Threading.Sync.Lock;

namespace Portalis.Runtime;

/// <summary>
/// <c>_thread.RLock</c> (Modules/_threadmodule.c, <c>rlockobject</c>): <c>threading.RLock()</c>, owned by the
/// logical thread that acquired it, with a recursion count, and the private protocol that
/// <c>threading.Condition</c> uses (<c>_is_owned</c>, <c>_release_save</c>, <c>_acquire_restore</c>).
/// </summary>
public sealed class PyThreadRLock : NativeObject
{
    private readonly SyncLock _lock = new();

    // Written only by the owner; read by other threads only to compare with their own id (as rlockobject).
    private long _owner;
    private long _count;

    /// <inheritdoc/>
    public override string PythonTypeName => "_thread.RLock";

    /// <summary><c>acquire(blocking=True, timeout=-1)</c></summary>
    [PyExport("acquire")]
    [PyExport("__enter__")]
    public bool Acquire([PyOptional] object? blocking = null, [PyOptional] object? timeout = null)
    {
        // Modules/_threadmodule.c, rlock_acquire: arguments are checked before the owner test.
        var wait = ThreadArgs.LockTimeout(blocking, timeout);
        var me = ThreadModule.GetIdent();
        if (Volatile.Read(ref _count) > 0 && Volatile.Read(ref _owner) == me)
        {
            if (_count == long.MaxValue)
            {
                throw new PyOverflowError("Internal lock count overflowed");
            }

            _count++;
            return true;
        }

        if (!_lock.Acquire(wait))
        {
            return false;
        }

        Volatile.Write(ref _owner, me);
        Volatile.Write(ref _count, 1);
        return true;
    }

    /// <summary><c>release()</c>: "cannot release un-acquired lock" unless the caller owns it.</summary>
    [PyExport("release")]
    public void Release()
    {
        var me = ThreadModule.GetIdent();
        if (Volatile.Read(ref _count) == 0 || Volatile.Read(ref _owner) != me)
        {
            throw new PyRuntimeError("cannot release un-acquired lock");
        }

        if (--_count == 0)
        {
            Volatile.Write(ref _owner, 0);
            _lock.Release();
        }
    }

    /// <summary><c>__exit__(*args)</c>: releases.</summary>
    [PyExport("__exit__")]
    public void Exit([PyVarArgs] object?[] args) => Release();

    /// <summary><c>_is_owned()</c></summary>
    [PyExport("_is_owned")]
    public bool IsOwned() => Volatile.Read(ref _count) > 0 && Volatile.Read(ref _owner) == ThreadModule.GetIdent();

    /// <summary><c>_recursion_count()</c>: the count when the caller owns the lock, else 0.</summary>
    [PyExport("_recursion_count")]
    public long RecursionCount() => IsOwned() ? Volatile.Read(ref _count) : 0;

    /// <summary><c>_release_save()</c>: frees the lock completely and returns <c>(count, owner)</c>.</summary>
    [PyExport("_release_save")]
    public PyTuple ReleaseSave()
    {
        // rlock_release_save checks the count only, not the owner.
        if (Volatile.Read(ref _count) == 0)
        {
            throw new PyRuntimeError("cannot release un-acquired lock");
        }

        var saved = new PyTuple(_count, _owner);
        _count = 0;
        Volatile.Write(ref _owner, 0);
        _lock.Release();
        return saved;
    }

    /// <summary><c>_acquire_restore((count, owner))</c>: reacquires, blocking, and restores the saved state.</summary>
    [PyExport("_acquire_restore")]
    public void AcquireRestore(PyTuple state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _lock.Acquire(true, -1);
        Volatile.Write(ref _owner, PyArg.ToLong(state[1]));
        Volatile.Write(ref _count, PyArg.ToLong(state[0]));
    }

    /// <summary><c>_at_fork_reinit()</c>: there is no fork; the lock is made free and unowned.</summary>
    [PyExport("_at_fork_reinit")]
    public void AtForkReinit()
    {
        _count = 0;
        Volatile.Write(ref _owner, 0);
        _lock.TryAcquire();
        _lock.Release();
    }

    /// <inheritdoc/>
    public override string Repr()
    {
        var count = Volatile.Read(ref _count);
        var owner = count > 0 ? Volatile.Read(ref _owner) : 0;
        return $"<{(count > 0 ? "locked" : "unlocked")} _thread.RLock object owner={owner} count={count} at 0x{PyOps.Id(this):x}>";
    }
}
