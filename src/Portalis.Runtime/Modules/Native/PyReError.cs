namespace Portalis.Runtime;

/// <summary><c>re.error</c>: a pattern or template that cannot be compiled ("... at position N").</summary>
public sealed class PyReError(params object?[]? args) : PyException(args)
{
    /// <inheritdoc/>
    public override string PythonTypeName => "re.error";
}
