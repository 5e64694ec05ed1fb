namespace Portalis.Runtime;

/// <summary>
/// The <c>json</c> module: <c>dumps</c>/<c>dump</c> with Lib/json/encoder.py's output (separators,
/// indent, sort_keys, ensure_ascii, default, allow_nan, skipkeys) and <c>loads</c>/<c>load</c> with the C
/// scanner's error messages.
/// </summary>
[PyNativeModule("_portalis_json")]
public static class JsonModule
{
    /// <summary><c>json.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw)</c></summary>
    [PyExport("dumps")]
    public static string Dumps(object? obj, [PyKeywordOnly] bool skipkeys = false, bool ensure_ascii = true, bool check_circular = true, bool allow_nan = true,
        object? cls = null, object? indent = null, object? separators = null, object? @default = null, bool sort_keys = false, [PyKwArgs] PyDict? kw = null)
    {
        var encoder = new JsonEncoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, @default, sort_keys);
        return encoder.Encode(obj);
    }

    /// <summary><c>json.dump(obj, fp, ...)</c>: writes <c>dumps(obj, ...)</c> to <c>fp.write</c>.</summary>
    [PyExport("dump")]
    public static void Dump(object? obj, object? fp, [PyKeywordOnly] bool skipkeys = false, bool ensure_ascii = true, bool check_circular = true, bool allow_nan = true,
        object? cls = null, object? indent = null, object? separators = null, object? @default = null, bool sort_keys = false, [PyKwArgs] PyDict? kw = null)
    {
        var text = Dumps(obj, skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, @default, sort_keys, kw);
        NativeCalls.CallMethod(fp, "write", text);
    }

    /// <summary><c>json.loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw)</c></summary>
    [PyExport("loads")]
    public static object? Loads(object? s, [PyKeywordOnly] object? cls = null, object? object_hook = null, object? parse_float = null, object? parse_int = null,
        object? parse_constant = null, object? object_pairs_hook = null, [PyKwArgs] PyDict? kw = null)
    {
        var text = s switch
        {
            string str => str,
            PyBytes b => b.Decode("utf-8"),
            _ => throw new PyTypeError($"the JSON object must be str, bytes or bytearray, not {PyOps.TypeName(s)}"),
        };
        if (s is string && text.StartsWith('\uFEFF'))
        {
            throw new PyJSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0, 1, 1);
        }

        return new JsonDecoder(text, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook).Decode();
    }

    /// <summary><c>json.load(fp, ...)</c>: <c>loads(fp.read(), ...)</c>.</summary>
    [PyExport("load")]
    public static object? Load(object? fp, [PyKeywordOnly] object? cls = null, object? object_hook = null, object? parse_float = null, object? parse_int = null,
        object? parse_constant = null, object? object_pairs_hook = null, [PyKwArgs] PyDict? kw = null) =>
        Loads(NativeCalls.CallMethod(fp, "read"), cls, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook, kw);

    /// <summary>The <c>json.JSONDecodeError</c> class (a ValueError subclass that Python code can catch, raise and subclass).</summary>
    public static PyType JSONDecodeErrorType { get; } = PyType.RegisterException(typeof(PyJSONDecodeError), "JSONDecodeError", "json.decoder",
        PyType.ForException(typeof(PyValueError)), PyJSONDecodeError.FromArgs);

    [PyModuleInit]
    private static void Init(PyModule module) => module.Set("JSONDecodeError", JSONDecodeErrorType);
}
