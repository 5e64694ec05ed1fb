using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// The attribute protocol and special-method dispatch for instances of Python classes (Objects/object.c,
/// <c>PyObject_GenericGetAttr</c>/<c>_PyObject_GenericSetAttrWithDict</c>; Objects/typeobject.c, the
/// <c>slot_*</c> functions): special methods are looked up on the type, data descriptors win over the
/// instance dictionary, which wins over non-data descriptors and plain class attributes.
/// </summary>
internal static class ClassDispatch
{
    private static readonly string[] s_operatorNames = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"];
    private static readonly string[] s_compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    public static string OperatorName(BinaryOperator op) => s_operatorNames[(int)op];

    // ---- dictionaries -------------------------------------------------------------------------------

    /// <summary>
    /// The instance dictionary, created when <paramref name="create"/> (for a <see cref="PyInstance"/>, asking
    /// for it moves the attributes out of the split layout). Attribute lookups go through <see cref="TryGetOwnAttr"/>.
    /// </summary>
    public static PyDict? DictOf(object self, bool create)
    {
        switch (self)
        {
            case PyInstance i:
                return create ? i.Dict : i.HasSplitValues ? null : i.InstanceDict;
            case PyBaseException e:
                return create ? e.Dict ??= new PyDict() : e.Dict;
            case PyObject o when o.PyClass is not null:
                return create ? o.InstanceDict ??= new PyDict() : o.InstanceDict;
            default:
                return null;
        }
    }

    /// <summary>An attribute in the object's own storage (the instance's split values or its dict).</summary>
    public static bool TryGetOwnAttr(object self, string name, out object? value)
    {
        if (self is PyInstance i)
        {
            return i.TryGetOwn(name, out value);
        }

        value = null;
        return DictOf(self, create: false) is { } dict && dict.TryGetValue(name, out value);
    }

    /// <summary>Whether the object's own storage has <paramref name="name"/> (an instance attribute shadowing the class's).</summary>
    public static bool HasOwnAttr(object self, string name) => TryGetOwnAttr(self, name, out _);

    // ---- descriptors --------------------------------------------------------------------------------

    public static bool IsDataDescriptor(object? attr) => attr switch
    {
        IPyDataDescriptor => true,
        IPyDescriptor => false,
        PyObject { PyClass: { IsHeapType: true } t } => t.TryLookup("__set__", out _) || t.TryLookup("__delete__", out _),
        _ => false,
    };

    public static object? Bind(object? attr, object? instance, PyType owner)
    {
        switch (attr)
        {
            case PyFunction f:
                return instance is null ? f : new PyMethod(f, instance);
            case IPyDescriptor d:
                return d.Get(instance, owner);
            case PyObject { PyClass: { IsHeapType: true } t } when t.TryLookup("__get__", out var get):
                return PyOps.CallWithSelf(get, attr, [instance, owner], null);
            default:
                return attr;
        }
    }

    // ---- getattr ------------------------------------------------------------------------------------

    /// <summary><c>PyObject_GetAttr</c> for a Python-class instance: <c>__getattribute__</c>, then <c>__getattr__</c>.</summary>
    public static bool TryGetAttr(object self, string name, out object? value)
    {
        var type = self is PyObject { PyClass: { } cls } ? cls : PyOps.TypeOf(self);
        var slots = type.Slots;
        if (slots.CustomGetAttribute)
        {
            try
            {
                value = PyOps.CallWithSelf(slots.GetAttribute, self, [name], null);
                return true;
            }
            catch (PyAttributeError) when (slots.GetAttr is not null)
            {
                value = PyOps.CallWithSelf(slots.GetAttr, self, [name], null);
                return true;
            }
        }

        if (slots.GetAttr is null)
        {
            return TryGenericGetAttr(self, type, name, out value);
        }

        try
        {
            if (TryGenericGetAttr(self, type, name, out value))
            {
                return true;
            }
        }
        catch (PyAttributeError)
        {
            // slot_tp_getattr_hook: an AttributeError from the generic lookup (a property, say) falls back to __getattr__.
        }

        value = PyOps.CallWithSelf(slots.GetAttr, self, [name], null);
        return true;
    }

    public static object? GenericGetAttr(object self, string name) =>
        TryGenericGetAttr(self, PyOps.TypeOf(self), name, out var v) ? v : throw NoAttribute(self, name);

    public static PyAttributeError NoAttribute(object? self, string name) => self switch
    {
        PyType t => new PyAttributeError($"type object '{t.Name}' has no attribute '{name}'").For(self, name),
        PyModule m => new PyAttributeError($"module '{m.Name}' has no attribute '{name}'").For(self, name),
        _ => new PyAttributeError($"'{PyOps.TypeName(self)}' object has no attribute '{name}'").For(self, name),
    };

    /// <summary>Objects/object.c, <c>_PyObject_GenericGetAttrWithDict</c>.</summary>
    public static bool TryGenericGetAttr(object self, PyType type, string name, out object? value)
    {
        var found = type.TryLookup(name, out var attr);
        if (found && IsDataDescriptor(attr))
        {
            value = Bind(attr, self, type);
            return true;
        }

        if (TryBuiltinDataAttr(self, name, out value))
        {
            return true;
        }

        if (TryGetOwnAttr(self, name, out value))
        {
            return true;
        }

        if (found)
        {
            value = Bind(attr, self, type);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The getset descriptors of <c>object</c> and the exception classes.</summary>
    private static bool TryBuiltinDataAttr(object self, string name, out object? value)
    {
        if (name is "__class__" or "__dict__" && TryObjectDataAttr(self, name, out value))
        {
            return true;
        }

        return TryValueDataAttr(self, name, out value);
    }

    private static bool TryValueDataAttr(object self, string name, out object? value)
    {
        if (self is PyBaseException e)
        {
            return ExceptionAttributes.TryGet(e, name, out value);
        }

        if (self is PyValueInstance v)
        {
            return PyOps.TryBuiltinDataAttr(v.Value, name, out value);
        }

        value = null;
        return false;
    }

    private static bool TryObjectDataAttr(object self, string name, out object? value)
    {
        switch (name)
        {
            case "__class__":
                value = PyOps.TypeOf(self);
                return true;
            case "__dict__" when DictOf(self, create: true) is { } d:
                value = d;
                return true;
            default:
                value = null;
                return false;
        }
    }

    // ---- setattr / delattr --------------------------------------------------------------------------

    public static void SetAttr(object self, string name, object? value)
    {
        var type = self is PyObject { PyClass: { } cls } ? cls : PyOps.TypeOf(self);
        var slots = type.Slots;
        if (slots.CustomSetAttr)
        {
            PyOps.CallWithSelf(slots.SetAttr, self, [name, value], null);
            return;
        }

        GenericSetAttr(self, name, value);
    }

    public static void GenericSetAttr(object self, string name, object? value)
    {
        var type = self is PyObject { PyClass: { } cls } ? cls : PyOps.TypeOf(self);
        if (type.TryLookup(name, out var attr) && IsDataDescriptor(attr))
        {
            if (attr is IPyDataDescriptor d)
            {
                d.Set(self, value);
            }
            else
            {
                var t = PyOps.TypeOf(attr);
                if (!t.TryLookup("__set__", out var set))
                {
                    throw new PyAttributeError("__set__");
                }

                PyOps.CallWithSelf(set, attr, [self, value], null);
            }

            return;
        }

        if (name == "__class__")
        {
            throw new PyTypeError("__class__ assignment is not supported");
        }

        if (self is PyBaseException e && ExceptionAttributes.TrySet(e, name, value))
        {
            return;
        }

        if (self is PyInstance i)
        {
            if (!i.TrySetOwn(name, value))
            {
                throw NoAttribute(self, name);
            }

            return;
        }

        var dict = DictOf(self, create: true) ?? throw NoAttribute(self, name);
        dict.SetItem(name, value);
    }

    public static void DelAttr(object self, string name)
    {
        var type = self is PyObject { PyClass: { } cls } ? cls : PyOps.TypeOf(self);
        var slots = type.Slots;
        if (slots.CustomDelAttr)
        {
            PyOps.CallWithSelf(slots.DelAttr, self, [name], null);
            return;
        }

        GenericDelAttr(self, name);
    }

    public static void GenericDelAttr(object self, string name)
    {
        var type = PyOps.TypeOf(self);
        if (type.TryLookup(name, out var attr) && IsDataDescriptor(attr))
        {
            if (attr is IPyDataDescriptor d)
            {
                d.Delete(self);
            }
            else
            {
                PyOps.CallWithSelf(PyOps.TypeOf(attr).Lookup("__delete__"), attr, [self], null);
            }

            return;
        }

        if (self is PyInstance i)
        {
            if (!i.TryDeleteOwn(name))
            {
                throw NoAttribute(self, name);
            }

            return;
        }

        var dict = DictOf(self, create: false);
        if (dict is null || !dict.ContainsKey(name))
        {
            throw NoAttribute(self, name);
        }

        dict.DelItem(name);
    }

    private static bool IsObjectSlot(object? attr) => attr is PyMethodDescriptor d && ReferenceEquals(d.Owner, PyType.ObjectType);

    // ---- special methods ----------------------------------------------------------------------------

    /// <summary>Calls the special method <paramref name="name"/> found on the type; false when the type has none.</summary>
    public static bool TryCallSpecial(object self, string name, ReadOnlySpan<object?> args, out object? result)
    {
        var type = PyOps.TypeOf(self);
        if (!type.TryLookup(name, out var method) || method is null)
        {
            result = null;
            return false;
        }

        result = PyOps.CallWithSelf(method, self, args, null);
        return true;
    }

    public static object? BinaryOp(object self, BinaryOperator op, object? other, bool reflected)
    {
        var name = (reflected ? "__r" : "__") + s_operatorNames[(int)op] + "__";
        return TryCallSpecial(self, name, [other], out var r) ? r : PyNotImplemented.Value;
    }

    public static object? RichCompare(object self, CompareOperator op, object? other) =>
        TryCallSpecial(self, s_compareNames[(int)op], [other], out var r) ? r : PyNotImplemented.Value;

    public static string ObjectRepr(object? self)
    {
        var type = PyOps.TypeOf(self);
        var module = type.ModuleName;
        var name = module is string m && m != "builtins" ? m + "." + type.QualName : type.QualName;
        return $"<{name} object at 0x{PyOps.Id(self):x}>";
    }

    public static string ReprOf(object self)
    {
        var type = PyOps.TypeOf(self);
        var f = type.Lookup("__repr__");
        if (self is PyBaseException e && f is PyMethodDescriptor { Owner.IsHeapType: false })
        {
            return e.BaseRepr();
        }

        var r = PyOps.CallWithSelf(f, self, [], null);
        return r as string ?? throw new PyTypeError($"__repr__ returned non-string (type {PyOps.TypeName(r)})");
    }

    public static string StrOf(object self)
    {
        var type = PyOps.TypeOf(self);
        var f = type.Lookup("__str__");
        if (self is PyBaseException e && f is PyMethodDescriptor { Owner.IsHeapType: false } d && !ReferenceEquals(d.Owner, PyType.ObjectType))
        {
            return e.BaseStr();
        }

        var r = PyOps.CallWithSelf(f, self, [], null);
        return r as string ?? throw new PyTypeError($"__str__ returned non-string (type {PyOps.TypeName(r)})");
    }

    public static long HashOf(object self)
    {
        var type = PyOps.TypeOf(self);
        var f = type.Lookup("__hash__");
        if (f is null)
        {
            throw new PyTypeError($"unhashable type: '{type.Name}'");
        }

        if (IsObjectSlot(f))
        {
            return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self);
        }

        var r = PyOps.CallWithSelf(f, self, [], null);
        return r switch
        {
            long or bool or BigInteger => PyOps.Hash(r),
            _ => throw new PyTypeError("__hash__ method should return an integer"),
        };
    }

    public static bool? BoolOf(object self)
    {
        if (TryCallSpecial(self, "__bool__", [], out var r))
        {
            return r as bool? ?? throw new PyTypeError($"__bool__ should return bool, returned {PyOps.TypeName(r)}");
        }

        return LenOf(self) is { } n ? n != 0 : null;
    }

    public static long? LenOf(object self)
    {
        if (!TryCallSpecial(self, "__len__", [], out var r))
        {
            return null;
        }

        var n = r switch
        {
            long l => l,
            bool b => b ? 1 : 0,
            BigInteger => throw new PyOverflowError("cannot fit 'int' into an index-sized integer"),
            _ => PyOps.ToIndex(r),
        };
        return n < 0 ? throw new PyValueError("__len__() should return >= 0") : n;
    }

    public static IEnumerator<object?>? IterOf(object self)
    {
        var type = PyOps.TypeOf(self);
        if (type.TryLookup("__iter__", out var f))
        {
            if (f is null)
            {
                throw new PyTypeError($"'{type.Name}' object is not iterable");
            }

            var it = PyOps.CallWithSelf(f, self, [], null);
            var itType = PyOps.TypeOf(it);
            if (itType.IsHeapType)
            {
                if (!itType.TryLookup("__next__", out _))
                {
                    throw new PyTypeError($"iter() returned non-iterator of type '{itType.Name}'");
                }

                return NextLoop(it!);
            }

            return PyOps.Iterate(it).GetEnumerator();
        }

        if (type.TryLookup("__getitem__", out _))
        {
            return SequenceIter(self);
        }

        return null;
    }

    /// <summary>
    /// <c>iter(x)</c> for an instance of a Python class whose type defines <c>__iter__</c> (Objects/abstract.c,
    /// <c>PyObject_GetIter</c>): the object <c>__iter__</c> returns, itself when it returns self, which must be an
    /// iterator. False when the class has no <c>__iter__</c> (the sequence protocol or a TypeError applies).
    /// </summary>
    public static bool TryGetIter(object self, out object? iterator)
    {
        var type = PyOps.TypeOf(self);
        if (!type.IsHeapType || !type.TryLookup("__iter__", out var f) || f is null)
        {
            iterator = null;
            return false;
        }

        iterator = PyOps.CallWithSelf(f, self, [], null);
        var itType = PyOps.TypeOf(iterator);
        var isIterator = itType.IsHeapType ? itType.TryLookup("__next__", out _)
            : iterator is PyIterator or PyGenerator || (iterator is PyObject o && o.TryGetAttribute("__next__", out _));
        return isIterator ? true : throw new PyTypeError($"iter() returned non-iterator of type '{itType.Name}'");
    }

    private static IEnumerator<object?> NextLoop(object it)
    {
        while (true)
        {
            object? value;
            try
            {
                value = Next(it);
            }
            catch (PyStopIteration)
            {
                yield break;
            }

            yield return value;
        }
    }

    /// <summary><c>next(it)</c> on a Python-class iterator.</summary>
    public static object? Next(object it) =>
        TryCallSpecial(it, "__next__", [], out var v) ? v : throw new PyTypeError($"'{PyOps.TypeName(it)}' object is not an iterator");

    private static IEnumerator<object?> SequenceIter(object self)
    {
        for (long i = 0; ; i++)
        {
            object? value;
            try
            {
                value = PyOps.GetItem(self, i);
            }
            catch (PyIndexError)
            {
                yield break;
            }
            catch (PyStopIteration)
            {
                yield break;
            }

            yield return value;
        }
    }

    public static object? CallOf(object self, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var type = PyOps.TypeOf(self);
        if (!type.TryLookup("__call__", out var f))
        {
            throw new PyTypeError($"'{type.Name}' object is not callable");
        }

        return PyOps.CallWithSelf(f, self, args, kwnames);
    }

    public static PyList Dir(object? self)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (self is not null && DictOf(self, create: self is PyInstance) is { } d)
        {
            foreach (var k in d.Keys())
            {
                names.Add((string)k!);
            }
        }

        foreach (var t in PyOps.TypeOf(self).Mro)
        {
            foreach (var k in t.Dict.Keys())
            {
                names.Add((string)k!);
            }
        }

        var result = new PyList();
        foreach (var n in names)
        {
            result.Append(n);
        }

        return result;
    }
}
