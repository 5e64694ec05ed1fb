using System.Runtime.CompilerServices;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Small operations that only translated code calls: boxing of constants, identity and membership tests
/// with Python's evaluation order, displays with unpacking, f-string pieces. The larger protocols live in
/// <see cref="PyOps"/>.
/// </summary>
public static partial class PyEmit
{
    /// <summary>The boxed <c>True</c>, shared so that comparisons do not allocate.</summary>
    public static readonly object True = true;

    /// <summary>The boxed <c>False</c>.</summary>
    public static readonly object False = false;

    /// <summary>A bool as a Python value without allocating.</summary>
    public static object Box(bool value) => value ? True : False;

    /// <summary>
    /// <c>a is b</c>. Python's ints, floats and bools are boxed per use here, so identity of equal small
    /// ints and of booleans follows CPython (small ints -5..256 are cached there, True/False/None are singletons).
    /// </summary>
    public static bool Is(object? a, object? b) => a switch
    {
        null => b is null,
        bool x => b is bool y && x == y,
        long x => b is long y && x == y && x is >= -5 and <= 256,
        _ => ReferenceEquals(a, b),
    };

    /// <summary><c>item in container</c>, evaluating the item first as Python does.</summary>
    public static bool In(object? item, object? container) => PyOps.Contains(container, item);

    /// <summary>A class-body read of a name the body does not assign but an enclosing function does (<c>LOAD_CLASSDEREF</c>).</summary>
    public static object? ClassLoadOr(PyDict ns, string name, object? enclosing) =>
        ns.TryGetValue(name, out var value) ? value : PyUnbound.CheckFree(enclosing, name);

    /// <summary>A class-body <c>del name</c>.</summary>
    public static void ClassDelete(PyDict ns, string name)
    {
        if (!ns.TryGetValue(name, out _))
        {
            throw new PyNameError($"name '{name}' is not defined");
        }

        ns.DelItem(name);
    }

    /// <summary>A <c>del</c> of a local: NameError-style UnboundLocalError when it is not bound.</summary>
    public static object DeleteLocal(object? value, string name)
    {
        PyUnbound.CheckLocal(value, name);
        return PyUnbound.Value;
    }

    /// <summary>One piece of an f-string: <c>!s</c>/<c>!r</c>/<c>!a</c> conversion (-1 for none), then <c>format(value, spec)</c>.</summary>
    public static string FormatValue(object? value, int conversion, string spec)
    {
        switch (conversion)
        {
            case 's':
                value = PyOps.Str(value);
                break;
            case 'r':
                value = PyOps.Repr(value);
                break;
            case 'a':
                value = PyOps.Ascii(value);
                break;
        }

        return spec.Length == 0 && value is string s ? s : PyBuiltins.Format(value, spec);
    }

    /// <summary>A failed <c>assert test</c> on Python line <paramref name="line"/> (see <see cref="PyOps.RaiseNow(object?, int)"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception AssertionFailed(int line) => throw PyOps.AtLine(PyOps.Raise(new PyAssertionError()), line);

    /// <summary>A failed <c>assert test, msg</c> on Python line <paramref name="line"/>, with its message object.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception AssertionFailed(object? message, int line) => throw PyOps.AtLine(PyOps.Raise(new PyAssertionError(message)), line);

    /// <summary>Appends the items of <c>*iterable</c> in a list display or call.</summary>
    public static void ExtendStar(PyList list, object? iterable)
    {
        // The check calls iter() once more; a Python class's __iter__ may have effects, so it is only made for
        // the runtime's own types (a non-iterable Python object fails in Extend with CPython's other message).
        if (iterable is not PyObject { PyClass: not null } && !IsIterable(iterable))
        {
            throw new PyTypeError($"Value after * must be an iterable, not {PyOps.TypeName(iterable)}");
        }

        list.Extend(iterable);
    }

    /// <summary>Merges <c>**mapping</c> into a dict display.</summary>
    public static void UpdateDict(PyDict dict, object? mapping)
    {
        if (mapping is PyDict d)
        {
            dict.Update(d);
            return;
        }

        if (mapping is null || !PyOps.HasAttr(mapping, "keys"))
        {
            throw new PyTypeError($"'{PyOps.TypeName(mapping)}' object is not a mapping");
        }

        foreach (var key in PyOps.Iterate(PyOps.CallMethod(mapping, "keys")))
        {
            dict.SetItem(key, PyOps.GetItem(mapping, key));
        }
    }

    /// <summary>
    /// Merges <c>**mapping</c> into the keyword arguments of a call: keys must be strings and unique
    /// (Python/ceval.c, <c>DICT_MERGE</c> and <c>format_kwargs_error</c>).
    /// </summary>
    public static void MergeKeywords(PyDict kwargs, object? mapping, object? function)
    {
        if (mapping is null || (mapping is not PyDict && !PyOps.HasAttr(mapping, "keys")))
        {
            throw new PyTypeError($"{FunctionName(function)} argument after ** must be a mapping, not {PyOps.TypeName(mapping)}");
        }

        var keys = mapping is PyDict md ? md.Keys().ToArray() : PyOps.ToArray(PyOps.CallMethod(mapping, "keys"));
        foreach (var key in keys)
        {
            if (key is not string)
            {
                throw new PyTypeError($"{FunctionName(function)} keywords must be strings");
            }

            if (kwargs.TryGetValue(key, out _))
            {
                throw new PyTypeError($"{FunctionName(function)} got multiple values for keyword argument '{key}'");
            }

            kwargs.SetItem(key, PyOps.GetItem(mapping, key));
        }
    }

    // Objects/object.c, _PyObject_FunctionStr: "module.qualname()" unless the module is builtins.
    private static string FunctionName(object? function)
    {
        if (function is PyBuiltinFunction b)
        {
            return b.Name + "()";
        }

        if (!PyOps.HasAttr(function, "__qualname__"))
        {
            return PyOps.TypeName(function) + " object";
        }

        var qualname = PyOps.Str(PyOps.GetAttr(function, "__qualname__"));
        return PyOps.HasAttr(function, "__module__") && PyOps.GetAttr(function, "__module__") is string module && module != "builtins"
            ? module + "." + qualname + "()"
            : qualname + "()";
    }

    private static bool IsIterable(object? value)
    {
        try
        {
            _ = PyOps.Iter(value);
            return true;
        }
        catch (PyTypeError)
        {
            return false;
        }
    }
}
