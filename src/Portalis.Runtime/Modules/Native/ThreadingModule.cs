using Portalis.Threading;
using ThreadingLock = Portalis.Threading.Sync.Lock;
using ThreadingRLock = Portalis.Threading.Sync.RLock;

namespace Portalis.Runtime;

/// <summary>
/// The beginning of Python's <c>threading</c> module on the Portalis runtime: locks and thread identity, which
/// the Python-source standard library (functools, dataclasses) needs. Threads themselves come with the
/// concurrency APIs.
/// </summary>
[PyNativeModule("threading")]
public static class ThreadingModule
{
    /// <summary><c>threading.Lock()</c></summary>
    [PyExport("Lock")]
    public static PyLock Lock() => new(reentrant: false);

    /// <summary><c>threading.RLock()</c></summary>
    [PyExport("RLock")]
    public static PyLock RLock() => new(reentrant: true);

    /// <summary><c>threading.Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)</c></summary>
    [PyExport("Thread")]
    public static PyThread Thread(object? group = null, object? target = null, object? name = null, object? args = null, object? kwargs = null, [PyKeywordOnly] object? daemon = null)
    {
        if (group is not null)
        {
            throw new PyAssertionError("group argument must be None for now");
        }

        return new PyThread(target, name is null ? null : PyOps.Str(name), args, kwargs, daemon is null ? null : PyOps.IsTrue(daemon));
    }

    /// <summary><c>threading.get_ident()</c>: the current logical thread's id.</summary>
    [PyExport("get_ident")]
    public static long GetIdent() => ThreadingBackend.Current.CurrentThread.Id;
}

/// <summary>A <c>threading.Lock</c> or <c>threading.RLock</c> over the runtime's Python-exact locks.</summary>
public sealed class PyLock : NativeObject
{
    private readonly ThreadingLock? _lock;
    private readonly ThreadingRLock? _rlock;

    /// <summary>Creates a plain or re-entrant lock.</summary>
    public PyLock(bool reentrant)
    {
        if (reentrant)
        {
            _rlock = new ThreadingRLock();
        }
        else
        {
            _lock = new ThreadingLock();
        }
    }

    /// <inheritdoc/>
    public override string PythonTypeName => _rlock is null ? "lock" : "RLock";

    /// <summary><c>acquire(blocking=True, timeout=-1)</c></summary>
    [PyExport("acquire")]
    public bool Acquire(bool blocking = true, double timeout = -1) =>
        _rlock is not null ? _rlock.Acquire(blocking, timeout) : _lock!.Acquire(blocking, timeout);

    /// <summary><c>release()</c></summary>
    [PyExport("release")]
    public void Release()
    {
        if (_rlock is not null)
        {
            _rlock.Release();
        }
        else
        {
            _lock!.Release();
        }
    }

    /// <summary><c>__enter__()</c></summary>
    [PyExport("__enter__")]
    public bool Enter() => Acquire();

    /// <summary><c>__exit__(*args)</c></summary>
    [PyExport("__exit__")]
    public void Exit([PyVarArgs] object?[] args) => Release();
}
