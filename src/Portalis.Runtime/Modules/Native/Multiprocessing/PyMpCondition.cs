using Portalis.Threading.Sync;
using ThreadingLock = Portalis.Threading.Sync.Lock;

namespace Portalis.Runtime;

/// <summary>
/// A lock with one condition variable, on the Portalis primitives: the wait/notify machinery of the
/// package's <c>Queue</c>, <c>JoinableQueue</c>, <c>Pipe</c> and pool jobs, which CPython builds on OS pipes
/// and semaphores.
/// </summary>
public sealed class PyMpCondition : NativeObject
{
    private readonly ThreadingLock _lock = new();
    private readonly Condition _condition;

    internal PyMpCondition() => _condition = new Condition(_lock);

    /// <inheritdoc/>
    public override string PythonTypeName => "Cond";

    /// <summary><c>acquire()</c></summary>
    [PyExport("acquire")]
    public bool Acquire() => _lock.Acquire();

    /// <summary><c>release()</c></summary>
    [PyExport("release")]
    public void Release() => _lock.Release();

    /// <summary><c>__enter__()</c></summary>
    [PyExport("__enter__")]
    public bool Enter() => _lock.Acquire();

    /// <summary><c>__exit__(*args)</c></summary>
    [PyExport("__exit__")]
    public void Exit([PyVarArgs] object?[] args) => _lock.Release();

    /// <summary><c>wait(timeout=None)</c>: False when the timeout expired (the lock must be held).</summary>
    [PyExport("wait")]
    public bool Wait(object? timeout = null) =>
        _condition.Wait(timeout is null ? null : Math.Max(0, PyBuiltins.Float(timeout)));

    /// <summary><c>notify()</c>: wakes one waiter (the lock must be held).</summary>
    [PyExport("notify")]
    public void Notify() => _condition.Notify();

    /// <summary><c>notify_all()</c></summary>
    [PyExport("notify_all")]
    public void NotifyAll() => _condition.NotifyAll();
}
