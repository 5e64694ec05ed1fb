namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary><c>o.name(*args)</c> with positional arguments (see <see cref="CallMethodKw"/>).</summary>
    public static object? CallMethod(object? target, string name, params ReadOnlySpan<object?> args) => CallMethodKw(target, name, args, null);

    /// <summary>
    /// <c>o.name(args...)</c> in the vectorcall convention. For instances of Python classes the function found on
    /// the class is called with <paramref name="target"/> prepended, without allocating a bound method (unless
    /// the instance dictionary shadows it); builtin values dispatch to their methods directly, with the keyword
    /// arguments CPython accepts.
    /// </summary>
    public static object? CallMethodKw(object? target, string name, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        switch (target)
        {
            case PyInstance or PyObject { PyClass: not null } or PyBaseException:
            {
                var type = TypeOf(target);
                if (type.TryLookup(name, out var attr) && attr is PyFunction f
                    && !ClassDispatch.HasOwnAttr(target!, name)
                    && type.TryLookup("__getattribute__", out var ga) && ga is PyMethodDescriptor)
                {
                    return f.CallWithSelf(target, args, kwnames);
                }

                break;
            }

            case PySuper s:
                return s.CallMethod(name, args, kwnames);
            case string or PyList or PyDict or PySetBase or PyTuple or PyRange or PyBytesLike or PyMemoryView or PySlice or System.Numerics.Complex or long or double or System.Numerics.BigInteger or bool when !name.StartsWith("__", StringComparison.Ordinal):
                return CallBuiltinMethod(target, name, args, kwnames);
            default:
                break;
        }

        return CallKw(GetAttr(target, name), args, kwnames);
    }

    /// <summary>Calls <paramref name="function"/> (a class attribute) as a method of <paramref name="self"/>: binds descriptors and prepends self.</summary>
    internal static object? CallWithSelf(object? function, object? self, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        switch (function)
        {
            case PyFunction f:
                return f.CallWithSelf(self, args, kwnames);
            case PyMethodDescriptor d:
                return d.CallBound(self, args, kwnames);
            default:
                return CallKw(ClassDispatch.Bind(function, self, TypeOf(self)), args, kwnames);
        }
    }

    /// <summary>Calls the special method <paramref name="name"/> of <paramref name="self"/>'s type with one argument; NotImplemented when absent.</summary>
    internal static object? CallSpecial(object? self, string name, object? arg) =>
        TypeOf(self).TryLookup(name, out var f) ? CallWithSelf(f, self, [arg], null) : PyNotImplemented.Value;

    /// <summary>The methods of the builtin types by name, positional arguments then keyword arguments named by <paramref name="kwnames"/>.</summary>
    internal static object? CallBuiltinMethod(object? target, string name, ReadOnlySpan<object?> argSpan, string[]? kwnames)
    {
        target = PyValueInstance.Unwrap(target);
        object?[] args;
        PyDict? kwargs = null;
        if (kwnames is null)
        {
            args = argSpan.ToArray();
        }
        else if ((target, name) is (string, "format") or (PyDict, "update"))
        {
            args = argSpan[..(argSpan.Length - kwnames.Length)].ToArray();
            kwargs = BuiltinTypeSlots.KwDict(argSpan, kwnames);
        }
        else
        {
            args = KeywordsToPositions(target, name, argSpan, kwnames);
        }

        switch (target, name)
        {
            case (string s, "format"):
                return StrFormat.Format(s, args, kwargs);
            case (PyDict d, "update"):
                if (args.Length > 1)
                {
                    throw new PyTypeError($"update expected at most 1 argument, got {args.Length}");
                }

                if (args.Length > 0)
                {
                    d.Update(args[0]);
                }

                if (kwargs is not null)
                {
                    d.Update(kwargs);
                }

                return null;
            case (PyList l, "sort"):
                if (kwnames is null && args.Length > 0)
                {
                    throw new PyTypeError("sort() takes no positional arguments");
                }

                var key = args.Length > 0 ? args[0] : null;
                l.Sort(key is null ? null : k => Call(key, k), args.Length > 1 && IsTrue(args[1]));
                return null;
            default:
                break;
        }

        return target switch
        {
            long or System.Numerics.BigInteger or bool => IntMethod(target, name, args),
            double d => name switch
            {
                "is_integer" => PyFloat.IsInteger(d),
                "hex" => PyFloat.Hex(d),
                "as_integer_ratio" => PyFloat.AsIntegerRatio(d),
                "conjugate" => d,
                _ => throw NoAttribute(target, name),
            },
            string s => StrMethod(s, name, args),
            PyBytesLike b => BytesMethods.Call(b, name, args),
            PyMemoryView m => m.CallMethod(name, args),
            System.Numerics.Complex c when name == "conjugate" => System.Numerics.Complex.Conjugate(c),
            PySlice s when name == "indices" => s.IndicesTuple(One(args, "slice.indices")),
            PyList l => ListMethod(l, name, args),
            PyDict d => DictMethod(d, name, args),
            PySet set => SetMethod(set, name, args) is var r && r is not PyNotImplemented ? r : FrozenSetMethod(set, name, args),
            PyFrozenSet fs => FrozenSetMethod(fs, name, args),
            PyTuple t => name switch
            {
                "index" => t.Index(Arg(args, 0, "index"), OptLong(args, 1, 0), OptLong(args, 2, long.MaxValue)),
                "count" => t.CountOf(One(args, "tuple.count")),
                _ => throw NoAttribute(target, name),
            },
            PyRange r => name switch
            {
                "index" => r.Index(One(args, "range.index")),
                "count" => r.CountOf(One(args, "range.count")),
                _ => throw NoAttribute(target, name),
            },
            _ => throw NoAttribute(target, name),
        };
    }

    /// <summary>Keyword parameters of the builtin methods that accept them (name and default, in position order).</summary>
    private static (string Name, object? Default)[]? KeywordParameters(object? target, string name) => (target, name) switch
    {
        (string, "split" or "rsplit") => [("sep", null), ("maxsplit", -1L)],
        (string, "splitlines") => [("keepends", false)],
        (string, "encode") => [("encoding", "utf-8"), ("errors", "strict")],
        (string, "expandtabs") => [("tabsize", 8L)],
        (PyBytesLike, _) => BytesMethods.KeywordParameters(name),
        (PyList, "sort") => [("key", null), ("reverse", false)],
        (long or System.Numerics.BigInteger or bool, "to_bytes") => [("length", 1L), ("byteorder", "big"), ("signed", false)],
        _ => null,
    };

    private static object?[] KeywordsToPositions(object? target, string name, ReadOnlySpan<object?> argSpan, string[] kwnames)
    {
        var parameters = KeywordParameters(target, name)
            ?? throw new PyTypeError($"{TypeName(target)}.{name}() takes no keyword arguments");
        var npos = argSpan.Length - kwnames.Length;
        if (target is PyList && npos > 0)
        {
            throw new PyTypeError("sort() takes no positional arguments");
        }

        var args = new object?[parameters.Length];
        var set = new bool[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            args[i] = parameters[i].Default;
        }

        for (var i = 0; i < npos; i++)
        {
            if (i >= args.Length)
            {
                throw new PyTypeError($"{name}() takes at most {parameters.Length} arguments ({npos} given)");
            }

            args[i] = argSpan[i];
            set[i] = true;
        }

        for (var k = 0; k < kwnames.Length; k++)
        {
            var index = Array.FindIndex(parameters, p => p.Name == kwnames[k]);
            if (index < 0)
            {
                throw new PyTypeError($"'{kwnames[k]}' is an invalid keyword argument for {name}()");
            }

            if (set[index])
            {
                throw new PyTypeError($"argument for {name}() given by name ('{kwnames[k]}') and position ({index + 1})");
            }

            args[index] = argSpan[npos + k];
            set[index] = true;
        }

        return args;
    }

    private static PyAttributeError NoAttribute(object? target, string name) =>
        new PyAttributeError($"'{TypeName(target)}' object has no attribute '{name}'").For(target, name);

    private static object? Arg(object?[] args, int i) =>
        i < args.Length ? args[i] : throw new PyTypeError($"expected at least {i + 1} argument{(i == 0 ? string.Empty : "s")}, got {args.Length}");

    // A clinic-parsed method's positional check (Python/getargs.c, _PyArg_CheckPositional): "get expected at least 1 argument, got 0".
    private static object? Arg(object?[] args, int i, string name) =>
        i < args.Length ? args[i] : throw new PyTypeError($"{name} expected at least {i + 1} argument{(i == 0 ? string.Empty : "s")}, got {args.Length}");

    // A METH_O method's single argument (Objects/call.c, cfunction_vectorcall_O): "list.append() takes exactly one argument (0 given)".
    private static object? One(object?[] args, string qualifiedName) =>
        args.Length == 1 ? args[0] : throw new PyTypeError($"{qualifiedName}() takes exactly one argument ({args.Length} given)");

    // _PyArg_CheckPositional's upper bound: "get expected at most 2 arguments, got 3".
    private static object?[] AtMost(object?[] args, int max, string name) =>
        args.Length <= max ? args : throw new PyTypeError($"{name} expected at most {max} arguments, got {args.Length}");

    private static string SetName(PySetBase s, string method) => (s is PyFrozenSet ? "frozenset." : "set.") + method;

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
        "join" => PyStr.Join(s, One(args, "str.join")),
        "strip" => PyStr.Strip(s, OptStr(args, 0, "strip")),
        "lstrip" => PyStr.LStrip(s, OptStr(args, 0, "lstrip")),
        "rstrip" => PyStr.RStrip(s, OptStr(args, 0, "rstrip")),
        "replace" => PyStr.Replace(s, StrArg(args, 0, "replace"), StrArg(args, 1, "replace"), OptLong(args, 2, -1)),
        "find" => PyStr.Find(s, StrArg(args, 0, "find"), Opt(args, 1), Opt(args, 2)),
        "rfind" => PyStr.RFind(s, StrArg(args, 0, "rfind"), Opt(args, 1), Opt(args, 2)),
        "index" => PyStr.Index(s, StrArg(args, 0, "index"), Opt(args, 1), Opt(args, 2)),
        "rindex" => PyStr.RIndex(s, StrArg(args, 0, "rindex"), Opt(args, 1), Opt(args, 2)),
        "count" => PyStr.Count(s, StrArg(args, 0, "count"), Opt(args, 1), Opt(args, 2)),
        "startswith" => PyStr.StartsWith(s, args.Length > 0 ? args[0] : throw new PyTypeError("startswith() takes at least 1 argument (0 given)"), Opt(args, 1), Opt(args, 2)),
        "endswith" => PyStr.EndsWith(s, args.Length > 0 ? args[0] : throw new PyTypeError("endswith() takes at least 1 argument (0 given)"), Opt(args, 1), Opt(args, 2)),
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
        "center" => PyStr.Center(s, ToIndex(Arg(AtMost(args, 2, "center"), 0, "center")), OptStr(args, 1, "center") ?? " "),
        "ljust" => PyStr.LJust(s, ToIndex(Arg(AtMost(args, 2, "ljust"), 0, "ljust")), OptStr(args, 1, "ljust") ?? " "),
        "rjust" => PyStr.RJust(s, ToIndex(Arg(AtMost(args, 2, "rjust"), 0, "rjust")), OptStr(args, 1, "rjust") ?? " "),
        "zfill" => PyStr.ZFill(s, ToIndex(One(args, "str.zfill"))),
        "partition" => PyStr.Partition(s, StrArg(args, 0, "partition")),
        "rpartition" => PyStr.RPartition(s, StrArg(args, 0, "rpartition")),
        "splitlines" => PyStr.SplitLines(s, args.Length > 0 && IsTrue(args[0])),
        "expandtabs" => PyStr.ExpandTabs(s, OptLong(args, 0, 8)),
        "encode" => PyStr.Encode(s, OptStr(args, 0, "encode") ?? "utf-8", OptStr(args, 1, "encode") ?? "strict"),
        "format" => StrFormat.Format(s, args, null),
        "format_map" => StrFormat.FormatMap(s, One(args, "str.format_map")),
        "removeprefix" => PyStr.RemovePrefix(s, StrArg(args, 0, "removeprefix")),
        "removesuffix" => PyStr.RemoveSuffix(s, StrArg(args, 0, "removesuffix")),
        "translate" => PyStr.Translate(s, One(args, "str.translate")),
        "maketrans" => PyStr.MakeTrans(Arg(args, 0, "maketrans"), OptStr(args, 1, "maketrans"), OptStr(args, 2, "maketrans")),
        _ => throw NoAttribute(s, name),
    };

    private static object? ListMethod(PyList l, string name, object?[] args)
    {
        switch (name)
        {
            case "append":
                l.Append(One(args, "list.append"));
                return null;
            case "extend":
                l.Extend(One(args, "list.extend"));
                return null;
            case "insert":
                l.Insert(ToIndex(args.Length == 2 ? args[0] : throw new PyTypeError($"insert expected 2 arguments, got {args.Length}")), args[1]);
                return null;
            case "pop":
                return l.Pop(OptLong(args, 0, -1));
            case "remove":
                l.Remove(One(args, "list.remove"));
                return null;
            case "index":
                return l.Index(Arg(args, 0, "index"), OptLong(args, 1, 0), OptLong(args, 2, long.MaxValue));
            case "count":
                return l.CountOf(One(args, "list.count"));
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
                return d.Get(Arg(AtMost(args, 2, "get"), 0, "get"), Opt(args, 1));
            case "setdefault":
                return d.SetDefault(Arg(AtMost(args, 2, "setdefault"), 0, "setdefault"), Opt(args, 1));
            case "pop":
                return AtMost(args, 2, "pop").Length > 1 ? d.Pop(args[0], args[1]) : d.Pop(Arg(args, 0, "pop"));
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
                return PyDict.FromKeys(Arg(AtMost(args, 2, "fromkeys"), 0, "fromkeys"), Opt(args, 1));
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
                s.Add(One(args, "set.add"));
                return null;
            case "discard":
                s.Discard(One(args, "set.discard"));
                return null;
            case "remove":
                s.Remove(One(args, "set.remove"));
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
                s.SymmetricDifferenceUpdate(One(args, "set.symmetric_difference_update"));
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
        "symmetric_difference" => s.SymmetricDifference(One(args, SetName(s, "symmetric_difference"))),
        "issubset" => s.IsSubset(One(args, SetName(s, "issubset"))),
        "issuperset" => s.IsSuperset(One(args, SetName(s, "issuperset"))),
        "isdisjoint" => s.IsDisjoint(One(args, SetName(s, "isdisjoint"))),
        "copy" => s.Copy(),
        _ => throw NoAttribute(s, name),
    };

    private static object? IntMethod(object target, string name, object?[] args)
    {
        var big = target switch
        {
            long l => new System.Numerics.BigInteger(l),
            bool b => b ? System.Numerics.BigInteger.One : System.Numerics.BigInteger.Zero,
            _ => (System.Numerics.BigInteger)target,
        };
        switch (name)
        {
            case "bit_length":
                return (long)System.Numerics.BigInteger.Abs(big).GetBitLength();
            case "bit_count":
                var abs = System.Numerics.BigInteger.Abs(big);
                long count = 0;
                foreach (var b in abs.ToByteArray(isUnsigned: true))
                {
                    count += System.Numerics.BitOperations.PopCount(b);
                }

                return count;
            case "conjugate":
                return PyInt.Normalize(big);
            case "as_integer_ratio":
                return new PyTuple(PyInt.Normalize(big), 1L);
            case "to_bytes":
                // Objects/longobject.c, int_to_bytes_impl.
                var length = ToIndex(Opt(args, 0) ?? 1L);
                if (length < 0)
                {
                    throw new PyValueError("length argument must be non-negative");
                }

                var order = (args.Length > 1 ? args[1] : "big") as string;
                if (order is not ("big" or "little"))
                {
                    throw new PyValueError("byteorder must be either 'little' or 'big'");
                }

                var signed = IsTrue(Opt(args, 2));
                if (!signed && big.Sign < 0)
                {
                    throw new PyOverflowError("can't convert negative int to unsigned");
                }

                var raw = big.IsZero ? [] : big.ToByteArray(isUnsigned: !signed, isBigEndian: false);
                if (raw.Length > length)
                {
                    throw new PyOverflowError("int too big to convert");
                }

                var result = new byte[length];
                raw.CopyTo(result, 0);
                if (big.Sign < 0)
                {
                    result.AsSpan(raw.Length).Fill(0xff);
                }

                if (order == "big")
                {
                    Array.Reverse(result);
                }

                return new PyBytes(result);
            default:
                throw NoAttribute(target, name);
        }
    }
}
