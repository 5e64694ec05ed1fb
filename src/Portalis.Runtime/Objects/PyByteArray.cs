using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>bytearray</c> (Objects/bytearrayobject.c): a mutable byte buffer. Every mutation holds the
/// object's lock, so threads sharing a bytearray never corrupt it; reads see a consistent array.
/// </summary>
public sealed class PyByteArray : PyBytesLike
{
    private readonly Lock _lock = new();
    private byte[] _items;
    private int _count;

    /// <summary>Creates a bytearray holding a copy of <paramref name="data"/>.</summary>
    public PyByteArray(ReadOnlySpan<byte> data)
    {
        _items = data.ToArray();
        _count = _items.Length;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "bytearray";

    /// <inheritdoc/>
    public override ReadOnlySpan<byte> Span => _items.AsSpan(0, Volatile.Read(ref _count));

    internal override PyBytesLike WithContents(byte[] data) => new PyByteArray(data);

    /// <summary><c>append(item)</c></summary>
    public void Append(object? item)
    {
        var b = BytesArgs.Byte(item);
        lock (_lock)
        {
            Reserve(_count + 1);
            _items[_count++] = b;
        }
    }

    /// <summary><c>extend(iterable_of_ints)</c> and <c>+=</c>.</summary>
    public void Extend(object? iterable)
    {
        if (iterable is string)
        {
            throw new PyTypeError("expected iterable of integers; got: 'str'");
        }

        var data = iterable is PyBytesLike or PyMemoryView ? BytesArgs.Of(iterable).ToArray() : BytesArgs.FromIterable(iterable);
        Replace(Count, Count, data);
    }

    /// <summary><c>insert(index, item)</c></summary>
    public void Insert(long index, object? item)
    {
        var b = BytesArgs.Byte(item);
        lock (_lock)
        {
            index = index < 0 ? Math.Max(0, index + _count) : Math.Min(index, _count);
            ReplaceLocked((int)index, (int)index, [b]);
        }
    }

    /// <summary><c>pop(index=-1)</c></summary>
    public long Pop(long index = -1)
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                throw new PyIndexError("pop from empty bytearray");
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
            ReplaceLocked((int)index, (int)index + 1, []);
            return value;
        }
    }

    /// <summary><c>remove(value)</c></summary>
    public void Remove(object? value)
    {
        var b = BytesArgs.Byte(value);
        lock (_lock)
        {
            var index = _items.AsSpan(0, _count).IndexOf(b);
            if (index < 0)
            {
                throw new PyValueError("value not found in bytearray");
            }

            ReplaceLocked(index, index + 1, []);
        }
    }

    /// <summary><c>reverse()</c></summary>
    public void ReverseInPlace()
    {
        lock (_lock)
        {
            _items.AsSpan(0, _count).Reverse();
        }
    }

    /// <summary>Overwrites bytes in place from <paramref name="offset"/> (<c>struct.pack_into</c>; the caller checked the bounds).</summary>
    internal void WriteAt(int offset, ReadOnlySpan<byte> data)
    {
        lock (_lock)
        {
            data.CopyTo(_items.AsSpan(offset, Math.Min(data.Length, _count - offset)));
        }
    }

    /// <summary><c>clear()</c></summary>
    public void Clear()
    {
        lock (_lock)
        {
            _count = 0;
        }
    }

    /// <summary><c>b[i] = x</c> and <c>b[slice] = bytes-like or iterable of ints</c>.</summary>
    public override bool TrySetItem(object? key, object? value)
    {
        if (key is PySlice slice)
        {
            var data = value is PyBytesLike or PyMemoryView ? BytesArgs.Of(value).ToArray()
                : PyOps.IsIntLike(value) || value is string
                    ? throw new PyTypeError($"can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                    : BytesArgs.FromIterable(value);
            lock (_lock)
            {
                var (start, stop, step, count) = slice.Indices(_count);
                if (step == 1)
                {
                    ReplaceLocked((int)start, (int)Math.Max(start, stop), data);
                    return true;
                }

                if (data.Length != count)
                {
                    throw new PyValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {count}");
                }

                for (long i = 0, j = start; i < count; i++, j += step)
                {
                    _items[j] = data[i];
                }
            }

            return true;
        }

        var index = PyOps.ToIndex(key is PyBytesLike ? throw new PyTypeError("bytearray indices must be integers or slices, not " + PyOps.TypeName(key)) : key);
        var b = BytesArgs.Byte(value);
        lock (_lock)
        {
            if (index < 0)
            {
                index += _count;
            }

            if ((ulong)index >= (ulong)_count)
            {
                throw new PyIndexError("bytearray index out of range");
            }

            _items[index] = b;
        }

        return true;
    }

    /// <summary><c>del b[i]</c> and <c>del b[slice]</c>.</summary>
    public override bool TryDelItem(object? key)
    {
        lock (_lock)
        {
            if (key is PySlice slice)
            {
                var (start, _, step, count) = slice.Indices(_count);
                var keep = new List<byte>(_count);
                var removed = new HashSet<long>();
                for (long i = 0, j = start; i < count; i++, j += step)
                {
                    removed.Add(j);
                }

                for (var i = 0; i < _count; i++)
                {
                    if (!removed.Contains(i))
                    {
                        keep.Add(_items[i]);
                    }
                }

                _items = [.. keep];
                _count = _items.Length;
                return true;
            }

            var index = PyOps.ToIndex(key);
            if (index < 0)
            {
                index += _count;
            }

            if ((ulong)index >= (ulong)_count)
            {
                throw new PyIndexError("bytearray index out of range");
            }

            ReplaceLocked((int)index, (int)index + 1, []);
            return true;
        }
    }

    /// <summary><c>+=</c> extends and <c>*=</c> repeats in place.</summary>
    public override object? InPlaceOp(BinaryOperator op, object? other)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                if (other is not (PyBytesLike or PyMemoryView))
                {
                    throw new PyTypeError($"can't concat {PyOps.TypeName(other)} to bytearray");
                }

                Extend(other);
                return this;
            case BinaryOperator.Mul when PyOps.IsIntLike(other):
                var data = Repeat(Span, PyOps.ToIndex(other));
                lock (_lock)
                {
                    _items = data;
                    _count = data.Length;
                }

                return this;
            default:
                return PyNotImplemented.Value;
        }
    }

    /// <inheritdoc/>
    public override string Str() => Repr();

    internal override void AppendRepr(StringBuilder builder)
    {
        builder.Append("bytearray(");
        AppendBytesLiteral(builder, Span);
        builder.Append(')');
    }

    private void Replace(int start, int stop, byte[] data)
    {
        lock (_lock)
        {
            ReplaceLocked(Math.Min(start, _count), Math.Min(stop, _count), data);
        }
    }

    private void ReplaceLocked(int start, int stop, byte[] data)
    {
        var newCount = _count - (stop - start) + data.Length;
        Reserve(newCount);
        _items.AsSpan(stop, _count - stop).CopyTo(_items.AsSpan(start + data.Length));
        data.CopyTo(_items, start);
        _count = newCount;
    }

    private void Reserve(int capacity)
    {
        if (capacity > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(capacity, Math.Max(8, _items.Length * 2)));
        }
    }
}
