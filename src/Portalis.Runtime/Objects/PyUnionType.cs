namespace Portalis.Runtime;

/// <summary>
/// <c>types.UnionType</c>, what <c>int | None</c> makes (PEP 604; Objects/unionobject.c): usable in
/// <c>isinstance</c>/<c>issubclass</c> and printed as CPython prints it.
/// </summary>
public sealed class PyUnionType : PyObject
{
    private PyUnionType(PyTuple args)
    {
        Args = args;
    }

    /// <summary><c>__args__</c>: the member types, duplicates removed, None as <c>NoneType</c>.</summary>
    public PyTuple Args { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => "types.UnionType";

    /// <summary><c>a | b</c> for types, None and unions; null when an operand is none of these (NotImplemented).</summary>
    public static PyUnionType? TryCreate(object? left, object? right)
    {
        var members = new List<object?>();
        if (!Flatten(left, members) || !Flatten(right, members))
        {
            return null;
        }

        var unique = new List<object?>();
        foreach (var m in members)
        {
            if (!unique.Any(u => ReferenceEquals(u, m)))
            {
                unique.Add(m);
            }
        }

        return new PyUnionType(new PyTuple([.. unique]));
    }

    private static bool Flatten(object? value, List<object?> into)
    {
        switch (value)
        {
            case null:
                into.Add(PyType.NoneType);
                return true;
            case PyType t:
                into.Add(t);
                return true;
            case PyUnionType u:
                into.AddRange(u.Args);
                return true;
            case PyGenericAlias g:
                into.Add(g);
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>isinstance(value, self)</c></summary>
    public bool IsInstance(object? value) => Args.Any(a => PyOps.IsInstance(value, a));

    /// <summary><c>issubclass(cls, self)</c></summary>
    public bool IsSubclass(object? cls) => Args.Any(a => PyOps.IsSubclass(cls, a));

    /// <inheritdoc/>
    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) =>
        op == BinaryOperator.Or && (reflected ? TryCreate(other, this) : TryCreate(this, other)) is { } union ? union : PyNotImplemented.Value;

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other)
    {
        if (op is not (CompareOperator.Eq or CompareOperator.Ne) || other is not PyUnionType u)
        {
            return PyNotImplemented.Value;
        }

        var equal = Args.Count == u.Args.Count && Args.All(a => u.Args.Any(b => ReferenceEquals(a, b)));
        return op == CompareOperator.Eq ? equal : !equal;
    }

    /// <inheritdoc/>
    public override long Hash() => Args.Aggregate(0L, (h, a) => h ^ PyOps.Hash(a));

    /// <inheritdoc/>
    public override string Repr() => string.Join(" | ", Args.Select(MemberRepr));

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        value = name == "__args__" ? Args : null;
        return name == "__args__";
    }

    // Objects/unionobject.c, union_repr_item: NoneType prints as None, builtins by qualname, others module.qualname.
    private static string MemberRepr(object? member) => member switch
    {
        PyType t when ReferenceEquals(t, PyType.NoneType) => "None",
        PyType t => PyOps.GetAttr(t, "__module__") is "builtins" ? t.Name : $"{PyOps.Str(PyOps.GetAttr(t, "__module__"))}.{PyOps.Str(PyOps.GetAttr(t, "__qualname__"))}",
        _ => PyOps.Repr(member),
    };
}
