namespace Portalis.Runtime;

/// <summary>
/// A class exposed by a native module (<c>collections.deque</c>, <c>itertools.chain</c>, <c>random.Random</c>):
/// calling it constructs an instance; extra attributes (<c>chain.from_iterable</c>) are looked up here.
/// The class system gives builtin classes real type objects; until then <c>isinstance</c> against these
/// is not supported.
/// </summary>
public sealed class PyNativeClass : PyObject
{
    private readonly PyNativeCall _constructor;
    private readonly Dictionary<string, object?> _attributes = new(StringComparer.Ordinal);

    /// <summary>Creates the class <paramref name="module"/>.<paramref name="name"/>.</summary>
    public PyNativeClass(string name, string module, PyNativeCall constructor)
    {
        Name = name;
        Module = module;
        _constructor = constructor;
    }

    /// <summary><c>__name__</c></summary>
    public string Name { get; }

    /// <summary><c>__module__</c></summary>
    public string Module { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => "type";

    /// <summary>Adds a class attribute (a static method such as <c>from_iterable</c>).</summary>
    public PyNativeClass With(string name, object? value)
    {
        _attributes[name] = value;
        return this;
    }

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) => _constructor(args, kwnames);

    /// <inheritdoc/>
    public override string Repr() => $"<class '{Module}.{Name}'>";

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "__name__" or "__qualname__":
                value = Name;
                return true;
            case "__module__":
                value = Module;
                return true;
            default:
                return _attributes.TryGetValue(name, out value);
        }
    }
}
