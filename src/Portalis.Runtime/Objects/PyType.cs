using System.Collections.Concurrent;

namespace Portalis.Runtime;

/// <summary>
/// A Python type object: the one representation for builtin types (<c>int</c>, <c>list</c>, every exception
/// class) and user classes (<c>class C: ...</c>, <c>type(name, bases, ns)</c>). It holds the name, bases,
/// MRO (C3, Objects/typeobject.c <c>mro_internal</c>), the class namespace and the metaclass; attribute
/// lookups along the MRO are cached per type and invalidated by a global version tag whenever any class
/// namespace changes.
/// </summary>
public sealed partial class PyType : PyObject
{
    private static int s_version;
    private static readonly object s_missing = new();

    private readonly List<WeakReference<PyType>> _subclasses = [];
    private readonly Func<object?, bool>? _isExactInstance;
    private LookupCache _cache = new(-1);
    private PyType[] _bases;
    private PyType[] _mro;

    private PyType(string name, PyType? baseType, Func<object?, bool>? isExactInstance, InstanceLayout layout)
    {
        Name = name;
        QualName = name;
        Base = baseType;
        _isExactInstance = isExactInstance;
        Layout = layout;
        Dict = new PyDict();
        _bases = baseType is null ? [] : [baseType];
        _mro = baseType is null ? [this] : [this, .. baseType._mro];
        baseType?.AddSubclass(this);
    }

    private PyType(PyType metatype, string name, PyType[] bases, PyType solidBase, PyDict ns)
    {
        Name = name;
        QualName = ns.TryGetValue("__qualname__", out var q) && q is string qs ? qs : name;
        Dict = ns;
        Metatype = ReferenceEquals(metatype, TypeType) ? null : metatype;
        IsHeapType = true;
        _bases = bases;
        Base = solidBase;
        Layout = solidBase.Layout;
        _mro = ComputeMro(this, bases);
        foreach (var b in bases)
        {
            b.AddSubclass(this);
        }
    }

    /// <summary>How instances of a type are represented in .NET.</summary>
    internal enum InstanceLayout
    {
        /// <summary>A <see cref="PyInstance"/> (object and user classes without builtin base).</summary>
        Object,

        /// <summary>A <see cref="PyBaseException"/> subclass.</summary>
        Exception,

        /// <summary>A <see cref="PyList"/>.</summary>
        List,

        /// <summary>A <see cref="PyDict"/>.</summary>
        Dict,

        /// <summary>A <see cref="PyValueInstance"/> over an int.</summary>
        Int,

        /// <summary>A <see cref="PyValueInstance"/> over a float.</summary>
        Float,

        /// <summary>A <see cref="PyValueInstance"/> over a str.</summary>
        Str,

        /// <summary>A <see cref="PyTuple"/>.</summary>
        Tuple,

        /// <summary>A <see cref="PySet"/>.</summary>
        Set,

        /// <summary>A <see cref="PyType"/> (metaclasses derive from <c>type</c>).</summary>
        Type,

        /// <summary>A builtin value that cannot be subclassed by Python code.</summary>
        Final,

        /// <summary>A <see cref="NativeObject"/> of a native module's class that Python code may subclass (<c>random.Random</c>).</summary>
        Native,

        /// <summary>
        /// A <see cref="PyIterator"/> made by the type's own <c>__new__</c> (<c>map</c>, <c>zip</c> ...); an instance of a
        /// Python subclass is a <see cref="PyIteratorInstance"/> around one.
        /// </summary>
        Iterator,
    }

    /// <summary><c>__name__</c></summary>
    public string Name { get; private set; }

    /// <summary><c>__qualname__</c></summary>
    public string QualName { get; private set; }

    /// <summary><c>__base__</c>: the base whose instance layout this type extends; null for <c>object</c>.</summary>
    public PyType? Base { get; }

    /// <summary><c>__bases__</c></summary>
    public IReadOnlyList<PyType> Bases => _bases;

    /// <summary><c>__mro__</c></summary>
    public IReadOnlyList<PyType> Mro => _mro;

    /// <summary>True for classes created by Python code (<c>class</c> statements and <c>type(...)</c>).</summary>
    public bool IsHeapType { get; }

    /// <summary><c>__module__</c>: "builtins" for builtin types.</summary>
    public object? ModuleName => Dict.TryGetValue("__module__", out var m) ? m : "builtins";

    /// <summary>The class namespace (<c>__dict__</c> in CPython is a read-only proxy of it).</summary>
    internal PyDict Dict { get; }

    /// <summary>The metaclass when it is not <c>type</c>.</summary>
    internal PyType? Metatype { get; }

    internal InstanceLayout Layout { get; private set; }

    /// <summary>For exception types: makes the .NET exception for <c>cls(*args)</c>.</summary>
    internal Func<object?[], PyBaseException>? ExceptionFactory { get; private init; }

    /// <summary>Names of <c>__slots__</c> over the whole MRO; null when instances have a <c>__dict__</c>.</summary>
    internal int SlotCount { get; private set; }

    /// <summary>Whether instances carry an attribute dictionary.</summary>
    internal bool HasInstanceDict { get; private set; } = true;

    /// <inheritdoc/>
    public override string PythonTypeName => (Metatype ?? TypeType).Name;

    /// <summary><c>type(x)</c> for any runtime value.</summary>
    public static PyType Of(object? value) => PyOps.TypeOf(value);

    /// <summary><c>issubclass(this, other)</c> by the MRO (no <c>__subclasscheck__</c>).</summary>
    public bool IsSubclassOf(PyType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        foreach (var t in _mro)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>isinstance(value, this)</c> by the MRO (no <c>__instancecheck__</c>).</summary>
    public bool IsInstance(object? value) => ReferenceEquals(this, ObjectType) || PyOps.TypeOf(value).IsSubclassOf(this);

    /// <summary>
    /// <c>_PyType_Lookup</c>: the first definition of <paramref name="name"/> along the MRO, cached until a class
    /// namespace changes.
    /// </summary>
    public bool TryLookup(string name, out object? value)
    {
        var cache = _cache;
        var version = Volatile.Read(ref s_version);
        if (cache.Version != version)
        {
            cache = new LookupCache(version);
            _cache = cache;
        }

        if (!cache.Map.TryGetValue(name, out value))
        {
            value = s_missing;
            foreach (var t in _mro)
            {
                if (t.Dict.TryGetValue(name, out var found))
                {
                    value = found;
                    break;
                }
            }

            cache.Map.TryAdd(name, value);
        }

        if (ReferenceEquals(value, s_missing))
        {
            value = null;
            return false;
        }

        return true;
    }

    /// <summary>The lookup result or null when absent.</summary>
    internal object? Lookup(string name) => TryLookup(name, out var v) ? v : null;

    /// <summary>Sets a class attribute (<c>C.x = v</c> without metaclass hooks) and invalidates lookup caches.</summary>
    public void SetTypeAttribute(string name, object? value)
    {
        switch (name)
        {
            case "__name__":
                Name = value as string ?? throw new PyTypeError($"can only assign string to {Name}.__name__, not '{PyOps.TypeName(value)}'");
                break;
            case "__qualname__":
                QualName = value as string ?? throw new PyTypeError($"can only assign string to {Name}.__qualname__, not '{PyOps.TypeName(value)}'");
                break;
            default:
                if (!IsHeapType)
                {
                    throw new PyTypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
                }

                Dict.SetItem(name, value);
                break;
        }

        Interlocked.Increment(ref s_version);
    }

    /// <summary>Deletes a class attribute.</summary>
    public void DelTypeAttribute(string name)
    {
        if (!IsHeapType)
        {
            throw new PyTypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        }

        if (!Dict.ContainsKey(name))
        {
            throw new PyAttributeError($"type object '{Name}' has no attribute '{name}'").For(this, name);
        }

        Dict.DelItem(name);
        Interlocked.Increment(ref s_version);
    }

    /// <summary><c>__subclasses__()</c>: the live direct subclasses.</summary>
    public PyList Subclasses()
    {
        var result = new PyList();
        lock (_subclasses)
        {
            foreach (var w in _subclasses)
            {
                if (w.TryGetTarget(out var t))
                {
                    result.Append(t);
                }
            }
        }

        return result;
    }

    private void AddSubclass(PyType t)
    {
        lock (_subclasses)
        {
            _subclasses.RemoveAll(w => !w.TryGetTarget(out _));
            _subclasses.Add(new WeakReference<PyType>(t));
        }
    }

    internal bool IsExactBuiltinInstance(object? value) => _isExactInstance?.Invoke(value) ?? false;

    /// <summary>C3 linearization (Objects/typeobject.c, <c>mro_implementation</c>).</summary>
    private static PyType[] ComputeMro(PyType type, PyType[] bases)
    {
        if (bases.Length == 1)
        {
            return [type, .. bases[0]._mro];
        }

        var seqs = new List<List<PyType>>();
        foreach (var b in bases)
        {
            seqs.Add([.. b._mro]);
        }

        seqs.Add([.. bases]);
        var result = new List<PyType> { type };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0)
            {
                return [.. result];
            }

            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                if (!seqs.Any(o => o.IndexOf(head) > 0))
                {
                    candidate = head;
                    break;
                }
            }

            if (candidate is null)
            {
                // set_mro_error lists the remaining heads in base order.
                var names = new List<string>();
                foreach (var s in seqs.Take(seqs.Count - 1))
                {
                    if (!names.Contains(s[0].Name))
                    {
                        names.Add(s[0].Name);
                    }
                }

                throw new PyTypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", names)}");
            }

            result.Add(candidate);
            foreach (var s in seqs)
            {
                if (ReferenceEquals(s[0], candidate))
                {
                    s.RemoveAt(0);
                }
            }
        }
    }

    private sealed class LookupCache(int version)
    {
        public int Version { get; } = version;

        public ConcurrentDictionary<string, object?> Map { get; } = new(StringComparer.Ordinal);
    }
}
