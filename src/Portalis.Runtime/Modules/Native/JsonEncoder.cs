using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Portalis.Runtime;

/// <summary>Lib/json/encoder.py's <c>_make_iterencode</c>, writing into one builder.</summary>
internal sealed class JsonEncoder
{
    private readonly bool _skipKeys;
    private readonly bool _ensureAscii;
    private readonly bool _checkCircular;
    private readonly bool _allowNaN;
    private readonly string? _indent;
    private readonly string _itemSeparator;
    private readonly string _keySeparator;
    private readonly object? _default;
    private readonly bool _sortKeys;
    private readonly HashSet<object> _markers = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _out = new();

    public JsonEncoder(bool skipKeys, bool ensureAscii, bool checkCircular, bool allowNaN, object? indent, object? separators, object? defaultFunction, bool sortKeys)
    {
        _skipKeys = skipKeys;
        _ensureAscii = ensureAscii;
        _checkCircular = checkCircular;
        _allowNaN = allowNaN;
        _indent = indent switch
        {
            null => null,
            string s => s,
            long or bool or BigInteger => new string(' ', (int)Math.Max(0, PyArg.ToLong(indent))),
            _ => throw new PyTypeError($"can't multiply sequence by non-int of type '{PyOps.TypeName(indent)}'"),
        };
        if (separators is not null)
        {
            var parts = PyOps.ToArray(separators);
            if (parts.Length != 2)
            {
                throw new PyValueError(parts.Length > 2 ? "too many values to unpack (expected 2)" : $"not enough values to unpack (expected 2, got {parts.Length})");
            }

            _itemSeparator = parts[0] as string ?? throw new PyTypeError("separators must be strings");
            _keySeparator = parts[1] as string ?? throw new PyTypeError("separators must be strings");
        }
        else
        {
            _itemSeparator = _indent is null ? ", " : ",";
            _keySeparator = ": ";
        }

        _default = defaultFunction;
        _sortKeys = sortKeys;
    }

    public string Encode(object? o)
    {
        EncodeValue(o, 0);
        return _out.ToString();
    }

    private void EncodeValue(object? o, int level)
    {
        switch (o)
        {
            case string s:
                EncodeString(s);
                return;
            case null:
                _out.Append("null");
                return;
            case true:
                _out.Append("true");
                return;
            case false:
                _out.Append("false");
                return;
            case long or BigInteger:
                _out.Append(PyOps.Repr(o));
                return;
            case double d:
                _out.Append(FloatString(d));
                return;
            case PyList or PyTuple:
                EncodeList(o, level);
                return;
            case PyDict dict:
                EncodeDict(dict, level);
                return;
            default:
                Enter(o);
                var replacement = _default is null
                    ? throw new PyTypeError($"Object of type {PyOps.TypeName(o)} is not JSON serializable")
                    : PyOps.Call(_default, o);
                EncodeValue(replacement, level);
                Leave(o);
                return;
        }
    }

    private void EncodeList(object list, int level)
    {
        var items = PyOps.ToArray(list);
        if (items.Length == 0)
        {
            _out.Append("[]");
            return;
        }

        Enter(list);
        _out.Append('[');
        var separator = _itemSeparator;
        if (_indent is not null)
        {
            level++;
            var newlineIndent = "\n" + Repeat(_indent, level);
            separator = _itemSeparator + newlineIndent;
            _out.Append(newlineIndent);
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                _out.Append(separator);
            }

            EncodeValue(items[i], level);
        }

        if (_indent is not null)
        {
            _out.Append('\n').Append(Repeat(_indent, level - 1));
        }

        _out.Append(']');
        Leave(list);
    }

    private void EncodeDict(PyDict dict, int level)
    {
        if (dict.Count == 0)
        {
            _out.Append("{}");
            return;
        }

        Enter(dict);
        _out.Append('{');
        var separator = _itemSeparator;
        if (_indent is not null)
        {
            level++;
            var newlineIndent = "\n" + Repeat(_indent, level);
            separator = _itemSeparator + newlineIndent;
            _out.Append(newlineIndent);
        }

        IEnumerable<object?> pairs = PyOps.ToArray(dict.Items());
        if (_sortKeys)
        {
            var list = new PyList([.. pairs]);
            list.Sort(null, false);
            pairs = list.ToArray();
        }

        var first = true;
        foreach (var pair in pairs)
        {
            var kv = (PyTuple)pair!;
            var key = kv[0];
            string keyText;
            switch (key)
            {
                case string s:
                    keyText = s;
                    break;
                case double d:
                    keyText = FloatString(d);
                    break;
                case true:
                    keyText = "true";
                    break;
                case false:
                    keyText = "false";
                    break;
                case null:
                    keyText = "null";
                    break;
                case long or BigInteger:
                    keyText = PyOps.Repr(key);
                    break;
                default:
                    if (_skipKeys)
                    {
                        continue;
                    }

                    throw new PyTypeError($"keys must be str, int, float, bool or None, not {PyOps.TypeName(key)}");
            }

            if (!first)
            {
                _out.Append(separator);
            }

            first = false;
            EncodeString(keyText);
            _out.Append(_keySeparator);
            EncodeValue(kv[1], level);
        }

        if (_indent is not null)
        {
            _out.Append('\n').Append(Repeat(_indent, level - 1));
        }

        _out.Append('}');
        Leave(dict);
    }

    private void Enter(object o)
    {
        if (_checkCircular && !_markers.Add(o))
        {
            throw new PyValueError("Circular reference detected");
        }
    }

    private void Leave(object o)
    {
        if (_checkCircular)
        {
            _markers.Remove(o);
        }
    }

    private string FloatString(double d)
    {
        if (double.IsFinite(d))
        {
            return PyFloat.Repr(d);
        }

        if (!_allowNaN)
        {
            throw new PyValueError("Out of range float values are not JSON compliant");
        }

        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private static string Repeat(string s, int n) => n <= 0 ? string.Empty : string.Concat(Enumerable.Repeat(s, n));

    // encoder.py, py_encode_basestring(_ascii): the short escapes, \u00XX for other controls, and with
    // ensure_ascii every non-ASCII UTF-16 unit as \uXXXX (surrogate pairs stay two escapes).
    private void EncodeString(string s)
    {
        _out.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    _out.Append("\\\"");
                    break;
                case '\\':
                    _out.Append("\\\\");
                    break;
                case '\n':
                    _out.Append("\\n");
                    break;
                case '\r':
                    _out.Append("\\r");
                    break;
                case '\t':
                    _out.Append("\\t");
                    break;
                case '\b':
                    _out.Append("\\b");
                    break;
                case '\f':
                    _out.Append("\\f");
                    break;
                default:
                    if (c < 0x20 || (_ensureAscii && c > 0x7E))
                    {
                        _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Append(c);
                    }

                    break;
            }
        }

        _out.Append('"');
    }
}
