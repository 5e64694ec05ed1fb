using Portalis.Threading.Sync;
using SyncLock = Portalis.Threading.Sync.Lock;

namespace Portalis.Runtime;

/// <summary>
/// <c>_thread.lock</c> (Modules/_threadmodule.c, <c>lockobject</c>): <c>threading.Lock()</c>, a binary lock
/// that any thread may release, over <see cref="SyncLock"/> so that it blocks through the current threading backend.
/// </summary>
public sealed class PyThreadLock : NativeObject
{
    private readonly SyncLock _lock = new();

    /// <summary>The Portalis lock underneath (for native code that waits on it).</summary>
    public SyncLock Inner => _lock;

    /// <inheritdoc/>
    public override string PythonTypeName => "_thread.lock";

    /// <summary><c>acquire(blocking=True, timeout=-1)</c></summary>
    [PyExport("acquire")]
    [PyExport("acquire_lock")]
    [PyExport("__enter__")]
    public bool Acquire([PyOptional] object? blocking = null, [PyOptional] object? timeout = null) =>
        _lock.Acquire(ThreadArgs.LockTimeout(blocking, timeout));

    /// <summary>Acquires without argument parsing: the fast path for code that knows it blocks forever.</summary>
    public bool AcquireBlocking() => _lock.Acquire(true, -1);

    /// <summary><c>release()</c>: "release unlocked lock" when it is not locked.</summary>
    [PyExport("release")]
    [PyExport("release_lock")]
    public void Release()
    {
        try
        {
            _lock.Release();
        }
        catch (LockNotHeldError e)
        {
            throw new PyRuntimeError(e.Message);
        }
    }

    /// <summary><c>__exit__(*args)</c>: releases.</summary>
    [PyExport("__exit__")]
    public void Exit([PyVarArgs] object?[] args) => Release();

    /// <summary><c>locked()</c></summary>
    [PyExport("locked")]
    [PyExport("locked_lock")]
    public bool Locked() => _lock.Locked;

    /// <summary><c>_at_fork_reinit()</c>: there is no fork; the lock is simply made free.</summary>
    [PyExport("_at_fork_reinit")]
    public void AtForkReinit()
    {
        _lock.TryAcquire();
        _lock.Release();
    }

    /// <inheritdoc/>
    public override string Repr() => $"<{(_lock.Locked ? "locked" : "unlocked")} _thread.lock object at 0x{PyOps.Id(this):x}>";
}
