namespace Portalis.Runtime;

public sealed partial class PyType
{
    /// <summary>The builtin constructor of a non-heap type (<c>tp_new</c> and <c>tp_init</c> in one), given the arguments after the class.</summary>
    internal PyNativeCall? BuiltinNew { get; private set; }

    /// <summary><c>cls(*args, **kwargs)</c>: <c>type.__call__</c>, or the metaclass's own <c>__call__</c>.</summary>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (TryConstructPlain(args, kwnames, out var constructed))
        {
            return constructed;
        }

        if (ReferenceEquals(this, TypeType))
        {
            var nargs = args.Length - (kwnames?.Length ?? 0);
            if (nargs == 1 && kwnames is null)
            {
                return PyOps.TypeOf(args[0]);
            }

            if (nargs != 3)
            {
                throw new PyTypeError("type() takes 1 or 3 arguments");
            }
        }

        var meta = Metatype;
        if (meta?.Slots.Call is { } call && !ReferenceEquals(call, s_typeCall))
        {
            return PyOps.CallWithSelf(call, this, args, kwnames);
        }

        return DefaultCall(args, kwnames);
    }

    /// <summary>Objects/typeobject.c, <c>type_call</c>: <c>__new__</c>, then <c>__init__</c> when the result is an instance.</summary>
    internal object? DefaultCall(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var newf = Slots.New;
        object? obj;
        if (Layout == InstanceLayout.Exception && newf is PyMethodDescriptor)
        {
            obj = NewException(args, kwnames);
        }
        else if (newf is PyMethodDescriptor { Name: "__new__" } d && d.Owner.BuiltinNew is { } builtinNew)
        {
            if (ReferenceEquals(d.Owner, ObjectType))
            {
                obj = ObjectNew(args, kwnames);
            }
            else if (IsHeapType)
            {
                obj = AllocateHeap(args, kwnames);
            }
            else
            {
                // Builtin constructors initialise too.
                return builtinNew(args, kwnames);
            }
        }
        else
        {
            var fn = newf is PyStaticMethod sm ? sm.Function : newf;
            obj = PyOps.CallWithSelf(fn, this, args, kwnames);
        }

        var objType = PyOps.TypeOf(obj);
        if (!objType.IsSubclassOf(this))
        {
            return obj;
        }

        var init = objType.Slots.Init;
        if (init is PyMethodDescriptor { Name: "__init__" } id && ReferenceEquals(id.Owner, ObjectType))
        {
            // object_init ignores extra arguments when __new__ is overridden (object_new already rejected them otherwise).
            return obj;
        }

        var result = PyOps.CallWithSelf(init, obj, args, kwnames);
        if (result is not null)
        {
            throw new PyTypeError($"__init__() should return None, not '{PyOps.TypeName(result)}'");
        }

        return obj;
    }

    private object ObjectNew(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (args.Length > 0 && Slots.InitIsObject)
        {
            throw new PyTypeError($"{Name}() takes no arguments");
        }

        return NewInstance();
    }

    private PyBaseException NewException(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var builtin = this;
        while (builtin.ExceptionFactory is null)
        {
            builtin = builtin.Base!;
        }

        if (kwnames is not null && ReferenceEquals(Lookup("__init__"), BaseExceptionType.Dict.Get("__init__")))
        {
            throw new PyTypeError($"{Name}() takes no keyword arguments");
        }

        var e = builtin.ExceptionFactory(args[..(args.Length - (kwnames?.Length ?? 0))].ToArray());
        if (IsHeapType)
        {
            e.PyClass = this;
        }

        return e;
    }

    /// <summary>Allocates an uninitialised instance of this class (<c>object.__new__(cls)</c>).</summary>
    internal object NewInstance()
    {
        // object_new: a class whose __abstractmethods__ (set by abc.ABCMeta) is non-empty cannot be instantiated.
        if (IsHeapType && Slots.AbstractMethods is { } abstracts && PyOps.IsTrue(abstracts))
        {
            var names = PyOps.Iterate(abstracts).Select(n => PyOps.Str(n)).Order(StringComparer.Ordinal).ToArray();
            throw new PyTypeError($"Can't instantiate abstract class {Name} with abstract method{(names.Length > 1 ? "s" : string.Empty)} {string.Join(", ", names)}");
        }

        if (ReferenceEquals(this, ObjectType))
        {
            return new PyInstance(this);
        }

        switch (Layout)
        {
            case InstanceLayout.Object:
                if (!IsHeapType)
                {
                    throw new PyTypeError($"object.__new__({Name}) is not safe, use {Name}.__new__()");
                }

                return new PyInstance(this);
            default:
                throw new PyTypeError($"object.__new__({Name}) is not safe, use {Name}.__new__()");
        }
    }

    /// <summary>
    /// <c>base.__new__(cls, ...)</c> for a heap class with a builtin base: list, dict and set instances start
    /// empty (their <c>__init__</c> fills them), tuples take their items here, exceptions their args.
    /// </summary>
    internal object AllocateHeap(ReadOnlySpan<object?> args, string[]? kwnames) => Layout switch
    {
        InstanceLayout.Object => new PyInstance(this),
        InstanceLayout.Exception => NewException(args, kwnames),
        InstanceLayout.List => new PyListInstance(this),
        InstanceLayout.Dict => new PyDictInstance(this),
        InstanceLayout.Set => new PySetInstance(this),
        InstanceLayout.Int or InstanceLayout.Float or InstanceLayout.Str => new PyValueInstance(this, PyValueInstance.Unwrap(ValueBase().BuiltinNew!(args, kwnames))!),
        InstanceLayout.Tuple => new PyTupleInstance(this, args.Length - (kwnames?.Length ?? 0) > 0 ? PyOps.ToArray(args[0]) : []),
        InstanceLayout.Native => AllocateNative(),
        _ => throw new PyTypeError($"cannot create '{Name}' instances"),
    };

    private PyType ValueBase()
    {
        var t = this;
        while (t.IsHeapType)
        {
            t = t.Base!;
        }

        return t;
    }

    /// <summary>The most derived metaclass (Objects/typeobject.c, <c>_PyType_CalculateMetaclass</c>).</summary>
    internal static PyType CalculateMetaclass(PyType metatype, IReadOnlyList<object?> bases)
    {
        var winner = metatype;
        foreach (var b in bases)
        {
            var t = PyOps.TypeOf(b);
            if (winner.IsSubclassOf(t))
            {
                continue;
            }

            if (t.IsSubclassOf(winner))
            {
                winner = t;
                continue;
            }

            throw new PyTypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }

        return winner;
    }

    /// <summary>
    /// <c>type.__new__(metatype, name, bases, ns, **kwargs)</c> (Objects/typeobject.c, <c>type_new</c>): solid base,
    /// MRO, <c>__slots__</c>, implicit <c>__hash__ = None</c>, <c>__set_name__</c> and <c>__init_subclass__</c>.
    /// </summary>
    internal static PyType TypeNew(PyType metatype, string name, PyTuple basesTuple, PyDict source, ReadOnlySpan<object?> kwvalues, string[]? kwnames)
    {
        var winner = CalculateMetaclass(metatype, basesTuple.Items.ToArray());
        var bases = new PyType[Math.Max(basesTuple.Count, 1)];
        if (basesTuple.Count == 0)
        {
            bases[0] = ObjectType;
        }
        else
        {
            for (var i = 0; i < basesTuple.Count; i++)
            {
                bases[i] = basesTuple[i] as PyType ?? throw new PyTypeError($"bases must be types");
                if (bases[i].Layout == InstanceLayout.Final && !ReferenceEquals(bases[i], ObjectType))
                {
                    throw new PyTypeError($"type '{bases[i].Name}' is not an acceptable base type");
                }
            }
        }

        var solid = BestBase(bases);
        var ns = source.Copy();
        if (!ns.ContainsKey("__doc__"))
        {
            ns.SetItem("__doc__", null);
        }

        if (ns.ContainsKey("__eq__") && !ns.ContainsKey("__hash__"))
        {
            ns.SetItem("__hash__", null);
        }

        foreach (var implicitClassMethod in (string[])["__init_subclass__", "__class_getitem__"])
        {
            if (ns.TryGetValue(implicitClassMethod, out var f) && f is PyFunction)
            {
                ns.SetItem(implicitClassMethod, new PyClassMethod(f));
            }
        }

        if (ns.TryGetValue("__new__", out var nf) && nf is PyFunction)
        {
            ns.SetItem("__new__", new PyStaticMethod(nf));
        }

        var type = new PyType(winner, name, bases, solid, ns);

        type.SetUpSlots(ns);
        if (ns.ContainsKey("__qualname__"))
        {
            ns.DelItem("__qualname__");
        }

        Interlocked.Increment(ref s_version);

        // type_new_set_names, then type_new_init_subclass.
        foreach (var key in ns.Keys().ToArray())
        {
            var value = ns.Get(key);
            if (value is PyProperty p)
            {
                p.SetName((string)key!);
            }
            else if (value is PyObject and not PyFunction && PyOps.TypeOf(value).TryLookup("__set_name__", out var setName))
            {
                PyOps.CallWithSelf(setName, value, [type, key], null);
            }
        }

        var super = new PySuper(type, type);
        var init = super.GetAttribute("__init_subclass__");
        PyOps.CallKw(init, kwvalues, kwnames);
        return type;
    }

    private void SetUpSlots(PyDict ns)
    {
        var baseHasDict = _mro.Skip(1).Any(t => t.IsHeapType && t.HasInstanceDict) || Layout != InstanceLayout.Object;
        SlotCount = _mro.Skip(1).Where(t => t.IsHeapType).Select(t => t.SlotCount).DefaultIfEmpty(0).Max();
        if (!ns.TryGetValue("__slots__", out var slots))
        {
            HasInstanceDict = true;
            return;
        }

        IEnumerable<object?> names = slots is string s ? [s] : PyOps.Iterate(slots).ToArray();
        var hasDict = baseHasDict;
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (n is not string slot)
            {
                throw new PyTypeError($"__slots__ items must be strings, not '{PyOps.TypeName(n)}'");
            }

            if (slot == "__dict__")
            {
                hasDict = true;
                continue;
            }

            if (slot == "__weakref__")
            {
                continue;
            }

            // A name listed twice (datetime's `date.__slots__ + time.__slots__`) is one slot; a name the class
            // body also binds is an error (Objects/typeobject.c, type_new_slots_impl).
            if (!added.Add(slot))
            {
                continue;
            }

            if (ns.ContainsKey(slot))
            {
                throw new PyValueError($"'{slot}' in __slots__ conflicts with class variable");
            }

            ns.SetItem(slot, new PySlotMember(this, slot, SlotCount++));
        }

        HasInstanceDict = hasDict;
    }

    /// <summary>Objects/typeobject.c, <c>best_base</c>: the bases' solid bases must form a chain.</summary>
    private static PyType BestBase(PyType[] bases)
    {
        PyType? winner = null;
        PyType? best = null;
        foreach (var b in bases)
        {
            var candidate = SolidBase(b);
            if (winner is null)
            {
                winner = candidate;
                best = b;
            }
            else if (winner.IsSubclassOf(candidate))
            {
                continue;
            }
            else if (candidate.IsSubclassOf(winner))
            {
                winner = candidate;
                best = b;
            }
            else
            {
                throw new PyTypeError("multiple bases have instance lay-out conflict");
            }
        }

        return best!;
    }

    private static PyType SolidBase(PyType t)
    {
        var current = t;
        while (current.Base is { } b && (current.IsHeapType ? current.SlotCount == b.SlotCount || !current.Dict.ContainsKey("__slots__") : current.Layout == InstanceLayout.Exception && !ReferenceEquals(current, BaseExceptionType)))
        {
            current = b;
        }

        return current;
    }
}
