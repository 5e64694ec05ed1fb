using System.Globalization;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

/// <summary>Modules/_json.c's scanner (<c>scan_once_unicode</c>, <c>scanstring_unicode</c>) over code points, with its error messages and positions.</summary>
internal sealed class JsonDecoder
{
    private readonly string _doc;
    private readonly int[] _s;
    private readonly object? _objectHook;
    private readonly object? _parseFloat;
    private readonly object? _parseInt;
    private readonly object? _parseConstant;
    private readonly object? _objectPairsHook;

    public JsonDecoder(string doc, object? objectHook, object? parseFloat, object? parseInt, object? parseConstant, object? objectPairsHook)
    {
        _doc = doc;
        _s = PyStr.CodePoints(doc);
        _objectHook = objectHook;
        _parseFloat = parseFloat;
        _parseInt = parseInt;
        _parseConstant = parseConstant;
        _objectPairsHook = objectPairsHook;
    }

    public object? Decode()
    {
        var idx = SkipWhitespace(0);
        var (value, end) = ScanOnce(idx);
        end = SkipWhitespace(end);
        if (end != _s.Length)
        {
            throw Error("Extra data", end);
        }

        return value;
    }

    private int SkipWhitespace(int i)
    {
        while (i < _s.Length && _s[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }

    private PyJSONDecodeError Error(string msg, int pos)
    {
        var lineno = 1;
        var lastNewline = -1;
        for (var i = 0; i < pos && i < _s.Length; i++)
        {
            if (_s[i] == '\n')
            {
                lineno++;
                lastNewline = i;
            }
        }

        return new PyJSONDecodeError(msg, _doc, pos, lineno, pos - lastNewline);
    }

    private bool Matches(int i, string word)
    {
        if (i + word.Length > _s.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (_s[i + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private (object? Value, int End) ScanOnce(int idx)
    {
        if (idx >= _s.Length)
        {
            throw Error("Expecting value", idx);
        }

        switch (_s[idx])
        {
            case '"':
                return ScanString(idx + 1);
            case '{':
                return ScanObject(idx + 1);
            case '[':
                return ScanArray(idx + 1);
            case 'n' when Matches(idx, "null"):
                return (null, idx + 4);
            case 't' when Matches(idx, "true"):
                return (true, idx + 4);
            case 'f' when Matches(idx, "false"):
                return (false, idx + 5);
            case 'N' when Matches(idx, "NaN"):
                return (Constant("NaN", double.NaN), idx + 3);
            case 'I' when Matches(idx, "Infinity"):
                return (Constant("Infinity", double.PositiveInfinity), idx + 8);
            case '-' when Matches(idx, "-Infinity"):
                return (Constant("-Infinity", double.NegativeInfinity), idx + 9);
            default:
                return ScanNumber(idx);
        }
    }

    private object? Constant(string name, double value) => _parseConstant is null ? value : PyOps.Call(_parseConstant, name);

    private (object? Value, int End) ScanNumber(int start)
    {
        var i = start;
        if (i < _s.Length && _s[i] == '-')
        {
            i++;
        }

        if (i < _s.Length && _s[i] >= '1' && _s[i] <= '9')
        {
            while (i < _s.Length && _s[i] is >= '0' and <= '9')
            {
                i++;
            }
        }
        else if (i < _s.Length && _s[i] == '0')
        {
            i++;
        }
        else
        {
            throw Error("Expecting value", start);
        }

        var isFloat = false;
        if (i + 1 < _s.Length && _s[i] == '.' && _s[i + 1] is >= '0' and <= '9')
        {
            isFloat = true;
            i += 2;
            while (i < _s.Length && _s[i] is >= '0' and <= '9')
            {
                i++;
            }
        }

        if (i < _s.Length && _s[i] is 'e' or 'E')
        {
            var e = i + 1;
            if (e < _s.Length && _s[e] is '-' or '+')
            {
                e++;
            }

            var digits = e;
            while (e < _s.Length && _s[e] is >= '0' and <= '9')
            {
                e++;
            }

            if (e > digits)
            {
                isFloat = true;
                i = e;
            }
        }

        var text = new string([.. _s[start..i].Select(c => (char)c)]);
        if (isFloat)
        {
            return (_parseFloat is null ? PyFloat.Parse(text) : PyOps.Call(_parseFloat, text), i);
        }

        return (_parseInt is null ? PyInt.Normalize(BigInteger.Parse(text, CultureInfo.InvariantCulture)) : PyOps.Call(_parseInt, text), i);
    }

    private (object? Value, int End) ScanString(int begin)
    {
        var builder = new StringBuilder();
        var i = begin;
        while (true)
        {
            if (i >= _s.Length)
            {
                throw Error("Unterminated string starting at", begin - 1);
            }

            var c = _s[i];
            if (c == '"')
            {
                return (builder.ToString(), i + 1);
            }

            if (c < 0x20)
            {
                throw Error("Invalid control character at", i);
            }

            if (c != '\\')
            {
                if (c > 0xFFFF)
                {
                    builder.Append(char.ConvertFromUtf32(c));
                }
                else
                {
                    builder.Append((char)c);
                }

                i++;
                continue;
            }

            i++;
            if (i >= _s.Length)
            {
                throw Error("Unterminated string starting at", begin - 1);
            }

            var esc = _s[i];
            if (esc != 'u')
            {
                builder.Append(esc switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => throw Error("Invalid \\escape", i - 1),
                });
                i++;
                continue;
            }

            var code = ReadHex4(i + 1);
            i += 5;
            if (code is >= 0xD800 and <= 0xDBFF && i + 1 < _s.Length && _s[i] == '\\' && _s[i + 1] == 'u')
            {
                var low = ReadHex4(i + 2);
                if (low is >= 0xDC00 and <= 0xDFFF)
                {
                    builder.Append(char.ConvertFromUtf32(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)));
                    i += 6;
                    continue;
                }
            }

            builder.Append((char)code);
        }
    }

    private int ReadHex4(int i)
    {
        if (i + 4 > _s.Length)
        {
            throw Error("Invalid \\uXXXX escape", i - 1);
        }

        var value = 0;
        for (var k = 0; k < 4; k++)
        {
            var c = _s[i + k];
            var d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                throw Error("Invalid \\uXXXX escape", i - 1);
            }

            value = (value * 16) + d;
        }

        return value;
    }

    private (object? Value, int End) ScanObject(int idx)
    {
        var pairs = new List<(object? Key, object? Value)>();
        idx = SkipWhitespace(idx);
        if (idx < _s.Length && _s[idx] == '}')
        {
            return (MakeObject(pairs), idx + 1);
        }

        while (true)
        {
            if (idx >= _s.Length || _s[idx] != '"')
            {
                throw Error("Expecting property name enclosed in double quotes", idx);
            }

            var (key, end) = ScanString(idx + 1);
            idx = SkipWhitespace(end);
            if (idx >= _s.Length || _s[idx] != ':')
            {
                throw Error("Expecting ':' delimiter", idx);
            }

            idx = SkipWhitespace(idx + 1);
            var (value, valueEnd) = ScanOnce(idx);
            pairs.Add((key, value));
            idx = SkipWhitespace(valueEnd);
            if (idx < _s.Length && _s[idx] == '}')
            {
                return (MakeObject(pairs), idx + 1);
            }

            if (idx >= _s.Length || _s[idx] != ',')
            {
                throw Error("Expecting ',' delimiter", idx);
            }

            idx = SkipWhitespace(idx + 1);
        }
    }

    private object? MakeObject(List<(object? Key, object? Value)> pairs)
    {
        if (_objectPairsHook is not null)
        {
            return PyOps.Call(_objectPairsHook, new PyList([.. pairs.Select(p => (object?)new PyTuple(p.Key, p.Value))]));
        }

        var dict = new PyDict();
        foreach (var (key, value) in pairs)
        {
            dict.SetItem(key, value);
        }

        return _objectHook is null ? dict : PyOps.Call(_objectHook, dict);
    }

    private (object? Value, int End) ScanArray(int idx)
    {
        var list = new PyList();
        idx = SkipWhitespace(idx);
        if (idx < _s.Length && _s[idx] == ']')
        {
            return (list, idx + 1);
        }

        while (true)
        {
            var (value, end) = ScanOnce(idx);
            list.Append(value);
            idx = SkipWhitespace(end);
            if (idx < _s.Length && _s[idx] == ']')
            {
                return (list, idx + 1);
            }

            if (idx >= _s.Length || _s[idx] != ',')
            {
                throw Error("Expecting ',' delimiter", idx);
            }

            idx = SkipWhitespace(idx + 1);
        }
    }
}
