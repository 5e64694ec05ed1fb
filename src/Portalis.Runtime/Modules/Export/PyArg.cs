using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// Argument conversions of exported functions, with the TypeError messages of CPython's argument clinic
/// (Python/getargs.c). The binder calls them for typed parameters; translated code calling an exported
/// method directly may call them too.
/// </summary>
public static class PyArg
{
    /// <summary>What a <see cref="PyOptionalAttribute"/> parameter receives when its argument is not passed.</summary>
    public static readonly object Missing = new PyMissing();

    /// <summary>An <c>int</c> argument (<c>__index__</c>): bools, ints and objects with <c>__index__</c> (IntEnum members); "Python int too large to convert to C long" beyond 64 bits.</summary>
    public static long ToLong(object? value) => value switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger => throw new PyOverflowError("Python int too large to convert to C long"),
        PyObject o when o.TryIndex(out var index) => ToLong(index),
        _ => throw new PyTypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as an integer"),
    };

    /// <summary>An <c>int</c> of any size (<c>__index__</c>).</summary>
    public static BigInteger ToBigInteger(object? value) => value switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger big => big,
        PyObject o when o.TryIndex(out var index) => ToBigInteger(index),
        _ => throw new PyTypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as an integer"),
    };

    /// <summary>An <c>int</c> index in the <c>Py_ssize_t</c> range, CPython's "cannot fit 'int' into an index-sized integer" beyond.</summary>
    public static int ToInt32(object? value)
    {
        var l = ToLong(value);
        return l is < int.MinValue or > int.MaxValue
            ? throw new PyOverflowError("Python int too large to convert to C int")
            : (int)l;
    }

    /// <summary>A <c>float</c> argument (<c>PyFloat_AsDouble</c>): floats, ints, bools, subclasses, <c>__float__</c>, <c>__index__</c>.</summary>
    public static double ToDouble(object? value) => value switch
    {
        double d => d,
        long l => l,
        bool b => b ? 1.0 : 0.0,
        BigInteger big => BigToDouble(big),
        PyObject o => ObjectToDouble(o),
        _ => throw new PyTypeError($"must be real number, not {PyOps.TypeName(value)}"),
    };

    // PyFloat_AsDouble for objects: a float or int subclass's value, else __float__, else __index__.
    private static double ObjectToDouble(PyObject o)
    {
        if (PyValueInstance.Unwrap(o) is var value && !ReferenceEquals(value, o))
        {
            return ToDouble(value);
        }

        if (o.PyClass is not null && BuiltinSubclass.TryUser(o, "__float__", [], out var result))
        {
            return PyValueInstance.Unwrap(result) is double d
                ? d
                : throw new PyTypeError($"{PyOps.TypeName(o)}.__float__ returned non-float (type {PyOps.TypeName(result)})");
        }

        return o.TryIndex(out var index) ? ToDouble(index) : throw new PyTypeError($"must be real number, not {PyOps.TypeName(o)}");
    }

    /// <summary>A <c>str</c> argument of <paramref name="function"/>.</summary>
    public static string ToStr(object? value, string function, string argument) =>
        value as string ?? throw new PyTypeError($"{function}() argument {argument} must be str, not {PyOps.TypeName(value)}");

    /// <summary>
    /// A path argument of a module marked <see cref="PyPathArgumentsAttribute"/> (Modules/posixmodule.c,
    /// path_converter): a str, bytes (decoded as UTF-8), or an object whose <c>__fspath__</c> returns one.
    /// </summary>
    public static string ToPath(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case PyBytes b:
                return System.Text.Encoding.UTF8.GetString(b.Span);
        }

        if (value is not null && PyOps.TypeOf(value).TryLookup("__fspath__", out _))
        {
            var path = PyOps.CallMethod(value, "__fspath__");
            return path switch
            {
                string s => s,
                PyBytes b => System.Text.Encoding.UTF8.GetString(b.Span),
                _ => throw new PyTypeError($"expected {PyOps.TypeName(value)}.__fspath__() to return str or bytes, not {PyOps.TypeName(path)}"),
            };
        }

        throw new PyTypeError($"expected str, bytes or os.PathLike object, not {PyOps.TypeName(value)}");
    }

    /// <summary>A <c>str</c> or None argument.</summary>
    public static string? ToStrOrNone(object? value, string function, string argument) =>
        value is null ? null : ToStr(value, function, argument);

    /// <summary>A truth-value (<c>p</c> format) argument: any object.</summary>
    public static bool ToBool(object? value) => value is bool b ? b : PyOps.IsTrue(value);

    /// <summary>An argument of a runtime class <typeparamref name="T"/>.</summary>
    public static T ToObject<T>(object? value, string function, string argument, string pythonType)
        where T : class =>
        value as T ?? throw new PyTypeError($"{function}() argument {argument} must be {pythonType}, not {PyOps.TypeName(value)}");

    internal static double BigToDouble(BigInteger big)
    {
        var d = PyInt.ToDouble(big);
        return double.IsInfinity(d) ? throw new PyOverflowError("int too large to convert to float") : d;
    }
}

internal sealed class PyMissing
{
    public override string ToString() => "<missing>";
}
