using System.Collections;
using System.Text;

namespace Portalis.Runtime;

/// <summary>Python's <c>tuple</c>: an immutable array of values.</summary>
public class PyTuple : PyContainer, IReadOnlyList<object?>
{
    private readonly object?[] _items;

    /// <summary>Creates a tuple holding <paramref name="items"/> (the array is copied).</summary>
    public PyTuple(params ReadOnlySpan<object?> items)
    {
        _items = items.ToArray();
    }

    private PyTuple(object?[] items, bool owned)
    {
        _ = owned;
        _items = items;
    }

    /// <summary>The empty tuple.</summary>
    public static PyTuple Empty { get; } = new(Array.Empty<object?>(), owned: true);

    /// <inheritdoc/>
    public override string PythonTypeName => "tuple";

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The items (read-only view).</summary>
    public ReadOnlySpan<object?> Items => _items;

    /// <summary>The item at a non-negative index.</summary>
    public object? this[int index] => _items[index];

    /// <summary><c>tuple(iterable)</c></summary>
    public static PyTuple FromIterable(object? iterable) =>
        iterable is PyTuple { PyClass: null } exact ? exact : new PyTuple(PyOps.ToArray(iterable), owned: true);

    internal static PyTuple Own(object?[] items) => items.Length == 0 ? Empty : new PyTuple(items, owned: true);

    /// <summary><c>t[index]</c> with negative indices.</summary>
    public object? GetItem(long index)
    {
        if (index < 0)
        {
            index += _items.Length;
        }

        if ((ulong)index >= (ulong)_items.Length)
        {
            throw new PyIndexError("tuple index out of range");
        }

        return _items[index];
    }

    /// <summary><c>t[slice]</c></summary>
    public PyTuple GetSlice(PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(_items.Length);
        var result = new object?[count];
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            result[i] = _items[j];
        }

        return Own(result);
    }

    /// <summary><c>t.index(x[, start[, stop]])</c></summary>
    public long Index(object? value, long start = 0, long stop = long.MaxValue)
    {
        var (s, e) = SequenceBounds(start, stop, _items.Length);
        for (var i = s; i < e; i++)
        {
            if (PyOps.EqualsIdentityFirst(_items[i], value))
            {
                return i;
            }
        }

        throw new PyValueError("tuple.index(x): x not in tuple");
    }

    /// <summary><c>t.count(x)</c></summary>
    public long CountOf(object? value)
    {
        long n = 0;
        foreach (var item in _items)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary><c>x in t</c></summary>
    public bool Contains(object? value)
    {
        foreach (var item in _items)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                return true;
            }
        }

        return false;
    }

    internal PyTuple Concat(PyTuple other)
    {
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var result = new object?[Count + other.Count];
        _items.CopyTo(result, 0);
        other._items.CopyTo(result, Count);
        return Own(result);
    }

    internal PyTuple Repeat(long n)
    {
        if (n == 1)
        {
            return this;
        }

        if (n == 0 || Count == 0)
        {
            return Empty;
        }

        if (n * Count > Array.MaxLength)
        {
            throw new PyMemoryError();
        }

        var result = new object?[Count * n];
        for (var i = 0; i < n; i++)
        {
            _items.CopyTo(result, i * Count);
        }

        return Own(result);
    }

    /// <inheritdoc/>
    public override long Hash() => PyOps.TupleHash(_items);

    /// <inheritdoc/>
    public override long? Len() => _items.Length;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool ContentEquals(object? other)
    {
        if (other is not PyTuple t || t.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!PyOps.EqualsIdentityFirst(_items[i], t._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal override object? Order(CompareOperator op, object? other) =>
        other is PyTuple t ? PyOps.SequenceOrder(op, _items, t._items) : PyNotImplemented.Value;

    internal override void AppendRepr(StringBuilder builder)
    {
        // Objects/tupleobject.c, tuplerepr: "()" , "(x,)" , "(x, y)"; recursion prints "(...)".
        if (_items.Length == 0)
        {
            builder.Append("()");
            return;
        }

        if (!PyOps.EnterRepr(this))
        {
            builder.Append("(...)");
            return;
        }

        try
        {
            builder.Append('(');
            for (var i = 0; i < _items.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                PyOps.AppendRepr(builder, _items[i]);
            }

            builder.Append(_items.Length == 1 ? ",)" : ")");
        }
        finally
        {
            PyOps.LeaveRepr(this);
        }
    }

    /// <summary>Clamps Python start/stop arguments of index()/count() to [0, length].</summary>
    internal static (long Start, long Stop) SequenceBounds(long start, long stop, long length)
    {
        if (start < 0)
        {
            start = Math.Max(0, start + length);
        }

        if (stop < 0)
        {
            stop = Math.Max(0, stop + length);
        }

        return (Math.Min(start, length), Math.Min(stop, length));
    }
}
