namespace Portalis.Runtime;

/// <summary>
/// Instances of Python subclasses of <c>list</c>, <c>dict</c>, <c>tuple</c> and <c>set</c>: the builtin's own .NET
/// class (so every runtime operation on the builtin accepts them) carrying the Python class and an attribute
/// dictionary. A special method defined by the Python class wins; otherwise the builtin behaviour applies.
/// </summary>
internal static class BuiltinSubclass
{
    /// <summary>Calls a special method defined by a Python class in the MRO (not a builtin one); false when there is none.</summary>
    public static bool TryUser(PyObject self, string name, ReadOnlySpan<object?> args, out object? result)
    {
        // A builtin type's own slot wrapper means "the builtin behaviour", which the caller runs directly;
        // a wrapper stored in a Python class (IntEnum's `__str__ = int.__repr__`) is called like any method.
        if (self.PyClass is { } cls && cls.TryLookup(name, out var attr) && attr is not null
            && (attr is not PyMethodDescriptor || DefinedInPythonClass(cls, name)))
        {
            result = PyOps.CallWithSelf(attr, self, args, null);
            return true;
        }

        result = null;
        return false;
    }

    // Whether the first class in the MRO that defines `name` is a Python class (rather than the builtin base).
    internal static bool DefinedInPythonClass(PyType cls, string name)
    {
        foreach (var t in cls.Mro)
        {
            if (t.Dict.ContainsKey(name))
            {
                return t.IsHeapType;
            }
        }

        return false;
    }

    public static string? Repr(PyObject self) => TryUser(self, "__repr__", [], out var r)
        ? r as string ?? throw new PyTypeError($"__repr__ returned non-string (type {PyOps.TypeName(r)})")
        : null;

    public static string? Str(PyObject self) => TryUser(self, "__str__", [], out var r)
        ? r as string ?? throw new PyTypeError($"__str__ returned non-string (type {PyOps.TypeName(r)})")
        : null;

    public static long? Hash(PyObject self)
    {
        if (self.PyClass!.TryLookup("__hash__", out var h) && h is null)
        {
            throw new PyTypeError($"unhashable type: '{self.PyClass.Name}'");
        }

        return TryUser(self, "__hash__", [], out var r) ? PyOps.Hash(r) : null;
    }

    public static object? Binary(PyObject self, BinaryOperator op, object? other, bool reflected) =>
        TryUser(self, (reflected ? "__r" : "__") + ClassDispatch.OperatorName(op) + "__", [other], out var r) ? r : PyNotImplemented.Value;

    /// <summary>A unary operator (<c>-x</c>, <c>+x</c>, <c>~x</c>, <c>abs(x)</c>) defined by the Python class; the builtin has none.</summary>
    public static object? Unary(PyObject self, UnaryOperator op) =>
        TryUser(self, op switch
        {
            UnaryOperator.Neg => "__neg__",
            UnaryOperator.Pos => "__pos__",
            UnaryOperator.Invert => "__invert__",
            _ => "__abs__",
        }, [], out var r) ? r : PyNotImplemented.Value;

    public static object? Compare(PyObject self, CompareOperator op, object? other) =>
        TryUser(self, op switch
        {
            CompareOperator.Lt => "__lt__",
            CompareOperator.Le => "__le__",
            CompareOperator.Eq => "__eq__",
            CompareOperator.Ne => "__ne__",
            CompareOperator.Gt => "__gt__",
            _ => "__ge__",
        }, [other], out var r) ? r : PyNotImplemented.Value;
}

/// <summary>An instance of a Python subclass of <c>list</c>.</summary>
internal sealed class PyListInstance : PyList
{
    public PyListInstance(PyType cls) => PyClass = cls;

    public override string PythonTypeName => PyClass!.Name;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? base.Repr();

    public override string Str() => BuiltinSubclass.Str(this) ?? Repr();

    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override bool? Bool() => BuiltinSubclass.TryUser(this, "__bool__", [], out var r) ? PyOps.IsTrue(r) : Len() != 0;

    public override long? Len() => BuiltinSubclass.TryUser(this, "__len__", [], out var r) ? PyOps.ToIndex(r) : base.Len();

    public override IEnumerator<object?> Iter() => BuiltinSubclass.TryUser(this, "__iter__", [], out var r) ? PyOps.Iterate(r).GetEnumerator() : base.Iter();

    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) => BuiltinSubclass.Binary(this, op, other, reflected);

    public override object? UnaryOp(UnaryOperator op) => BuiltinSubclass.Unary(this, op);

    public override object? RichCompare(CompareOperator op, object? other) => BuiltinSubclass.Compare(this, op, other);

    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => ClassDispatch.CallOf(this, args, kwnames);
}

/// <summary>An instance of a Python subclass of <c>dict</c>.</summary>
internal sealed class PyDictInstance : PyDict
{
    public PyDictInstance(PyType cls) => PyClass = cls;

    public override string PythonTypeName => PyClass!.Name;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? base.Repr();

    public override string Str() => BuiltinSubclass.Str(this) ?? Repr();

    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override bool? Bool() => BuiltinSubclass.TryUser(this, "__bool__", [], out var r) ? PyOps.IsTrue(r) : Len() != 0;

    public override long? Len() => BuiltinSubclass.TryUser(this, "__len__", [], out var r) ? PyOps.ToIndex(r) : base.Len();

    public override IEnumerator<object?> Iter() => BuiltinSubclass.TryUser(this, "__iter__", [], out var r) ? PyOps.Iterate(r).GetEnumerator() : base.Iter();

    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) => BuiltinSubclass.Binary(this, op, other, reflected);

    public override object? UnaryOp(UnaryOperator op) => BuiltinSubclass.Unary(this, op);

    public override object? RichCompare(CompareOperator op, object? other) => BuiltinSubclass.Compare(this, op, other);

    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => ClassDispatch.CallOf(this, args, kwnames);
}

/// <summary>An instance of a Python subclass of <c>tuple</c>.</summary>
internal sealed class PyTupleInstance : PyTuple
{
    public PyTupleInstance(PyType cls, ReadOnlySpan<object?> items)
        : base(items) => PyClass = cls;

    public override string PythonTypeName => PyClass!.Name;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? base.Repr();

    public override string Str() => BuiltinSubclass.Str(this) ?? Repr();

    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override bool? Bool() => BuiltinSubclass.TryUser(this, "__bool__", [], out var r) ? PyOps.IsTrue(r) : Len() != 0;

    public override long? Len() => BuiltinSubclass.TryUser(this, "__len__", [], out var r) ? PyOps.ToIndex(r) : base.Len();

    public override IEnumerator<object?> Iter() => BuiltinSubclass.TryUser(this, "__iter__", [], out var r) ? PyOps.Iterate(r).GetEnumerator() : base.Iter();

    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) => BuiltinSubclass.Binary(this, op, other, reflected);

    public override object? UnaryOp(UnaryOperator op) => BuiltinSubclass.Unary(this, op);

    public override object? RichCompare(CompareOperator op, object? other) => BuiltinSubclass.Compare(this, op, other);

    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => ClassDispatch.CallOf(this, args, kwnames);
}

/// <summary>An instance of a Python subclass of <c>set</c>.</summary>
internal sealed class PySetInstance : PySet
{
    public PySetInstance(PyType cls) => PyClass = cls;

    public override string PythonTypeName => PyClass!.Name;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? (Count == 0 ? PythonTypeName + "()" : PythonTypeName + "(" + base.Repr() + ")");

    public override string Str() => BuiltinSubclass.Str(this) ?? Repr();

    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override bool? Bool() => BuiltinSubclass.TryUser(this, "__bool__", [], out var r) ? PyOps.IsTrue(r) : Len() != 0;

    public override long? Len() => BuiltinSubclass.TryUser(this, "__len__", [], out var r) ? PyOps.ToIndex(r) : base.Len();

    public override IEnumerator<object?> Iter() => BuiltinSubclass.TryUser(this, "__iter__", [], out var r) ? PyOps.Iterate(r).GetEnumerator() : base.Iter();

    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) => BuiltinSubclass.Binary(this, op, other, reflected);

    public override object? UnaryOp(UnaryOperator op) => BuiltinSubclass.Unary(this, op);

    public override object? RichCompare(CompareOperator op, object? other) => BuiltinSubclass.Compare(this, op, other);

    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => ClassDispatch.CallOf(this, args, kwnames);
}

/// <summary>
/// An instance of a Python subclass of <c>int</c>, <c>float</c> or <c>str</c>: those values are .NET primitives
/// (<c>long</c>/<c>BigInteger</c>, <c>double</c>, <c>string</c>) that cannot carry a class, so the instance wraps
/// the value. Special methods the Python class defines win; everything else operates on <see cref="Value"/>,
/// and results of builtin operations are plain values (as in CPython, <c>MyInt(1) + 1</c> is an <c>int</c>).
/// </summary>
public sealed class PyValueInstance : PyObject
{
    internal PyValueInstance(PyType cls, object value)
    {
        PyClass = cls;
        Value = value;
    }

    /// <summary>The builtin value (a <c>long</c>/<c>BigInteger</c>, <c>double</c> or <c>string</c>).</summary>
    public object Value { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => PyClass!.Name;

    /// <summary>The builtin value of <paramref name="value"/> when it is a wrapped int/float/str subclass instance, else the value itself.</summary>
    public static object? Unwrap(object? value) => value is PyValueInstance v ? v.Value : value;

    /// <inheritdoc/>
    public override string Repr() => BuiltinSubclass.Repr(this) ?? PyOps.Repr(Value);

    /// <inheritdoc/>
    public override string Str() => BuiltinSubclass.Str(this) ?? (BuiltinSubclass.Repr(this) is { } r && Value is not string ? r : PyOps.Str(Value));

    /// <inheritdoc/>
    public override long Hash() => BuiltinSubclass.Hash(this) ?? PyOps.Hash(Value);

    /// <inheritdoc/>
    public override bool? Bool() => BuiltinSubclass.TryUser(this, "__bool__", [], out var r) ? PyOps.IsTrue(r) : PyOps.IsTrue(Value);

    /// <inheritdoc/>
    public override long? Len() => BuiltinSubclass.TryUser(this, "__len__", [], out var r) ? PyOps.ToIndex(r) : Value is string ? PyOps.Len(Value) : null;

    /// <inheritdoc/>
    public override IEnumerator<object?>? Iter() => BuiltinSubclass.TryUser(this, "__iter__", [], out var r)
        ? PyOps.Iterate(r).GetEnumerator()
        : Value is string s ? PyOps.Iterate(s).GetEnumerator() : null;

    /// <inheritdoc/>
    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) => BuiltinSubclass.Binary(this, op, other, reflected);

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other)
    {
        var r = BuiltinSubclass.Compare(this, op, other);
        return r is not PyNotImplemented ? r : PyOps.Compare(op, Value, Unwrap(other));
    }

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => ClassDispatch.CallOf(this, args, kwnames);

    /// <inheritdoc/>
    public override bool TryGetItem(object? key, out object? value)
    {
        if (BuiltinSubclass.TryUser(this, "__getitem__", [key], out value))
        {
            return true;
        }

        value = PyOps.GetItem(Value, key);
        return true;
    }

    /// <inheritdoc/>
    public override bool? ContainsHook(object? item) =>
        BuiltinSubclass.TryUser(this, "__contains__", [item], out var r) ? PyOps.IsTrue(r) : PyOps.Contains(Value, item);

    /// <inheritdoc/>
    public override object? UnaryOp(UnaryOperator op)
    {
        var name = op switch
        {
            UnaryOperator.Neg => "__neg__",
            UnaryOperator.Pos => "__pos__",
            UnaryOperator.Invert => "__invert__",
            _ => "__abs__",
        };
        return BuiltinSubclass.TryUser(this, name, [], out var r) ? r : op switch
        {
            UnaryOperator.Neg => PyOps.Neg(Value),
            UnaryOperator.Pos => PyOps.Pos(Value),
            UnaryOperator.Invert => PyOps.Invert(Value),
            _ => PyOps.Abs(Value),
        };
    }

    /// <inheritdoc/>
    public override bool TryIndex(out object? value)
    {
        if (BuiltinSubclass.TryUser(this, "__index__", [], out value))
        {
            return true;
        }

        value = Value;
        return Value is long or System.Numerics.BigInteger;
    }

    /// <inheritdoc/>
    public override string? Format(string spec) => BuiltinSubclass.TryUser(this, "__format__", [spec], out var r)
        ? r as string ?? throw new PyTypeError($"__format__ must return a str, not {PyOps.TypeName(r)}")
        : spec.Length == 0 ? PyOps.Str(this) : PyFormat.Format(Value, spec);
}
