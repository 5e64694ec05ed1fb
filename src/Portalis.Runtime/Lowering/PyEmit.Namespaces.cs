namespace Portalis.Runtime;

public static partial class PyEmit
{
    /// <summary>
    /// <c>globals()</c> (and <c>locals()</c>/<c>vars()</c> at module level): a dict of the module's bound names.
    /// CPython returns the module's own <c>__dict__</c>; Portalis keeps globals in cells, so this is a snapshot
    /// taken at the call: reads and membership tests behave as in CPython, writes to it do not rebind names.
    /// </summary>
    public static PyDict Globals(PyModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var d = new PyDict();
        foreach (var name in module.BoundNames())
        {
            d.SetItem(name, module.Global(name).Value);
        }

        return d;
    }

    /// <summary><c>dir()</c> at module level: the sorted names bound in the module (Objects/object.c, <c>_dir_locals</c>).</summary>
    public static PyList ModuleDir(PyModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return PyList.FromIterable(module.BoundNames().ToArray<object?>());
    }

    /// <summary>
    /// A call without arguments of the name <paramref name="name"/> (<c>globals</c>, or <c>dir</c>/<c>locals</c>/<c>vars</c>
    /// at module level) whose value is <paramref name="function"/>: the builtin reads <paramref name="module"/>'s
    /// namespace; anything else the program bound to that name is called normally.
    /// </summary>
    public static object? NamespaceCall(object? function, string name, PyModule module)
    {
        if (!PyBuiltins.Module.TryGetAttribute(name, out var builtin) || !ReferenceEquals(function, builtin))
        {
            return PyOps.Call(function);
        }

        return name == "dir" ? ModuleDir(module) : Globals(module);
    }
}
