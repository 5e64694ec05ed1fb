namespace Portalis.Runtime;

/// <summary>
/// The instance <c>__dict__</c> of <c>concurrent.futures.Future</c>. CPython's Future is a plain Python class
/// (Lib/concurrent/futures/_base.py), so programs tag futures with their own attributes
/// (<c>f.url = url</c>, then read it in a done callback or after <c>as_completed</c>); the native type keeps
/// that ability. Instance attributes win over the native members, as an instance dict does over non-data
/// class attributes in CPython.
/// </summary>
public sealed partial class PyFuture
{
    // Created on the first attribute set; PyDict's single operations are atomic, so callbacks on worker
    // threads and the main thread may read and write it concurrently.
    private PyDict? _dict;

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name == "__dict__")
        {
            value = Dict();
            return true;
        }

        var dict = Volatile.Read(ref _dict);
        if (dict is not null && dict.TryGetValue(name, out value))
        {
            return true;
        }

        return base.TryGetAttribute(name, out value);
    }

    /// <inheritdoc/>
    public override void SetAttribute(string name, object? value)
    {
        if (name == "__dict__")
        {
            Volatile.Write(ref _dict, value as PyDict ?? throw new PyTypeError($"__dict__ must be set to a dictionary, not a '{PyOps.TypeName(value)}'"));
            return;
        }

        Dict().SetItem(name, value);
    }

    /// <inheritdoc/>
    public override void DelAttribute(string name)
    {
        var dict = Volatile.Read(ref _dict);
        if (dict is null || !dict.TryGetValue(name, out _))
        {
            base.DelAttribute(name);
            return;
        }

        dict.DelItem(name);
    }

    private PyDict Dict()
    {
        var dict = Volatile.Read(ref _dict);
        if (dict is not null)
        {
            return dict;
        }

        Interlocked.CompareExchange(ref _dict, new PyDict(), null);
        return _dict!;
    }
}
