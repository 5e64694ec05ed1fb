namespace Portalis.Runtime;

/// <summary>Method calls on arbitrary objects from native code: the object's own attribute when it has one, else the builtin types' methods.</summary>
internal static class NativeCalls
{
    public static object? CallMethod(object? target, string name, params object?[] args)
    {
        if (target is NativeObject native && native.TryCallMethod(name, args, null, out var result))
        {
            return result;
        }

        if (target is PyObject o && o.TryGetAttribute(name, out var method))
        {
            return PyOps.Call(method, args);
        }

        return PyOps.CallMethod(target, name, args);
    }

    public static bool TryGetAttr(object? target, string name, out object? value)
    {
        if (target is PyObject o && o.TryGetAttribute(name, out value))
        {
            return true;
        }

        try
        {
            value = PyOps.GetAttr(target, name);
            return true;
        }
        catch (PyAttributeError)
        {
            value = null;
            return false;
        }
    }

    public static object? GetAttr(object? target, string name) =>
        target is PyObject o && o.TryGetAttribute(name, out var value) ? value : PyOps.GetAttr(target, name);

    /// <summary>A Python callable as a .NET key function (null stays null).</summary>
    public static Func<object?, object?>? KeyFunc(object? key) => key is null ? null : x => PyOps.Call(key, x);
}
