namespace Portalis.Runtime;

/// <summary>
/// Fills the namespaces of the builtin types: constructors (<c>tp_new</c>), the slot wrappers user classes
/// reach through <c>super()</c> (<c>object.__init__</c>, <c>object.__repr__</c>, <c>BaseException.__init__</c>
/// ...) and method descriptors for the named methods (<c>str.upper</c>), which dispatch to
/// <see cref="PyOps.CallMethodKw"/>'s builtin tables.
/// </summary>
internal static class BuiltinTypeSlots
{
    private static readonly string[] s_strMethods =
    [
        "split", "rsplit", "join", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex", "count",
        "startswith", "endswith", "upper", "lower", "casefold", "swapcase", "capitalize", "title", "isupper", "islower",
        "istitle", "isspace", "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isascii", "isidentifier",
        "isprintable", "center", "ljust", "rjust", "zfill", "partition", "rpartition", "splitlines", "expandtabs",
        "encode", "format", "format_map", "removeprefix", "removesuffix", "translate",
    ];

    private static readonly string[] s_listMethods = ["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"];

    private static readonly string[] s_dictMethods = ["get", "setdefault", "pop", "popitem", "keys", "values", "items", "update", "fromkeys", "copy", "clear"];

    private static readonly string[] s_frozenSetMethods = ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "copy"];

    private static readonly string[] s_setMethods = ["add", "discard", "remove", "pop", "clear", "update", "intersection_update", "difference_update", "symmetric_difference_update"];

    public static PyMethodDescriptor Populate()
    {
        PopulateObject();
        var typeCall = PopulateType();
        PopulateException();
        ExceptionGroupMethods.Populate();
        Methods(PyType.StrType, s_strMethods);
        Methods(PyType.ListType, s_listMethods);
        PyType.StrType.Dict.SetItem("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) => a.Length switch
        {
            < 1 => throw new PyTypeError($"maketrans expected at least 1 argument, got {a.Length}"),
            > 3 => throw new PyTypeError($"maketrans expected at most 3 arguments, got {a.Length}"),
            _ => PyStr.MakeTrans(a[0], a.Length > 1 ? StrOrError(a[1], 2) : null, a.Length > 2 ? StrOrError(a[2], 3) : null),
        })));
        Methods(PyType.DictType, s_dictMethods);
        Methods(PyType.SetType, [.. s_setMethods, .. s_frozenSetMethods]);
        Methods(PyType.FrozenSetType, s_frozenSetMethods);
        Methods(PyType.TupleType, ["index", "count"]);
        Methods(PyType.RangeType, ["index", "count"]);
        Methods(PyType.BytesType, BytesMethods.Shared);
        Methods(PyType.ByteArrayType, [.. BytesMethods.Shared, .. BytesMethods.ByteArrayOnly]);
        Methods(PyType.MemoryViewType, ["tobytes", "tolist", "hex", "release", "__enter__", "__exit__"]);
        foreach (var t in (PyType[])[PyType.BytesType, PyType.ByteArrayType])
        {
            var type = t;
            type.Dict.SetItem("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) =>
            {
                var data = BytesMethods.FromHex(a.Length > 1 ? a[1] : throw new PyTypeError("fromhex() takes exactly one argument (0 given)"));
                var value = ReferenceEquals(type, PyType.BytesType) ? (object)PyBytes.Own(data) : new PyByteArray(data);
                return ReferenceEquals(a[0], type) ? value : PyOps.Call(a[0], value);
            })));
            type.Dict.SetItem("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) =>
                a.Length == 2 ? BytesMethods.MakeTrans(a[0], a[1]) : throw new PyTypeError($"maketrans expected 2 arguments, got {a.Length}"))));
        }

        Methods(PyType.IntType, ["to_bytes", "bit_length", "bit_count", "conjugate", "as_integer_ratio"]);
        Methods(PyType.FloatType, ["is_integer", "conjugate", "hex", "as_integer_ratio"]);
        Methods(PyType.ComplexType, ["conjugate"]);
        Methods(PyType.SliceType, ["indices"]);
        // Objects/funcobject.c, func_descr_get: `f.__get__(obj, type=None)` binds like attribute access does
        // (functools.singledispatchmethod and hand-written descriptors call it directly); None gives the function.
        Slot(PyType.FunctionType, "__get__", (a, k) => a.Length is 2 or 3
            ? ((IPyDescriptor)a[0]!).Get(a[1], a.Length > 2 && a[2] is PyType owner ? owner : PyOps.TypeOf(a[1]))
            : throw new PyTypeError($"expected 1 or 2 arguments, got {a.Length - 1}"));
        // Objects/funcobject.c's tp_call, reached as `f.__call__(...)` (and found by `hasattr(f, "__call__")`).
        Slot(PyType.FunctionType, "__call__", (a, k) => PyOps.CallKw(a[0], a[1..], k));
        PyType.FloatType.Dict.SetItem("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) =>
        {
            var value = PyFloat.FromHex(a.Length == 2 && a[1] is string s ? s : throw new PyTypeError($"fromhex() argument must be str, not {PyOps.TypeName(a.Length > 1 ? a[1] : null)}"));
            return ReferenceEquals(a[0], PyType.FloatType) ? value : PyOps.Call(a[0], value);
        })));
        PyType.DictType.Dict.SetItem("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) =>
        {
            // Objects/dictobject.c, dict_fromkeys (clinic): one or two positional arguments after the class.
            if (a.Length is < 2 or > 3)
            {
                throw new PyTypeError(a.Length < 2 ? $"fromkeys expected at least 1 argument, got {a.Length - 1}" : $"fromkeys expected at most 2 arguments, got {a.Length - 1}");
            }

            var result = PyOps.Call(a[0]);
            foreach (var key in PyOps.Iterate(a[1]))
            {
                PyOps.SetItem(result, key, a.Length > 2 ? a[2] : null);
            }

            return result;
        })));
        PyType.IntType.Dict.SetItem("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", (a, k) =>
        {
            var bytes = PyOps.Iterate(Arg(a, k, 1, "bytes", null)).Select(x => (byte)PyOps.ToIndex(x)).ToArray();
            var order = Arg(a, k, 2, "byteorder", "big") as string;
            if (order is not ("big" or "little"))
            {
                throw new PyValueError("byteorder must be either 'little' or 'big'");
            }

            var signed = PyOps.IsTrue(Arg(a, k, 99, "signed", false));
            var value = PyInt.Normalize(new System.Numerics.BigInteger(bytes, isUnsigned: !signed, isBigEndian: order == "big"));
            return ReferenceEquals(a[0], PyType.IntType) ? value : PyOps.Call(a[0], value);
        })));

        New(PyType.IntType, (a, k) => Arg(a, k, 1, "base", PyUnbound.Value) is PyUnbound
            ? ToInt(Arg(a, k, 0, "x", 0L))
            : PyBuiltins.Int(Arg(a, k, 0, "x", 0L), Arg(a, k, 1, "base", 10L)));
        New(PyType.BoolType, (a, k) => PyOps.IsTrue(Arg(a, k, 0, "x", false)));
        New(PyType.FloatType, (a, k) => Arg(a, k, 0, "x", PyUnbound.Value) is PyUnbound ? 0.0 : ToFloat(a[0]));
        New(PyType.ComplexType, (a, k) => Arg(a, k, 0, "real", 0L) is string text
            ? Arg(a, k, 1, "imag", PyUnbound.Value) is PyUnbound ? PyFloat.ParseComplex(text) : throw new PyTypeError("complex() can't take second arg if first is a string")
            : new System.Numerics.Complex(Numeric.ToDouble(Arg(a, k, 0, "real", 0L)), Numeric.ToDouble(Arg(a, k, 1, "imag", 0L))));
        New(PyType.StrType, (a, k) => Arg(a, k, 1, "encoding", PyUnbound.Value) is string enc && Arg(a, k, 0, "object", null) is PyBytesLike b
            ? b.Decode(enc)
            : Arg(a, k, 0, "object", PyUnbound.Value) is var o && o is PyUnbound ? string.Empty : PyOps.Str(o));
        New(PyType.BytesType, (a, k) => Arg(a, k, 0, "source", PyUnbound.Value) is PyUnbound
            ? PyBytes.Empty
            : PyBytes.Own(BytesArgs.Construct("bytes", a[0], Arg(a, k, 1, "encoding", null), Arg(a, k, 2, "errors", null))));
        New(PyType.ByteArrayType, (a, k) => Arg(a, k, 0, "source", PyUnbound.Value) is PyUnbound
            ? new PyByteArray([])
            : new PyByteArray(BytesArgs.Construct("bytearray", a[0], Arg(a, k, 1, "encoding", null), Arg(a, k, 2, "errors", null))));
        New(PyType.MemoryViewType, (a, k) => Arg(a, k, 0, "object", PyUnbound.Value) switch
        {
            PyBytesLike b => new PyMemoryView(b),
            PyMemoryView m => m,
            PyUnbound => throw new PyTypeError("memoryview() missing required argument 'object' (pos 1)"),
            var other => throw new PyTypeError($"memoryview: a bytes-like object is required, not '{PyOps.TypeName(other)}'"),
        });
        // `list(None)` iterates None (a TypeError); only a missing argument means empty.
        New(PyType.ListType, (a, k) => OptionalIterable(a, k, "list") is var l && l is PyUnbound ? new PyList() : PyList.FromIterable(l));
        New(PyType.TupleType, (a, k) => OptionalIterable(a, k, "tuple") is var t && t is PyUnbound ? PyTuple.Empty : PyTuple.FromIterable(t));
        New(PyType.SetType, (a, k) => OptionalIterable(a, k, "set") is var s && s is PyUnbound ? new PySet() : new PySet(s));
        New(PyType.FrozenSetType, (a, k) => OptionalIterable(a, k, "frozenset") is var f && f is PyUnbound ? new PyFrozenSet() : f as PyFrozenSet ?? new PyFrozenSet(f));
        New(PyType.DictType, (a, k) => PyBuiltins.Dict(PositionalCount(a, k) > 0 ? a[0] : null, KwDict(a, k)));
        New(PyType.RangeType, (a, k) => PositionalCount(a, k) switch
        {
            1 => PyRange.Create(a[0]),
            2 => PyRange.Create(a[0], a[1], null, 2),
            3 => PyRange.Create(a[0], a[1], a[2], 3),
            0 => throw new PyTypeError("range expected at least 1 argument, got 0"),
            var n => throw new PyTypeError($"range expected at most 3 arguments, got {n}"),
        });
        New(PyType.SliceType, (a, k) => PositionalCount(a, k) switch
        {
            1 => new PySlice(a[0]),
            2 => new PySlice(a[0], a[1], null),
            3 => new PySlice(a[0], a[1], a[2]),
            var n => throw new PyTypeError($"slice expected at least 1 argument, got {n}"),
        });
        // Objects/object.c, none_new / notimplemented_new and Objects/sliceobject.c, ellipsis_new: the singletons.
        New(PyType.NoneType, (a, k) => NoArguments("NoneType", a, null));
        New(PyType.NotImplementedType, (a, k) => NoArguments("NotImplementedType", a, PyNotImplemented.Value));
        New(PyType.EllipsisType, (a, k) => NoArguments("EllipsisType", a, PyEllipsis.Value));
        New(PyType.PropertyType, (a, k) => new PyProperty(Arg(a, k, 0, "fget", null), Arg(a, k, 1, "fset", null), Arg(a, k, 2, "fdel", null), Arg(a, k, 3, "doc", null)));
        New(PyType.StaticMethodType, (a, k) => new PyStaticMethod(Arg(a, k, 0, "function", null)));
        New(PyType.ClassMethodType, (a, k) => new PyClassMethod(Arg(a, k, 0, "function", null)));
        New(PyType.SuperType, (a, k) => PositionalCount(a, k) switch
        {
            2 => PyOps.Super(a[0] as PyType ?? throw new PyTypeError($"super() argument 1 must be a type, not {PyOps.TypeName(a[0])}"), a[1]),
            _ => throw new PyRuntimeError("super(): no arguments"),
        });
        IteratorTypes.Populate();
        PopulateContainerSlots();
        PopulateValueSlots();
        BuiltinValueSlots.Populate();
        return typeCall;
    }

    /// <summary>The slot wrappers of list, dict, tuple and set that subclasses reach through <c>super()</c>; they run the builtin behaviour.</summary>
    private static void PopulateContainerSlots()
    {
        foreach (var t in (PyType[])[PyType.ListType, PyType.DictType, PyType.TupleType, PyType.SetType])
        {
            Slot(t, "__getitem__", (a, k) => PyOps.BuiltinGetItem(a[0], a[1]));
            Slot(t, "__len__", (a, k) => (long)((System.Collections.ICollection)PyOps.ToArray(a[0])).Count);
            Slot(t, "__contains__", (a, k) => PyOps.BuiltinContains(a[0], a[1]));
            Slot(t, "__iter__", (a, k) => new PyIterator(((IEnumerable<object?>)a[0]!).GetEnumerator()));
            Slot(t, "__repr__", (a, k) => ((PyContainer)a[0]!).BuiltinRepr());
            Slot(t, "__eq__", (a, k) => ((PyContainer)a[0]!).ContentEquals(a[1]));
        }

        // CPython's mutable builtins set tp_hash to PyObject_HashNotImplemented, which shows as
        // `list.__hash__ is None`; dataclasses uses it to reject mutable defaults.
        foreach (var t in (PyType[])[PyType.ListType, PyType.DictType, PyType.SetType, PyType.ByteArrayType])
        {
            t.Dict.SetItem("__hash__", null);
        }

        // The immutable builtin sequences and sets: what CPython's tp_as_sequence slots expose by name
        // (keyword.py binds frozenset(kwlist).__contains__).
        foreach (var t in (PyType[])[PyType.FrozenSetType, PyType.BytesType, PyType.RangeType])
        {
            Slot(t, "__len__", (a, k) => PyOps.Len(a[0]));
            Slot(t, "__contains__", (a, k) => PyOps.BuiltinContains(a[0], a[1]));
            Slot(t, "__iter__", (a, k) => PyOps.Iter(a[0]));
            if (t != PyType.FrozenSetType)
            {
                Slot(t, "__getitem__", (a, k) => PyOps.BuiltinGetItem(a[0], a[1]));
            }
        }

        Slot(PyType.FrozenSetType, "__repr__", (a, k) => ((PyContainer)a[0]!).BuiltinRepr());
        Slot(PyType.FrozenSetType, "__eq__", (a, k) => ((PyContainer)a[0]!).ContentEquals(a[1]));

        Slot(PyType.DictType, "__getitem__", (a, k) => a[0] is PyDict d ? PyOps.DictSubscript(d, a[1]) : PyOps.BuiltinGetItem(a[0], a[1]));
        foreach (var t in (PyType[])[PyType.ListType, PyType.DictType])
        {
            Slot(t, "__setitem__", (a, k) =>
            {
                PyOps.BuiltinSetItem(a[0], a[1], a[2]);
                return null;
            });
            Slot(t, "__delitem__", (a, k) =>
            {
                PyOps.BuiltinDelItem(a[0], a[1]);
                return null;
            });
        }

        Slot(PyType.ListType, "__init__", (a, k) =>
        {
            var l = (PyList)a[0]!;
            l.Clear();
            if (PositionalCount(a, k) > 1)
            {
                l.Extend(a[1]);
            }

            return null;
        });
        Slot(PyType.DictType, "__init__", (a, k) =>
        {
            var d = (PyDict)a[0]!;
            if (PositionalCount(a, k) > 1)
            {
                d.Update(a[1]);
            }

            if (KwDict(a, k) is { } kw)
            {
                d.Update(kw);
            }

            return null;
        });
        Slot(PyType.SetType, "__init__", (a, k) =>
        {
            var s = (PySet)a[0]!;
            s.Clear();
            if (PositionalCount(a, k) > 1)
            {
                s.Update(a[1]);
            }

            return null;
        });
    }

    /// <summary>
    /// The text slot wrappers of int, float and str (<c>int.__repr__</c>, <c>str.__format__</c> ...), which operate on
    /// the builtin value of a subclass instance: enum's ReprEnum copies them into IntEnum and StrEnum.
    /// </summary>
    private static void PopulateValueSlots()
    {
        foreach (var t in (PyType[])[PyType.IntType, PyType.FloatType, PyType.StrType])
        {
            Slot(t, "__repr__", (a, k) => PyOps.Repr(PyValueInstance.Unwrap(a[0])));
            Slot(t, "__str__", (a, k) => PyOps.Str(PyValueInstance.Unwrap(a[0])));
            // An empty spec formats as str(self), so a subclass's __str__ shows (Objects/longobject.c, int___format___impl).
            Slot(t, "__format__", (a, k) => a.Length > 1 && a[1] is string spec
                ? spec.Length == 0 && a[0] is PyValueInstance ? PyOps.Str(a[0]) : PyFormat.Format(PyValueInstance.Unwrap(a[0]), spec)
                : throw new PyTypeError($"__format__() argument must be str, not {PyOps.TypeName(a.Length > 1 ? a[1] : null)}"));
        }
    }

    /// <summary><c>int(x)</c>: subclass values unwrapped, then <c>__int__</c>, <c>__index__</c>, <c>__trunc__</c> of Python classes (Objects/abstract.c, <c>PyNumber_Long</c>).</summary>
    private static object ToInt(object? x)
    {
        x = PyValueInstance.Unwrap(x);
        if (x is PyObject { PyClass: not null } o)
        {
            foreach (var name in (string[])["__int__", "__index__", "__trunc__"])
            {
                if (BuiltinSubclass.TryUser(o, name, [], out var r))
                {
                    r = PyValueInstance.Unwrap(r);
                    return r is long or System.Numerics.BigInteger or bool
                        ? PyBuiltins.Int(r)
                        : throw new PyTypeError($"{name} returned non-int (type {PyOps.TypeName(r)})");
                }
            }
        }

        return PyBuiltins.Int(x);
    }

    /// <summary><c>float(x)</c>: subclass values unwrapped, then <c>__float__</c> and <c>__index__</c> of Python classes.</summary>
    private static double ToFloat(object? x)
    {
        x = PyValueInstance.Unwrap(x);
        if (x is PyObject { PyClass: not null } o)
        {
            if (BuiltinSubclass.TryUser(o, "__float__", [], out var r))
            {
                return PyValueInstance.Unwrap(r) is double d ? d : throw new PyTypeError($"{PyOps.TypeName(x)}.__float__ returned non-float (type {PyOps.TypeName(r)})");
            }

            if (o.TryIndex(out var index))
            {
                return PyBuiltins.Float(index);
            }
        }

        return PyBuiltins.Float(x);
    }

    private static string StrOrError(object? value, int position) =>
        value as string ?? throw new PyTypeError($"maketrans() argument {position} must be str, not {PyOps.TypeName(value)}");

    private static object? NoArguments(string typeName, ReadOnlySpan<object?> args, object? singleton) =>
        args.Length == 0 ? singleton : throw new PyTypeError($"{typeName} takes no arguments");

    private static void Methods(PyType type, string[] names)
    {
        foreach (var name in names)
        {
            type.Dict.SetItem(name, new PyMethodDescriptor(type, name, (a, k) => PyOps.CallBuiltinMethod(a[0], name, a[1..], k), isSlotWrapper: false));
        }
    }

    private static void New(PyType type, PyNativeCall body)
    {
        type.SetBuiltinNew(body);
        type.Dict.SetItem("__new__", new PyMethodDescriptor(type, "__new__", (a, k) => a[0] is PyType t ? (t.IsHeapType ? t.AllocateHeap(a[1..], k) : body(a[1..], k)) : throw new PyTypeError($"{type.Name}.__new__(X): X is not a type object ({PyOps.TypeName(a[0])})"), isSlotWrapper: false));
    }

    private static void Slot(PyType type, string name, PyNativeCall body) =>
        type.Dict.SetItem(name, new PyMethodDescriptor(type, name, body, isSlotWrapper: true));

    private static void PopulateObject()
    {
        var o = PyType.ObjectType;
        o.SetBuiltinNew((a, k) => new PyInstance(PyType.ObjectType));
        o.Dict.SetItem("__new__", new PyMethodDescriptor(o, "__new__", (a, k) => a[0] is PyType cls ? cls.NewInstance() : throw new PyTypeError($"object.__new__(X): X is not a type object ({PyOps.TypeName(a[0])})"), isSlotWrapper: false));
        Slot(o, "__init__", (a, k) =>
        {
            if (a.Length > 1)
            {
                var t = PyOps.TypeOf(a[0]);
                if (!ReferenceEquals(t.Lookup("__init__"), o.Dict.Get("__init__")))
                {
                    throw new PyTypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }

                if (ReferenceEquals(t.Lookup("__new__"), o.Dict.Get("__new__")))
                {
                    throw new PyTypeError($"{t.Name}.__init__() takes exactly one argument (the instance to initialize)");
                }
            }

            return null;
        });
        Slot(o, "__repr__", (a, k) => ClassDispatch.ObjectRepr(a[0]));
        Slot(o, "__str__", (a, k) => PyOps.Repr(a[0]));
        Slot(o, "__hash__", (a, k) => (long)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]!));
        Slot(o, "__eq__", (a, k) => ReferenceEquals(a[0], a[1]) ? true : PyNotImplemented.Value);
        Slot(o, "__ne__", (a, k) =>
        {
            var eq = PyOps.CallSpecial(a[0], "__eq__", a[1]);
            return eq is PyNotImplemented ? eq : !PyOps.IsTrue(eq);
        });
        foreach (var cmp in (string[])["__lt__", "__le__", "__gt__", "__ge__"])
        {
            Slot(o, cmp, (a, k) => PyNotImplemented.Value);
        }

        Slot(o, "__getattribute__", (a, k) => ClassDispatch.GenericGetAttr(a[0]!, (string)a[1]!));
        Slot(o, "__setattr__", (a, k) =>
        {
            ClassDispatch.GenericSetAttr(a[0]!, (string)a[1]!, a[2]);
            return null;
        });
        Slot(o, "__delattr__", (a, k) =>
        {
            ClassDispatch.GenericDelAttr(a[0]!, (string)a[1]!);
            return null;
        });
        Slot(o, "__format__", (a, k) => a[1] is string { Length: 0 } ? PyOps.Str(a[0]) : throw new PyTypeError($"unsupported format string passed to {PyOps.TypeName(a[0])}.__format__"));
        Slot(o, "__dir__", (a, k) => ClassDispatch.Dir(a[0]));
        o.Dict.SetItem("__reduce_ex__", new PyMethodDescriptor(o, "__reduce_ex__", (a, k) => ObjectReduce.ReduceEx(a[0], a.Length > 1 ? PyOps.ToIndex(a[1]) : 0), isSlotWrapper: false));
        o.Dict.SetItem("__reduce__", new PyMethodDescriptor(o, "__reduce__", (a, k) => ObjectReduce.Reduce(a[0]), isSlotWrapper: false));
        o.Dict.SetItem("__getstate__", new PyMethodDescriptor(o, "__getstate__", (a, k) => ObjectReduce.GetState(a[0]), isSlotWrapper: false));
        o.Dict.SetItem("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) =>
            k is { Length: > 0 } ? throw new PyTypeError($"{((PyType)a[0]!).QualName}.__init_subclass__() takes no keyword arguments") : null)));
        o.Dict.SetItem("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", (a, k) => PyNotImplemented.Value)));
        o.Dict.SetItem("__doc__", "The base class of the class hierarchy.");
    }

    private static PyMethodDescriptor PopulateType()
    {
        var t = PyType.TypeType;
        var call = new PyMethodDescriptor(t, "__call__", (a, k) => ((PyType)a[0]!).DefaultCall(a[1..], k), isSlotWrapper: true);
        t.Dict.SetItem("__call__", call);
        t.Dict.SetItem("__new__", new PyMethodDescriptor(t, "__new__", (a, k) =>
        {
            var meta = a[0] as PyType ?? throw new PyTypeError($"type.__new__(X): X is not a type object ({PyOps.TypeName(a[0])})");
            var npos = a.Length - (k?.Length ?? 0);
            if (npos == 2 && k is null)
            {
                return PyOps.TypeOf(a[1]);
            }

            if (npos != 4)
            {
                throw new PyTypeError("type.__new__() takes exactly 3 arguments (" + (npos - 1) + " given)");
            }

            var name = a[1] as string ?? throw new PyTypeError($"type.__new__() argument 1 must be str, not {PyOps.TypeName(a[1])}");
            var bases = a[2] as PyTuple ?? throw new PyTypeError($"type.__new__() argument 2 must be tuple, not {PyOps.TypeName(a[2])}");
            var ns = a[3] as PyDict ?? throw new PyTypeError($"type.__new__() argument 3 must be dict, not {PyOps.TypeName(a[3])}");
            return PyType.TypeNew(meta, name, bases, ns, a[4..], k);
        }, isSlotWrapper: false));
        Slot(t, "__init__", (a, k) => null);
        Slot(t, "__repr__", (a, k) => ((PyType)a[0]!).TypeRepr());
        Slot(t, "__setattr__", (a, k) =>
        {
            PyOps.SetTypeAttr(a[0] as PyType ?? throw new PyTypeError($"descriptor '__setattr__' requires a 'type' object but received a '{PyOps.TypeName(a[0])}'"), a[1] as string ?? throw new PyTypeError($"attribute name must be string, not '{PyOps.TypeName(a[1])}'"), a[2]);
            return null;
        });
        Slot(t, "__delattr__", (a, k) =>
        {
            ((PyType)a[0]!).DelTypeAttribute(a[1] as string ?? throw new PyTypeError($"attribute name must be string, not '{PyOps.TypeName(a[1])}'"));
            return null;
        });
        t.Dict.SetItem("mro", new PyMethodDescriptor(t, "mro", (a, k) => new PyList([.. ((PyType)a[0]!).Mro]), isSlotWrapper: false));
        t.Dict.SetItem("__subclasses__", new PyMethodDescriptor(t, "__subclasses__", (a, k) => ((PyType)a[0]!).Subclasses(), isSlotWrapper: false));
        t.Dict.SetItem("__instancecheck__", new PyMethodDescriptor(t, "__instancecheck__", (a, k) => ((PyType)a[0]!).IsInstance(a[1]), isSlotWrapper: false));
        t.Dict.SetItem("__subclasscheck__", new PyMethodDescriptor(t, "__subclasscheck__", (a, k) => a[1] is PyType c ? c.IsSubclassOf((PyType)a[0]!) : throw new PyTypeError("issubclass() arg 1 must be a class"), isSlotWrapper: false));
        t.Dict.SetItem("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, k) => new PyDict())));
        return call;
    }

    private static void PopulateException()
    {
        var e = PyType.BaseExceptionType;
        e.Dict.SetItem("__new__", new PyMethodDescriptor(e, "__new__", (a, k) =>
        {
            var cls = a[0] as PyType ?? throw new PyTypeError("BaseException.__new__(X): X is not a type object");
            var builtin = cls;
            while (builtin.ExceptionFactory is null)
            {
                builtin = builtin.Base ?? throw new PyTypeError($"BaseException.__new__({cls.Name}) is not safe");
            }

            var exc = builtin.ExceptionFactory(a[1..(a.Length - (k?.Length ?? 0))].ToArray());
            if (cls.IsHeapType)
            {
                exc.PyClass = cls;
            }

            return exc;
        }, isSlotWrapper: false));
        Slot(e, "__init__", (a, k) =>
        {
            if (k is { Length: > 0 })
            {
                throw new PyTypeError($"{PyOps.TypeName(a[0])}() takes no keyword arguments");
            }

            // Objects/exceptions.c, oserror_init: with a filename the args stay (errno, strerror).
            ((PyBaseException)a[0]!).Args = a[0] is PyOSError && a.Length is >= 4 and <= 6 ? new PyTuple(a[1], a[2]) : new PyTuple(a[1..]);
            return null;
        });
        Slot(e, "__str__", (a, k) => ((PyBaseException)a[0]!).BaseStr());
        Slot(e, "__repr__", (a, k) => ((PyBaseException)a[0]!).BaseRepr());
        e.Dict.SetItem("with_traceback", new PyMethodDescriptor(e, "with_traceback", (a, k) => a[0], isSlotWrapper: false));
        e.Dict.SetItem("__reduce__", new PyMethodDescriptor(e, "__reduce__", (a, k) => ReduceException((PyBaseException)a[0]!), isSlotWrapper: false));
        e.Dict.SetItem("__setstate__", new PyMethodDescriptor(e, "__setstate__", (a, k) =>
        {
            // BaseException_setstate: each item of a dict state becomes an attribute.
            if (a.Length > 1 && a[1] is PyDict state)
            {
                foreach (var key in PyOps.Iterate(state))
                {
                    PyOps.SetAttr(a[0], key as string ?? throw new PyTypeError("attribute name must be string"), state.GetItem(key));
                }
            }
            else if (a.Length > 1 && a[1] is not null)
            {
                throw new PyTypeError("state is not a dictionary");
            }

            return null;
        }, isSlotWrapper: false));
        e.Dict.SetItem("add_note", new PyMethodDescriptor(e, "add_note", (a, k) =>
        {
            ((PyBaseException)a[0]!).AddNote(a[1] as string ?? throw new PyTypeError($"note must be a str, not '{PyOps.TypeName(a[1])}'"));
            return null;
        }, isSlotWrapper: false));
    }

    // BaseException_reduce (copy and pickle rebuild an exception from its class and args, then its __dict__);
    // OSError_reduce puts the filenames back into the arguments.
    private static PyTuple ReduceException(PyBaseException e)
    {
        var args = e is PyOSError { Filename: not null } os
            ? os.Filename2 is null ? new PyTuple(os.Errno, os.StrError, os.Filename) : new PyTuple(os.Errno, os.StrError, os.Filename, null, os.Filename2)
            : e.Args;
        var type = PyOps.TypeOf(e);
        return e.Dict is { Count: > 0 } dict ? new PyTuple(type, args, dict) : new PyTuple(type, args);
    }

    internal static int PositionalCount(ReadOnlySpan<object?> args, string[]? kwnames) => args.Length - (kwnames?.Length ?? 0);

    /// <summary>The argument at <paramref name="index"/> or the keyword <paramref name="name"/>, else the default.</summary>
    // The one optional positional argument of list(), tuple(), set() and frozenset(), which take no keywords
    // (Objects/listobject.c list_vectorcall and friends); PyUnbound when it is missing.
    private static object? OptionalIterable(ReadOnlySpan<object?> args, string[]? kwnames, string type)
    {
        if (kwnames is { Length: > 0 })
        {
            throw new PyTypeError($"{type}() takes no keyword arguments");
        }

        return args.Length switch
        {
            0 => PyUnbound.Value,
            1 => args[0],
            var n => throw new PyTypeError($"{type} expected at most 1 argument, got {n}"),
        };
    }

    internal static object? Arg(ReadOnlySpan<object?> args, string[]? kwnames, int index, string name, object? defaultValue)
    {
        var npos = PositionalCount(args, kwnames);
        if (index < npos)
        {
            return args[index];
        }

        if (kwnames is not null)
        {
            for (var i = 0; i < kwnames.Length; i++)
            {
                if (kwnames[i] == name)
                {
                    return args[npos + i];
                }
            }
        }

        return defaultValue;
    }

    internal static PyDict? KwDict(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (kwnames is null)
        {
            return null;
        }

        var d = new PyDict();
        var npos = PositionalCount(args, kwnames);
        for (var i = 0; i < kwnames.Length; i++)
        {
            d.SetItem(kwnames[i], args[npos + i]);
        }

        return d;
    }
}
