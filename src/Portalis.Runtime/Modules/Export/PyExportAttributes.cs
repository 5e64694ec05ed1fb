namespace Portalis.Runtime;

/// <summary>
/// Exports a public C# method (static for a module function, instance for a method of a native object),
/// a static field or a static property to Python under <see cref="Name"/>. The binder maps the C#
/// parameters to a Python signature: names are the Python names, optional parameters are defaults, an
/// <c>object?[]</c> marked <c>params</c> or <see cref="PyVarArgsAttribute"/> is <c>*args</c>, a
/// <see cref="PyDict"/> marked <see cref="PyKwArgsAttribute"/> is <c>**kwargs</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = true)]
public sealed class PyExportAttribute(string name) : Attribute
{
    /// <summary>The Python name.</summary>
    public string Name { get; } = name;
}

/// <summary>Marks a static class whose <see cref="PyExportAttribute"/> members form the native module <see cref="Name"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PyNativeModuleAttribute(string name) : Attribute
{
    /// <summary>The module's import name (<c>math</c>, <c>os.path</c>).</summary>
    public string Name { get; } = name;
}

/// <summary>
/// Marks a static method <c>static void Init(PyModule module)</c> of a native module class that binds what
/// attributes cannot describe (classes, submodules, mutable objects) after the exported members.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PyModuleInitAttribute : Attribute;

/// <summary>The <c>**kwargs</c> parameter (a trailing <see cref="PyDict"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyKwArgsAttribute : Attribute;

/// <summary>The <c>*args</c> parameter when it cannot be the C# <c>params</c> array (keyword-only parameters follow it).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyVarArgsAttribute : Attribute;

/// <summary>
/// This parameter and every one before it are positional-only: the <c>/</c> of a Python signature
/// follows the marked parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyPositionalOnlyAttribute : Attribute;

/// <summary>
/// This parameter and every later named one are keyword-only: the <c>*</c> of a Python signature precedes
/// the marked parameter. Parameters after <c>*args</c> are keyword-only without it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyKeywordOnlyAttribute : Attribute;

/// <summary>
/// An optional parameter whose absence must be told apart from None (<c>next(it[, default])</c>,
/// <c>getattr(o, name[, default])</c>): when the argument is not passed the method receives
/// <see cref="PyArg.Missing"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyOptionalAttribute : Attribute;

/// <summary>
/// Marks a native module whose <c>str</c> parameters are file-system paths: they also accept bytes and
/// <c>os.PathLike</c> objects (<c>pathlib.Path</c>), as CPython's <c>path_converter</c> does for os functions.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PyPathArgumentsAttribute : Attribute;

/// <summary>
/// Marks a static <see cref="PyNativeCall"/>-shaped method of a native module class that its
/// <see cref="PyModuleInitAttribute"/> method binds as the module attribute <see cref="Name"/> (a class such as
/// <c>random.Random</c> that is no exported function). The translator relies on the declared return type: a call
/// of the attribute either raises or returns an instance of exactly that class, so a local bound only by such
/// calls can be typed with it (Portalis.Compiler's Typing/NativeTypes).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PyFactoryAttribute(string name) : Attribute
{
    /// <summary>The module attribute's name.</summary>
    public string Name { get; } = name;
}

/// <summary>
/// Names the Python class of a native object's exported methods (<c>Random.randint</c>), for their error messages.
/// With <see cref="PythonFunctions"/>, the methods stand for functions CPython writes in Python (Lib/random.py), so
/// a call that does not fit the signature raises Python's TypeError (Python/ceval.c: "takes 2 positional arguments
/// but 3 were given", "missing 1 required positional argument: 'b'", counting <c>self</c>); a method marked
/// <see cref="PyCMethodAttribute"/> keeps the argument clinic's messages of a C method.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PyMethodsOfAttribute(string className) : Attribute
{
    /// <summary>The Python class name.</summary>
    public string ClassName { get; } = className;

    /// <summary>Whether the methods are Python functions in CPython.</summary>
    public bool PythonFunctions { get; init; }
}

/// <summary>Marks an exported method that is C code in CPython in a class marked <see cref="PyMethodsOfAttribute.PythonFunctions"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PyCMethodAttribute : Attribute;
