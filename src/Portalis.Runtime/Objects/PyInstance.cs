namespace Portalis.Runtime;

/// <summary>
/// An instance of a Python class whose layout is <c>object</c>'s: the class, an attribute dictionary (unless
/// <c>__slots__</c> removed it) and the <c>__slots__</c> values. Every protocol hook dispatches to the special
/// methods found on the class (never the instance), as CPython's slot functions do.
/// </summary>
public sealed partial class PyInstance : PyObject
{
    private readonly object?[]? _slots;

    /// <summary>Creates an uninitialised instance of <paramref name="cls"/> (<c>object.__new__(cls)</c>).</summary>
    public PyInstance(PyType cls)
    {
        PyClass = cls;
        if (cls.SlotCount > 0)
        {
            _slots = new object?[cls.SlotCount];
            _slots.AsSpan().Fill(PyUnbound.Value);
        }

        if (cls.IsHeapType && cls.HasInstanceDict)
        {
            _values = NewValues(cls.InstanceKeys.Count);
        }
    }

    /// <summary>The instance's class (<c>__class__</c>).</summary>
    public PyType Class => PyClass!;

    /// <summary>
    /// The attribute dictionary (<c>__dict__</c>), or null when the class has <c>__slots__</c> only. Asking for it
    /// moves the instance's attributes out of the split layout into the dict for good, as CPython materializes one.
    /// </summary>
    public PyDict? Dict => InstanceDict ?? MaterializeDict();

    /// <inheritdoc/>
    public override string PythonTypeName => PyClass!.Name;

    internal object? GetSlot(int index) => _slots![index];

    internal void SetSlot(int index, object? value) => _slots![index] = value;

    /// <inheritdoc/>
    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) => ClassDispatch.BinaryOp(this, op, other, reflected);

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other) => ClassDispatch.RichCompare(this, op, other);

    /// <inheritdoc/>
    public override string Repr() => ClassDispatch.ReprOf(this);

    /// <inheritdoc/>
    public override string Str() => ClassDispatch.StrOf(this);

    /// <inheritdoc/>
    public override long Hash() => ClassDispatch.HashOf(this);

    /// <inheritdoc/>
    public override bool? Bool() => ClassDispatch.BoolOf(this);

    /// <inheritdoc/>
    public override long? Len() => ClassDispatch.LenOf(this);

    /// <inheritdoc/>
    public override IEnumerator<object?>? Iter() => ClassDispatch.IterOf(this);

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => ClassDispatch.CallOf(this, args, kwnames);

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value) => ClassDispatch.TryGetAttr(this, name, out value);

    /// <inheritdoc/>
    public override void SetAttribute(string name, object? value) => ClassDispatch.SetAttr(this, name, value);

    /// <inheritdoc/>
    public override void DelAttribute(string name) => ClassDispatch.DelAttr(this, name);

    /// <inheritdoc/>
    public override bool TryGetItem(object? key, out object? value) => ClassDispatch.TryCallSpecial(this, "__getitem__", [key], out value);

    /// <inheritdoc/>
    public override bool TrySetItem(object? key, object? value) => ClassDispatch.TryCallSpecial(this, "__setitem__", [key, value], out _);

    /// <inheritdoc/>
    public override bool TryDelItem(object? key) => ClassDispatch.TryCallSpecial(this, "__delitem__", [key], out _);

    /// <inheritdoc/>
    public override bool? ContainsHook(object? item) =>
        ClassDispatch.TryCallSpecial(this, "__contains__", [item], out var r) ? PyOps.IsTrue(r) : null;

    /// <inheritdoc/>
    public override object? UnaryOp(UnaryOperator op) =>
        ClassDispatch.TryCallSpecial(this, op switch
        {
            UnaryOperator.Neg => "__neg__",
            UnaryOperator.Pos => "__pos__",
            UnaryOperator.Invert => "__invert__",
            _ => "__abs__",
        }, [], out var r) ? r : PyNotImplemented.Value;

    /// <inheritdoc/>
    public override object? InPlaceOp(BinaryOperator op, object? other) =>
        ClassDispatch.TryCallSpecial(this, "__i" + ClassDispatch.OperatorName(op) + "__", [other], out var r) ? r : PyNotImplemented.Value;

    /// <inheritdoc/>
    public override bool TryIndex(out object? value)
    {
        if (!ClassDispatch.TryCallSpecial(this, "__index__", [], out value))
        {
            return false;
        }

        return value is long or bool or System.Numerics.BigInteger
            ? true
            : throw new PyTypeError($"__index__ returned non-int (type {PyOps.TypeName(value)})");
    }

    /// <inheritdoc/>
    public override string? Format(string spec)
    {
        if (!Class.TryLookup("__format__", out var f) || f is PyMethodDescriptor { Owner.IsHeapType: false } d && ReferenceEquals(d.Owner, PyType.ObjectType))
        {
            return null;
        }

        var r = PyOps.CallWithSelf(f, this, [spec], null);
        return r as string ?? throw new PyTypeError($"__format__ must return a str, not {PyOps.TypeName(r)}");
    }
}
