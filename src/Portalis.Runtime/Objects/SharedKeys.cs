namespace Portalis.Runtime;

/// <summary>
/// The attribute names the instances of one class have used, in the order they were first set: the keys half of
/// CPython's key-sharing dictionaries (PEP 412; Objects/dictobject.c, <c>PyDictKeysObject</c> with
/// <c>DICT_KEYS_SPLIT</c>). Each <see cref="PyInstance"/> keeps only the values, at these indices. A table is
/// immutable: adding a name publishes a new table, so readers never lock, and a name keeps its index for the
/// life of the class (which is what lets a call site cache the index).
/// </summary>
internal sealed class SharedKeys
{
    /// <summary>CPython caps a split table at 30 keys (<c>SHARED_KEYS_MAX_SIZE</c>); instances needing more use a dict.</summary>
    public const int MaxCount = 30;

    private readonly Dictionary<string, int> _indices;

    private SharedKeys(string[] names, Dictionary<string, int> indices)
    {
        Names = names;
        _indices = indices;
    }

    /// <summary>The table of a class no instance has set an attribute on yet.</summary>
    public static SharedKeys Empty { get; } = new([], new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The names, by index.</summary>
    public string[] Names { get; }

    /// <summary>The number of names.</summary>
    public int Count => Names.Length;

    /// <summary>The index of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _indices.TryGetValue(name, out var index) ? index : -1;

    /// <summary>This table with <paramref name="name"/> appended (the caller knows it is absent).</summary>
    public SharedKeys With(string name)
    {
        var indices = new Dictionary<string, int>(_indices, StringComparer.Ordinal) { [name] = Names.Length };
        return new SharedKeys([.. Names, name], indices);
    }
}
