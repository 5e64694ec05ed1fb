using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>dict</c>: insertion ordered, keys compared by Python hash and equality (identity first),
/// so <c>1</c>, <c>1.0</c> and <c>True</c> are one key. Every operation holds the dict's lock for its
/// critical section; iteration raises RuntimeError when the dict changes size, as CPython does.
/// </summary>
public partial class PyDict : PyContainer, IEnumerable<object?>
{
    private static readonly object s_deleted = new();

    private readonly Lock _lock = new();
    private Dictionary<Key, int> _index;
    private object?[] _keys;
    private object?[] _values;
    private long[] _hashes;
    private int _end;
    private int _count;

    // Odd while a writer changes the table; lock-free lookups check it did not change (a seqlock).
    private int _seq;

    /// <summary>Creates an empty dict.</summary>
    public PyDict()
    {
        _index = new Dictionary<Key, int>();
        _keys = [];
        _values = [];
        _hashes = [];
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "dict";

    /// <summary>The number of items.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary><c>d[key]</c>; KeyError(key) when missing.</summary>
    public object? GetItem(object? key)
    {
        if (TryGetValue(key, out var value))
        {
            return value;
        }

        throw new PyKeyError(key);
    }

    /// <summary>Looks a key up.</summary>
    public bool TryGetValue(object? key, out object? value)
    {
        var k = new Key(key, PyOps.Hash(key));
        var seq = Volatile.Read(ref _seq);
        if ((seq & 1) == 0)
        {
            // Optimistic: a lookup racing a change may read a torn table (even throw); the counter tells.
            try
            {
                var index = _index;
                var values = _values;
                var found = index.TryGetValue(k, out var slot);
                var item = found && (uint)slot < (uint)values.Length ? values[slot] : null;
                Volatile.ReadBarrier();
                if (Volatile.Read(ref _seq) == seq)
                {
                    value = item;
                    return found;
                }
            }
            catch (Exception e) when (Volatile.Read(ref _seq) != seq && PyOps.IsCatchable(e))
            {
                // A concurrent change: look again under the lock.
            }
        }

        lock (_lock)
        {
            if (_index.TryGetValue(k, out var slot))
            {
                value = _values[slot];
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary><c>d[key] = value</c>: an existing key keeps its position and its original key object.</summary>
    public void SetItem(object? key, object? value)
    {
        var k = new Key(key, PyOps.Hash(key));
        using (Write())
        {
            SetLocked(k, value);
        }
    }

    /// <summary><c>del d[key]</c>; KeyError(key) when missing.</summary>
    public void DelItem(object? key)
    {
        if (!TryRemove(key, out _))
        {
            throw new PyKeyError(key);
        }
    }

    /// <summary><c>key in d</c></summary>
    public bool ContainsKey(object? key) => TryGetValue(key, out _);

    /// <summary><c>d.get(key, default=None)</c></summary>
    public object? Get(object? key, object? defaultValue = null) => TryGetValue(key, out var value) ? value : defaultValue;

    /// <summary><c>d.setdefault(key, default=None)</c></summary>
    public object? SetDefault(object? key, object? defaultValue = null)
    {
        var k = new Key(key, PyOps.Hash(key));
        using (Write())
        {
            if (_index.TryGetValue(k, out var slot))
            {
                return _values[slot];
            }

            SetLocked(k, defaultValue);
            return defaultValue;
        }
    }

    /// <summary><c>d.pop(key)</c>; KeyError(key) when missing.</summary>
    public object? Pop(object? key) => TryRemove(key, out var value) ? value : throw new PyKeyError(key);

    /// <summary><c>d.pop(key, default)</c></summary>
    public object? Pop(object? key, object? defaultValue) => TryRemove(key, out var value) ? value : defaultValue;

    /// <summary><c>d.popitem()</c>: the last inserted pair (LIFO).</summary>
    public PyTuple PopItem()
    {
        using (Write())
        {
            for (var i = _end - 1; i >= 0; i--)
            {
                if (!ReferenceEquals(_keys[i], s_deleted))
                {
                    var result = new PyTuple(_keys[i], _values[i]);
                    RemoveAt(i);
                    _end = i;
                    return result;
                }
            }
        }

        throw new PyKeyError("popitem(): dictionary is empty");
    }

    /// <summary><c>d.clear()</c></summary>
    public void Clear()
    {
        using (Write())
        {
            _index = new Dictionary<Key, int>();
            _keys = [];
            _values = [];
            _hashes = [];
            _end = 0;
            _count = 0;
        }
    }

    /// <summary><c>d.copy()</c></summary>
    public PyDict Copy()
    {
        var result = new PyDict();
        foreach (var (key, hash, value) in Snapshot())
        {
            result.SetLocked(new Key(key, hash), value);
        }

        return result;
    }

    /// <summary>
    /// <c>d.update(other)</c>: a dict (or mapping view) or an iterable of key/value pairs, with CPython's
    /// errors for malformed pairs.
    /// </summary>
    public void Update(object? other)
    {
        if (other is PyDict dict)
        {
            foreach (var (key, hash, value) in dict.Snapshot())
            {
                using (Write())
                {
                    SetLocked(new Key(key, hash), value);
                }
            }

            return;
        }

        // Objects/dictobject.c, dict_update_arg: an object with a keys() method is a mapping, read through
        // keys() and __getitem__ (ChainMap, UserDict, any Mapping); anything else is a sequence of pairs.
        if (other is not PyContainer && NativeCalls.TryGetAttr(other, "keys", out var keys))
        {
            foreach (var key in PyOps.Iterate(PyOps.Call(keys)).ToArray())
            {
                SetItem(key, PyOps.GetItem(other, key));
            }

            return;
        }

        var i = 0;
        foreach (var item in PyOps.Iterate(other))
        {
            object?[] pair;
            try
            {
                pair = PyOps.ToArray(item);
            }
            catch (PyTypeError)
            {
                throw new PyTypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
            }

            if (pair.Length != 2)
            {
                throw new PyValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
            }

            SetItem(pair[0], pair[1]);
            i++;
        }
    }

    /// <summary><c>dict.fromkeys(iterable, value=None)</c></summary>
    public static PyDict FromKeys(object? iterable, object? value = null)
    {
        var result = new PyDict();
        foreach (var key in PyOps.Iterate(iterable))
        {
            result.SetItem(key, value);
        }

        return result;
    }

    /// <summary><c>d.keys()</c></summary>
    public PyDictKeys Keys() => new(this);

    /// <summary><c>d.values()</c></summary>
    public PyDictValues Values() => new(this);

    /// <summary><c>d.items()</c></summary>
    public PyDictItems Items() => new(this);

    /// <summary>A snapshot of the (key, hash, value) entries in order.</summary>
    internal List<(object? Key, long Hash, object? Value)> Snapshot()
    {
        lock (_lock)
        {
            var list = new List<(object?, long, object?)>(_count);
            for (var i = 0; i < _end; i++)
            {
                if (!ReferenceEquals(_keys[i], s_deleted))
                {
                    list.Add((_keys[i], _hashes[i], _values[i]));
                }
            }

            return list;
        }
    }

    /// <summary>Contains with a known hash (for set operations on dicts).</summary>
    internal bool ContainsKnownHash(object? key, long hash)
    {
        lock (_lock)
        {
            return _index.ContainsKey(new Key(key, hash));
        }
    }

    private bool TryRemove(object? key, out object? value)
    {
        var k = new Key(key, PyOps.Hash(key));
        using (Write())
        {
            if (_index.TryGetValue(k, out var slot))
            {
                value = _values[slot];
                RemoveAt(slot);
                return true;
            }
        }

        value = null;
        return false;
    }

    private void SetLocked(Key k, object? value)
    {
        if (_index.TryGetValue(k, out var slot))
        {
            _values[slot] = value;
            return;
        }

        if (_end == _keys.Length)
        {
            if (_count < _end / 2)
            {
                Compact();
            }
            else
            {
                var size = Math.Max(8, _keys.Length * 2);
                Array.Resize(ref _keys, size);
                Array.Resize(ref _values, size);
                Array.Resize(ref _hashes, size);
            }
        }

        _keys[_end] = k.Value;
        _values[_end] = value;
        _hashes[_end] = k.Hash;
        _index.Add(k, _end);
        _end++;
        _count++;
    }

    private void RemoveAt(int slot)
    {
        _index.Remove(new Key(_keys[slot], _hashes[slot]));
        _keys[slot] = s_deleted;
        _values[slot] = null;
        _count--;
    }

    private void Compact()
    {
        var j = 0;
        for (var i = 0; i < _end; i++)
        {
            if (!ReferenceEquals(_keys[i], s_deleted))
            {
                _keys[j] = _keys[i];
                _values[j] = _values[i];
                _hashes[j] = _hashes[i];
                _index[new Key(_keys[j], _hashes[j])] = j;
                j++;
            }
        }

        for (var i = j; i < _end; i++)
        {
            _keys[i] = null;
            _values[i] = null;
        }

        _end = j;
    }

    /// <summary>
    /// The next live entry at or after <paramref name="position"/> for an iterator that expects
    /// <paramref name="expectedCount"/> items (dictiter_iternextkey's checks).
    /// </summary>
    internal bool TryNext(ref int position, int expectedCount, ref int remaining, out object? key, out object? value)
    {
        lock (_lock)
        {
            if (_count != expectedCount)
            {
                throw new PyRuntimeError("dictionary changed size during iteration");
            }

            while (position < _end && ReferenceEquals(_keys[position], s_deleted))
            {
                position++;
            }

            if (position >= _end)
            {
                key = value = null;
                return false;
            }

            if (remaining == 0)
            {
                throw new PyRuntimeError("dictionary keys changed during iteration");
            }

            key = _keys[position];
            value = _values[position];
            position++;
            remaining--;
            return true;
        }
    }

    /// <summary>Iterates keys with CPython's concurrent-modification checks.</summary>
    internal IEnumerable<(object? Key, object? Value)> IterateEntries()
    {
        var position = 0;
        int expected;
        lock (_lock)
        {
            expected = _count;
        }

        var remaining = expected;
        while (TryNext(ref position, expected, ref remaining, out var key, out var value))
        {
            yield return (key, value);
        }
    }

    /// <inheritdoc/>
    public override long? Len() => Count;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iterates the keys.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        foreach (var (key, _) in IterateEntries())
        {
            yield return key;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool ContentEquals(object? other)
    {
        // Objects/dictobject.c, dict_equal: same size and every key maps to an equal value.
        if (other is not PyDict d)
        {
            return false;
        }

        if (ReferenceEquals(d, this))
        {
            return true;
        }

        var mine = Snapshot();
        if (mine.Count != d.Count)
        {
            return false;
        }

        foreach (var (key, hash, value) in mine)
        {
            object? otherValue;
            lock (d._lock)
            {
                if (!d._index.TryGetValue(new Key(key, hash), out var slot))
                {
                    return false;
                }

                otherValue = d._values[slot];
            }

            if (!PyOps.EqualsIdentityFirst(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    internal override void AppendRepr(StringBuilder builder)
    {
        var entries = Snapshot();
        if (entries.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (!PyOps.EnterRepr(this))
        {
            builder.Append("{...}");
            return;
        }

        try
        {
            builder.Append('{');
            var first = true;
            foreach (var (key, _, value) in entries)
            {
                if (!first)
                {
                    builder.Append(", ");
                }

                first = false;
                PyOps.AppendRepr(builder, key);
                builder.Append(": ");
                PyOps.AppendRepr(builder, value);
            }

            builder.Append('}');
        }
        finally
        {
            PyOps.LeaveRepr(this);
        }
    }

    /// <summary>Enters the lock and marks a change in progress for the lock-free lookups, until disposed.</summary>
    private WriteScope Write()
    {
        _lock.Enter();
        _seq++;
        Volatile.WriteBarrier();
        return new WriteScope(this);
    }

    /// <summary>The extent of one change: ends it (the counter even again, the changes visible first) and leaves the lock.</summary>
    private readonly ref struct WriteScope(PyDict dict)
    {
        public void Dispose()
        {
            Volatile.Write(ref dict._seq, dict._seq + 1);
            dict._lock.Exit();
        }
    }

    /// <summary>A key with its Python hash, compared by hash, identity, then Python equality.</summary>
    /// <summary>
    /// A key with its Python hash. It is its own equality (Python's: same hash, then identity or <c>==</c>), so the
    /// index needs no comparer object and the JIT calls these methods directly instead of through an interface.
    /// </summary>
    internal readonly struct Key(object? value, long hash) : IEquatable<Key>
    {
        public object? Value { get; } = value;

        public long Hash { get; } = hash;

        public bool Equals(Key other) => Hash == other.Hash && PyOps.EqualsIdentityFirst(Value, other.Value);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => (int)Hash ^ (int)(Hash >> 32);
    }
}
