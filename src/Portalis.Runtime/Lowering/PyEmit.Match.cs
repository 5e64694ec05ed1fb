namespace Portalis.Runtime;

public static partial class PyEmit
{
    /// <summary>Evaluates its argument for its side effect (a capture in a pattern) and returns true.</summary>
    public static bool Always(object? value) => true;

    /// <summary>Raises <paramref name="exception"/>; usable where an expression is expected.</summary>
    public static object? Raise(Exception exception) => throw exception;

    /// <summary>
    /// A sequence pattern (PEP 634): null unless <paramref name="subject"/> is a sequence (not str, bytes or a
    /// mapping) of the right length; otherwise its items, with the items of the star slot (index
    /// <paramref name="star"/>, -1 for none) gathered into a list in that slot.
    /// </summary>
    public static object?[]? MatchSequence(object? subject, int patterns, int star)
    {
        if (subject is not (PyList or PyTuple or PyRange) && !(subject is PyObject o && o.PythonTypeName == "deque"))
        {
            return null;
        }

        var items = PyOps.ToArray(subject);
        if (star < 0)
        {
            return items.Length == patterns ? items : null;
        }

        if (items.Length < patterns - 1)
        {
            return null;
        }

        var result = new object?[patterns];
        var after = patterns - star - 1;
        for (var i = 0; i < star; i++)
        {
            result[i] = items[i];
        }

        var middle = new PyList();
        for (var i = star; i < items.Length - after; i++)
        {
            middle.Append(items[i]);
        }

        result[star] = middle;
        for (var i = 0; i < after; i++)
        {
            result[star + 1 + i] = items[items.Length - after + i];
        }

        return result;
    }

    /// <summary>A mapping pattern: null unless <paramref name="subject"/> is a mapping holding every key; else the values in key order.</summary>
    public static object?[]? MatchMapping(object? subject, PyTuple keys)
    {
        if (subject is not PyDict dict)
        {
            return null;
        }

        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (!dict.TryGetValue(keys[i], out values[i]))
            {
                return null;
            }
        }

        return values;
    }

    /// <summary>The <c>**rest</c> of a mapping pattern: a new dict without the matched keys.</summary>
    public static PyDict MappingRest(object? subject, PyTuple keys)
    {
        var rest = new PyDict();
        rest.Update(subject);
        foreach (var key in keys)
        {
            rest.DelItem(key);
        }

        return rest;
    }

    private static readonly HashSet<string> s_selfMatchingTypes = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

    /// <summary>
    /// A class pattern (PEP 634, Python/ceval.c <c>match_class</c>): null unless <paramref name="subject"/> is an
    /// instance of <paramref name="cls"/> with every attribute; else the attribute values for the positional
    /// sub-patterns (through <c>__match_args__</c>) and then for <paramref name="keywords"/>.
    /// </summary>
    public static object?[]? MatchClass(object? subject, object? cls, int positional, string[]? keywords)
    {
        if (cls is not PyType type)
        {
            throw new PyTypeError("called match pattern must be a class");
        }

        if (!PyBuiltins.IsInstance(subject, cls))
        {
            return null;
        }

        var names = new List<string>();
        var values = new List<object?>();
        if (positional > 0)
        {
            if (s_selfMatchingTypes.Contains(type.Name) && !PyOps.HasAttr(cls, "__match_args__"))
            {
                if (positional > 1)
                {
                    throw new PyTypeError($"{type.Name}() accepts 1 positional sub-pattern ({positional} given)");
                }

                values.Add(subject);
            }
            else
            {
                var matchArgs = PyOps.HasAttr(cls, "__match_args__") ? PyOps.GetAttr(cls, "__match_args__") : PyTuple.Empty;
                if (matchArgs is not PyTuple tuple)
                {
                    throw new PyTypeError($"{type.Name}.__match_args__ must be a tuple (got {PyOps.TypeName(matchArgs)})");
                }

                if (positional > tuple.Count)
                {
                    var plural = tuple.Count == 1 ? string.Empty : "s";
                    throw new PyTypeError($"{type.Name}() accepts {tuple.Count} positional sub-pattern{plural} ({positional} given)");
                }

                for (var i = 0; i < positional; i++)
                {
                    names.Add((string)tuple[i]!);
                }
            }
        }

        if (keywords is not null)
        {
            foreach (var keyword in keywords)
            {
                if (names.Contains(keyword))
                {
                    throw new PyTypeError($"{type.Name}() got multiple sub-patterns for attribute '{keyword}'");
                }

                names.Add(keyword);
            }
        }

        foreach (var name in names)
        {
            if (!PyOps.HasAttr(subject, name))
            {
                return null;
            }

            values.Add(PyOps.GetAttr(subject, name));
        }

        return [.. values];
    }
}

public static partial class PyEmit
{
    /// <summary>A simple annotation in a class body: recorded in the namespace's <c>__annotations__</c> dict.</summary>
    public static void Annotate(PyDict ns, string name, object? annotation)
    {
        if (!ns.TryGetValue("__annotations__", out var annotations) || annotations is not PyDict dict)
        {
            dict = new PyDict();
            ns.SetItem("__annotations__", dict);
        }

        dict.SetItem(name, annotation);
    }
}

public static partial class PyEmit
{
    /// <summary>A bare <c>raise</c>: rethrows the exception being handled (never returns normally).</summary>
    public static Exception Reraise()
    {
        PyOps.Reraise();
        return new InvalidOperationException("unreachable: PyOps.Reraise returned");
    }
}

public static partial class PyEmit
{
    /// <summary>
    /// <c>from module import *</c>: binds the names in the module's <c>__all__</c>, or else every public name
    /// (not starting with an underscore), in <paramref name="into"/> (Python/ceval.c, <c>import_all_from</c>).
    /// </summary>
    public static void ImportStar(PyModule from, PyModule into)
    {
        if (from.TryGetAttribute("__all__", out var all))
        {
            foreach (var name in PyOps.Iterate(all))
            {
                if (name is not string s)
                {
                    throw new PyTypeError($"Item in {from.Name}.__all__ must be str, not {PyOps.TypeName(name)}");
                }

                into.Set(s, from.TryGetAttribute(s, out var value) ? value : throw new PyAttributeError($"module '{from.Name}' has no attribute '{s}'"));
            }

            return;
        }

        foreach (var name in from.BoundNames())
        {
            if (!name.StartsWith('_') && from.TryGetAttribute(name, out var value))
            {
                into.Set(name, value);
            }
        }
    }

    /// <summary>A module-level <c>name: annotation</c>: records it in the module's <c>__annotations__</c> (created when missing).</summary>
    public static void AnnotateModule(PyModule module, string name, object? annotation)
    {
        ArgumentNullException.ThrowIfNull(module);
        var cell = module.Global("__annotations__");
        if (cell.Value is not PyDict dict)
        {
            dict = new PyDict();
            cell.Value = dict;
        }

        dict.SetItem(name, annotation);
    }
}
