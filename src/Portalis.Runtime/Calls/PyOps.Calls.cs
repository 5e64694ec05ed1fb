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

    /// <summary>
    /// <c>f(*starargs, **kwargs)</c>: <paramref name="starargs"/> is any iterable (null: none), <paramref name="kwargs"/>
    /// a mapping with string keys (null: none).
    /// </summary>
    public static object? CallEx(object? callable, object? starargs, object? kwargs)
    {
        var positional = starargs switch
        {
            null => [],
            PyTuple t => t.Items.ToArray(),
            _ => TryToArray(starargs, callable),
        };
        if (kwargs is null)
        {
            return CallKw(callable, positional, null);
        }

        var names = new List<string>();
        var values = new List<object?>(positional);
        IEnumerable<object?> keys = kwargs switch
        {
            PyDict d => d.Keys().ToArray(),
            _ when HasAttr(kwargs, "keys") => Iterate(CallMethod(kwargs, "keys")).ToArray(),
            _ => throw new PyTypeError($"{CallableName(callable)} argument after ** must be a mapping, not {TypeName(kwargs)}"),
        };
        foreach (var key in keys)
        {
            names.Add(key as string ?? throw new PyTypeError("keywords must be strings"));
            values.Add(GetItem(kwargs, key));
        }

        return CallKw(callable, values.ToArray(), names.Count == 0 ? null : [.. names]);
    }

    private static object?[] TryToArray(object? starargs, object? callable)
    {
        try
        {
            return ToArray(starargs);
        }
        catch (PyTypeError) when (starargs is not PyObject { PyClass: not null })
        {
            throw new PyTypeError($"{CallableName(callable)} argument after * must be an iterable, not {TypeName(starargs)}");
        }
    }

    private static string CallableName(object? callable) => callable switch
    {
        PyFunction f => f.QualName + "()",
        PyType t => t.Name + "()",
        PyBuiltinFunction b => b.Name + "()",
        _ => TypeName(callable) + " object",
    };
}
