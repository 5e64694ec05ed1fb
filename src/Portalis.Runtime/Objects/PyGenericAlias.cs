namespace Portalis.Runtime;

/// <summary><c>types.GenericAlias</c>: what <c>list[int]</c> evaluates to (Objects/genericaliasobject.c).</summary>
public sealed class PyGenericAlias(object? origin, PyTuple args) : PyObject
{
    // An explicit static constructor runs before the first alias exists, so type(list[int]) is always this
    // registered class, never a name-only stand-in.
    static PyGenericAlias()
    {
    }

    /// <summary>
    /// The <c>types.GenericAlias</c> class, callable as CPython's <c>ga_new</c> (<c>GenericAlias(origin, args)</c>), so
    /// that <c>__class_getitem__ = classmethod(types.GenericAlias)</c> (queue.Queue, multiprocessing's AsyncResult)
    /// makes <c>Queue[int]</c> in annotations work.
    /// </summary>
    public static PyType Type { get; } = PyType.RegisterNative(typeof(PyGenericAlias), "GenericAlias", "types", static (a, k) =>
    {
        // Objects/genericaliasobject.c, ga_new.
        if (k is { Length: > 0 })
        {
            throw new PyTypeError("GenericAlias() takes no keyword arguments");
        }

        if (a.Length != 2)
        {
            throw new PyTypeError($"GenericAlias expected 2 arguments, got {a.Length}");
        }

        return new PyGenericAlias(a[0], a[1] as PyTuple ?? new PyTuple([a[1]]));
    });

    /// <summary>
    /// <c>__class_getitem__ = classmethod(GenericAlias)</c> for a native class (<c>_queue.SimpleQueue</c>):
    /// <c>SimpleQueue[int]</c> in annotations.
    /// </summary>
    public static PyBuiltinFunction ClassGetItem(PyType type) => new("__class_getitem__", (args, _) =>
        args.Length == 1
            ? new PyGenericAlias(type, args[0] as PyTuple ?? new PyTuple([args[0]]))
            : throw new PyTypeError($"__class_getitem__() takes exactly one argument ({args.Length} given)"));

    /// <summary><c>__origin__</c></summary>
    public object? Origin { get; } = origin;

    /// <summary><c>__args__</c></summary>
    public PyTuple Args { get; } = args;

    /// <inheritdoc/>
    public override string PythonTypeName => "types.GenericAlias";

    /// <inheritdoc/>
    public override string Repr()
    {
        // ga_repr: the origin then each argument via ga_repr_item (types by qualified name, ... as "...").
        var items = Args.Count == 0 ? "()" : string.Join(", ", Args.Select(ItemRepr));
        return ItemRepr(Origin) + "[" + items + "]";
    }

    private static string ItemRepr(object? item) => item switch
    {
        PyEllipsis => "...",
        PyType t => t.ModuleName is string m && m != "builtins" ? m + "." + t.QualName : t.QualName,
        _ => PyOps.Repr(item),
    };

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => PyOps.CallKw(Origin, args, kwnames);

    /// <inheritdoc/>
    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected) =>
        op == BinaryOperator.Or && (reflected ? PyUnionType.TryCreate(other, this) : PyUnionType.TryCreate(this, other)) is { } union
            ? union
            : PyNotImplemented.Value;

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other)
    {
        if (op is not (CompareOperator.Eq or CompareOperator.Ne) || other is not PyGenericAlias g)
        {
            return PyNotImplemented.Value;
        }

        var eq = PyOps.Eq(Origin, g.Origin) && PyOps.Eq(Args, g.Args);
        return op == CompareOperator.Eq ? eq : !eq;
    }

    /// <inheritdoc/>
    public override long Hash() => PyOps.Hash(Origin) ^ PyOps.Hash(Args);

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "__origin__":
                value = Origin;
                return true;
            case "__args__":
                value = Args;
                return true;
            default:
                return PyOps.TryGetAttr(Origin, name, out value);
        }
    }
}
