namespace Portalis.Runtime;

/// <summary>
/// The hash table of set and frozenset, ported from CPython 3.11's Objects/setobject.c so that iteration
/// order is CPython's: open addressing with LINEAR_PROBES linear probes then perturbed jumps, dummy
/// entries for deletions, <c>fill</c>/<c>used</c> counts and the same resize points. Not synchronised;
/// <see cref="PySet"/> locks around it.
/// </summary>
internal sealed class SetTable
{
    public const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    // A table slot is unused when its key is null; None is stored as s_none, a deleted entry as s_dummy.
    private static readonly object s_none = new();
    private static readonly object s_dummy = new();

    private object?[] _keys = new object?[MinSize];
    private long[] _hashes = new long[MinSize];

    public int Fill { get; private set; }

    public int Used { get; private set; }

    public int Mask { get; private set; } = MinSize - 1;

    // set_pop's search finger.
    private int _finger;

    /// <summary>Bumped on every change, for the "Set changed size during iteration" check.</summary>
    public int Version { get; private set; }

    public static object? Unwrap(object? stored) => ReferenceEquals(stored, s_none) ? null : stored;

    private static object Wrap(object? key) => key ?? s_none;

    public bool IsActive(int i) => _keys[i] is { } k && !ReferenceEquals(k, s_dummy);

    public object? KeyAt(int i) => Unwrap(_keys[i]);

    public long HashAt(int i) => _hashes[i];

    /// <summary>set_next: the next active slot at or after <paramref name="position"/>, or -1.</summary>
    public int Next(int position)
    {
        for (var i = position; i <= Mask; i++)
        {
            if (IsActive(i))
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerable<(object? Key, long Hash)> Entries()
    {
        for (var i = Next(0); i >= 0; i = Next(i + 1))
        {
            yield return (KeyAt(i), HashAt(i));
        }
    }

    // set_lookkey: the slot holding an equal key, or -1.
    public int Lookup(object? key, long hash)
    {
        var stored = Wrap(key);
        var perturb = (ulong)hash;
        var mask = (ulong)Mask;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var entryKey = _keys[j];
                if (entryKey is null && _hashes[j] == 0)
                {
                    return -1;
                }

                if (_hashes[j] == hash && entryKey is not null && !ReferenceEquals(entryKey, s_dummy))
                {
                    if (ReferenceEquals(entryKey, stored) || PyOps.EqualsIdentityFirst(Unwrap(entryKey), key))
                    {
                        return (int)j;
                    }
                }

                j++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    public bool Contains(object? key, long hash) => Lookup(key, hash) >= 0;

    // set_add_entry. Returns true when the key was added.
    public bool Add(object? key, long hash)
    {
        var stored = Wrap(key);
        var mask = (ulong)Mask;
        var i = (ulong)hash & mask;
        var perturb = (ulong)hash;
        long freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var entryKey = _keys[j];
                if (entryKey is null && _hashes[j] == 0)
                {
                    if (freeSlot >= 0)
                    {
                        Used++;
                        _keys[freeSlot] = stored;
                        _hashes[freeSlot] = hash;
                        Version++;
                        return true;
                    }

                    Fill++;
                    Used++;
                    _keys[j] = stored;
                    _hashes[j] = hash;
                    Version++;
                    if ((ulong)Fill * 5 < mask * 3)
                    {
                        return true;
                    }

                    Resize(Used > 50000 ? Used * 2 : Used * 4);
                    return true;
                }

                if (_hashes[j] == hash && entryKey is not null && !ReferenceEquals(entryKey, s_dummy))
                {
                    if (ReferenceEquals(entryKey, stored) || PyOps.EqualsIdentityFirst(Unwrap(entryKey), key))
                    {
                        return false;
                    }
                }
                else if (_hashes[j] == -1 && ReferenceEquals(entryKey, s_dummy))
                {
                    // 3.11 remembers the last dummy on the probe path, not the first.
                    freeSlot = (long)j;
                }

                j++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    // set_discard_entry.
    public bool Discard(object? key, long hash)
    {
        var slot = Lookup(key, hash);
        if (slot < 0)
        {
            return false;
        }

        _keys[slot] = s_dummy;
        _hashes[slot] = -1;
        Used--;
        Version++;
        return true;
    }

    // set_pop: scans from the finger, wrapping around.
    public object? Pop()
    {
        if (Used == 0)
        {
            throw new PyKeyError("pop from an empty set");
        }

        var i = _finger & Mask;
        while (!IsActive(i))
        {
            i++;
            if (i > Mask)
            {
                i = 0;
            }
        }

        var key = KeyAt(i);
        _keys[i] = s_dummy;
        _hashes[i] = -1;
        Used--;
        Version++;
        _finger = i + 1;
        return key;
    }

    // set_clear_internal.
    public void Clear()
    {
        _keys = new object?[MinSize];
        _hashes = new long[MinSize];
        Mask = MinSize - 1;
        Fill = 0;
        Used = 0;
        Version++;
    }

    // set_table_resize.
    public void Resize(int minUsed)
    {
        var newSize = MinSize;
        while (newSize <= minUsed)
        {
            newSize <<= 1;
        }

        var oldKeys = _keys;
        var oldHashes = _hashes;
        var oldMask = Mask;
        if (newSize == MinSize && oldKeys.Length == MinSize && Fill == Used)
        {
            // No dummies, so no point doing anything.
            return;
        }

        _keys = new object?[newSize];
        _hashes = new long[newSize];
        Mask = newSize - 1;
        Fill = Used;
        for (var i = 0; i <= oldMask; i++)
        {
            if (oldKeys[i] is { } k && !ReferenceEquals(k, s_dummy))
            {
                InsertClean(k, oldHashes[i]);
            }
        }

        Version++;
    }

    // set_insert_clean: the key is known absent and the table has no dummies.
    private void InsertClean(object storedKey, long hash)
    {
        var mask = (ulong)Mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            if (_keys[i] is null)
            {
                _keys[i] = storedKey;
                _hashes[i] = hash;
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (var j = 1UL; j <= LinearProbes; j++)
                {
                    if (_keys[i + j] is null)
                    {
                        _keys[i + j] = storedKey;
                        _hashes[i + j] = hash;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    // set_merge: adds every entry of other.
    public void Merge(SetTable other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0)
        {
            return;
        }

        if ((Fill + other.Used) * 5 >= Mask * 3)
        {
            Resize((Used + other.Used) * 2);
        }

        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            // Same size, empty, no dummies: copy the slots as they are.
            for (var i = 0; i <= other.Mask; i++)
            {
                if (other._keys[i] is { } k)
                {
                    _keys[i] = k;
                    _hashes[i] = other._hashes[i];
                }
            }

            Fill = other.Fill;
            Used = other.Used;
            Version++;
            return;
        }

        if (Fill == 0)
        {
            Fill = other.Used;
            Used = other.Used;
            for (var i = 0; i <= other.Mask; i++)
            {
                if (other._keys[i] is { } k && !ReferenceEquals(k, s_dummy))
                {
                    InsertClean(k, other._hashes[i]);
                }
            }

            Version++;
            return;
        }

        for (var i = 0; i <= other.Mask; i++)
        {
            if (other.IsActive(i))
            {
                Add(other.KeyAt(i), other._hashes[i]);
            }
        }
    }

    /// <summary>set_update_internal for a dict: presize, then add each key with its known hash.</summary>
    public void MergeDict(List<(object? Key, long Hash, object? Value)> entries)
    {
        if ((Fill + entries.Count) * 5 >= Mask * 3)
        {
            Resize((Used + entries.Count) * 2);
        }

        foreach (var (key, hash, _) in entries)
        {
            Add(key, hash);
        }
    }

    /// <summary>set_copy: a new table filled by set_merge (its layout can differ from this one's).</summary>
    public SetTable Copy()
    {
        var copy = new SetTable();
        copy.Merge(this);
        return copy;
    }

    /// <summary>An exact clone of the slots, for iterating or merging a snapshot outside the owner's lock.</summary>
    public SetTable Clone()
    {
        var clone = new SetTable
        {
            _keys = (object?[])_keys.Clone(),
            _hashes = (long[])_hashes.Clone(),
            Mask = Mask,
            Fill = Fill,
            Used = Used,
        };
        return clone;
    }

    /// <summary>set_swap_bodies, one way: this table takes <paramref name="other"/>'s contents.</summary>
    public void TakeFrom(SetTable other)
    {
        _keys = other._keys;
        _hashes = other._hashes;
        Mask = other.Mask;
        Fill = other.Fill;
        Used = other.Used;
        Version++;
    }

    // frozenset_hash: xor of shuffled entry hashes, then the size and a final scramble.
    public long FrozenHash()
    {
        static ulong Shuffle(ulong h) => unchecked(((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL);

        ulong hash = 0;
        for (var i = 0; i <= Mask; i++)
        {
            if (IsActive(i))
            {
                hash ^= Shuffle((ulong)_hashes[i]);
            }
        }

        hash ^= unchecked(((ulong)Used + 1) * 1927868237UL);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = unchecked((hash * 69069U) + 907133923UL);
        if (hash == ulong.MaxValue)
        {
            hash = 590923713UL;
        }

        return (long)hash;
    }
}
