using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// One attribute access in translated code (<c>o.name</c>, <c>o.name = v</c>, <c>o.name(...)</c>) with an inline
/// cache, after CPython 3.11's specialized <c>LOAD_ATTR_INSTANCE_VALUE</c>, <c>LOAD_ATTR_PROPERTY</c>,
/// <c>LOAD_METHOD_WITH_VALUES</c> and <c>STORE_ATTR_INSTANCE_VALUE</c> (Python/specialize.c): the first access
/// through the site records what the generic protocol found for the receiver's class, and later accesses with a
/// receiver of the same class, while no class namespace has changed (<see cref="PyType.CurrentVersion"/>), skip
/// the MRO walk, the descriptor checks and the name lookup. Anything the cache does not cover takes the generic
/// path, which is always correct.
/// </summary>
public sealed class AttrSite
{
    private AttrCacheEntry? _entry;
    private AttrCacheEntry? _previous;
    private NativeEntry? _native;

    /// <summary>Creates the site for attribute <paramref name="name"/> (already mangled).</summary>
    public AttrSite(string name)
    {
        Name = name;
        Builtin = name switch
        {
            "append" => BuiltinMethod.Append,
            "pop" => BuiltinMethod.Pop,
            "get" => BuiltinMethod.Get,
            "add" => BuiltinMethod.Add,
            _ => BuiltinMethod.None,
        };
    }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>The builtin-container method of this name a call through the site may take directly.</summary>
    internal BuiltinMethod Builtin { get; }

    /// <summary>The cached entry when it is valid for <paramref name="type"/> now.</summary>
    internal AttrCacheEntry? EntryFor(PyType type)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is null || !ReferenceEquals(entry.Type, type))
        {
            entry = Volatile.Read(ref _previous);
            if (entry is null || !ReferenceEquals(entry.Type, type))
            {
                return null;
            }
        }

        return entry.Version == PyType.CurrentVersion ? entry : null;
    }

    /// <summary>The cached split-table index when the last entry is an instance value of <paramref name="type"/> valid now, else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int InstanceValueIndex(PyType type)
    {
        var entry = Volatile.Read(ref _entry);
        return entry is not null && ReferenceEquals(entry.Type, type) && entry.Kind == AttrCacheKind.InstanceValue && entry.Version == PyType.CurrentVersion
            ? entry.Index
            : -1;
    }

    /// <summary>
    /// Records an entry, keeping the one it displaces for another class: a site is often reached by two classes
    /// (two subclasses in a loop, or the per-worker copies of a class that multiprocessing's fork semantics make).
    /// </summary>
    internal AttrCacheEntry Fill(AttrCacheEntry entry)
    {
        var current = Volatile.Read(ref _entry);
        if (current is not null && !ReferenceEquals(current.Type, entry.Type))
        {
            Volatile.Write(ref _previous, current);
        }

        Volatile.Write(ref _entry, entry);
        return entry;
    }

    /// <summary>The exported method of this name on a native object of <paramref name="type"/> (cached per site), or null.</summary>
    internal NativeBinder? NativeMethodFor(Type type)
    {
        var cached = Volatile.Read(ref _native);
        if (cached is not null && cached.Type == type)
        {
            return cached.Binder;
        }

        var binder = NativeObject.FindMethod(type, Name);
        Volatile.Write(ref _native, new NativeEntry(type, binder));
        return binder;
    }

    private sealed record NativeEntry(Type Type, NativeBinder? Binder);
}

/// <summary>What an <see cref="AttrSite"/> learned about one class at one version. Immutable, so a reader sees a whole entry.</summary>
internal sealed class AttrCacheEntry(PyType type, int version, AttrCacheKind kind, int index, SharedKeys keys, object? attribute)
{
    public PyType Type { get; } = type;

    public int Version { get; } = version;

    public AttrCacheKind Kind { get; } = kind;

    /// <summary>The name's index in <see cref="Keys"/>, or -1 when absent from it.</summary>
    public int Index { get; } = index;

    /// <summary>The class's shared-key table when the entry was made (a later table may give the name an index).</summary>
    public SharedKeys Keys { get; } = keys;

    /// <summary>The class attribute found (a function, a data descriptor), when the kind needs it.</summary>
    public object? Attribute { get; } = attribute;
}

/// <summary>How a cached attribute site resolves.</summary>
internal enum AttrCacheKind
{
    /// <summary>Not cacheable for this class: always the generic path.</summary>
    Generic,

    /// <summary>An instance value at <see cref="AttrCacheEntry.Index"/>; the class has no data descriptor of that name.</summary>
    InstanceValue,

    /// <summary>A data descriptor of the class (a property, a slot): it wins over the instance.</summary>
    DataDescriptor,

    /// <summary>A plain function on the class, not shadowed by the instance (a method call or a bound method).</summary>
    Method,
}

/// <summary>Methods of the builtin containers called often enough in loops to be dispatched without a lookup.</summary>
internal enum BuiltinMethod
{
    /// <summary>Not one of them.</summary>
    None,

    /// <summary><c>list.append(x)</c></summary>
    Append,

    /// <summary><c>list.pop()</c>, <c>list.pop(i)</c></summary>
    Pop,

    /// <summary><c>dict.get(k)</c>, <c>dict.get(k, default)</c></summary>
    Get,

    /// <summary><c>set.add(x)</c></summary>
    Add,
}
