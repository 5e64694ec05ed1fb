using System.Numerics;

namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary><c>x.name</c> (<c>getattr(x, name)</c>) for every value, with CPython's AttributeError.</summary>
    public static object? GetAttr(object? value, string name) =>
        TryGetAttr(value, name, out var result) ? result : throw ClassDispatch.NoAttribute(value, name);

    /// <summary><c>getattr(x, name, default)</c></summary>
    public static object? GetAttr(object? value, string name, object? defaultValue)
    {
        try
        {
            return TryGetAttr(value, name, out var result) ? result : defaultValue;
        }
        catch (PyAttributeError)
        {
            return defaultValue;
        }
    }

    /// <summary><c>hasattr(x, name)</c></summary>
    public static bool HasAttr(object? value, string name)
    {
        try
        {
            return TryGetAttr(value, name, out _);
        }
        catch (PyAttributeError)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>getattr(x, name)</c> that reports a missing attribute by returning false (an AttributeError raised by
    /// a property or <c>__getattr__</c> still propagates).
    /// </summary>
    public static bool TryGetAttr(object? value, string name, out object? result)
    {
        switch (value)
        {
            case PyInstance i:
                return ClassDispatch.TryGetAttr(i, name, out result);
            case PyType t:
                return TryGetTypeAttr(t, name, out result);
            case PyObject { PyClass: not null } o:
                return ClassDispatch.TryGetAttr(o, name, out result);
            case PyBaseException e:
                return ClassDispatch.TryGetAttr(e, name, out result);
            case PyRange when TryBuiltinDataAttr(value, name, out result):
                return true;
            case PyObject o:
                if (o.TryGetAttribute(name, out result))
                {
                    return true;
                }

                break;
            default:
                if (TryBuiltinDataAttr(value, name, out result))
                {
                    return true;
                }

                break;
        }

        if (name == "__class__")
        {
            result = TypeOf(value);
            return true;
        }

        var type = TypeOf(value);
        if (type.TryLookup(name, out var attr))
        {
            result = ClassDispatch.Bind(attr, value, type);
            return true;
        }

        // A native callable's tp_call as its `__call__` wrapper (`len.__call__`, `str.upper.__call__`, a partial's).
        if (name == "__call__" && value is PyObject { PyClass: null } callable && BuiltinsModule.Callable(callable))
        {
            result = new PyBuiltinFunction("__call__", callable.Call, callable);
            return true;
        }

        result = null;
        return false;
    }

    /// <summary><c>x.name = v</c></summary>
    public static void SetAttr(object? target, string name, object? value)
    {
        switch (target)
        {
            case PyType t:
                var meta = TypeOf(t);
                if (meta.IsHeapType && meta.TryLookup("__setattr__", out var setattr) && setattr is not PyMethodDescriptor)
                {
                    CallWithSelf(setattr, t, [name, value], null);
                    return;
                }

                SetTypeAttr(t, name, value);
                return;
            case PyInstance or PyObject { PyClass: not null } or PyBaseException:
                ClassDispatch.SetAttr(target, name, value);
                return;
            case PyObject o:
                o.SetAttribute(name, value);
                return;
            default:
                throw TypeOf(target).TryLookup(name, out _)
                    ? new PyAttributeError($"'{TypeName(target)}' object attribute '{name}' is read-only")
                    : new PyAttributeError($"'{TypeName(target)}' object has no attribute '{name}'").For(target, name);
        }
    }

    /// <summary>Objects/typeobject.c, <c>type_setattro</c>: a metatype data descriptor, else the class namespace (also <c>type.__setattr__</c>).</summary>
    internal static void SetTypeAttr(PyType t, string name, object? value)
    {
        if (TypeOf(t).TryLookup(name, out var metaAttr) && metaAttr is IPyDataDescriptor d)
        {
            d.Set(t, value);
            return;
        }

        t.SetTypeAttribute(name, value);
    }

    /// <summary><c>del x.name</c></summary>
    public static void DelAttr(object? target, string name)
    {
        switch (target)
        {
            case PyType t:
                t.DelTypeAttribute(name);
                return;
            case PyInstance or PyObject { PyClass: not null } or PyBaseException:
                ClassDispatch.DelAttr(target, name);
                return;
            case PyObject o:
                o.DelAttribute(name);
                return;
            default:
                throw new PyAttributeError($"'{TypeName(target)}' object has no attribute '{name}'").For(target, name);
        }
    }

    /// <summary>Objects/typeobject.c, <c>type_getattro</c>: metatype data descriptors, the class's MRO, then the metatype's attributes.</summary>
    private static bool TryGetTypeAttr(PyType t, string name, out object? result)
    {
        switch (name)
        {
            case "__name__":
                result = t.Name;
                return true;
            case "__qualname__":
                result = t.QualName;
                return true;
            case "__mro__":
                result = new PyTuple([.. t.Mro]);
                return true;
            case "__bases__":
                result = new PyTuple([.. t.Bases]);
                return true;
            case "__base__":
                result = t.Base;
                return true;
            case "__dict__":
                result = t.Dict.Copy();
                return true;
            case "__class__":
                result = TypeOf(t);
                return true;
            default:
                break;
        }

        var meta = TypeOf(t);
        var hasMeta = meta.TryLookup(name, out var metaAttr);
        if (hasMeta && ClassDispatch.IsDataDescriptor(metaAttr))
        {
            result = ClassDispatch.Bind(metaAttr, t, meta);
            return true;
        }

        if (t.TryLookup(name, out var attr))
        {
            result = attr switch
            {
                IPyDescriptor d => d.Get(null, t),
                PyObject { PyClass: { IsHeapType: true } dt } when dt.TryLookup("__get__", out var get) => CallWithSelf(get, attr, [null, t], null),
                _ => attr,
            };
            return true;
        }

        if (hasMeta)
        {
            result = ClassDispatch.Bind(metaAttr, t, meta);
            return true;
        }

        switch (name)
        {
            case "__module__":
                result = "builtins";
                return true;
            case "__doc__":
                result = null;
                return true;
            default:
                break;
        }

        if (meta.IsHeapType && meta.TryLookup("__getattr__", out var getattr))
        {
            result = CallWithSelf(getattr, t, [name], null);
            return true;
        }

        result = null;
        return false;
    }

    /// <summary>The data attributes of builtin values (int/float/complex real and imag, slice and range fields).</summary>
    internal static bool TryBuiltinDataAttr(object? value, string name, out object? result)
    {
        switch (value, name)
        {
            case (long or BigInteger or bool, "real" or "numerator"):
                result = value is bool b ? (b ? 1L : 0L) : value;
                return true;
            case (long or BigInteger or bool, "imag"):
                result = 0L;
                return true;
            case (long or BigInteger or bool, "denominator"):
                result = 1L;
                return true;
            case (double d, "real"):
                result = d;
                return true;
            case (double, "imag"):
                result = 0.0;
                return true;
            case (Complex c, "real"):
                result = c.Real;
                return true;
            case (Complex c, "imag"):
                result = c.Imaginary;
                return true;
            case (PySlice s, "start"):
                result = s.Start;
                return true;
            case (PySlice s, "stop"):
                result = s.Stop;
                return true;
            case (PySlice s, "step"):
                result = s.Step;
                return true;
            case (PyRange r, "start"):
                result = r.StartValue;
                return true;
            case (PyRange r, "stop"):
                result = r.StopValue;
                return true;
            case (PyRange r, "step"):
                result = r.StepValue;
                return true;
            default:
                result = null;
                return false;
        }
    }
}
