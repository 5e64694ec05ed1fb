using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// <c>collections.deque</c> (Modules/_collectionsmodule.c): a ring buffer with an optional maxlen. Every
/// operation holds the deque's lock, so threads can share a deque as in CPython; comparisons that may run
/// user code happen outside the lock on a snapshot.
/// </summary>
public sealed class PyDeque : NativeObject, IEnumerable<object?>
{
    private readonly Lock _lock = new();
    private object?[] _items = new object?[8];
    private int _head;
    private int _count;
    private long _state;

    /// <summary><c>deque(iterable=(), maxlen=None)</c></summary>
    public PyDeque(object? iterable = null, long? maxlen = null)
    {
        if (maxlen < 0)
        {
            throw new PyValueError("maxlen must be non-negative");
        }

        MaxLen = maxlen;
        if (iterable is not null)
        {
            Extend(iterable);
        }
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "collections.deque";

    /// <summary><c>maxlen</c> (None when unbounded).</summary>
    [PyExport("maxlen")]
    public long? MaxLen { get; }

    /// <summary>The number of items.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary><c>append(x)</c></summary>
    [PyExport("append")]
    public void Append(object? x)
    {
        lock (_lock)
        {
            AppendLocked(x);
        }
    }

    /// <summary><c>appendleft(x)</c></summary>
    [PyExport("appendleft")]
    public void AppendLeft(object? x)
    {
        lock (_lock)
        {
            AppendLeftLocked(x);
        }
    }

    /// <summary><c>pop()</c></summary>
    [PyExport("pop")]
    public object? Pop()
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                throw new PyIndexError("pop from an empty deque");
            }

            var i = Physical(_count - 1);
            var item = _items[i];
            _items[i] = null;
            _count--;
            _state++;
            return item;
        }
    }

    /// <summary><c>popleft()</c></summary>
    [PyExport("popleft")]
    public object? PopLeft()
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                throw new PyIndexError("pop from an empty deque");
            }

            var item = _items[_head];
            _items[_head] = null;
            _head = (_head + 1) % _items.Length;
            _count--;
            _state++;
            return item;
        }
    }

    /// <summary><c>extend(iterable)</c></summary>
    [PyExport("extend")]
    public void Extend(object? iterable)
    {
        // Materialise first: extending a deque with itself must see the original items only.
        var items = ReferenceEquals(iterable, this) ? Snapshot() : PyOps.ToArray(iterable);
        lock (_lock)
        {
            foreach (var item in items)
            {
                AppendLocked(item);
            }
        }
    }

    /// <summary><c>extendleft(iterable)</c></summary>
    [PyExport("extendleft")]
    public void ExtendLeft(object? iterable)
    {
        var items = ReferenceEquals(iterable, this) ? Snapshot() : PyOps.ToArray(iterable);
        lock (_lock)
        {
            foreach (var item in items)
            {
                AppendLeftLocked(item);
            }
        }
    }

    /// <summary><c>rotate(n=1)</c></summary>
    [PyExport("rotate")]
    public void Rotate(long n = 1)
    {
        lock (_lock)
        {
            if (_count <= 1)
            {
                return;
            }

            var k = (int)(((n % _count) + _count) % _count);
            if (k == 0)
            {
                return;
            }

            var snapshot = SnapshotLocked();
            for (var i = 0; i < _count; i++)
            {
                _items[Physical((i + k) % _count)] = snapshot[i];
            }

            _state++;
        }
    }

    /// <summary><c>clear()</c></summary>
    [PyExport("clear")]
    public void Clear()
    {
        lock (_lock)
        {
            Array.Clear(_items);
            _head = 0;
            _count = 0;
            _state++;
        }
    }

    /// <summary><c>copy()</c></summary>
    [PyExport("copy")]
    [PyExport("__copy__")]
    public PyDeque Copy() => new(new PyList(Snapshot()), MaxLen);

    /// <summary><c>count(x)</c></summary>
    [PyExport("count")]
    public long CountOf(object? x) => Snapshot().LongCount(item => PyOps.EqualsIdentityFirst(item, x));

    /// <summary><c>index(x[, start[, stop]])</c></summary>
    [PyExport("index")]
    public long Index(object? x, long start = 0, long stop = long.MaxValue)
    {
        var items = Snapshot();
        var n = items.Length;
        if (start < 0)
        {
            start = Math.Max(0, start + n);
        }

        if (stop < 0)
        {
            stop = Math.Max(0, stop + n);
        }

        for (var i = start; i < Math.Min(stop, n); i++)
        {
            if (PyOps.EqualsIdentityFirst(items[i], x))
            {
                return i;
            }
        }

        throw new PyValueError($"{PyOps.Repr(x)} is not in deque");
    }

    /// <summary><c>remove(value)</c>: the first occurrence.</summary>
    [PyExport("remove")]
    public void Remove(object? value)
    {
        var items = Snapshot();
        for (var i = 0; i < items.Length; i++)
        {
            if (PyOps.EqualsIdentityFirst(items[i], value))
            {
                lock (_lock)
                {
                    RemoveAtLocked(i);
                }

                return;
            }
        }

        throw new PyValueError($"{PyOps.Repr(value)} is not in deque");
    }

    /// <summary><c>insert(i, x)</c></summary>
    [PyExport("insert")]
    public void Insert(long index, object? x)
    {
        lock (_lock)
        {
            if (MaxLen is { } max && _count >= max)
            {
                throw new PyIndexError("deque already at its maximum size");
            }

            var items = SnapshotLocked().ToList();
            var n = items.Count;
            var i = index < 0 ? Math.Max(0, index + n) : Math.Min(index, n);
            items.Insert((int)i, x);
            ResetLocked(items);
        }
    }

    /// <summary><c>reverse()</c></summary>
    [PyExport("reverse")]
    public void Reverse()
    {
        lock (_lock)
        {
            var items = SnapshotLocked();
            Array.Reverse(items);
            ResetLocked(items);
        }
    }

    /// <summary><c>d[i]</c></summary>
    [PyExport("__getitem__")]
    public object? GetItem(object? index)
    {
        lock (_lock)
        {
            return _items[Physical(CheckIndex(index))];
        }
    }

    /// <summary><c>d[i] = x</c></summary>
    [PyExport("__setitem__")]
    public void SetItem(object? index, object? value)
    {
        lock (_lock)
        {
            _items[Physical(CheckIndex(index))] = value;
        }
    }

    /// <summary><c>del d[i]</c></summary>
    [PyExport("__delitem__")]
    public void DelItem(object? index)
    {
        lock (_lock)
        {
            RemoveAtLocked(CheckIndex(index));
        }
    }

    /// <summary>
    /// <c>__reduce__()</c> (Modules/_collectionsmodule.c, deque_reduce): the class, <c>((), maxlen)</c> or
    /// <c>()</c>, the instance dict of a subclass, and an iterator over the items.
    /// </summary>
    [PyExport("__reduce__")]
    public PyTuple Reduce()
    {
        var args = MaxLen is { } max ? new PyTuple(new PyTuple(), max) : new PyTuple();
        var state = InstanceDict is { Count: > 0 } dict ? dict.Copy() : null;
        return new PyTuple(PyOps.TypeOf(this), args, state, PyOps.Iter(new PyList(Snapshot())));
    }

    /// <summary><c>x in d</c></summary>
    [PyExport("__contains__")]
    public bool Contains(object? x) => Snapshot().Any(item => PyOps.EqualsIdentityFirst(item, x));

    /// <summary><c>len(d)</c></summary>
    [PyExport("__len__")]
    public long Length() => Count;

    /// <summary><c>reversed(d)</c></summary>
    [PyExport("__reversed__")]
    public PyIterator Reversed() => new(Snapshot().Reverse().GetEnumerator(), "_collections._deque_reverse_iterator");

    /// <summary><c>iter(d)</c></summary>
    [PyExport("__iter__")]
    public PyIterator IterSelf() => new(GetEnumerator(), "_collections._deque_iterator");

    /// <inheritdoc/>
    public override long? Len() => Count;

    /// <inheritdoc/>
    public override bool? Bool() => Count > 0;

    /// <inheritdoc/>
    public override long Hash() => throw new PyTypeError("unhashable type: 'collections.deque'");

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iterates by position; "deque mutated during iteration" if the deque changes meanwhile.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        long state;
        int count;
        lock (_lock)
        {
            state = _state;
            count = _count;
        }

        for (var i = 0; i < count; i++)
        {
            object? item;
            lock (_lock)
            {
                if (_state != state || _count != count)
                {
                    throw new PyRuntimeError("deque mutated during iteration");
                }

                item = _items[Physical(i)];
            }

            yield return item;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected)
    {
        switch (op)
        {
            // Modules/_collectionsmodule.c, deque_concat: a copy of the left deque (keeping its maxlen) extended by the right one.
            case BinaryOperator.Add when !reflected:
                if (other is not PyDeque right)
                {
                    throw new PyTypeError($"can only concatenate deque (not \"{PyOps.TypeName(other)}\") to deque");
                }

                var sum = Copy();
                sum.Extend(new PyList(right.Snapshot()));
                return sum;

            // deque_repeat: the items repeated, keeping maxlen (so only the last maxlen items stay).
            case BinaryOperator.Mul when PyOps.IsIntLike(other):
                var product = new PyDeque(null, MaxLen);
                product.Extend(PyOps.Binary(BinaryOperator.Mul, new PyList(Snapshot()), other));
                return product;
            default:
                return PyNotImplemented.Value;
        }
    }

    /// <inheritdoc/>
    public override object? InPlaceOp(BinaryOperator op, object? other)
    {
        switch (op)
        {
            // deque_inplace_concat: extend by any iterable.
            case BinaryOperator.Add:
                Extend(ReferenceEquals(other, this) ? new PyList(Snapshot()) : other);
                return this;
            case BinaryOperator.Mul when PyOps.IsIntLike(other):
                var items = PyOps.Binary(BinaryOperator.Mul, new PyList(Snapshot()), other);
                Clear();
                Extend(items);
                return this;
            default:
                return PyNotImplemented.Value;
        }
    }

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other)
    {
        if (other is not PyDeque d)
        {
            return PyNotImplemented.Value;
        }

        // Compare as lists, the way deque_richcompare walks both sequences.
        return PyOps.Compare(op, new PyList(Snapshot()), new PyList(d.Snapshot()));
    }

    /// <inheritdoc/>
    public override string Repr()
    {
        if (!PyOps.EnterRepr(this))
        {
            return "[...]";
        }

        try
        {
            var builder = new StringBuilder("deque([");
            var first = true;
            foreach (var item in Snapshot())
            {
                if (!first)
                {
                    builder.Append(", ");
                }

                first = false;
                PyOps.AppendRepr(builder, item);
            }

            builder.Append(']');
            if (MaxLen is { } max)
            {
                builder.Append(", maxlen=").Append(max);
            }

            return builder.Append(')').ToString();
        }
        finally
        {
            PyOps.LeaveRepr(this);
        }
    }

    /// <summary>The items, front to back.</summary>
    public object?[] Snapshot()
    {
        lock (_lock)
        {
            return SnapshotLocked();
        }
    }

    private object?[] SnapshotLocked()
    {
        var result = new object?[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = _items[Physical(i)];
        }

        return result;
    }

    private void ResetLocked(IReadOnlyList<object?> items)
    {
        _items = new object?[Math.Max(8, items.Count * 2)];
        for (var i = 0; i < items.Count; i++)
        {
            _items[i] = items[i];
        }

        _head = 0;
        _count = items.Count;
        _state++;
    }

    private int Physical(int logical) => (_head + logical) % _items.Length;

    private int CheckIndex(object? index)
    {
        var i = PyOps.ToIndex(index);
        if (i < 0)
        {
            i += _count;
        }

        return i < 0 || i >= _count ? throw new PyIndexError("deque index out of range") : (int)i;
    }

    private void Grow()
    {
        if (_count < _items.Length)
        {
            return;
        }

        var bigger = new object?[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _items[Physical(i)];
        }

        _items = bigger;
        _head = 0;
    }

    private void AppendLocked(object? x)
    {
        if (MaxLen == 0)
        {
            return;
        }

        if (MaxLen is { } max && _count >= max)
        {
            _items[_head] = null;
            _head = (_head + 1) % _items.Length;
            _count--;
        }

        Grow();
        _items[Physical(_count)] = x;
        _count++;
        _state++;
    }

    private void AppendLeftLocked(object? x)
    {
        if (MaxLen == 0)
        {
            return;
        }

        if (MaxLen is { } max && _count >= max)
        {
            _items[Physical(_count - 1)] = null;
            _count--;
        }

        Grow();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = x;
        _count++;
        _state++;
    }

    private void RemoveAtLocked(int index)
    {
        var items = SnapshotLocked().ToList();
        items.RemoveAt(index);
        ResetLocked(items);
    }
}
