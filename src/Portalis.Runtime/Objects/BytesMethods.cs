using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// The methods of <c>bytes</c> and <c>bytearray</c> (Objects/bytes_methods.c, bytesobject.c,
/// bytearrayobject.c). Searching, splitting with a separator, stripping given bytes, padding and
/// replacing run the str algorithms over Latin-1 text (one char per byte, so indices agree); whitespace,
/// line breaks, case and the <c>is...</c> tests are ASCII-only, as CPython's <c>Py_ISSPACE</c> etc.
/// </summary>
internal static class BytesMethods
{
    /// <summary>The names exposed on both types.</summary>
    public static readonly string[] Shared =
    [
        "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "hex", "index", "isalnum",
        "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower",
        "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
        "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate",
        "upper", "zfill",
    ];

    /// <summary>The mutating methods of bytearray.</summary>
    public static readonly string[] ByteArrayOnly = ["append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse"];

    /// <summary>Keyword parameters (name, default) of the methods that take keywords.</summary>
    public static (string Name, object? Default)[]? KeywordParameters(string name) => name switch
    {
        "decode" => [("encoding", "utf-8"), ("errors", "strict")],
        "split" or "rsplit" => [("sep", null), ("maxsplit", -1L)],
        "splitlines" => [("keepends", false)],
        "hex" => [("sep", null), ("bytes_per_sep", 1L)],
        "expandtabs" => [("tabsize", 8L)],
        "translate" => [("table", PyUnbound.Value), ("delete", PyBytes.Empty)],
        _ => null,
    };

    public static object? Call(PyBytesLike self, string name, object?[] args)
    {
        var data = self.Span;
        switch (name)
        {
            case "decode":
                return Codecs.Decode(data.ToArray(), OptText(args, 0, "decode", "encoding") ?? "utf-8", OptText(args, 1, "decode", "errors") ?? "strict");
            case "hex":
                return Hex(data.ToArray(), args);
            case "count":
                return PyStr.Count(Text(self), Sub(args, "count"), Opt(args, 1), Opt(args, 2));
            case "find":
                return PyStr.Find(Text(self), Sub(args, "find"), Opt(args, 1), Opt(args, 2));
            case "rfind":
                return PyStr.RFind(Text(self), Sub(args, "rfind"), Opt(args, 1), Opt(args, 2));
            case "index" or "rindex":
                var at = name == "index" ? PyStr.Find(Text(self), Sub(args, name), Opt(args, 1), Opt(args, 2))
                    : PyStr.RFind(Text(self), Sub(args, name), Opt(args, 1), Opt(args, 2));
                return at >= 0 ? at : throw new PyValueError("subsection not found");
            case "startswith" or "endswith":
                return Affix(self, name, args);
            case "join":
                return Join(self, Arg(args, 0, name));
            case "replace":
                return Wrap(self, PyStr.Replace(Text(self), Other(args, 0, name), Other(args, 1, name), args.Length > 2 ? PyOps.ToIndex(args[2]) : -1));
            case "partition" or "rpartition":
                var sep = Other(args, 0, name);
                var parts = name == "partition" ? PyStr.Partition(Text(self), sep) : PyStr.RPartition(Text(self), sep);
                return new PyTuple([.. parts.Select(p => (object?)Wrap(self, (string)p!))]);
            case "removeprefix":
                return Wrap(self, PyStr.RemovePrefix(Text(self), Other(args, 0, name)));
            case "removesuffix":
                return Wrap(self, PyStr.RemoveSuffix(Text(self), Other(args, 0, name)));
            case "center" or "ljust" or "rjust":
                var width = PyOps.ToIndex(Arg(args, 0, name));
                var fill = args.Length > 1 ? Fill(args[1], name) : " ";
                return Wrap(self, name switch
                {
                    "center" => PyStr.Center(Text(self), width, fill),
                    "ljust" => PyStr.LJust(Text(self), width, fill),
                    _ => PyStr.RJust(Text(self), width, fill),
                });
            case "zfill":
                return Wrap(self, PyStr.ZFill(Text(self), PyOps.ToIndex(Arg(args, 0, name))));
            case "expandtabs":
                return Wrap(self, PyStr.ExpandTabs(Text(self), args.Length > 0 ? PyOps.ToIndex(args[0]) : 8));
            case "strip" or "lstrip" or "rstrip":
                return Strip(self, name, args.Length > 0 ? args[0] : null);
            case "split" or "rsplit":
                return Split(self, name, args.Length > 0 ? args[0] : null, args.Length > 1 ? PyOps.ToIndex(args[1]) : -1);
            case "splitlines":
                return SplitLines(self, args.Length > 0 && PyOps.IsTrue(args[0]));
            case "translate":
                return Translate(self, Arg(args, 0, name), args.Length > 1 ? args[1] : PyBytes.Empty);
            case "upper" or "lower" or "swapcase" or "capitalize" or "title":
                return self.WithContents(ChangeCase(data, name));
            case "isalnum" or "isalpha" or "isascii" or "isdigit" or "islower" or "isspace" or "istitle" or "isupper":
                return Test(data, name);
            default:
                return self is PyByteArray array ? ByteArrayMethod(array, name, args) : throw NoAttribute(self, name);
        }
    }

    private static object? ByteArrayMethod(PyByteArray self, string name, object?[] args)
    {
        switch (name)
        {
            case "append":
                self.Append(Arg(args, 0, name));
                return null;
            case "extend":
                self.Extend(Arg(args, 0, name));
                return null;
            case "insert":
                self.Insert(PyOps.ToIndex(Arg(args, 0, name)), Arg(args, 1, name));
                return null;
            case "pop":
                return self.Pop(args.Length > 0 ? PyOps.ToIndex(args[0]) : -1);
            case "remove":
                self.Remove(Arg(args, 0, name));
                return null;
            case "reverse":
                self.ReverseInPlace();
                return null;
            case "clear":
                self.Clear();
                return null;
            case "copy":
                return new PyByteArray(self.Span);
            default:
                throw NoAttribute(self, name);
        }
    }

    /// <summary><c>bytes.fromhex(string)</c> (Objects/bytesobject.c, <c>_PyBytes_FromHex</c>): ASCII whitespace between pairs is skipped.</summary>
    public static byte[] FromHex(object? text)
    {
        var s = text as string ?? throw new PyTypeError($"fromhex() argument must be str, not {PyOps.TypeName(text)}");
        var result = new List<byte>(s.Length / 2);
        var i = 0;
        while (i < s.Length)
        {
            if (IsSpace(s[i]))
            {
                i++;
                continue;
            }

            var high = HexDigit(s, i);
            var low = i + 1 < s.Length ? HexDigit(s, i + 1) : throw new PyValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            result.Add((byte)((high << 4) | low));
            i += 2;
        }

        return [.. result];
    }

    /// <summary><c>bytes.maketrans(from, to)</c></summary>
    public static PyBytes MakeTrans(object? from, object? to)
    {
        var f = BytesArgs.Of(from);
        var t = BytesArgs.Of(to);
        if (f.Length != t.Length)
        {
            throw new PyValueError("maketrans arguments must have same length");
        }

        var table = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = (byte)i;
        }

        for (var i = 0; i < f.Length; i++)
        {
            table[f[i]] = t[i];
        }

        return PyBytes.Own(table);
    }

    /// <summary><c>hex(sep=None, bytes_per_sep=1)</c> (Python/pystrhex.c): groups counted from the right, or from the left when negative.</summary>
    public static string Hex(byte[] data, object?[] args)
    {
        var digits = Convert.ToHexStringLower(data);
        if (args.Length == 0 || args[0] is null)
        {
            return digits;
        }

        var sep = args[0] switch
        {
            string s when s.Length == 1 && s[0] < 0x80 => s,
            string s when s.Length == 1 => throw new PyValueError("sep must be ASCII."),
            PyBytesLike b when b.Count == 1 => BytesArgs.Text(b.Span),
            string or PyBytesLike => throw new PyValueError("sep must be length 1."),
            _ => throw new PyTypeError("sep must be str or bytes."),
        };
        var group = args.Length > 1 ? PyOps.ToIndex(args[1]) : 1;
        if (group == 0 || data.Length == 0)
        {
            return digits;
        }

        var size = (int)Math.Min(Math.Abs(group), data.Length);
        var builder = new StringBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            var boundary = group > 0 ? (data.Length - i) % size == 0 : i % size == 0;
            if (i > 0 && boundary)
            {
                builder.Append(sep);
            }

            builder.Append(digits, i * 2, 2);
        }

        return builder.ToString();
    }

    private static int HexDigit(string s, int i) => s[i] switch
    {
        >= '0' and <= '9' => s[i] - '0',
        >= 'a' and <= 'f' => s[i] - 'a' + 10,
        >= 'A' and <= 'F' => s[i] - 'A' + 10,
        _ => throw new PyValueError($"non-hexadecimal number found in fromhex() arg at position {i}"),
    };

    private static PyBytesLike Join(PyBytesLike self, object? iterable)
    {
        var output = new List<byte>();
        var index = 0;
        foreach (var item in PyOps.Iterate(iterable))
        {
            if (!BytesArgs.IsBytesLike(item))
            {
                throw new PyTypeError($"sequence item {index}: expected a bytes-like object, {PyOps.TypeName(item)} found");
            }

            if (index++ > 0)
            {
                output.AddRange(self.Span);
            }

            output.AddRange(BytesArgs.Of(item));
        }

        return self.WithContents([.. output]);
    }

    private static bool Affix(PyBytesLike self, string name, object?[] args)
    {
        var affix = Arg(args, 0, name);
        object? converted = affix switch
        {
            PyBytesLike or PyMemoryView => BytesArgs.Text(BytesArgs.Of(affix)),
            PyTuple t => new PyTuple([.. t.Select(item => BytesArgs.IsBytesLike(item) ? (object?)BytesArgs.Text(BytesArgs.Of(item))
                : throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(item)}'"))]),
            _ => throw new PyTypeError($"{name} first arg must be bytes or a tuple of bytes, not {PyOps.TypeName(affix)}"),
        };
        return name == "startswith" ? PyStr.StartsWith(Text(self), converted, Opt(args, 1), Opt(args, 2))
            : PyStr.EndsWith(Text(self), converted, Opt(args, 1), Opt(args, 2));
    }

    private static PyBytesLike Strip(PyBytesLike self, string name, object? chars)
    {
        var data = self.Span;
        var start = 0;
        var end = data.Length;
        var set = chars is null ? null : BytesArgs.Of(chars).ToArray();
        bool Strippable(byte b) => set is null ? IsSpace(b) : Array.IndexOf(set, b) >= 0;
        if (name != "rstrip")
        {
            while (start < end && Strippable(data[start]))
            {
                start++;
            }
        }

        if (name != "lstrip")
        {
            while (end > start && Strippable(data[end - 1]))
            {
                end--;
            }
        }

        return self.WithContents(data[start..end].ToArray());
    }

    private static PyList Split(PyBytesLike self, string name, object? sep, long maxsplit)
    {
        if (sep is not null)
        {
            var s = BytesArgs.Text(BytesArgs.Of(sep));
            var parts = name == "split" ? PyStr.Split(Text(self), s, maxsplit) : PyStr.RSplit(Text(self), s, maxsplit);
            return new PyList([.. parts.Select(p => (object?)Wrap(self, (string)p!))]);
        }

        // Runs of ASCII whitespace separate the fields (Objects/stringlib/split.h, STRINGLIB_ISSPACE).
        var data = self.Span.ToArray();
        var fields = new List<(int Start, int End)>();
        if (maxsplit < 0)
        {
            maxsplit = long.MaxValue;
        }

        if (name == "split")
        {
            var i = 0;
            while (true)
            {
                while (i < data.Length && IsSpace(data[i]))
                {
                    i++;
                }

                if (i >= data.Length)
                {
                    break;
                }

                if (maxsplit-- == 0)
                {
                    fields.Add((i, data.Length));
                    break;
                }

                var j = i;
                while (j < data.Length && !IsSpace(data[j]))
                {
                    j++;
                }

                fields.Add((i, j));
                i = j;
            }
        }
        else
        {
            var i = data.Length;
            while (true)
            {
                while (i > 0 && IsSpace(data[i - 1]))
                {
                    i--;
                }

                if (i == 0)
                {
                    break;
                }

                if (maxsplit-- == 0)
                {
                    fields.Add((0, i));
                    break;
                }

                var j = i;
                while (j > 0 && !IsSpace(data[j - 1]))
                {
                    j--;
                }

                fields.Add((j, i));
                i = j;
            }

            fields.Reverse();
        }

        return new PyList([.. fields.Select(f => (object?)self.WithContents(data[f.Start..f.End]))]);
    }

    // bytes.splitlines breaks only at \n, \r and \r\n (str.splitlines also at \v, \f, \x1c-\x1e, \x85...).
    private static PyList SplitLines(PyBytesLike self, bool keepEnds)
    {
        var data = self.Span.ToArray();
        var result = new PyList();
        var i = 0;
        while (i < data.Length)
        {
            var j = i;
            while (j < data.Length && data[j] is not ((byte)'\n' or (byte)'\r'))
            {
                j++;
            }

            var eol = j;
            if (j < data.Length)
            {
                j += data[j] == '\r' && j + 1 < data.Length && data[j + 1] == '\n' ? 2 : 1;
            }

            result.Append(self.WithContents(data[i..(keepEnds ? j : eol)]));
            i = j;
        }

        return result;
    }

    private static PyBytesLike Translate(PyBytesLike self, object? table, object? delete)
    {
        ReadOnlySpan<byte> map = table is null ? default : BytesArgs.Of(table);
        if (table is not null && map.Length != 256)
        {
            throw new PyValueError("translation table must be 256 characters long");
        }

        var remove = BytesArgs.Of(delete).ToArray();
        var output = new List<byte>(self.Count);
        foreach (var b in self.Span)
        {
            if (Array.IndexOf(remove, b) < 0)
            {
                output.Add(table is null ? b : map[b]);
            }
        }

        return self.WithContents([.. output]);
    }

    private static byte[] ChangeCase(ReadOnlySpan<byte> data, string name)
    {
        var result = data.ToArray();
        var previousCased = false;
        for (var i = 0; i < result.Length; i++)
        {
            var b = result[i];
            var upper = b is >= (byte)'A' and <= (byte)'Z';
            var lower = b is >= (byte)'a' and <= (byte)'z';
            var toUpper = name switch
            {
                "upper" => lower,
                "swapcase" => lower,
                "capitalize" => i == 0 && lower,
                "title" => !previousCased && lower,
                _ => false,
            };
            var toLower = name switch
            {
                "lower" => upper,
                "swapcase" => upper,
                "capitalize" => i > 0 && upper,
                "title" => previousCased && upper,
                _ => false,
            };
            if (toUpper)
            {
                result[i] = (byte)(b - 32);
            }
            else if (toLower)
            {
                result[i] = (byte)(b + 32);
            }

            previousCased = upper || lower;
        }

        return result;
    }

    private static bool Test(ReadOnlySpan<byte> data, string name)
    {
        if (name == "isascii")
        {
            foreach (var b in data)
            {
                if (b >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }

        if (data.IsEmpty)
        {
            return false;
        }

        switch (name)
        {
            case "islower" or "isupper":
                var cased = false;
                foreach (var b in data)
                {
                    if (name == "islower" ? IsUpper(b) : IsLower(b))
                    {
                        return false;
                    }

                    cased |= IsUpper(b) || IsLower(b);
                }

                return cased;
            case "istitle":
                var previousCased = false;
                var any = false;
                foreach (var b in data)
                {
                    if (IsUpper(b))
                    {
                        if (previousCased)
                        {
                            return false;
                        }

                        previousCased = any = true;
                    }
                    else if (IsLower(b))
                    {
                        if (!previousCased)
                        {
                            return false;
                        }

                        previousCased = any = true;
                    }
                    else
                    {
                        previousCased = false;
                    }
                }

                return any;
        }

        foreach (var b in data)
        {
            var ok = name switch
            {
                "isalnum" => IsUpper(b) || IsLower(b) || IsDigit(b),
                "isalpha" => IsUpper(b) || IsLower(b),
                "isdigit" => IsDigit(b),
                _ => IsSpace(b),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c';

    private static string Text(PyBytesLike self) => BytesArgs.Text(self.Span);

    private static PyBytesLike Wrap(PyBytesLike self, string text) => self.WithContents(BytesArgs.Bytes(text));

    private static object? Arg(object?[] args, int i, string name) =>
        i < args.Length ? args[i] : throw new PyTypeError($"{name}() takes at least {i + 1} argument{(i == 0 ? string.Empty : "s")} ({args.Length} given)");

    private static object? Opt(object?[] args, int i) => i < args.Length ? args[i] : null;

    private static string? OptText(object?[] args, int i, string method, string parameter) => i < args.Length && args[i] is not null
        ? args[i] as string ?? throw new PyTypeError($"{method}() argument '{parameter}' must be str, not {PyOps.TypeName(args[i])}")
        : null;

    // The sub argument of find/count/index: a bytes-like object or an int in range(0, 256).
    private static string Sub(object?[] args, string name)
    {
        var sub = Arg(args, 0, name);
        return PyOps.IsIntLike(sub) ? ((char)BytesArgs.Byte(sub)).ToString() : BytesArgs.Text(BytesArgs.Of(sub));
    }

    private static string Other(object?[] args, int i, string name) => BytesArgs.Text(BytesArgs.Of(Arg(args, i, name)));

    private static string Fill(object? fill, string name) => fill is PyBytesLike { Count: 1 } b
        ? BytesArgs.Text(b.Span)
        : throw new PyTypeError($"{name}() argument 2 must be a byte string of length 1, not {PyOps.TypeName(fill)}");

    private static PyAttributeError NoAttribute(object self, string name) =>
        new PyAttributeError($"'{PyOps.TypeName(self)}' object has no attribute '{name}'").For(self, name);
}
