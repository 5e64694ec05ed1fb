namespace Portalis.Runtime;

/// <summary>
/// <c>super(cls, obj)</c> (Objects/typeobject.c, <c>super_getattro</c>): attribute lookups start after
/// <see cref="ThisClass"/> in the MRO of <c>obj</c>'s type (or of <c>obj</c> itself when it is a subclass).
/// </summary>
public sealed class PySuper : PyObject
{
    private readonly PyType _objType;

    /// <summary>Creates <c>super(cls, obj)</c> with CPython's check on <paramref name="obj"/>.</summary>
    public PySuper(PyType cls, object? obj)
    {
        ThisClass = cls;
        Object = obj;
        if (obj is PyType t && t.IsSubclassOf(cls))
        {
            _objType = t;
        }
        else
        {
            var type = PyOps.TypeOf(obj);
            if (!type.IsSubclassOf(cls))
            {
                throw new PyTypeError("super(type, obj): obj must be an instance or subtype of type");
            }

            _objType = type;
        }
    }

    /// <summary><c>__thisclass__</c></summary>
    public PyType ThisClass { get; }

    /// <summary><c>__self__</c></summary>
    public object? Object { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => "super";

    /// <inheritdoc/>
    public override string Repr() => $"<super: <class '{ThisClass.Name}'>, <{_objType.Name} object>>";

    /// <summary>The attribute, bound to the object (raises AttributeError).</summary>
    public object? GetAttribute(string name) =>
        TryGetAttribute(name, out var v) ? v : throw new PyAttributeError($"'super' object has no attribute '{name}'");

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name != "__class__")
        {
            var mro = _objType.Mro;
            var i = 0;
            while (i < mro.Count && !ReferenceEquals(mro[i], ThisClass))
            {
                i++;
            }

            for (i++; i < mro.Count; i++)
            {
                if (mro[i].Dict.TryGetValue(name, out var attr))
                {
                    var instance = ReferenceEquals(Object, _objType) ? null : Object;
                    value = attr is PyClassMethod cm ? new PyMethod(cm.Function!, _objType) : ClassDispatch.Bind(attr, instance, _objType);
                    return true;
                }
            }
        }

        switch (name)
        {
            case "__thisclass__":
                value = ThisClass;
                return true;
            case "__self__":
                value = Object;
                return true;
            case "__self_class__":
                value = _objType;
                return true;
            case "__class__":
                value = PyType.SuperType;
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Calls a method found through the super lookup with the object prepended (no bound method allocated for functions).</summary>
    internal object? CallMethod(string name, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var mro = _objType.Mro;
        var i = 0;
        while (i < mro.Count && !ReferenceEquals(mro[i], ThisClass))
        {
            i++;
        }

        for (i++; i < mro.Count; i++)
        {
            if (mro[i].Dict.TryGetValue(name, out var attr) && attr is PyFunction f && !ReferenceEquals(Object, _objType))
            {
                return f.CallWithSelf(Object, args, kwnames);
            }

            if (mro[i].Dict.ContainsKey(name))
            {
                break;
            }
        }

        return PyOps.CallKw(GetAttribute(name), args, kwnames);
    }
}
