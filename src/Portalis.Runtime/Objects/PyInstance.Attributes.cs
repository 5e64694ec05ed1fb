using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// Instance attributes in CPython 3.11's split layout (PEP 412; Objects/dictobject.c, <c>_PyDictValues</c>):
/// the class's <see cref="SharedKeys"/> name the attributes, the instance keeps only their values, in the order
/// the keys were added. Reads take no lock (one array read). A write to an attribute the instance has, or of the
/// next one in key order while the array has room, takes no lock either: it stores into the array, then (after a
/// full fence) checks that no mover (growing the array or moving the values into a dict, both under the
/// instance's monitor, announced by <c>_moving</c> before they copy) can have copied the array before the store;
/// if one may have, the write is redone under the monitor. So concurrent writers never lose an update, as with a
/// lock, at the cost of a fence instead of a monitor enter and exit. While the values are in the class's key order the
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

    // The number of claimed entries: an appender claims index _count with a compare-exchange before it stores, so
    // an entry below _count may still read s_absent for a moment (readers treat it as unset).
    private int _count;

    // 1 while a mover (growth, materialization) copies the values, under the monitor.
    private int _moving;

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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
        var values = Volatile.Read(ref _values);
        if (values is null)
        {
            return false;
        }

        if ((uint)index < (uint)values.Length)
        {
            var count = Volatile.Read(ref _count);
            if (index < count || (index == count && Interlocked.CompareExchange(ref _count, count + 1, count) == count))
            {
                values[index] = value;

                // Dekker with a mover, which sets _moving, fences, then copies: either its copy sees this store,
                // or this thread sees _moving set or the array replaced, and redoes the store under the monitor.
                Interlocked.MemoryBarrier();
                if (Volatile.Read(ref _moving) == 0 && ReferenceEquals(Volatile.Read(ref _values), values))
                {
                    return true;
                }
            }
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
        // Movers hold the monitor, so only lock-free writers run beside this: they never grow the array, and an
        // appender among them claims its index with a compare-exchange on _count, as this does.
        while (true)
        {
            var values = _values!;
            var count = Volatile.Read(ref _count);
            if (index >= 0 && index < count)
            {
                values[index] = value;
                return true;
            }

            if (index != count)
            {
                return false;
            }

            if (index >= values.Length)
            {
                BeginMove();
                var grown = NewValues(Math.Max(Class.InstanceKeys.Count, Math.Max(4, values.Length * 2)));
                values.AsSpan(0, count).CopyTo(grown);
                grown[index] = value;

                // No lock-free appender can claim an index past the old array, so the count is still ours.
                Volatile.Write(ref _count, count + 1);
                Volatile.Write(ref _values, grown);
                Volatile.Write(ref _moving, 0);
                return true;
            }

            if (Interlocked.CompareExchange(ref _count, count + 1, count) == count)
            {
                values[index] = value;
                return true;
            }
        }
    }

    // Announces a copy of the values to lock-free writers (see TrySetValueAt); the caller holds the monitor.
    private void BeginMove()
    {
        Volatile.Write(ref _moving, 1);
        Interlocked.MemoryBarrier();
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

        BeginMove();
        var names = Class.InstanceKeys.Names;
        var dict = new PyDict();
        // An appender may have claimed a slot for a name the class's key table read here does not list yet; like
        // a claimed slot not yet stored, its appender sees the move and redoes its store in the dict.
        var count = Math.Min(Math.Min(Volatile.Read(ref _count), values.Length), names.Length);
        for (var i = 0; i < count; i++)
        {
            // An entry claimed by an appender that has not stored yet: that appender redoes its store in the dict.
            if (!ReferenceEquals(values[i], s_absent))
            {
                dict.SetItem(names[i], values[i]);
            }
        }

        InstanceDict = dict;
        Volatile.Write(ref _values, null);
        Volatile.Write(ref _moving, 0);
    }
}
