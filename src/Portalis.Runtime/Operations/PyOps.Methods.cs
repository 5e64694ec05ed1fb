namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// <c>target.name(*args)</c> for the methods of the builtin types, with positional arguments (the
    /// dynamic path; statically typed code calls the C# methods directly). Keyword arguments such as
    /// <c>sort(key=..., reverse=...)</c> go through the typed C# API.
    /// </summary>
    public static object? CallMethod(object? target, string name, params object?[] args)
    {
        return target switch
        {
            string s => StrMethod(s, name, args),
            PyList l => ListMethod(l, name, args),
            PyDict d => DictMethod(d, name, args),
            PySet set => SetMethod(set, name, args) is var r && r is not PyNotImplemented ? r : FrozenSetMethod(set, name, args),
            PyFrozenSet fs => FrozenSetMethod(fs, name, args),
            PyTuple t => name switch
            {
                "index" => t.Index(Arg(args, 0), OptLong(args, 1, 0), OptLong(args, 2, long.MaxValue)),
                "count" => t.CountOf(Arg(args, 0)),
                _ => throw NoAttribute(target, name),
            },
            PyRange r => name switch
            {
                "index" => r.Index(Arg(args, 0)),
                "count" => r.CountOf(Arg(args, 0)),
                _ => throw NoAttribute(target, name),
            },
            PyBytes b => name switch
            {
                "decode" => b.Decode(args.Length > 0 ? (string)args[0]! : "utf-8"),
                _ => throw NoAttribute(target, name),
            },
            _ => throw NoAttribute(target, name),
        };
    }

    private static PyAttributeError NoAttribute(object? target, string name) =>
        new($"'{TypeName(target)}' object has no attribute '{name}'");

    private static object? Arg(object?[] args, int i) =>
        i < args.Length ? args[i] : throw new PyTypeError($"expected at least {i + 1} argument{(i == 0 ? string.Empty : "s")}, got {args.Length}");

    private static object? Opt(object?[] args, int i) => i < args.Length ? args[i] : null;

    private static long OptLong(object?[] args, int i, long defaultValue) =>
        i < args.Length && args[i] is not null ? ToIndex(args[i]) : defaultValue;

    private static string StrArg(object?[] args, int i, string method)
    {
        var value = Arg(args, i);
        return value as string ?? throw new PyTypeError($"{method}() argument {i + 1} must be str, not {TypeName(value)}");
    }

    private static string? OptStr(object?[] args, int i, string method) =>
        i < args.Length && args[i] is not null ? StrArg(args, i, method) : null;

    private static object? StrMethod(string s, string name, object?[] args) => name switch
    {
        "split" => PyStr.Split(s, OptStr(args, 0, "split"), OptLong(args, 1, -1)),
        "rsplit" => PyStr.RSplit(s, OptStr(args, 0, "rsplit"), OptLong(args, 1, -1)),
        "join" => PyStr.Join(s, Arg(args, 0)),
        "strip" => PyStr.Strip(s, OptStr(args, 0, "strip")),
        "lstrip" => PyStr.LStrip(s, OptStr(args, 0, "lstrip")),
        "rstrip" => PyStr.RStrip(s, OptStr(args, 0, "rstrip")),
        "replace" => PyStr.Replace(s, StrArg(args, 0, "replace"), StrArg(args, 1, "replace"), OptLong(args, 2, -1)),
        "find" => PyStr.Find(s, StrArg(args, 0, "find"), Opt(args, 1), Opt(args, 2)),
        "rfind" => PyStr.RFind(s, StrArg(args, 0, "rfind"), Opt(args, 1), Opt(args, 2)),
        "index" => PyStr.Index(s, StrArg(args, 0, "index"), Opt(args, 1), Opt(args, 2)),
        "rindex" => PyStr.RIndex(s, StrArg(args, 0, "rindex"), Opt(args, 1), Opt(args, 2)),
        "count" => PyStr.Count(s, StrArg(args, 0, "count"), Opt(args, 1), Opt(args, 2)),
        "startswith" => PyStr.StartsWith(s, Arg(args, 0), Opt(args, 1), Opt(args, 2)),
        "endswith" => PyStr.EndsWith(s, Arg(args, 0), Opt(args, 1), Opt(args, 2)),
        "upper" => PyStr.Upper(s),
        "lower" => PyStr.Lower(s),
        "casefold" => PyStr.CaseFold(s),
        "swapcase" => PyStr.SwapCase(s),
        "capitalize" => PyStr.Capitalize(s),
        "title" => PyStr.Title(s),
        "isupper" => PyStr.IsUpper(s),
        "islower" => PyStr.IsLower(s),
        "istitle" => PyStr.IsTitle(s),
        "isspace" => PyStr.IsSpaceString(s),
        "isalpha" => PyStr.IsAlpha(s),
        "isdecimal" => PyStr.IsDecimal(s),
        "isdigit" => PyStr.IsDigit(s),
        "isnumeric" => PyStr.IsNumeric(s),
        "isalnum" => PyStr.IsAlnum(s),
        "isascii" => PyStr.IsAscii(s),
        "isidentifier" => PyStr.IsIdentifier(s),
        "isprintable" => PyStr.IsPrintableString(s),
        "center" => PyStr.Center(s, ToIndex(Arg(args, 0)), OptStr(args, 1, "center") ?? " "),
        "ljust" => PyStr.LJust(s, ToIndex(Arg(args, 0)), OptStr(args, 1, "ljust") ?? " "),
        "rjust" => PyStr.RJust(s, ToIndex(Arg(args, 0)), OptStr(args, 1, "rjust") ?? " "),
        "zfill" => PyStr.ZFill(s, ToIndex(Arg(args, 0))),
        "partition" => PyStr.Partition(s, StrArg(args, 0, "partition")),
        "rpartition" => PyStr.RPartition(s, StrArg(args, 0, "rpartition")),
        "splitlines" => PyStr.SplitLines(s, args.Length > 0 && IsTrue(args[0])),
        "expandtabs" => PyStr.ExpandTabs(s, OptLong(args, 0, 8)),
        "encode" => PyStr.Encode(s, OptStr(args, 0, "encode") ?? "utf-8"),
        "format" => StrFormat.Format(s, args, null),
        "format_map" => StrFormat.FormatMap(s, Arg(args, 0)),
        "removeprefix" => PyStr.RemovePrefix(s, StrArg(args, 0, "removeprefix")),
        "removesuffix" => PyStr.RemoveSuffix(s, StrArg(args, 0, "removesuffix")),
        "translate" => PyStr.Translate(s, Arg(args, 0)),
        "maketrans" => PyStr.MakeTrans(Arg(args, 0), OptStr(args, 1, "maketrans"), OptStr(args, 2, "maketrans")),
        _ => throw NoAttribute(s, name),
    };

    private static object? ListMethod(PyList l, string name, object?[] args)
    {
        switch (name)
        {
            case "append":
                l.Append(Arg(args, 0));
                return null;
            case "extend":
                l.Extend(Arg(args, 0));
                return null;
            case "insert":
                l.Insert(ToIndex(Arg(args, 0)), Arg(args, 1));
                return null;
            case "pop":
                return l.Pop(OptLong(args, 0, -1));
            case "remove":
                l.Remove(Arg(args, 0));
                return null;
            case "index":
                return l.Index(Arg(args, 0), OptLong(args, 1, 0), OptLong(args, 2, long.MaxValue));
            case "count":
                return l.CountOf(Arg(args, 0));
            case "sort":
                l.Sort();
                return null;
            case "reverse":
                l.Reverse();
                return null;
            case "copy":
                return l.Copy();
            case "clear":
                l.Clear();
                return null;
            default:
                throw NoAttribute(l, name);
        }
    }

    private static object? DictMethod(PyDict d, string name, object?[] args)
    {
        switch (name)
        {
            case "get":
                return d.Get(Arg(args, 0), Opt(args, 1));
            case "setdefault":
                return d.SetDefault(Arg(args, 0), Opt(args, 1));
            case "pop":
                return args.Length > 1 ? d.Pop(args[0], args[1]) : d.Pop(Arg(args, 0));
            case "popitem":
                return d.PopItem();
            case "keys":
                return d.Keys();
            case "values":
                return d.Values();
            case "items":
                return d.Items();
            case "update":
                if (args.Length > 0)
                {
                    d.Update(args[0]);
                }

                return null;
            case "fromkeys":
                return PyDict.FromKeys(Arg(args, 0), Opt(args, 1));
            case "copy":
                return d.Copy();
            case "clear":
                d.Clear();
                return null;
            default:
                throw NoAttribute(d, name);
        }
    }

    private static object? SetMethod(PySet s, string name, object?[] args)
    {
        switch (name)
        {
            case "add":
                s.Add(Arg(args, 0));
                return null;
            case "discard":
                s.Discard(Arg(args, 0));
                return null;
            case "remove":
                s.Remove(Arg(args, 0));
                return null;
            case "pop":
                return s.Pop();
            case "clear":
                s.Clear();
                return null;
            case "update":
                s.Update(args);
                return null;
            case "intersection_update":
                s.IntersectionUpdate(args);
                return null;
            case "difference_update":
                s.DifferenceUpdate(args);
                return null;
            case "symmetric_difference_update":
                s.SymmetricDifferenceUpdate(Arg(args, 0));
                return null;
            default:
                return PyNotImplemented.Value;
        }
    }

    private static object? FrozenSetMethod(PySetBase s, string name, object?[] args) => name switch
    {
        "union" => s.Union(args),
        "intersection" => s.Intersection(args),
        "difference" => s.Difference(args),
        "symmetric_difference" => s.SymmetricDifference(Arg(args, 0)),
        "issubset" => s.IsSubset(Arg(args, 0)),
        "issuperset" => s.IsSuperset(Arg(args, 0)),
        "isdisjoint" => s.IsDisjoint(Arg(args, 0)),
        "copy" => s.Copy(),
        _ => throw NoAttribute(s, name),
    };
}
