using Portalis.Threading.Sync;
using ThreadingLock = Portalis.Threading.Sync.Lock;

namespace Portalis.Runtime;

/// <summary>
/// CPython's <c>_multiprocessing.SemLock</c> (Modules/_multiprocessing/semaphore.c) on a Portalis
/// condition: a counting semaphore with an optional maximum, or a recursive mutex owned by the thread
/// that acquired it. Lib/multiprocessing/synchronize.py builds Lock, RLock, Semaphore, BoundedSemaphore,
/// Condition and Event on it, as CPython's does.
/// </summary>
public sealed class PySemLock : NativeObject
{
    private readonly ThreadingLock _lock = new();
    private readonly Condition _changed;
    private readonly long _kind;
    private readonly long _maxValue;
    private long _value;
    private long _owner;
    private long _count;

    // The process that last acquired it: semaphore.c's count lives in each process's own SemLock
    // object, so another process sees a count of 0.
    private object? _ownerProcess;

    internal PySemLock(long kind, long value, long maxValue)
    {
        if (kind != MultiprocessingModule.RecursiveMutex && kind != MultiprocessingModule.SemaphoreKind)
        {
            throw new PyValueError("unrecognized kind");
        }

        _changed = new Condition(_lock);
        _kind = kind;
        _value = value;
        _maxValue = maxValue;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "SemLock";

    /// <summary><c>kind</c></summary>
    [PyExport("kind")]
    public long Kind => _kind;

    /// <summary><c>maxvalue</c></summary>
    [PyExport("maxvalue")]
    public long MaxValue => _maxValue;

    /// <summary>
    /// <c>acquire(block=True, timeout=None)</c>: semaphore.c <c>_multiprocessing_SemLock_acquire_impl</c>;
    /// a recursive mutex already held by the caller only counts up.
    /// </summary>
    [PyExport("acquire")]
    public bool Acquire(object? block = null, object? timeout = null)
    {
        var blocking = block is null || PyOps.IsTrue(block);
        var me = MultiprocessingModule.ThreadId();
        double? seconds = !blocking ? 0 : timeout is null ? null : Math.Max(0, PyBuiltins.Float(timeout));
        using (_lock.Hold())
        {
            if (_kind == MultiprocessingModule.RecursiveMutex && _count > 0 && _owner == me)
            {
                _count++;
                return true;
            }

            if (!_changed.WaitFor(() => _value > 0, seconds))
            {
                return false;
            }

            _value--;
            _count++;
            _owner = me;
            _ownerProcess = MultiprocessingModule.GetCurrent();
            return true;
        }
    }

    /// <summary>
    /// <c>release()</c>: semaphore.c <c>_multiprocessing_SemLock_release_impl</c>, with its errors
    /// ("attempt to release recursive lock not owned by thread", "semaphore or lock released too many times").
    /// </summary>
    [PyExport("release")]
    public void Release()
    {
        using (_lock.Hold())
        {
            if (_kind == MultiprocessingModule.RecursiveMutex)
            {
                if (_count == 0 || _owner != MultiprocessingModule.ThreadId())
                {
                    throw new PyAssertionError("attempt to release recursive lock not owned by thread");
                }

                if (_count > 1)
                {
                    _count--;
                    return;
                }
            }
            else if (_value >= _maxValue)
            {
                // semaphore.c: a value already at the maximum (1 for a Lock) cannot go up.
                throw new PyValueError("semaphore or lock released too many times");
            }

            // semaphore.c: count goes down even when another thread releases (it may become negative).
            _value++;
            _count--;

            _changed.Notify();
        }
    }

    /// <summary>
    /// <c>_count()</c>: acquisitions minus releases by the calling process (semaphore.c keeps no
    /// per-thread count, and each process has its own).
    /// </summary>
    [PyExport("_count")]
    public long Count()
    {
        using (_lock.Hold())
        {
            return ReferenceEquals(_ownerProcess, MultiprocessingModule.GetCurrent()) ? _count : 0;
        }
    }

    /// <summary><c>_is_mine()</c>: whether the calling thread holds it.</summary>
    [PyExport("_is_mine")]
    public bool IsMine()
    {
        using (_lock.Hold())
        {
            return _count > 0 && _owner == MultiprocessingModule.ThreadId();
        }
    }

    /// <summary><c>_owner()</c>: the id of the holding thread, 0 when free.</summary>
    [PyExport("_owner")]
    public long Owner()
    {
        using (_lock.Hold())
        {
            return _count > 0 ? _owner : 0;
        }
    }

    /// <summary><c>_get_value()</c>: the semaphore's current value.</summary>
    [PyExport("_get_value")]
    public long GetValue()
    {
        using (_lock.Hold())
        {
            return _value;
        }
    }

    /// <summary><c>_is_zero()</c>: whether the value is zero.</summary>
    [PyExport("_is_zero")]
    public bool IsZero() => GetValue() == 0;

    /// <summary><c>__enter__()</c></summary>
    [PyExport("__enter__")]
    public bool Enter() => Acquire();

    /// <summary><c>__exit__(*args)</c></summary>
    [PyExport("__exit__")]
    public void Exit([PyVarArgs] object?[] args) => Release();
}
