namespace Portalis.Runtime;

public static partial class PyEmit
{
    /// <summary>
    /// A SyntaxWarning CPython's compiler issues while compiling <paramref name="module"/> (Python/compile.c,
    /// <c>compiler_warn</c>: <c>PyErr_WarnExplicitObject</c> with the file name and line, no module or registry), issued
    /// when the translated module starts, before its first statement, through <c>warnings.warn_explicit</c> so the
    /// filters and <c>showwarning</c> apply as in CPython.
    /// </summary>
    public static void CompileWarning(PyModule module, long line, string message)
    {
        ArgumentNullException.ThrowIfNull(module);
        var warnings = PyImport.Import("warnings");
        PyOps.CallMethod(warnings, "warn_explicit", message, PyType.ForException(typeof(PySyntaxWarning)), module.File ?? module.Name, line);
    }
}
