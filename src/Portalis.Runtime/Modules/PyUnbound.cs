using System.Runtime.CompilerServices;

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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? CheckLocal(object? value, string name) => value is PyUnbound ? UnboundLocal(name) : value;

    /// <summary>A free-variable read (a closure cell): returns <paramref name="value"/> or raises CPython's NameError.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? CheckFree(object? value, string name) => value is PyUnbound ? UnboundFree(name) : value;

    // The raising halves stay out of line, so the checks inline into every read.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? UnboundLocal(string name) =>
        throw new PyUnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? UnboundFree(string name) =>
        throw new PyNameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    /// <inheritdoc/>
    public override string ToString() => "<unbound>";
}
