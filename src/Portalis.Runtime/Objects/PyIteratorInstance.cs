namespace Portalis.Runtime;

/// <summary>
/// An instance of a Python subclass of one of the builtin iterator types (<c>class MyZip(zip)</c>): the
/// builtin iterator the base type's <c>__new__</c> made, carrying the Python class and an attribute
/// dictionary. Iteration goes through the class, so a <c>__next__</c> or <c>__iter__</c> the subclass defines
/// wins; the base type's <c>__next__</c> advances <see cref="Inner"/>.
/// </summary>
internal sealed class PyIteratorInstance : PyObject
{
    public PyIteratorInstance(PyType cls, PyIterator inner)
    {
        PyClass = cls;
        Inner = inner;
    }

    /// <summary>The builtin iterator doing the base type's work.</summary>
    public PyIterator Inner { get; }

    public override string PythonTypeName => PyClass!.Name;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? ClassDispatch.ObjectRepr(this);

    public override string Str() => BuiltinSubclass.Str(this) ?? Repr();

    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override bool? Bool() => ClassDispatch.BoolOf(this);

    public override long? Len() => ClassDispatch.LenOf(this);

    public override IEnumerator<object?>? Iter() => ClassDispatch.IterOf(this);

    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) => BuiltinSubclass.Binary(this, op, other, reflected);

    public override object? UnaryOp(UnaryOperator op) => BuiltinSubclass.Unary(this, op);

    public override object? RichCompare(CompareOperator op, object? other) => BuiltinSubclass.Compare(this, op, other);

    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => ClassDispatch.CallOf(this, args, kwnames);
}
