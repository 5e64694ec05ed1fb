namespace Portalis.Runtime;

/// <summary>Python's mutable <c>set</c>.</summary>
public class PySet : PySetBase
{
    /// <summary>Creates an empty set.</summary>
    public PySet()
    {
    }

    /// <summary><c>set(iterable)</c></summary>
    public PySet(object? iterable)
    {
        UpdateTable(Table, iterable);
    }

    /// <summary>A set display <c>{a, b, c}</c>: items added left to right (BUILD_SET).</summary>
    public static PySet Of(params ReadOnlySpan<object?> items)
    {
        var set = new PySet();
        foreach (var item in items)
        {
            set.Add(item);
        }

        return set;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "set";

    private protected override PySetBase NewSameKind() => new PySet();

    /// <summary><c>s.add(x)</c></summary>
    public void Add(object? key)
    {
        var hash = PyOps.Hash(key);
        lock (Gate)
        {
            Table.Add(key, hash);
        }
    }

    /// <summary><c>s.discard(x)</c></summary>
    public void Discard(object? key)
    {
        var hash = PyOps.Hash(key);
        lock (Gate)
        {
            Table.Discard(key, hash);
        }
    }

    /// <summary><c>s.remove(x)</c>; KeyError(x) when missing.</summary>
    public void Remove(object? key)
    {
        var hash = PyOps.Hash(key);
        lock (Gate)
        {
            if (Table.Discard(key, hash))
            {
                return;
            }
        }

        throw new PyKeyError(key);
    }

    /// <summary><c>s.pop()</c></summary>
    public object? Pop()
    {
        lock (Gate)
        {
            return Table.Pop();
        }
    }

    /// <summary><c>s.clear()</c></summary>
    public void Clear()
    {
        lock (Gate)
        {
            Table.Clear();
        }
    }

    /// <summary><c>s.update(*others)</c> / <c>s |= t</c></summary>
    public void Update(params object?[] others)
    {
        foreach (var other in others)
        {
            var temp = other is PySetBase or PyDict ? other : PyList.FromIterable(other);
            lock (Gate)
            {
                UpdateTable(Table, temp);
            }
        }
    }

    /// <summary><c>s.intersection_update(*others)</c> / <c>s &amp;= t</c></summary>
    public void IntersectionUpdate(params object?[] others)
    {
        var result = Intersection(others);
        lock (Gate)
        {
            Table.TakeFrom(result.Snapshot());
        }
    }

    /// <summary><c>s.difference_update(*others)</c> / <c>s -= t</c></summary>
    public void DifferenceUpdate(params object?[] others)
    {
        foreach (var other in others)
        {
            var temp = other is PySetBase or PyDict ? other : PyList.FromIterable(other);
            lock (Gate)
            {
                DifferenceUpdateTable(Table, temp, this);
            }
        }
    }

    /// <summary><c>s.symmetric_difference_update(t)</c> / <c>s ^= t</c></summary>
    public void SymmetricDifferenceUpdate(object? other)
    {
        var temp = other is PySetBase or PyDict ? other : new PySet(other);
        lock (Gate)
        {
            SymmetricDifferenceUpdateTable(Table, temp, this);
        }
    }
}

/// <summary>Python's immutable, hashable <c>frozenset</c>.</summary>
public sealed class PyFrozenSet : PySetBase
{
    /// <summary>Creates an empty frozenset.</summary>
    public PyFrozenSet()
    {
    }

    /// <summary><c>frozenset(iterable)</c></summary>
    public PyFrozenSet(object? iterable)
    {
        UpdateTable(Table, iterable);
    }

    /// <summary>
    /// A frozenset constant of the compiler's: built from the display's items in order, then rebuilt from its own
    /// iteration order, as Python/compile.c's merge_consts_recursive re-creates every frozenset constant.
    /// </summary>
    public static PyFrozenSet FromConstants(params ReadOnlySpan<object?> items)
    {
        var first = new SetTable();
        foreach (var item in items)
        {
            first.Add(item, PyOps.Hash(item));
        }

        var constant = new PyFrozenSet();
        foreach (var (key, hash) in first.Entries())
        {
            constant.Table.Add(key, hash);
        }

        return constant;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "frozenset";

    private protected override PySetBase NewSameKind() => new PyFrozenSet();

    /// <inheritdoc/>
    public override long Hash()
    {
        lock (Gate)
        {
            return Table.FrozenHash();
        }
    }
}
