using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

/// <summary>Test helpers: call module functions the way translated code does (vectorcall with keyword names).</summary>
internal static class Py
{
    public static object? Builtin(string name, params object?[] args) => PyOps.Call(PyBuiltins.Module.Global(name).Get(), args);

    public static object? BuiltinKw(string name, object?[] args, params string[] kwnames) =>
        PyOps.CallKw(PyBuiltins.Module.Global(name).Get(), args, kwnames);

    public static PyModule Module(string name) => NativeModuleCatalog.GetModule(name) ?? throw new InvalidOperationException(name);

    public static object? Attr(string module, string name) =>
        Module(module).TryGetAttribute(name, out var v) ? v : throw new InvalidOperationException(module + "." + name);

    public static object? Call(string module, string name, params object?[] args) => PyOps.Call(Attr(module, name), args);

    public static object? CallKw(string module, string name, object?[] args, params string[] kwnames) =>
        PyOps.CallKw(Attr(module, name), args, kwnames);

    public static object? Method(object? target, string name, params object?[] args) =>
        ((PyObject)target!).TryGetAttribute(name, out var m) ? PyOps.Call(m, args) : throw new InvalidOperationException(name);

    public static string Repr(object? value) => PyOps.Repr(value);

    public static string Error(Action action)
    {
        try
        {
            action();
        }
        catch (PyBaseException e)
        {
            return e.PythonTypeName + ": " + e.PyStr();
        }

        return "no error";
    }

    public static PyList List(params object?[] items) => new(items);
}
