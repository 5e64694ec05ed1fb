namespace Portalis.Runtime;

/// <summary>A descriptor implemented by the runtime (<c>__get__</c>): functions, property, staticmethod, classmethod, slot members, builtin methods.</summary>
internal interface IPyDescriptor
{
    /// <summary><c>__get__(instance, owner)</c>; <paramref name="instance"/> is null for a lookup through the class.</summary>
    object? Get(object? instance, PyType owner);
}

/// <summary>A data descriptor (<c>__set__</c>/<c>__delete__</c> defined): wins over the instance dictionary.</summary>
internal interface IPyDataDescriptor : IPyDescriptor
{
    void Set(object instance, object? value);

    void Delete(object instance);
}

/// <summary>Python's <c>property</c> (Objects/descrobject.c, <c>property_descr_get</c>/<c>property_descr_set</c>).</summary>
public sealed class PyProperty : PyObject, IPyDataDescriptor
{
    /// <summary>Creates <c>property(fget, fset, fdel, doc)</c>; the doc defaults to the getter's <c>__doc__</c>.</summary>
    public PyProperty(object? fget = null, object? fset = null, object? fdel = null, object? doc = null)
    {
        Getter = fget;
        Setter = fset;
        Deleter = fdel;
        Doc = doc ?? (fget is null ? null : PyOps.GetAttr(fget, "__doc__", null));
    }

    /// <summary><c>fget</c></summary>
    public object? Getter { get; }

    /// <summary><c>fset</c></summary>
    public object? Setter { get; }

    /// <summary><c>fdel</c></summary>
    public object? Deleter { get; }

    /// <summary><c>__doc__</c></summary>
    public object? Doc { get; private set; }

    /// <summary>The attribute name used in error messages: set by <c>__set_name__</c> only, as in CPython 3.11.</summary>
    public string? Name { get; private set; }

    /// <inheritdoc/>
    public override string PythonTypeName => "property";

    object? IPyDescriptor.Get(object? instance, PyType owner)
    {
        if (instance is null)
        {
            return this;
        }

        if (Getter is null)
        {
            throw new PyAttributeError($"property {QuotedName()}of '{PyOps.TypeName(instance)}' object has no getter");
        }

        return PyOps.Call(Getter, instance);
    }

    void IPyDataDescriptor.Set(object instance, object? value)
    {
        if (Setter is null)
        {
            throw new PyAttributeError($"property {QuotedName()}of '{PyOps.TypeName(instance)}' object has no setter");
        }

        PyOps.Call(Setter, instance, value);
    }

    void IPyDataDescriptor.Delete(object instance)
    {
        if (Deleter is null)
        {
            throw new PyAttributeError($"property {QuotedName()}of '{PyOps.TypeName(instance)}' object has no deleter");
        }

        PyOps.Call(Deleter, instance);
    }

    private string QuotedName() => Name is null ? string.Empty : $"'{Name}' ";

    private PyProperty Copy(object? fget, object? fset, object? fdel)
    {
        // property_copy: a doc that came from the old getter follows the new one.
        var doc = Getter is not null && ReferenceEquals(Doc, PyOps.GetAttr(Getter, "__doc__", null)) ? null : Doc;
        var copy = new PyProperty(fget, fset, fdel, doc);
        copy.Name ??= Name;
        return copy;
    }

    /// <summary>
    /// <c>__doc__</c> is writable (Objects/descrobject.c, property_members; sched.py sets it on namedtuple
    /// fields); <c>fget</c>, <c>fset</c> and <c>fdel</c> are read-only members.
    /// </summary>
    public override void SetAttribute(string name, object? value)
    {
        switch (name)
        {
            case "__doc__":
                Doc = value;
                break;
            case "fget" or "fset" or "fdel":
                throw new PyAttributeError("readonly attribute");
            default:
                base.SetAttribute(name, value);
                break;
        }
    }

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "fget":
                value = Getter;
                return true;
            case "fset":
                value = Setter;
                return true;
            case "fdel":
                value = Deleter;
                return true;
            case "__doc__":
                value = Doc;
                return true;
            case "getter":
                value = new PyBuiltinFunction("getter", (a, _) => Copy(a[0], Setter, Deleter), this);
                return true;
            case "setter":
                value = new PyBuiltinFunction("setter", (a, _) => Copy(Getter, a[0], Deleter), this);
                return true;
            case "deleter":
                value = new PyBuiltinFunction("deleter", (a, _) => Copy(Getter, Setter, a[0]), this);
                return true;
            case "__set_name__":
                value = new PyBuiltinFunction("__set_name__", (a, _) =>
                {
                    Name = a[1] as string;
                    return null;
                }, this);
                return true;
            case "__get__":
                value = new PyBuiltinFunction("__get__", (a, _) => ((IPyDescriptor)this).Get(a[0], a.Length > 1 && a[1] is PyType t ? t : PyOps.TypeOf(a[0])), this);
                return true;
            case "__set__":
                value = new PyBuiltinFunction("__set__", (a, _) =>
                {
                    ((IPyDataDescriptor)this).Set(a[0]!, a[1]);
                    return null;
                }, this);
                return true;
            default:
                value = null;
                return false;
        }
    }

    internal void SetName(string name) => Name = name;
}

/// <summary>Python's <c>staticmethod</c>.</summary>
public sealed class PyStaticMethod(object? function) : PyObject, IPyDescriptor
{
    private PyDict? _dict;

    /// <summary><c>__func__</c></summary>
    public object? Function { get; } = function;

    /// <inheritdoc/>
    public override string PythonTypeName => "staticmethod";

    object? IPyDescriptor.Get(object? instance, PyType owner) => Function;

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => PyOps.CallKw(Function, args, kwnames);

    /// <inheritdoc/>
    public override string Repr() => $"<staticmethod({PyOps.Repr(Function)})>";

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name is "__func__" or "__wrapped__")
        {
            value = Function;
            return true;
        }

        if (_dict is not null && _dict.TryGetValue(name, out value))
        {
            return true;
        }

        return PyOps.TryGetAttr(Function, name, out value) && name is "__name__" or "__qualname__" or "__doc__" or "__module__";
    }

    /// <inheritdoc/>
    public override void SetAttribute(string name, object? value) => (_dict ??= new PyDict()).SetItem(name, value);
}

/// <summary>Python's <c>classmethod</c>: binds to the class.</summary>
public sealed class PyClassMethod(object? function) : PyObject, IPyDescriptor
{
    private PyDict? _dict;

    /// <summary><c>__func__</c></summary>
    public object? Function { get; } = function;

    /// <inheritdoc/>
    public override string PythonTypeName => "classmethod";

    object? IPyDescriptor.Get(object? instance, PyType owner) => new PyMethod(Function!, owner);

    /// <inheritdoc/>
    public override string Repr() => $"<classmethod({PyOps.Repr(Function)})>";

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name is "__func__" or "__wrapped__")
        {
            value = Function;
            return true;
        }

        if (_dict is not null && _dict.TryGetValue(name, out value))
        {
            return true;
        }

        return PyOps.TryGetAttr(Function, name, out value) && name is "__name__" or "__qualname__" or "__doc__" or "__module__";
    }

    /// <inheritdoc/>
    public override void SetAttribute(string name, object? value) => (_dict ??= new PyDict()).SetItem(name, value);
}

/// <summary>A <c>__slots__</c> member (<c>member_descriptor</c>): a data descriptor over an instance slot.</summary>
internal sealed class PySlotMember(PyType owner, string name, int index) : PyObject, IPyDataDescriptor
{
    public override string PythonTypeName => "member_descriptor";

    public object? Get(object? instance, PyType type)
    {
        if (instance is null)
        {
            return this;
        }

        var value = ((PyInstance)instance).GetSlot(index);
        return value is PyUnbound ? throw new PyAttributeError($"'{PyOps.TypeName(instance)}' object has no attribute '{name}'").For(instance, name) : value;
    }

    public void Set(object instance, object? value) => ((PyInstance)instance).SetSlot(index, value);

    public void Delete(object instance)
    {
        var inst = (PyInstance)instance;
        if (inst.GetSlot(index) is PyUnbound)
        {
            throw new PyAttributeError($"'{PyOps.TypeName(instance)}' object has no attribute '{name}'").For(instance, name);
        }

        inst.SetSlot(index, PyUnbound.Value);
    }

    public override string Repr() => $"<member '{name}' of '{owner.Name}' objects>";
}

/// <summary>
/// A method of a builtin type looked up on the type (<c>str.upper</c>, <c>object.__init__</c>): called with
/// the instance first, or bound to an instance by <c>__get__</c>.
/// </summary>
internal sealed class PyMethodDescriptor(PyType owner, string name, PyNativeCall body, bool isSlotWrapper) : PyObject, IPyDescriptor
{
    public PyType Owner => owner;

    public string Name => name;

    public override string PythonTypeName => isSlotWrapper ? "wrapper_descriptor" : "method_descriptor";

    // tp_new wrappers are static: __new__ never binds.
    public object? Get(object? instance, PyType type) => instance is null || name == "__new__"
        ? this
        : new PyBuiltinFunction(name, (args, kw) => CallBound(instance, args, kw), instance);

    internal object? CallBound(object? self, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var all = new object?[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return body(all, kwnames);
    }

    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (args.Length - (kwnames?.Length ?? 0) < 1)
        {
            throw new PyTypeError($"descriptor '{name}' of '{owner.Name}' object needs an argument");
        }

        if (name != "__new__" && !owner.IsInstance(args[0]))
        {
            throw new PyTypeError($"descriptor '{name}' for '{owner.TpName}' objects doesn't apply to a '{PyOps.TypeName(args[0])}' object");
        }

        return body(args, kwnames);
    }

    public override string Repr() => isSlotWrapper
        ? $"<slot wrapper '{name}' of '{owner.Name}' objects>"
        : $"<method '{name}' of '{owner.Name}' objects>";

    public override bool TryGetAttribute(string attr, out object? value)
    {
        switch (attr)
        {
            case "__name__":
                value = name;
                return true;
            case "__qualname__":
                value = owner.Name + "." + name;
                return true;
            case "__objclass__":
                value = owner;
                return true;
            default:
                value = null;
                return false;
        }
    }
}
