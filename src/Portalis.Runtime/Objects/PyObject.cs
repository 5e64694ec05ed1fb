using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// The extension point for values that are not one of the runtime's builtin representations: the
/// runtime's own containers derive from it, and translated Python classes will. <see cref="PyOps"/>
/// handles builtin representations first and falls back to these virtual "dunder" methods, which
/// return <see cref="PyNotImplemented.Value"/> when the operation is not supported, exactly like
/// Python's <c>NotImplemented</c> protocol.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python class of an instance of a Python class (a <see cref="PyInstance"/>, or a builtin-subclass instance); null for plain builtin values.</summary>
    internal PyType? PyClass { get; set; }

    /// <summary>The instance attribute dictionary of a Python class instance.</summary>
    internal PyDict? InstanceDict { get; set; }

    /// <summary>The Python type name (<c>type(x).__name__</c>).</summary>
    public abstract string PythonTypeName { get; }

    /// <summary>
    /// A binary operator: <c>__add__</c> and friends when <paramref name="reflected"/> is false
    /// (this is the left operand), <c>__radd__</c> and friends when true.
    /// </summary>
    public virtual object? BinaryOp(BinaryOperator op, object? other, bool reflected) => PyNotImplemented.Value;

    /// <summary>A rich comparison (<c>__eq__</c>, <c>__lt__</c> ...) with this object on the left.</summary>
    public virtual object? RichCompare(CompareOperator op, object? other) => PyNotImplemented.Value;

    /// <summary><c>__repr__</c>; the default is CPython's <c>&lt;T object at 0x...&gt;</c>.</summary>
    public virtual string Repr() => $"<{PythonTypeName} object at 0x{PyOps.Id(this):x}>";

    /// <summary><c>__str__</c>; defaults to <see cref="Repr"/>.</summary>
    public virtual string Str() => Repr();

    /// <summary><c>__hash__</c>; the default is identity-based. Unhashable types throw TypeError.</summary>
    public virtual long Hash() => RuntimeHelpers.GetHashCode(this);

    /// <summary><c>__bool__</c> (or <c>__len__</c> != 0); null when the type defines neither, so the object is true.</summary>
    public virtual bool? Bool() => null;

    /// <summary><c>__len__</c>; null when not defined.</summary>
    public virtual long? Len() => null;

    /// <summary><c>__iter__</c>; null when not iterable.</summary>
    public virtual IEnumerator<object?>? Iter() => null;

    /// <summary>
    /// <c>self(*args, **kwargs)</c> in CPython's vectorcall convention: <paramref name="args"/> holds the
    /// positional arguments followed by the values of the keyword arguments, whose names
    /// <paramref name="kwnames"/> lists in order (null when there are none).
    /// </summary>
    public virtual object? Call(ReadOnlySpan<object?> args, string[]? kwnames) =>
        throw new PyTypeError($"'{PythonTypeName}' object is not callable");

    /// <summary>
    /// <c>getattr(self, name)</c> without raising: false when the attribute does not exist, so
    /// <c>hasattr</c> and <c>getattr(x, n, default)</c> cost no exception. The caller raises CPython's
    /// AttributeError (<see cref="PyOps.GetAttr"/>).
    /// </summary>
    public virtual bool TryGetAttribute(string name, out object? value)
    {
        value = null;
        return false;
    }

    /// <summary><c>setattr(self, name, value)</c>; the default is CPython's message for objects without a <c>__dict__</c>.</summary>
    public virtual void SetAttribute(string name, object? value) =>
        throw new PyAttributeError($"'{PythonTypeName}' object has no attribute '{name}'").For(this, name);

    /// <summary><c>self[key]</c> (<c>__getitem__</c>); false when the object is not subscriptable.</summary>
    public virtual bool TryGetItem(object? key, out object? value)
    {
        value = null;
        return false;
    }

    /// <summary><c>self[key] = value</c> (<c>__setitem__</c>); false when unsupported.</summary>
    public virtual bool TrySetItem(object? key, object? value) => false;

    /// <summary><c>del self[key]</c> (<c>__delitem__</c>); false when unsupported.</summary>
    public virtual bool TryDelItem(object? key) => false;

    /// <summary><c>item in self</c> (<c>__contains__</c>); null when undefined (iteration is used instead).</summary>
    public virtual bool? ContainsHook(object? item) => null;

    /// <summary>A unary operator (<c>__neg__</c>, <c>__pos__</c>, <c>__invert__</c>, <c>__abs__</c>); NotImplemented when unsupported.</summary>
    public virtual object? UnaryOp(UnaryOperator op) => PyNotImplemented.Value;

    /// <summary>An in-place operator (<c>__iadd__</c> ...); NotImplemented falls back to the binary operator.</summary>
    public virtual object? InPlaceOp(BinaryOperator op, object? other) => PyNotImplemented.Value;

    /// <summary><c>__index__</c>; false when undefined.</summary>
    public virtual bool TryIndex(out object? value)
    {
        value = null;
        return false;
    }

    /// <summary><c>__format__(spec)</c>; null uses <c>object.__format__</c>.</summary>
    public virtual string? Format(string spec) => null;

    /// <summary><c>delattr(self, name)</c>.</summary>
    public virtual void DelAttribute(string name) =>
        throw new PyAttributeError($"'{PythonTypeName}' object has no attribute '{name}'").For(this, name);
}

/// <summary>Python's <c>NotImplemented</c> singleton.</summary>
public sealed class PyNotImplemented
{
    private PyNotImplemented()
    {
    }

    /// <summary>The singleton.</summary>
    public static PyNotImplemented Value { get; } = new();

    /// <inheritdoc/>
    public override string ToString() => "NotImplemented";
}

/// <summary>Python's <c>Ellipsis</c> singleton (<c>...</c>).</summary>
public sealed class PyEllipsis
{
    private PyEllipsis()
    {
    }

    /// <summary>The singleton.</summary>
    public static PyEllipsis Value { get; } = new();

    /// <inheritdoc/>
    public override string ToString() => "Ellipsis";
}

/// <summary>Python's binary operators, in the order of CPython's <c>NB_*</c> opcodes.</summary>
public enum BinaryOperator
{
    /// <summary><c>+</c></summary>
    Add,

    /// <summary><c>-</c></summary>
    Sub,

    /// <summary><c>*</c></summary>
    Mul,

    /// <summary><c>@</c></summary>
    MatMul,

    /// <summary><c>/</c></summary>
    TrueDiv,

    /// <summary><c>//</c></summary>
    FloorDiv,

    /// <summary><c>%</c></summary>
    Mod,

    /// <summary><c>**</c></summary>
    Pow,

    /// <summary><c>&lt;&lt;</c></summary>
    LShift,

    /// <summary><c>&gt;&gt;</c></summary>
    RShift,

    /// <summary><c>&amp;</c></summary>
    And,

    /// <summary><c>|</c></summary>
    Or,

    /// <summary><c>^</c></summary>
    Xor,
}

/// <summary>Python's unary operators with a special method.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c></summary>
    Neg,

    /// <summary><c>+x</c></summary>
    Pos,

    /// <summary><c>~x</c></summary>
    Invert,

    /// <summary><c>abs(x)</c></summary>
    Abs,
}

/// <summary>Python's rich comparison operators.</summary>
public enum CompareOperator
{
    /// <summary><c>&lt;</c></summary>
    Lt,

    /// <summary><c>&lt;=</c></summary>
    Le,

    /// <summary><c>==</c></summary>
    Eq,

    /// <summary><c>!=</c></summary>
    Ne,

    /// <summary><c>&gt;</c></summary>
    Gt,

    /// <summary><c>&gt;=</c></summary>
    Ge,
}
