namespace Portalis.Runtime;

/// <summary>
/// <c>object.__reduce_ex__</c>, <c>object.__reduce__</c> and <c>object.__getstate__</c> (Objects/typeobject.c:
/// object___reduce_ex___impl, reduce_newobj, object_getstate_default), what Lib/pickle.py and copy call
/// for instances of user classes. As in CPython, the slot names come from <c>copyreg._slotnames</c> and the
/// reconstructor is <c>copyreg.__newobj__</c> (or <c>__newobj_ex__</c> with keyword arguments), so
/// <c>copyreg</c> must be importable: pickle imports it.
/// </summary>
internal static class ObjectReduce
{
    /// <summary><c>object.__reduce_ex__(self, protocol)</c>: a class's own <c>__reduce__</c> wins.</summary>
    public static object? ReduceEx(object? self, long protocol)
    {
        var type = PyOps.TypeOf(self);
        if (type.TryLookup("__reduce__", out var reduce) && !ReferenceEquals(reduce, PyType.ObjectType.Dict.Get("__reduce__")))
        {
            return PyOps.CallMethod(self, "__reduce__");
        }

        // A native class (deque) exports its own __reduce__ on the object rather than in a type dict.
        if (self is NativeObject native && native.TryGetAttribute("__reduce__", out var exported))
        {
            return PyOps.Call(exported);
        }

        return CommonReduce(self, protocol);
    }

    /// <summary><c>object.__reduce__(self)</c>: protocol 0's reduction.</summary>
    public static object? Reduce(object? self) => CommonReduce(self, 0);

    /// <summary><c>object.__getstate__(self)</c>: the instance dict (None when empty) and the set slots.</summary>
    public static object? GetState(object? self) => DefaultState(self, required: false);

    private static object? CommonReduce(object? self, long protocol)
    {
        var copyreg = PyImport.Import("copyreg");
        if (protocol < 2)
        {
            return PyOps.CallMethod(copyreg, "_reduce_ex", self, protocol);
        }

        var type = PyOps.TypeOf(self);
        object? args = null;
        object? kwargs = null;
        if (type.TryLookup("__getnewargs_ex__", out _))
        {
            var result = PyOps.CallMethod(self, "__getnewargs_ex__");
            if (result is not PyTuple { Count: 2 } pair)
            {
                throw new PyTypeError($"__getnewargs_ex__ should return a tuple of length 2, not {(result is PyTuple t ? t.Count : PyOps.TypeName(result))}");
            }

            (args, kwargs) = (pair[0], pair[1]);
        }
        else if (type.TryLookup("__getnewargs__", out _))
        {
            args = PyOps.CallMethod(self, "__getnewargs__");
            if (args is not PyTuple)
            {
                throw new PyTypeError($"__getnewargs__ should return a tuple, not '{PyOps.TypeName(args)}'");
            }
        }

        var hasArgs = args is not null;
        var positional = args as PyTuple ?? new PyTuple();
        object? newobj;
        PyTuple newargs;
        if (kwargs is PyDict { Count: > 0 })
        {
            newobj = PyOps.GetAttr(copyreg, "__newobj_ex__");
            newargs = new PyTuple(type, positional, kwargs);
        }
        else
        {
            newobj = PyOps.GetAttr(copyreg, "__newobj__");
            newargs = new PyTuple([type, .. positional]);
        }

        var required = !hasArgs && self is not PyList and not PyDict;
        var state = type.TryLookup("__getstate__", out var getstate) && !ReferenceEquals(getstate, PyType.ObjectType.Dict.Get("__getstate__"))
            ? PyOps.CallMethod(self, "__getstate__")
            : DefaultState(self, required);
        var listItems = self is PyList ? PyOps.Iter(self) : null;
        var dictItems = self is PyDict d ? PyOps.Iter(PyOps.CallMethod(d, "items")) : null;
        return new PyTuple(newobj, newargs, state, listItems, dictItems);
    }

    private static object? DefaultState(object? self, bool required)
    {
        // A native object (a lock, a file, a generator) has state Python cannot see: CPython's basicsize check.
        if (required && self is not (PyInstance or PyContainer) && !PyOps.TypeOf(self).IsHeapType)
        {
            throw new PyTypeError($"cannot pickle '{PyOps.TypeName(self)}' object");
        }

        object? state = PyOps.GetAttr(self, "__dict__", null) is PyDict { Count: > 0 } dict ? dict.Copy() : null;
        var type = PyOps.TypeOf(self);
        if (type.SlotCount == 0)
        {
            return state;
        }

        var slots = new PyDict();
        var names = PyOps.CallMethod(PyImport.Import("copyreg"), "_slotnames", type);
        foreach (var name in PyOps.Iterate(names))
        {
            if (PyOps.GetAttr(self, (string)name!, PyUnbound.Value) is var value && value is not PyUnbound)
            {
                slots.SetItem(name, value);
            }
        }

        return slots.Count > 0 ? new PyTuple(state, slots) : state;
    }
}
