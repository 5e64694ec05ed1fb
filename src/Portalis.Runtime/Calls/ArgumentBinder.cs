using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Binds a vectorcall (positional values, then keyword values named by kwnames) to a function's slot
/// array, with CPython 3.11's error messages (Python/ceval.c, <c>initialize_locals</c>,
/// <c>too_many_positional</c>, <c>missing_arguments</c>, <c>positional_only_passed_as_keyword</c>).
/// </summary>
internal static class ArgumentBinder
{
    private static readonly object s_unset = new();

    public static object?[] Bind(PyFunction function, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var code = function.Code;
        var kwcount = kwnames?.Length ?? 0;
        var argcount = args.Length - kwcount;
        var coArgcount = code.PositionalCount;
        var totalArgs = coArgcount + code.KwOnlyCount;
        var slots = new object?[code.SlotCount];
        if (kwcount == 0 && argcount == coArgcount && code.IsSimple)
        {
            args.CopyTo(slots);
            return slots;
        }

        slots.AsSpan(0, totalArgs).Fill(s_unset);
        PyDict? kwdict = null;
        if (code.HasVarKeywords)
        {
            kwdict = new PyDict();
            slots[totalArgs + (code.HasVarArgs ? 1 : 0)] = kwdict;
        }

        var n = Math.Min(argcount, coArgcount);
        args[..n].CopyTo(slots);
        if (code.HasVarArgs)
        {
            slots[totalArgs] = argcount > n ? new PyTuple(args[n..argcount]) : PyTuple.Empty;
        }

        var names = code.SlotNames;
        for (var i = 0; i < kwcount; i++)
        {
            var keyword = kwnames![i];
            var value = args[argcount + i];
            var j = code.PosOnlyCount;
            while (j < totalArgs && !string.Equals(names[j], keyword, StringComparison.Ordinal))
            {
                j++;
            }

            if (j == totalArgs)
            {
                if (kwdict is null)
                {
                    ThrowPositionalOnlyAsKeyword(function, kwnames);
                    throw new PyTypeError($"{function.QualName}() got an unexpected keyword argument '{keyword}'");
                }

                kwdict.SetItem(keyword, value);
                continue;
            }

            if (!ReferenceEquals(slots[j], s_unset))
            {
                throw new PyTypeError($"{function.QualName}() got multiple values for argument '{keyword}'");
            }

            slots[j] = value;
        }

        if (argcount > coArgcount && !code.HasVarArgs)
        {
            throw TooManyPositional(function, argcount, slots);
        }

        var defaults = function.Defaults;
        var defcount = defaults?.Count ?? 0;
        if (argcount < coArgcount)
        {
            var m = coArgcount - defcount;
            List<string>? missing = null;
            for (var i = argcount; i < m; i++)
            {
                if (ReferenceEquals(slots[i], s_unset))
                {
                    (missing ??= []).Add(names[i]);
                }
            }

            if (missing is not null)
            {
                throw MissingArguments(function, missing, "positional");
            }

            for (var i = Math.Max(n, m); i < coArgcount; i++)
            {
                if (ReferenceEquals(slots[i], s_unset))
                {
                    slots[i] = defaults![i - m];
                }
            }
        }

        if (code.KwOnlyCount > 0)
        {
            List<string>? missing = null;
            for (var i = coArgcount; i < totalArgs; i++)
            {
                if (!ReferenceEquals(slots[i], s_unset))
                {
                    continue;
                }

                if (function.KwDefaults is { } kwdefs && kwdefs.TryGetValue(names[i], out var def))
                {
                    slots[i] = def;
                }
                else
                {
                    (missing ??= []).Add(names[i]);
                }
            }

            if (missing is not null)
            {
                throw MissingArguments(function, missing, "keyword-only");
            }
        }

        return slots;
    }

    private static void ThrowPositionalOnlyAsKeyword(PyFunction function, string[] kwnames)
    {
        var code = function.Code;
        List<string>? posonly = null;
        foreach (var keyword in kwnames)
        {
            for (var k = 0; k < code.PosOnlyCount; k++)
            {
                if (string.Equals(code.SlotNames[k], keyword, StringComparison.Ordinal))
                {
                    (posonly ??= []).Add(keyword);
                    break;
                }
            }
        }

        if (posonly is not null)
        {
            throw new PyTypeError($"{function.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posonly)}'");
        }
    }

    private static PyTypeError TooManyPositional(PyFunction function, int given, object?[] slots)
    {
        var code = function.Code;
        var kwonlyGiven = 0;
        for (var i = code.PositionalCount; i < code.PositionalCount + code.KwOnlyCount; i++)
        {
            if (!ReferenceEquals(slots[i], s_unset))
            {
                kwonlyGiven++;
            }
        }

        var defcount = function.Defaults?.Count ?? 0;
        var argcount = code.PositionalCount;
        string sig;
        bool plural;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {argcount - defcount} to {argcount}";
        }
        else
        {
            plural = argcount != 1;
            sig = argcount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : string.Empty)} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : string.Empty)})"
            : string.Empty;
        var verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return new PyTypeError($"{function.QualName}() takes {sig} positional argument{(plural ? "s" : string.Empty)} but {given}{kwonlySig} {verb} given");
    }

    private static PyTypeError MissingArguments(PyFunction function, List<string> missing, string kind)
    {
        // Python/ceval.c, format_missing: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
        var text = new StringBuilder();
        for (var i = 0; i < missing.Count; i++)
        {
            if (i > 0)
            {
                text.Append(missing.Count == 2 ? " and " : i == missing.Count - 1 ? ", and " : ", ");
            }

            text.Append('\'').Append(missing[i]).Append('\'');
        }

        var plural = missing.Count == 1 ? string.Empty : "s";
        return new PyTypeError($"{function.QualName}() missing {missing.Count} required {kind} argument{plural}: {text}");
    }
}
