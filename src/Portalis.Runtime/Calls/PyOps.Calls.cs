namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary><c>f()</c></summary>
    public static object? Call(object? callable) => Call(callable, ReadOnlySpan<object?>.Empty);

    /// <summary><c>f(a)</c></summary>
    public static object? Call(object? callable, object? a) => Call(callable, [a]);

    /// <summary><c>f(a, b)</c></summary>
    public static object? Call(object? callable, object? a, object? b) => Call(callable, [a, b]);

    /// <summary><c>f(a, b, c)</c></summary>
    public static object? Call(object? callable, object? a, object? b, object? c) => Call(callable, [a, b, c]);

    /// <summary><c>f(*args)</c> with positional arguments only.</summary>
    public static object? Call(object? callable, ReadOnlySpan<object?> args) => CallKw(callable, args, null);

    /// <summary>
    /// A call in CPython's vectorcall convention: <paramref name="args"/> holds the positional arguments and
    /// then the values of the keyword arguments named by <paramref name="kwnames"/>.
    /// </summary>
    public static object? CallKw(object? callable, ReadOnlySpan<object?> args, string[]? kwnames) => callable switch
    {
        PyObject o => o.Call(args, kwnames),
        _ => throw new PyTypeError($"'{TypeName(callable)}' object is not callable"),
    };
}
