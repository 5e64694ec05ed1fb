namespace Portalis.Runtime;

public static partial class PyBuiltins
{
    /// <summary>
    /// The <c>builtins</c> module: where a global read falls back to when the module has no such name. Every
    /// builtin function, type and exception class is bound in it as a callable object.
    /// </summary>
    public static PyModule Module { get; } = NativeModuleCatalog.GetModule("builtins")!;
}
