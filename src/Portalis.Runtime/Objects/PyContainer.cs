namespace Portalis.Runtime;

/// <summary>Base of the runtime's builtin container types: equality and ordering by content.</summary>
public abstract class PyContainer : PyObject
{
    /// <summary>Python <c>==</c> against another container (false for a different type).</summary>
    internal abstract bool ContentEquals(object? other);

    /// <summary>Ordering comparison; <see cref="PyNotImplemented.Value"/> when the types are not ordered.</summary>
    internal virtual object? Order(CompareOperator op, object? other) => PyNotImplemented.Value;

    /// <summary>Appends the repr (recursive containers print <c>[...]</c>, see <see cref="PyOps.EnterRepr"/>).</summary>
    internal abstract void AppendRepr(System.Text.StringBuilder builder);

    /// <summary>The builtin repr, whatever a Python subclass overrides.</summary>
    internal string BuiltinRepr()
    {
        var builder = new System.Text.StringBuilder();
        AppendRepr(builder);
        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string Repr()
    {
        var builder = new System.Text.StringBuilder();
        AppendRepr(builder);
        return builder.ToString();
    }

    /// <inheritdoc/>
    public override long Hash() => throw new PyTypeError($"unhashable type: '{PythonTypeName}'");

    /// <inheritdoc/>
    public override bool? Bool() => Len() != 0;
}
