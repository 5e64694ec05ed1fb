using SyncSemaphore = Portalis.Threading.Sync.Semaphore;

namespace Portalis.Runtime;

/// <summary>
/// <c>_queue.SimpleQueue</c> (Modules/_queuemodule.c): an unbounded FIFO queue. Items sit in a ring buffer under
/// a short C# lock; a Portalis semaphore counts them, so a blocked <c>get</c> waits through the threading backend.
/// </summary>
public sealed class PySimpleQueue : NativeObject
{
    private readonly Lock _gate = new();
    private readonly Queue<object?> _items = new();
    private readonly SyncSemaphore _available = new(0);

    /// <inheritdoc/>
    public override string PythonTypeName => "_queue.SimpleQueue";

    /// <summary><c>put(item, block=True, timeout=None)</c>: never blocks; <c>block</c> and <c>timeout</c> are ignored, as CPython's.</summary>
    [PyExport("put")]
    public void Put(object? item, object? block = null, object? timeout = null)
    {
        lock (_gate)
        {
            _items.Enqueue(item);
        }

        _available.Release();
    }

    /// <summary><c>put_nowait(item)</c></summary>
    [PyExport("put_nowait")]
    public void PutNoWait(object? item) => Put(item);

    /// <summary><c>get(block=True, timeout=None)</c>: raises <c>_queue.Empty</c> when nothing came in time.</summary>
    [PyExport("get")]
    public object? Get([PyOptional] object? block = null, object? timeout = null)
    {
        // Modules/_queuemodule.c, _queue_SimpleQueue_get_impl: the timeout is checked even when not blocking.
        var wait = Timeout.InfiniteTimeSpan;
        if (timeout is not null)
        {
            var seconds = ThreadArgs.Seconds(timeout);
            if (seconds < 0)
            {
                throw new PyValueError("'timeout' must be a non-negative number");
            }

            wait = ThreadArgs.FromSeconds(seconds);
        }

        if (!ReferenceEquals(block, PyArg.Missing) && !PyOps.IsTrue(block))
        {
            wait = TimeSpan.Zero;
        }

        if (!_available.Acquire(wait))
        {
            throw new PyQueueEmpty();
        }

        lock (_gate)
        {
            return _items.Dequeue();
        }
    }

    /// <summary><c>get_nowait()</c></summary>
    [PyExport("get_nowait")]
    public object? GetNoWait() => Get(false);

    /// <summary><c>empty()</c></summary>
    [PyExport("empty")]
    public bool Empty()
    {
        lock (_gate)
        {
            return _items.Count == 0;
        }
    }

    /// <summary><c>qsize()</c></summary>
    [PyExport("qsize")]
    public long QSize()
    {
        lock (_gate)
        {
            return _items.Count;
        }
    }
}
