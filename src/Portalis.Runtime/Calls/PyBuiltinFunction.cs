namespace Portalis.Runtime;

/// <summary>
/// The body of a function implemented in C#, in CPython's vectorcall convention (see <see cref="PyObject.Call"/>).
/// </summary>
public delegate object? PyNativeCall(ReadOnlySpan<object?> args, string[]? kwnames);

/// <summary>
/// A function implemented in C# (<c>builtin_function_or_method</c>): builtins such as <c>len</c>, the
/// functions of native modules such as <c>math.sqrt</c>, and methods of builtin types bound to their object.
/// </summary>
public sealed class PyBuiltinFunction(string name, PyNativeCall body, object? self = null, string? module = null) : PyObject
{
    /// <summary><c>__name__</c></summary>
    public string Name { get; } = name;

    /// <summary><c>__self__</c>: the bound object, or the module for module functions (null: builtins).</summary>
    public object? Self { get; } = self;

    /// <summary>The module name shown nowhere in reprs but kept for <c>__module__</c>.</summary>
    public string? Module { get; } = module;

    /// <inheritdoc/>
    public override string PythonTypeName => "builtin_function_or_method";

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => body(args, kwnames);

    /// <inheritdoc/>
    public override string Repr() => Self is null or PyModule
        ? $"<built-in function {Name}>"
        : $"<built-in method {Name} of {PyOps.TypeName(Self)} object at 0x{PyOps.Id(Self):x}>";

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "__name__" or "__qualname__":
                value = Name;
                return true;
            case "__self__":
                value = Self;
                return true;
            default:
                value = null;
                return false;
        }
    }
}
