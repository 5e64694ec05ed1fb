using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Classes;

/// <summary>Builds functions and classes the way translated code does (PyFunction, PyOps.BuildClass).</summary>
internal static class Py
{
    public static readonly PyModule Main = new("__main__");

    public static PyFunction Def(string name, string[] slots, Func<object?[], object?> body, int? positional = null,
        int posOnly = 0, int kwOnly = 0, bool varArgs = false, bool varKw = false, string? qualName = null,
        object?[]? defaults = null, PyDict? kwDefaults = null)
    {
        var pos = positional ?? slots.Length - kwOnly - (varArgs ? 1 : 0) - (varKw ? 1 : 0);
        var code = new PyCode(name, qualName ?? name, slots, pos, posOnly, kwOnly, varArgs, varKw);
        return new PyFunction(code, body, Main)
        {
            Defaults = defaults is null ? null : new PyTuple(defaults),
            KwDefaults = kwDefaults,
        };
    }

    /// <summary>A method: qualname Class.name.</summary>
    public static PyFunction Method(string cls, string name, string[] slots, Func<object?[], object?> body, object?[]? defaults = null) =>
        Def(name, slots, body, qualName: cls + "." + name, defaults: defaults);

    public static PyDict Ns(string qualName, params (string Name, object? Value)[] members)
    {
        var ns = new PyDict();
        ns.SetItem("__module__", "__main__");
        ns.SetItem("__qualname__", qualName);
        foreach (var (n, v) in members)
        {
            ns.SetItem(n, v);
        }

        return ns;
    }

    public static PyType Class(string name, object?[] bases, params (string Name, object? Value)[] members) =>
        PyOps.BuildClass(name, new PyTuple(bases), Ns(name, members), [], null);

    public static PyType Class(string name, params (string Name, object? Value)[] members) => Class(name, [], members);

    public static T Throws<T>(Action action)
        where T : Exception => Assert.Throws<T>(action);

    public static string Message(Action action)
    {
        try
        {
            action();
        }
        catch (PyBaseException e)
        {
            return e.PythonTypeName + ": " + e.PyStr();
        }

        throw new Xunit.Sdk.XunitException("no exception raised");
    }
}
