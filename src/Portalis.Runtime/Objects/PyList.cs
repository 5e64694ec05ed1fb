using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>list</c>. Every operation is atomic, so lists shared between threads keep CPython's
/// per-operation atomicity: changes hold the list's lock, and the hot reads (<c>l[i]</c>, iteration,
/// <c>len</c>) take none, validating what they read against a sequence counter the writers bump
/// (a seqlock), and retrying under the lock only when a change overlapped. Comparisons with user code
/// run outside the lock, item by item, as CPython re-reads items between comparisons.
/// </summary>
public partial class PyList : PyContainer, IEnumerable<object?>
{
    private object?[] _items;
    private int _count;

    // Odd while a writer changes _items or _count; readers without the lock check it did not change.
    private int _seq;

    // The lock of every change and of the reads that need a consistent view: 1 while held.
    private int _gate;

    /// <summary>Creates an empty list.</summary>
    public PyList()
    {
        _items = [];
    }

    /// <summary>Creates a list of the given items (copied).</summary>
    public PyList(params ReadOnlySpan<object?> items)
    {
        _items = items.ToArray();
        _count = _items.Length;
    }

    private PyList(object?[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "list";

    /// <summary>The number of items.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary><c>list(iterable)</c></summary>
    public static PyList FromIterable(object? iterable)
    {
        var items = PyOps.ToArray(iterable);
        return new PyList(items, items.Length);
    }

    internal static PyList Own(object?[] items) => new(items, items.Length);

    /// <summary>A snapshot of the items.</summary>
    public object?[] ToArray()
    {
        using (Guard())
        {
            return _items.AsSpan(0, _count).ToArray();
        }
    }

    /// <summary><c>l.append(x)</c></summary>
    public void Append(object? value)
    {
        using (Write())
        {
            if (_count == _items.Length)
            {
                Grow(_count + 1);
            }

            _items[_count++] = value;
        }
    }

    /// <summary><c>l.extend(iterable)</c> (the iterable is read first, so <c>l.extend(l)</c> doubles the list).</summary>
    public void Extend(object? iterable)
    {
        var values = PyOps.ToArray(iterable);
        using (Write())
        {
            if (_count + values.Length > _items.Length)
            {
                Grow(_count + values.Length);
            }

            values.CopyTo(_items, _count);
            _count += values.Length;
        }
    }

    /// <summary><c>l.insert(index, x)</c>: the index is clamped as CPython does.</summary>
    public void Insert(long index, object? value)
    {
        using (Write())
        {
            if (index < 0)
            {
                index = Math.Max(0, index + _count);
            }

            index = Math.Min(index, _count);
            if (_count == _items.Length)
            {
                Grow(_count + 1);
            }

            Array.Copy(_items, index, _items, index + 1, _count - index);
            _items[index] = value;
            _count++;
        }
    }

    /// <summary><c>l.pop([index])</c></summary>
    public object? Pop(long index = -1)
    {
        using (Write())
        {
            if (_count == 0)
            {
                throw new PyIndexError("pop from empty list");
            }

            if (index < 0)
            {
                index += _count;
            }

            if ((ulong)index >= (ulong)_count)
            {
                throw new PyIndexError("pop index out of range");
            }

            var value = _items[index];
            Array.Copy(_items, index + 1, _items, index, _count - index - 1);
            _items[--_count] = null;
            return value;
        }
    }

    /// <summary><c>l.remove(x)</c></summary>
    public void Remove(object? value)
    {
        for (var i = 0; TryGet(i, out var item); i++)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                using (Write())
                {
                    // Remove the item found unless a concurrent change moved it.
                    if (i < _count && ReferenceEquals(_items[i], item))
                    {
                        Array.Copy(_items, i + 1, _items, i, _count - i - 1);
                        _items[--_count] = null;
                        return;
                    }
                }
            }
        }

        throw new PyValueError("list.remove(x): x not in list");
    }

    /// <summary><c>l.index(x[, start[, stop]])</c></summary>
    public long Index(object? value, long start = 0, long stop = long.MaxValue)
    {
        var (s, e) = PyTuple.SequenceBounds(start, stop, Count);
        for (var i = s; i < e && TryGet((int)i, out var item); i++)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                return i;
            }
        }

        throw new PyValueError(PyOps.Repr(value) + " is not in list");
    }

    /// <summary><c>l.count(x)</c></summary>
    public long CountOf(object? value)
    {
        long n = 0;
        for (var i = 0; TryGet(i, out var item); i++)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary><c>x in l</c></summary>
    public bool Contains(object? value)
    {
        for (var i = 0; TryGet(i, out var item); i++)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>l.reverse()</c></summary>
    public void Reverse()
    {
        using (Write())
        {
            Array.Reverse(_items, 0, _count);
        }
    }

    /// <summary><c>l.copy()</c></summary>
    public PyList Copy() => Own(ToArray());

    /// <summary><c>l.clear()</c></summary>
    public void Clear()
    {
        using (Write())
        {
            _items = [];
            _count = 0;
        }
    }

    /// <summary><c>l[index]</c></summary>
    public object? GetItem(long index) => TryReadUnlocked(index, out var item) ? item : GetItemLocked(index);

    /// <summary>
    /// The seqlock read: item <paramref name="index"/> (negative counts from the end) read without the lock, true
    /// when the index was in range and no structural change overlapped the read; false means "ask under the lock".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryReadUnlocked(long index, out object? item)
    {
        var seq = Volatile.Read(ref _seq);
        var items = _items;
        var count = _count;
        var i = index < 0 ? index + count : index;
        if ((ulong)i < (ulong)count && (ulong)i < (ulong)items.Length)
        {
            item = items[i];
            Volatile.ReadBarrier();
            if ((seq & 1) == 0 && Volatile.Read(ref _seq) == seq)
            {
                return true;
            }
        }

        item = null;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private object? GetItemLocked(long index)
    {
        using (Guard())
        {
            if (index < 0)
            {
                index += _count;
            }

            if ((ulong)index >= (ulong)_count)
            {
                throw new PyIndexError("list index out of range");
            }

            return _items[index];
        }
    }

    /// <summary>
    /// <c>l[index] = value</c> when the lock is free and the index in range, without a <c>try</c>/<c>finally</c> so
    /// that it inlines into typed code (storing into the item array cannot throw); false means "use <see cref="SetItem"/>".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryReplace(long index, object? value)
    {
        if (Interlocked.CompareExchange(ref _gate, 1, 0) != 0)
        {
            return false;
        }

        var i = index < 0 ? index + _count : index;
        var inRange = (ulong)i < (ulong)_count;
        if (inRange)
        {
            _items[i] = value;
        }

        Volatile.Write(ref _gate, 0);
        return inRange;
    }

    /// <summary><c>l[index] = value</c></summary>
    public void SetItem(long index, object? value)
    {
        using (Guard())
        {
            if (index < 0)
            {
                index += _count;
            }

            if ((ulong)index >= (ulong)_count)
            {
                throw new PyIndexError("list assignment index out of range");
            }

            _items[index] = value;
        }
    }

    /// <summary><c>del l[index]</c></summary>
    public void DelItem(long index)
    {
        using (Write())
        {
            if (index < 0)
            {
                index += _count;
            }

            if ((ulong)index >= (ulong)_count)
            {
                throw new PyIndexError("list assignment index out of range");
            }

            Array.Copy(_items, index + 1, _items, index, _count - index - 1);
            _items[--_count] = null;
        }
    }

    /// <summary><c>l[slice]</c></summary>
    public PyList GetSlice(PySlice slice)
    {
        using (Guard())
        {
            var (start, _, step, count) = slice.Indices(_count);
            var result = new object?[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                result[i] = _items[j];
            }

            return Own(result);
        }
    }

    /// <summary><c>l[slice] = iterable</c> (Objects/listobject.c, <c>list_ass_slice</c> and <c>list_ass_subscript</c>).</summary>
    public void SetSlice(PySlice slice, object? iterable)
    {
        var values = ReferenceEquals(iterable, this) ? ToArray() : PyOps.ToArray(iterable);
        using (Write())
        {
            var (start, stop, step, count) = slice.Indices(_count);
            if (step == 1)
            {
                if (stop < start)
                {
                    stop = start;
                }

                var removed = (int)(stop - start);
                var newCount = _count - removed + values.Length;
                if (newCount > _items.Length)
                {
                    Grow(newCount);
                }

                Array.Copy(_items, stop, _items, start + values.Length, _count - stop);
                values.CopyTo(_items, start);
                for (var i = newCount; i < _count; i++)
                {
                    _items[i] = null;
                }

                _count = newCount;
                return;
            }

            if (values.Length != count)
            {
                throw new PyValueError($"attempt to assign sequence of size {values.Length} to extended slice of size {count}");
            }

            for (long i = 0, j = start; i < count; i++, j += step)
            {
                _items[j] = values[i];
            }
        }
    }

    /// <summary><c>del l[slice]</c></summary>
    public void DelSlice(PySlice slice)
    {
        using (Write())
        {
            var (start, _, step, count) = slice.Indices(_count);
            if (count == 0)
            {
                return;
            }

            if (step < 0)
            {
                start += step * (count - 1);
                step = -step;
            }

            var kept = new List<object?>(_count - (int)count);
            var next = start;
            for (var i = 0; i < _count; i++)
            {
                if (i == next && next < start + (step * count))
                {
                    next += step;
                    continue;
                }

                kept.Add(_items[i]);
            }

            _items = [.. kept];
            _count = _items.Length;
        }
    }

    internal PyList Concat(PyList other)
    {
        var a = ToArray();
        var b = other.ToArray();
        var result = new object?[a.Length + b.Length];
        a.CopyTo(result, 0);
        b.CopyTo(result, a.Length);
        return Own(result);
    }

    internal PyList Repeat(long n)
    {
        var a = ToArray();
        if (n == 0 || a.Length == 0)
        {
            return new PyList();
        }

        if (n > Array.MaxLength / a.Length)
        {
            throw new PyMemoryError();
        }

        var result = new object?[a.Length * n];
        for (var i = 0; i < n; i++)
        {
            a.CopyTo(result, i * a.Length);
        }

        return Own(result);
    }

    internal void InPlaceRepeat(long n)
    {
        var repeated = Repeat(n);
        using (Write())
        {
            _items = repeated._items;
            _count = repeated._count;
        }
    }

    /// <summary>Reads item <paramref name="index"/> if it still exists (iteration by index, as CPython's list iterator).</summary>
    internal bool TryGet(int index, out object? item)
    {
        if (TryReadUnlocked(index, out item))
        {
            return true;
        }

        using (Guard())
        {
            if (index < _count)
            {
                item = _items[index];
                return true;
            }

            item = null;
            return false;
        }
    }

    /// <summary>
    /// Takes the list's lock: a compare-and-swap spin lock rather than a <see cref="Lock"/>, because list
    /// operations never run Python code while holding it (so it is never re-entered or held long) and taking it
    /// must cost no more than the operation itself.
    /// </summary>
    private GuardScope Guard()
    {
        if (Interlocked.CompareExchange(ref _gate, 1, 0) != 0)
        {
            EnterContended();
        }

        return new GuardScope(this);
    }

    private void EnterContended()
    {
        var spin = default(SpinWait);
        while (Volatile.Read(ref _gate) != 0 || Interlocked.CompareExchange(ref _gate, 1, 0) != 0)
        {
            spin.SpinOnce();
        }
    }

    /// <summary>
    /// Takes the lock and marks a structural change (the item array or the count) for the lock-free readers,
    /// until disposed. Replacing one item in place needs only <see cref="Guard"/>: a reader sees the old or the new item.
    /// </summary>
    private WriteScope Write()
    {
        Guard();
        _seq++;
        Volatile.WriteBarrier();
        return new WriteScope(this);
    }

    /// <summary>Holds the lock until disposed.</summary>
    private readonly ref struct GuardScope(PyList list)
    {
        public void Dispose() => Volatile.Write(ref list._gate, 0);
    }

    /// <summary>The extent of one structural change: the counter even again (after the changes) and the lock released.</summary>
    private readonly ref struct WriteScope(PyList list)
    {
        public void Dispose()
        {
            Volatile.Write(ref list._seq, list._seq + 1);
            Volatile.Write(ref list._gate, 0);
        }
    }

    /// <inheritdoc/>
    public override long? Len() => Count;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iterates by index: items appended during iteration are visited, as in CPython.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; TryGet(i, out var item); i++)
        {
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool ContentEquals(object? other)
    {
        if (other is not PyList l)
        {
            return false;
        }

        if (ReferenceEquals(l, this))
        {
            return true;
        }

        var a = ToArray();
        var b = l.ToArray();
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!PyOps.EqualsIdentityFirst(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal override object? Order(CompareOperator op, object? other) =>
        other is PyList l ? PyOps.SequenceOrder(op, ToArray(), l.ToArray()) : PyNotImplemented.Value;

    internal override void AppendRepr(StringBuilder builder)
    {
        var items = ToArray();
        if (items.Length == 0)
        {
            builder.Append("[]");
            return;
        }

        if (!PyOps.EnterRepr(this))
        {
            builder.Append("[...]");
            return;
        }

        try
        {
            builder.Append('[');
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                PyOps.AppendRepr(builder, items[i]);
            }

            builder.Append(']');
        }
        finally
        {
            PyOps.LeaveRepr(this);
        }
    }

    private void Grow(int min)
    {
        var size = Math.Max(min, Math.Max(4, _items.Length * 2));
        Array.Resize(ref _items, size);
    }
}
