namespace Portalis.Runtime;

/// <summary>
/// Instance attributes in CPython 3.11's split layout (PEP 412; Objects/dictobject.c, <c>_PyDictValues</c>):
/// the class's <see cref="SharedKeys"/> name the attributes, the instance keeps only their values, in the order
/// the keys were added. Reads take no lock (one array read); writes take the instance's monitor, so concurrent
/// writers never lose an update while the array grows. While the values are in the class's key order the
/// instance's attribute order is the keys' order; an attribute set out of that order, a deletion, a full key
/// table or a request for <c>__dict__</c> moves the attributes into an ordinary <see cref="PyDict"/>, for good.
/// </summary>
public sealed partial class PyInstance
{
    private static readonly object s_absent = new();
    private static readonly object?[] s_noValues = [];

    // Values mode: non-null, the first _count entries set, s_absent after them. Dict mode (or no __dict__ at
    // all): null. Once null it stays null, so a reader that sees null goes to InstanceDict without locking.
    private object?[]? _values;
    private int _count;

    /// <summary>Whether the instance still keeps its attributes in the split layout (call-site caches need it).</summary>
    internal bool HasSplitValues => _values is not null;

    private static object?[] NewValues(int capacity)
    {
        if (capacity == 0)
        {
            return s_noValues;
        }

        var values = new object?[capacity];
        values.AsSpan().Fill(s_absent);
        return values;
    }

    /// <summary>The value at a split-table index, for a call site that cached the index (false when unset or in dict mode).</summary>
    internal bool TryGetValueAt(int index, out object? value)
    {
        var values = Volatile.Read(ref _values);
        if (values is null)
        {
            value = null;
            return false;
        }

        return TryRead(values, index, out value);
    }

    private static bool TryRead(object?[] values, int index, out object? value)
    {
        if ((uint)index < (uint)values.Length)
        {
            value = values[index];
            if (!ReferenceEquals(value, s_absent))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>
    /// Sets the value at a split-table index a call site cached: an existing attribute, or the next one in the
    /// class's key order. False (the caller takes the generic path) in dict mode or out of order.
    /// </summary>
    internal bool TrySetValueAt(int index, object? value)
    {
        if (_values is null)
        {
            return false;
        }

        lock (this)
        {
            return _values is not null && SetAtLocked(index, value);
        }
    }

    /// <summary>Looks an attribute up in the instance's own storage (the split values or the dict).</summary>
    internal bool TryGetOwn(string name, out object? value)
    {
        var values = Volatile.Read(ref _values);
        if (values is null)
        {
            value = null;
            return InstanceDict is { } dict && dict.TryGetValue(name, out value);
        }

        return TryRead(values, Class.InstanceKeys.IndexOf(name), out value);
    }

    /// <summary>Whether the instance's own storage has <paramref name="name"/>.</summary>
    internal bool HasOwn(string name) => TryGetOwn(name, out _);

    /// <summary>
    /// Sets an attribute in the instance's own storage; false when the instance has no <c>__dict__</c>
    /// (a class with <c>__slots__</c> only).
    /// </summary>
    internal bool TrySetOwn(string name, object? value)
    {
        if (_values is null)
        {
            return SetInDict(name, value);
        }

        lock (this)
        {
            if (_values is not null)
            {
                if (SetAtLocked(Class.AddInstanceKey(name), value))
                {
                    return true;
                }

                MaterializeLocked();
            }
        }

        return SetInDict(name, value);
    }

    private bool SetAtLocked(int index, object? value)
    {
        var values = _values!;
        if (index >= 0 && index < _count)
        {
            values[index] = value;
            return true;
        }

        if (index != _count)
        {
            return false;
        }

        if (index >= values.Length)
        {
            var grown = NewValues(Math.Max(Class.InstanceKeys.Count, Math.Max(4, values.Length * 2)));
            values.AsSpan(0, _count).CopyTo(grown);
            grown[index] = value;
            Volatile.Write(ref _values, grown);
        }
        else
        {
            values[index] = value;
        }

        _count++;
        return true;
    }

    /// <summary>Removes an attribute from the instance's own storage; false when it has none of that name.</summary>
    internal bool TryDeleteOwn(string name)
    {
        if (_values is not null)
        {
            if (!HasOwn(name))
            {
                return false;
            }

            lock (this)
            {
                MaterializeLocked();
            }
        }

        // One atomic pop: a concurrent deletion of the same name leaves exactly one of them succeeding.
        return InstanceDict is { } dict && !ReferenceEquals(dict.Pop(name, s_absent), s_absent);
    }

    private bool SetInDict(string name, object? value)
    {
        if (InstanceDict is not { } dict)
        {
            return false;
        }

        dict.SetItem(name, value);
        return true;
    }

    private PyDict? MaterializeDict()
    {
        if (_values is null)
        {
            return InstanceDict;
        }

        lock (this)
        {
            MaterializeLocked();
        }

        return InstanceDict;
    }

    private void MaterializeLocked()
    {
        var values = _values;
        if (values is null)
        {
            return;
        }

        var names = Class.InstanceKeys.Names;
        var dict = new PyDict();
        for (var i = 0; i < _count; i++)
        {
            dict.SetItem(names[i], values[i]);
        }

        InstanceDict = dict;
        Volatile.Write(ref _values, null);
    }
}
