namespace Portalis.Threading.Pool;

/// <summary>
/// A Chase-Lev work-stealing deque: its owner pushes and pops at the bottom (LIFO) without locks,
/// other threads steal from the top (FIFO) with one compare-and-swap. The orderings follow Lê, Pop,
/// Cohen and Zappa Nardelli, "Correct and Efficient Work-Stealing for Weak Memory Models" (PPoPP 2013).
/// </summary>
/// <remarks>
/// Under a controlled backend every shared access is preceded by a scheduling point, so the
/// scheduler explores the owner/thief races. The array grows and never shrinks; slots a thief took
/// keep their reference until the owner overwrites them (a thief must not clear a slot the owner
/// may already reuse).
/// </remarks>
internal sealed class WorkStealingDeque<T>
    where T : class
{
    private const int InitialCapacity = 32;

    private readonly IThreadingBackend _backend;
    private readonly bool _controlled;
    private long _top;
    private long _bottom;
    private T?[] _array = new T?[InitialCapacity];

    public WorkStealingDeque(IThreadingBackend backend)
    {
        _backend = backend;
        _controlled = backend.IsControlled;
    }

    /// <summary>The outcome of a steal.</summary>
    public enum StealResult
    {
        /// <summary>An item was taken.</summary>
        Success,

        /// <summary>The deque looked empty.</summary>
        Empty,

        /// <summary>Another thread won the race for the top item; the deque may still hold items.</summary>
        Retry,
    }

    /// <summary>True if the deque looked empty at some instant; a hint for the owner's parking logic.</summary>
    public bool IsEmpty
    {
        get
        {
            Point();
            var top = Volatile.Read(ref _top);
            Point();
            return Volatile.Read(ref _bottom) <= top;
        }
    }

    /// <summary>Adds an item at the bottom. Owner only.</summary>
    public void Push(T item)
    {
        var bottom = _bottom;
        Point();
        var top = Volatile.Read(ref _top);
        var array = _array;
        if (bottom - top > array.Length - 1)
        {
            array = Grow(array, top, bottom);
        }

        Point();
        Volatile.Write(ref array[bottom & (array.Length - 1)], item);

        // Release: a thief that sees the new bottom sees the item.
        Point();
        Volatile.Write(ref _bottom, bottom + 1);
    }

    /// <summary>Takes the most recently pushed item. Owner only.</summary>
    public T? TryPop()
    {
        var bottom = _bottom - 1;
        var array = _array;

        // Store-load fence: the new bottom must be visible before top is read, or a thief and the
        // owner could both take the last item.
        Point();
        Interlocked.Exchange(ref _bottom, bottom);
        Point();
        var top = Volatile.Read(ref _top);
        if (top > bottom)
        {
            Point();
            Volatile.Write(ref _bottom, bottom + 1);
            return null;
        }

        var slot = bottom & (array.Length - 1);
        Point();
        var item = Volatile.Read(ref array[slot]);
        if (top == bottom)
        {
            // The last item: race the thieves for it on top.
            Point();
            if (Interlocked.CompareExchange(ref _top, top + 1, top) != top)
            {
                item = null;
            }

            Point();
            Volatile.Write(ref _bottom, bottom + 1);
        }

        if (item is not null)
        {
            // Only the owner clears slots: this one is below every thief's reach now.
            Point();
            Volatile.Write(ref array[slot], null);
        }

        return item;
    }

    /// <summary>Takes the oldest item. Any thread.</summary>
    public StealResult TrySteal(out T? item)
    {
        item = null;
        Point();
        var top = Volatile.Read(ref _top);

        // Load-load fence between top and bottom (the paper's seq_cst fence).
        Interlocked.MemoryBarrier();
        Point();
        var bottom = Volatile.Read(ref _bottom);
        if (top >= bottom)
        {
            return StealResult.Empty;
        }

        Point();
        var array = Volatile.Read(ref _array);
        Point();
        var candidate = Volatile.Read(ref array[top & (array.Length - 1)]);
        Point();
        if (Interlocked.CompareExchange(ref _top, top + 1, top) != top)
        {
            return StealResult.Retry;
        }

        item = candidate;
        return candidate is null ? StealResult.Retry : StealResult.Success;
    }

    private T?[] Grow(T?[] array, long top, long bottom)
    {
        var grown = new T?[array.Length * 2];
        for (var i = top; i < bottom; i++)
        {
            grown[i & (grown.Length - 1)] = array[i & (array.Length - 1)];
        }

        Point();
        Volatile.Write(ref _array, grown);
        return grown;
    }

    private void Point()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }
    }
}
