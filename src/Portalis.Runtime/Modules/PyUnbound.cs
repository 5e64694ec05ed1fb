namespace Portalis.Runtime;

/// <summary>
/// The value of a variable that has not been assigned yet (or was deleted). Translated code stores it in
/// locals, cells and globals and checks for it on reads that the translator cannot prove assigned.
/// </summary>
public sealed class PyUnbound
{
    private PyUnbound()
    {
    }

    /// <summary>The singleton.</summary>
    public static PyUnbound Value { get; } = new();

    /// <summary>A local read: returns <paramref name="value"/> or raises CPython's UnboundLocalError.</summary>
    public static object? CheckLocal(object? value, string name) => value is PyUnbound
        ? throw new PyUnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value")
        : value;

    /// <summary>A free-variable read (a closure cell): returns <paramref name="value"/> or raises CPython's NameError.</summary>
    public static object? CheckFree(object? value, string name) => value is PyUnbound
        ? throw new PyNameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
        : value;

    /// <inheritdoc/>
    public override string ToString() => "<unbound>";
}
