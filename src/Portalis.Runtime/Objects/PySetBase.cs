using System.Collections;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Common behaviour of <see cref="PySet"/> and <see cref="PyFrozenSet"/>: the CPython hash table
/// (<see cref="SetTable"/>) and the set algebra of Objects/setobject.c, whose insertion sequences decide
/// the iteration order of the results. Reads and writes hold the object's lock.
/// </summary>
public abstract partial class PySetBase : PyContainer, IEnumerable<object?>
{
    private protected PySetBase()
    {
    }

    private protected Lock Gate { get; } = new();

    private protected SetTable Table { get; set; } = new();

    /// <summary>The number of items.</summary>
    public int Count
    {
        get
        {
            lock (Gate)
            {
                return Table.Used;
            }
        }
    }

    /// <summary>A new empty set of the same kind (make_new_set_basetype).</summary>
    private protected abstract PySetBase NewSameKind();

    /// <summary><c>x in s</c></summary>
    public bool Contains(object? key)
    {
        var hash = PyOps.Hash(key);
        lock (Gate)
        {
            return Table.Contains(key, hash);
        }
    }

    /// <summary>An exact snapshot of the table (same slots, same order).</summary>
    internal SetTable Snapshot()
    {
        lock (Gate)
        {
            return Table.Clone();
        }
    }

    /// <summary>set_copy: a new table built by merging this one.</summary>
    internal SetTable CopyTable() => Snapshot().Copy();

    /// <summary>
    /// set_update_internal: another set merges its table, an exact dict (PyDict_CheckExact: not a subclass such as
    /// Counter) adds keys with their hashes after one presizing, anything else is iterated.
    /// </summary>
    internal static void UpdateTable(SetTable table, object? other)
    {
        switch (other)
        {
            case PySetBase set:
                table.Merge(set.Snapshot());
                break;
            case PyDict dict when dict.PyClass is null:
                table.MergeDict(dict.Snapshot());
                break;
            default:
                foreach (var key in PyOps.Iterate(other))
                {
                    table.Add(key, PyOps.Hash(key));
                }

                break;
        }
    }

    /// <summary><c>s | t</c> and <c>s.union(*others)</c></summary>
    public PySetBase Union(params object?[] others)
    {
        var result = NewSameKind();
        result.Table = CopyTable();
        foreach (var other in others)
        {
            if (!ReferenceEquals(other, this))
            {
                UpdateTable(result.Table, other);
            }
        }

        return result;
    }

    /// <summary><c>s &amp; t</c> and <c>s.intersection(*others)</c></summary>
    public PySetBase Intersection(params object?[] others)
    {
        if (others.Length == 0)
        {
            return Copy();
        }

        var result = IntersectionOne(this, others[0]);
        for (var i = 1; i < others.Length; i++)
        {
            result = IntersectionOne(result, others[i]);
        }

        return result;
    }

    // set_intersection: iterate the smaller set and probe the larger.
    private static PySetBase IntersectionOne(PySetBase so, object? other)
    {
        if (ReferenceEquals(so, other))
        {
            return so.Copy();
        }

        var result = so.NewSameKind();
        var table = so.Snapshot();
        if (other is PySetBase otherSet)
        {
            var otherTable = otherSet.Snapshot();
            if (otherTable.Used > table.Used)
            {
                (table, otherTable) = (otherTable, table);
            }

            foreach (var (key, hash) in otherTable.Entries().ToList())
            {
                if (table.Contains(key, hash))
                {
                    result.Table.Add(key, hash);
                }
            }

            return result;
        }

        foreach (var key in PyOps.Iterate(other))
        {
            var hash = PyOps.Hash(key);
            if (table.Contains(key, hash))
            {
                result.Table.Add(key, hash);
                if (result.Table.Used >= table.Used)
                {
                    // Every element is found: CPython stops consuming the iterable here.
                    break;
                }
            }
        }

        return result;
    }

    /// <summary><c>s - t</c> and <c>s.difference(*others)</c></summary>
    public PySetBase Difference(params object?[] others)
    {
        if (others.Length == 0)
        {
            return Copy();
        }

        var result = DifferenceOne(others[0]);
        for (var i = 1; i < others.Length; i++)
        {
            DifferenceUpdateTable(result.Table, others[i], result);
        }

        return result;
    }

    // set_difference.
    private PySetBase DifferenceOne(object? other)
    {
        var table = Snapshot();
        int otherSize;
        if (other is PySetBase s)
        {
            otherSize = s.Count;
        }
        else if (other is PyDict { PyClass: null } d)
        {
            otherSize = d.Count;
        }
        else
        {
            return CopyAndDifference(table.Copy(), other);
        }

        if ((table.Used >> 2) > otherSize)
        {
            return CopyAndDifference(table.Copy(), other);
        }

        var result = NewSameKind();
        if (other is PyDict { PyClass: null } dict)
        {
            foreach (var (key, hash) in table.Entries())
            {
                if (!dict.ContainsKnownHash(key, hash))
                {
                    result.Table.Add(key, hash);
                }
            }

            return result;
        }

        var otherTable = ((PySetBase)other!).Snapshot();
        foreach (var (key, hash) in table.Entries())
        {
            if (!otherTable.Contains(key, hash))
            {
                result.Table.Add(key, hash);
            }
        }

        return result;
    }

    private PySetBase CopyAndDifference(SetTable table, object? other)
    {
        var result = NewSameKind();
        result.Table = table;
        DifferenceUpdateTable(result.Table, other, result);
        return result;
    }

    // set_difference_update_internal.
    private protected static void DifferenceUpdateTable(SetTable table, object? other, PySetBase owner)
    {
        if (ReferenceEquals(other, owner))
        {
            table.Clear();
            return;
        }

        if (other is PySetBase otherSet)
        {
            var otherTable = otherSet.Snapshot();
            if ((otherTable.Used >> 3) > table.Used)
            {
                // Much larger other: iterate the intersection instead.
                var tmp = new SetTable();
                foreach (var (key, hash) in table.Entries().ToList())
                {
                    if (otherTable.Contains(key, hash))
                    {
                        tmp.Add(key, hash);
                    }
                }

                otherTable = tmp;
            }

            foreach (var (key, hash) in otherTable.Entries())
            {
                table.Discard(key, hash);
            }
        }
        else
        {
            foreach (var key in PyOps.Iterate(other))
            {
                table.Discard(key, PyOps.Hash(key));
            }
        }

        // If more than 1/4th are dummies, then resize them away.
        if ((table.Fill - table.Used) <= table.Mask / 4)
        {
            return;
        }

        table.Resize(table.Used > 50000 ? table.Used * 2 : table.Used * 4);
    }

    /// <summary><c>s ^ t</c> and <c>s.symmetric_difference(t)</c></summary>
    public PySetBase SymmetricDifference(object? other)
    {
        // set_symmetric_difference: a copy of other, updated with self.
        var result = NewSameKind();
        UpdateTable(result.Table, other);
        SymmetricDifferenceUpdateTable(result.Table, this, result);
        return result;
    }

    // set_symmetric_difference_update.
    private protected static void SymmetricDifferenceUpdateTable(SetTable table, object? other, PySetBase owner)
    {
        if (ReferenceEquals(other, owner))
        {
            table.Clear();
            return;
        }

        IEnumerable<(object? Key, long Hash)> entries;
        if (other is PyDict { PyClass: null } dict)
        {
            entries = dict.Snapshot().Select(e => (e.Key, e.Hash));
        }
        else if (other is PySetBase set)
        {
            entries = set.Snapshot().Entries();
        }
        else
        {
            var temp = new SetTable();
            UpdateTable(temp, other);
            entries = temp.Entries();
        }

        foreach (var (key, hash) in entries.ToList())
        {
            if (!table.Discard(key, hash))
            {
                table.Add(key, hash);
            }
        }
    }

    /// <summary><c>s.issubset(t)</c> / <c>s &lt;= t</c></summary>
    public bool IsSubset(object? other)
    {
        var otherSet = other as PySetBase ?? new PySet(other);
        var mine = Snapshot();
        var theirs = otherSet.Snapshot();
        if (mine.Used > theirs.Used)
        {
            return false;
        }

        foreach (var (key, hash) in mine.Entries())
        {
            if (!theirs.Contains(key, hash))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>s.issuperset(t)</c> / <c>s &gt;= t</c></summary>
    public bool IsSuperset(object? other)
    {
        if (other is PySetBase s)
        {
            return s.IsSubset(this);
        }

        foreach (var key in PyOps.Iterate(other))
        {
            if (!Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>s.isdisjoint(t)</c></summary>
    public bool IsDisjoint(object? other)
    {
        foreach (var key in other is PySetBase s && s.Count > Count ? this : PyOps.Iterate(other))
        {
            if ((other is PySetBase s2 && s2.Count > Count) ? s2.Contains(key) : Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>s.copy()</c></summary>
    public PySetBase Copy()
    {
        var result = NewSameKind();
        result.Table = CopyTable();
        return result;
    }

    /// <inheritdoc/>
    public override long? Len() => Count;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iterates in table order; RuntimeError "Set changed size during iteration" as CPython's setiter.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        int used;
        lock (Gate)
        {
            used = Table.Used;
        }

        var position = 0;
        while (true)
        {
            object? key;
            lock (Gate)
            {
                if (Table.Used != used)
                {
                    throw new PyRuntimeError("Set changed size during iteration");
                }

                var i = Table.Next(position);
                if (i < 0)
                {
                    yield break;
                }

                key = Table.KeyAt(i);
                position = i + 1;
            }

            yield return key;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool ContentEquals(object? other)
    {
        if (other is PyDictKeys or PyDictItems)
        {
            return PyOps.Eq(other, this);
        }

        return other is PySetBase s && s.Count == Count && IsSubset(s);
    }

    internal override object? Order(CompareOperator op, object? other)
    {
        if (other is not PySetBase s)
        {
            return PyNotImplemented.Value;
        }

        return op switch
        {
            CompareOperator.Le => IsSubset(s),
            CompareOperator.Ge => IsSuperset(s),
            CompareOperator.Lt => Count < s.Count && IsSubset(s),
            CompareOperator.Gt => Count > s.Count && IsSuperset(s),
            _ => PyNotImplemented.Value,
        };
    }

    internal override void AppendRepr(StringBuilder builder)
    {
        // Objects/setobject.c, set_repr: "set()", "{1, 2}", "frozenset({1, 2})".
        var items = PyOps.ToArray(this);
        if (items.Length == 0)
        {
            builder.Append(PythonTypeName).Append("()");
            return;
        }

        if (!PyOps.EnterRepr(this))
        {
            builder.Append(PythonTypeName).Append("(...)");
            return;
        }

        try
        {
            var isSet = this is PySet;
            if (!isSet)
            {
                builder.Append(PythonTypeName).Append('(');
            }

            builder.Append('{');
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                PyOps.AppendRepr(builder, items[i]);
            }

            builder.Append('}');
            if (!isSet)
            {
                builder.Append(')');
            }
        }
        finally
        {
            PyOps.LeaveRepr(this);
        }
    }
}
