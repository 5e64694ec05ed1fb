namespace Portalis.Runtime;

public sealed partial class PyType
{
    // A class whose metaclass is a Python class (enum-style metaclasses define __iter__, __len__,
    // __contains__, __repr__ ... for their classes): the protocol hooks consult the metaclass first.

    /// <inheritdoc/>
    public override string Repr()
    {
        if (TryMeta("__repr__", [], out var r))
        {
            return r as string ?? throw new PyTypeError($"__repr__ returned non-string (type {PyOps.TypeName(r)})");
        }

        return TypeRepr();
    }

    /// <inheritdoc/>
    public override string Str() => TryMeta("__str__", [], out var r)
        ? r as string ?? throw new PyTypeError($"__str__ returned non-string (type {PyOps.TypeName(r)})")
        : Repr();

    /// <inheritdoc/>
    public override long Hash() => TryMeta("__hash__", [], out var r) ? PyOps.Hash(r) : PyOps.Id(this) >> 4;

    /// <inheritdoc/>
    public override bool? Bool() => TryMeta("__bool__", [], out var r) ? PyOps.IsTrue(r) : Len() is { } n ? n != 0 : null;

    /// <inheritdoc/>
    public override long? Len() => TryMeta("__len__", [], out var r) ? PyOps.ToIndex(r) : null;

    /// <inheritdoc/>
    public override IEnumerator<object?>? Iter() => TryMeta("__iter__", [], out var r) ? PyOps.Iterate(r).GetEnumerator() : null;

    /// <inheritdoc/>
    public override bool? ContainsHook(object? item) => TryMeta("__contains__", [item], out var r) ? PyOps.IsTrue(r) : null;

    /// <inheritdoc/>
    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected)
    {
        if (TryMeta((reflected ? "__r" : "__") + ClassDispatch.OperatorName(op) + "__", [other], out var r))
        {
            return r;
        }

        // type.__or__ (PEP 604): int | str, int | None.
        return op == BinaryOperator.Or && (reflected ? PyUnionType.TryCreate(other, this) : PyUnionType.TryCreate(this, other)) is { } union
            ? union
            : PyNotImplemented.Value;
    }

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other) =>
        op is CompareOperator.Eq or CompareOperator.Ne || Metatype is null ? PyNotImplemented.Value : ClassDispatch.RichCompare(this, op, other);

    /// <summary><c>type.__repr__</c>: <c>&lt;class 'module.QualName'&gt;</c>, the module omitted for builtins.</summary>
    internal string TypeRepr()
    {
        var module = ModuleName;
        return module is string m && m != "builtins" ? $"<class '{m}.{QualName}'>" : $"<class '{QualName}'>";
    }

    private bool TryMeta(string name, ReadOnlySpan<object?> args, out object? result)
    {
        if (Metatype is { IsHeapType: true } meta && meta.TryLookup(name, out var f) && f is not null and not PyMethodDescriptor)
        {
            result = PyOps.CallWithSelf(f, this, args, null);
            return true;
        }

        result = null;
        return false;
    }
}
