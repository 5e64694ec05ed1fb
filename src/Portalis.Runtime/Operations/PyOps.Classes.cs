namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// The <c>class</c> statement after its body ran (Python/bltinmodule.c, <c>builtin___build_class__</c>):
    /// selects the metaclass (explicit <c>metaclass=</c>, else the most derived metaclass of the bases) and calls
    /// it with <c>(name, bases, ns, **kwargs)</c>; <c>type.__new__</c> computes the MRO, runs <c>__set_name__</c>
    /// and <c>__init_subclass__</c> (which receives the other class keywords).
    /// </summary>
    public static PyType BuildClass(string name, PyTuple bases, PyDict ns, ReadOnlySpan<object?> kwvalues, string[]? kwnames)
    {
        object? meta = null;
        var values = new List<object?>();
        var names = new List<string>();
        if (kwnames is not null)
        {
            for (var i = 0; i < kwnames.Length; i++)
            {
                if (kwnames[i] == "metaclass")
                {
                    meta = kwvalues[i];
                }
                else
                {
                    names.Add(kwnames[i]);
                    values.Add(kwvalues[i]);
                }
            }
        }

        var isClass = false;
        if (meta is null)
        {
            meta = bases.Count == 0 ? PyType.TypeType : TypeOf(bases[0]);
            isClass = true;
        }
        else if (meta is PyType)
        {
            isClass = true;
        }

        if (isClass)
        {
            meta = PyType.CalculateMetaclass((PyType)meta, bases.Items.ToArray());
        }

        var args = new object?[3 + values.Count];
        args[0] = name;
        args[1] = bases;
        args[2] = ns;
        values.CopyTo(args, 3);
        var cls = CallKw(meta, args, names.Count == 0 ? null : [.. names]);
        return cls as PyType ?? throw new PyTypeError($"the metaclass of '{name}' returned a '{TypeName(cls)}' object, not a class");
    }

    /// <summary>A name read in a class body: the class namespace, then the module global, then the builtin.</summary>
    public static object? ClassLoad(PyDict ns, string name, PyGlobal fallback) =>
        ns.TryGetValue(name, out var value) ? value : fallback.Get();

    /// <summary><c>super()</c> in a method of <paramref name="cls"/> whose first argument is <paramref name="self"/>; also <c>super(cls, self)</c>.</summary>
    public static PySuper Super(PyType cls, object? self) => new(cls, self);

    /// <summary><c>type(name, bases, ns)</c> with keyword arguments for <c>__init_subclass__</c>.</summary>
    public static PyType NewClass(string name, PyTuple bases, PyDict ns) => BuildClass(name, bases, ns, [], null);

    /// <summary><c>C[key]</c> on a class: <c>__class_getitem__</c>, or a generic alias for the builtin generic types.</summary>
    private static object? ClassGetItem(PyType type, object? key)
    {
        var meta = TypeOf(type);
        if (meta.IsHeapType && meta.TryLookup("__getitem__", out var getitem))
        {
            return CallWithSelf(getitem, type, [key], null);
        }

        if (type.TryLookup("__class_getitem__", out var cgi))
        {
            return Call(ClassDispatch.Bind(cgi, null, type), key);
        }

        if (!type.IsHeapType && (ReferenceEquals(type, PyType.ListType) || ReferenceEquals(type, PyType.DictType)
            || ReferenceEquals(type, PyType.TupleType) || ReferenceEquals(type, PyType.SetType)
            || ReferenceEquals(type, PyType.FrozenSetType) || ReferenceEquals(type, PyType.TypeType)))
        {
            return new PyGenericAlias(type, key as PyTuple ?? new PyTuple([key]));
        }

        throw new PyTypeError($"type '{type.Name}' is not subscriptable");
    }
}
