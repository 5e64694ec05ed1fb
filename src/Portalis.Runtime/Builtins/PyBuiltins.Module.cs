namespace Portalis.Runtime;

public static partial class PyBuiltins
{
    /// <summary>
    /// The <c>builtins</c> module: where a global read falls back to when the module has no such name. It
    /// holds the builtin functions (from <see cref="BuiltinsModule"/>'s exports), the builtin types and every
    /// builtin exception class.
    /// </summary>
    public static PyModule Module { get; } = CreateModule();

    private static PyModule CreateModule()
    {
        var module = NativeModuleCatalog.GetModule("builtins")!;
        foreach (var type in PyType.BuiltinTypes)
        {
            module.Set(type.Name, type);
        }

        foreach (var type in PyType.BuiltinExceptionTypes)
        {
            module.Set(type.Name, type);
        }

        module.Set("NotImplemented", PyNotImplemented.Value);
        module.Set("Ellipsis", PyEllipsis.Value);
        module.Set("exit", new PyQuitter("exit", "Ctrl-D (i.e. EOF)"));
        module.Set("quit", new PyQuitter("quit", "Ctrl-D (i.e. EOF)"));
        return module;
    }
}
