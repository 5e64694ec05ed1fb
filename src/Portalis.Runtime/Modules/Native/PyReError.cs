namespace Portalis.Runtime;

/// <summary><c>re.error</c>: a pattern or template that cannot be compiled ("... at position N").</summary>
public sealed class PyReError(string message) : PyException(message)
{
    /// <inheritdoc/>
    public override string PythonTypeName => "re.error";
}
