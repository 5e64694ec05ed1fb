using System.Collections.Concurrent;

namespace Portalis.Runtime;

/// <summary>
/// A module object. Its namespace is a set of <see cref="PyGlobal"/> cells, one per name: translated code
/// holds the cells of its own globals in static fields (a global read is two loads), while
/// <c>module.name</c>, <c>from module import name</c> and <c>setattr(module, ...)</c> go through the same
/// cells by name.
/// </summary>
public sealed class PyModule : PyObject
{
    private readonly ConcurrentDictionary<string, PyGlobal> _cells = new(StringComparer.Ordinal);

    /// <summary>Creates an empty module; <c>__name__</c> and, when given, <c>__file__</c> are set.</summary>
    public PyModule(string name, string? file = null)
    {
        Name = name;
        File = file;
        Global("__name__").Value = name;
        if (file is not null)
        {
            Global("__file__").Value = file;
        }
    }

    /// <summary>The module's name as imported (<c>pkg.sub</c>).</summary>
    public string Name { get; }

    /// <summary>The source file, or null for a native module.</summary>
    public string? File { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => "module";

    /// <summary>The cell for <paramref name="name"/>, created unbound on first use.</summary>
    public PyGlobal Global(string name) => _cells.GetOrAdd(name, static (n, m) => new PyGlobal(n, m), this);

    /// <summary>Binds <paramref name="name"/> (what <c>name = value</c> at module level does).</summary>
    public void Set(string name, object? value) => Global(name).Value = value;

    /// <summary>The bound names in first-binding order is not tracked; names are returned sorted (as <c>dir()</c> sorts).</summary>
    public IEnumerable<string> BoundNames() =>
        _cells.Where(p => p.Value.Value is not PyUnbound).Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        if (_cells.TryGetValue(name, out var cell) && cell.Value is not PyUnbound)
        {
            value = cell.Value;
            return true;
        }

        // PEP 562 (Objects/moduleobject.c, module_getattro): a missing name goes to the module's own
        // __getattr__; its AttributeError means "no such attribute", as for a name never bound.
        if (name != "__getattr__" && _cells.TryGetValue("__getattr__", out var hook) && hook.Value is not PyUnbound and var getattr)
        {
            try
            {
                value = PyOps.Call(getattr, name);
                return true;
            }
            catch (PyAttributeError)
            {
            }
        }

        value = null;
        return false;
    }

    /// <inheritdoc/>
    public override void SetAttribute(string name, object? value) => Global(name).Value = value;

    /// <inheritdoc/>
    public override void DelAttribute(string name)
    {
        if (!_cells.TryGetValue(name, out var cell) || cell.Value is PyUnbound)
        {
            throw new PyAttributeError($"module '{Name}' has no attribute '{name}'").For(this, name);
        }

        cell.Value = PyUnbound.Value;
    }

    /// <inheritdoc/>
    public override string Repr() => File is null ? $"<module '{Name}' (built-in)>" : $"<module '{Name}' from '{File}'>";
}

/// <summary>
/// One module-level name: its value, or <see cref="PyUnbound.Value"/> while unbound. A read of an unbound
/// global falls back to the builtins module, then raises CPython's NameError.
/// </summary>
public sealed class PyGlobal
{
    internal PyGlobal(string name, PyModule module)
    {
        Name = name;
        Module = module;
    }

    /// <summary>The variable's name.</summary>
    public string Name { get; }

    /// <summary>The module whose namespace holds this cell.</summary>
    public PyModule Module { get; }

    /// <summary>The raw value (<see cref="PyUnbound.Value"/> when unbound); reads and writes are plain field accesses.</summary>
    public object? Value = PyUnbound.Value;

    /// <summary>A global read (<c>LOAD_GLOBAL</c>): the value, else the builtin of that name, else NameError.</summary>
    public object? Get()
    {
        var value = Value;
        return value is PyUnbound ? GetBuiltin() : value;
    }

    /// <summary><c>del name</c> at module level: NameError if unbound.</summary>
    public void Delete()
    {
        if (Value is PyUnbound)
        {
            throw new PyNameError($"name '{Name}' is not defined");
        }

        Value = PyUnbound.Value;
    }

    // The builtins module's cell of the same name, found once: a builtin read (len, abs, print) is then two loads,
    // and still sees a rebinding of builtins.name, since that writes the same cell.
    private PyGlobal? _builtin;

    private object? GetBuiltin()
    {
        if (!ReferenceEquals(Module, PyBuiltins.Module))
        {
            var cell = _builtin ??= PyBuiltins.Module.Global(Name);
            if (cell.Value is not PyUnbound and var value)
            {
                return value;
            }

            if (PyBuiltins.Module.TryGetAttribute(Name, out var builtin))
            {
                return builtin;
            }
        }

        throw new PyNameError($"name '{Name}' is not defined").For(Name, Module);
    }
}
