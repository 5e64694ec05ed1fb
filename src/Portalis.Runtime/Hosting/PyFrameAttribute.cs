namespace Portalis.Runtime;

/// <summary>
/// Names the Python frame a generated method implements (the function name a traceback prints:
/// <c>f</c>, <c>C.method</c>, <c>&lt;module&gt;</c>, <c>&lt;lambda&gt;</c>, <c>&lt;genexpr&gt;</c>). On an
/// async generator body the attribute goes on the kickoff method; the traceback mapper finds it from the
/// state machine's <c>MoveNext</c>.
/// </summary>
/// <param name="name">The name CPython shows in <c>File "...", line N, in name</c> (<c>co_name</c>).</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PyFrameAttribute(string name) : Attribute
{
    /// <summary>The frame's function name.</summary>
    public string Name { get; } = name;

    /// <summary>
    /// The function's local variable names (<c>co_varnames</c>: parameters first) separated by spaces, or null.
    /// An uncaught NameError's "Did you mean" suggestion searches them first (Python/suggestions.c).
    /// </summary>
    public string? Varnames { get; init; }

    /// <summary>
    /// The function stands in for C code of CPython's (its module lists it in <c>__portalis_c_functions__</c>):
    /// CPython has no Python frame there, so tracebacks, warnings' and logging's caller lookups skip it.
    /// </summary>
    public bool Hidden { get; init; }
}

/// <summary>Marks the generated static class of a Python module with the module's name and source file.</summary>
/// <param name="moduleName">The dotted module name as imported.</param>
/// <param name="file">The absolute path of the .py file the class was translated from.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PyModuleSourceAttribute(string moduleName, string file) : Attribute
{
    /// <summary>The dotted module name.</summary>
    public string ModuleName { get; } = moduleName;

    /// <summary>The .py file.</summary>
    public string File { get; } = file;
}
