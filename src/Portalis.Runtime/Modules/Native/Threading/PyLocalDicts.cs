using Portalis.Threading.Sync;

namespace Portalis.Runtime;

/// <summary>
/// <c>_thread._localdict</c>: the per-thread attribute dictionaries of one <c>threading.local</c> object
/// (Modules/_threadmodule.c keeps them in each thread state; here a <see cref="Local{T}"/> keyed by logical thread,
/// so a dictionary goes away with its thread).
/// </summary>
public sealed class PyLocalDicts : NativeObject
{
    private readonly Local<PyDict> _dicts = new();

    /// <inheritdoc/>
    public override string PythonTypeName => "_thread._localdict";

    /// <summary><c>get()</c>: <c>(dict, created)</c>; <c>created</c> is true the first time the calling thread asks.</summary>
    [PyExport("get")]
    public PyTuple Get()
    {
        if (_dicts.TryGetValue(out var dict) && dict is not null)
        {
            return new PyTuple(dict, false);
        }

        dict = new PyDict();
        _dicts.Value = dict;
        return new PyTuple(dict, true);
    }
}
