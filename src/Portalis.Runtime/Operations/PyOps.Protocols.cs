using System.Numerics;

namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary>Truthiness (<c>bool(x)</c>, <c>if x:</c>).</summary>
    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length != 0,
        BigInteger big => !big.IsZero,
        Complex c => c != Complex.Zero,
        PyObject o => o.Bool() ?? (o.Len() is { } n ? n != 0 : true),
        _ => true,
    };

    /// <summary><c>len(x)</c></summary>
    public static long Len(object? value) => value switch
    {
        string s => PyStr.Length(s),
        PyObject o when o.Len() is { } n => n,
        _ => throw new PyTypeError($"object of type '{TypeName(value)}' has no len()"),
    };

    /// <summary>
    /// <c>operator.index(x)</c> as a long: ints and bools; big ints raise IndexError/OverflowError as
    /// CPython does when a Py_ssize_t is needed.
    /// </summary>
    public static long ToIndex(object? value) => value switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger => throw new PyIndexError("cannot fit 'int' into an index-sized integer"),
        PyObject o when o.TryIndex(out var index) => ToIndex(index),
        _ => throw new PyTypeError($"'{TypeName(value)}' object cannot be interpreted as an integer"),
    };

    /// <summary><c>x[key]</c></summary>
    public static object? GetItem(object? container, object? key)
    {
        if (container is PyContainer { PyClass: not null } sub)
        {
            return SubclassGetItem(sub, key);
        }

        return BuiltinGetItem(container, key);
    }

    /// <summary><c>x[key]</c> by the builtin types' own rules (what <c>list.__getitem__</c> does for subclasses).</summary>
    internal static object? BuiltinGetItem(object? container, object? key)
    {
        switch (container)
        {
            case PyList list:
                return key is PySlice ls ? list.GetSlice(ls) : list.GetItem(SequenceIndex(key, "list"));
            case PyDict dict:
                return dict.GetItem(key);
            case string s:
                return key is PySlice ss ? PyStr.Slice(s, ss) : PyStr.GetItem(s, SequenceIndex(key, "string"));
            case PyTuple tuple:
                return key is PySlice ts ? tuple.GetSlice(ts) : tuple.GetItem(SequenceIndex(key, "tuple"));
            case PyRange range:
                return key switch
                {
                    PySlice rs => range.GetSlice(rs),
                    BigInteger big => range.GetItemValue(big),
                    _ => range.GetItemValue(SequenceIndex(key, "range")),
                };
            case PyBytesLike bytes:
                return key is PySlice bs ? bytes.GetSlice(bs) : bytes.GetItem(SequenceIndex(key, bytes is PyByteArray ? "bytearray" : "byte"));
            case PyType type:
                return ClassGetItem(type, key);
            case PyObject o when o.TryGetItem(key, out var value):
                return value;
            default:
                throw new PyTypeError($"'{TypeName(container)}' object is not subscriptable");
        }
    }

    /// <summary><c>x[key] = value</c></summary>
    public static void SetItem(object? container, object? key, object? value)
    {
        if (container is PyContainer { PyClass: not null } sub && BuiltinSubclass.TryUser(sub, "__setitem__", [key, value], out _))
        {
            return;
        }

        BuiltinSetItem(container, key, value);
    }

    /// <summary><c>x[key] = value</c> by the builtin types' own rules.</summary>
    internal static void BuiltinSetItem(object? container, object? key, object? value)
    {
        switch (container)
        {
            case PyList list:
                if (key is PySlice slice)
                {
                    list.SetSlice(slice, value);
                }
                else
                {
                    list.SetItem(SequenceIndex(key, "list"), value);
                }

                break;
            case PyDict dict:
                dict.SetItem(key, value);
                break;
            case PyObject o when o.TrySetItem(key, value):
                break;
            default:
                throw new PyTypeError($"'{TypeName(container)}' object does not support item assignment");
        }
    }

    /// <summary><c>del x[key]</c></summary>
    public static void DelItem(object? container, object? key)
    {
        if (container is PyContainer { PyClass: not null } sub && BuiltinSubclass.TryUser(sub, "__delitem__", [key], out _))
        {
            return;
        }

        BuiltinDelItem(container, key);
    }

    /// <summary><c>del x[key]</c> by the builtin types' own rules.</summary>
    internal static void BuiltinDelItem(object? container, object? key)
    {
        switch (container)
        {
            case PyList list:
                if (key is PySlice slice)
                {
                    list.DelSlice(slice);
                }
                else
                {
                    list.DelItem(SequenceIndex(key, "list"));
                }

                break;
            case PyDict dict:
                dict.DelItem(key);
                break;
            case PyObject o when o.TryDelItem(key):
                break;
            case null or bool or long or System.Numerics.BigInteger or double or System.Numerics.Complex:
                throw new PyTypeError($"'{TypeName(container)}' object does not support item deletion");
            default:
                // abstract.c PyObject_DelItem: an index key on a type with sequence slots but no
                // sq_ass_item fails in PySequence_DelItem, whose message says "doesn't".
                throw new PyTypeError(IsIntLike(key)
                    ? $"'{TypeName(container)}' object doesn't support item deletion"
                    : $"'{TypeName(container)}' object does not support item deletion");
        }
    }

    /// <summary><c>item in container</c></summary>
    public static bool Contains(object? container, object? item)
    {
        if (container is PyContainer { PyClass: not null } sub && BuiltinSubclass.TryUser(sub, "__contains__", [item], out var found))
        {
            return IsTrue(found);
        }

        return BuiltinContains(container, item);
    }

    /// <summary><c>item in x</c> by the builtin types' own rules.</summary>
    internal static bool BuiltinContains(object? container, object? item)
    {
        switch (container)
        {
            case string s:
                return item is string sub ? s.Contains(sub, StringComparison.Ordinal)
                    : throw new PyTypeError($"'in <string>' requires string as left operand, not {TypeName(item)}");
            case PyList list:
                return list.Contains(item);
            case PyDict dict:
                return dict.ContainsKey(item);
            case PySetBase set:
                return set.Contains(item);
            case PyTuple tuple:
                return tuple.Contains(item);
            case PyRange range:
                return range.Contains(item);
            case PyBytesLike bytes:
                return bytes.Contains(item);
            case PyDictView view:
                return view.Contains(item);
            case PyObject o when o.ContainsHook(item) is { } found:
                return found;
            default:
                foreach (var x in Iterate(container))
                {
                    if (EqualsIdentityFirst(x, item))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    /// <summary><c>for x in iterable</c>: the Python iteration of any iterable value.</summary>
    public static IEnumerable<object?> Iterate(object? iterable)
    {
        switch (iterable)
        {
            case PyContainer { PyClass: not null } sub:
                return Enumerate(sub.Iter()!);
            case string s:
                return PyStr.Iterate(s);
            case IEnumerable<object?> e:
                return e;
            case PyObject o when o.Iter() is { } it:
                return Enumerate(it);
            default:
                throw new PyTypeError($"'{TypeName(iterable)}' object is not iterable");
        }

        static IEnumerable<object?> Enumerate(IEnumerator<object?> it)
        {
            while (it.MoveNext())
            {
                yield return it.Current;
            }
        }
    }

    /// <summary>The items of an iterable as a fresh array (a list or tuple subclass is iterated: it may define <c>__iter__</c>).</summary>
    public static object?[] ToArray(object? iterable) => iterable switch
    {
        PyList { PyClass: null } list => list.ToArray(),
        PyTuple { PyClass: null } tuple => tuple.Items.ToArray(),
        _ => [.. Iterate(iterable)],
    };

    /// <summary><c>iter(x)</c>: a Python iterator object.</summary>
    public static PyIterator Iter(object? iterable) =>
        iterable as PyIterator ?? new PyIterator(Iterate(iterable).GetEnumerator(), PyIterator.IteratorTypeName(iterable));

    /// <summary><c>next(it)</c>; StopIteration at the end.</summary>
    public static object? Next(object? iterator)
    {
        if (iterator is PyGenerator generator)
        {
            return generator.Next();
        }

        if (iterator is PyObject { PyClass: not null } user)
        {
            return ClassDispatch.Next(user);
        }

        if (iterator is not PyIterator it)
        {
            throw new PyTypeError($"'{TypeName(iterator)}' object is not an iterator");
        }

        return it.TryNext(out var value) ? value : throw new PyStopIteration();
    }

    /// <summary><c>next(it, default)</c></summary>
    public static object? Next(object? iterator, object? defaultValue)
    {
        if (iterator is PyGenerator generator)
        {
            try
            {
                return generator.Next();
            }
            catch (PyStopIteration)
            {
                return defaultValue;
            }
        }

        if (iterator is PyObject { PyClass: not null } user)
        {
            try
            {
                return ClassDispatch.Next(user);
            }
            catch (PyStopIteration)
            {
                return defaultValue;
            }
        }

        if (iterator is not PyIterator it)
        {
            throw new PyTypeError($"'{TypeName(iterator)}' object is not an iterator");
        }

        return it.TryNext(out var value) ? value : defaultValue;
    }

    private static long SequenceIndex(object? key, string kind) => key switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger => throw new PyIndexError($"cannot fit 'int' into an index-sized integer"),
        PyObject o when o.TryIndex(out var index) => SequenceIndex(index, kind),
        _ => throw new PyTypeError(kind switch
        {
            "string" => $"string indices must be integers, not '{TypeName(key)}'",
            "byte" => $"byte indices must be integers or slices, not {TypeName(key)}",
            "range" => $"range indices must be integers or slices, not {TypeName(key)}",
            _ => $"{kind} indices must be integers or slices, not {TypeName(key)}",
        }),
    };
}

public static partial class PyOps
{
    /// <summary><c>d[key]</c> on a subclass instance: a user <c>__getitem__</c>, else the builtin lookup with <c>__missing__</c> for dicts.</summary>
    private static object? SubclassGetItem(PyContainer container, object? key)
    {
        if (BuiltinSubclass.TryUser(container, "__getitem__", [key], out var value))
        {
            return value;
        }

        return container is PyDict dict ? DictSubscript(dict, key) : BuiltinGetItem(container, key);
    }

    /// <summary>
    /// <c>dict.__getitem__(d, key)</c> (Objects/dictobject.c, dict_subscript): a missing key calls a subclass's
    /// <c>__missing__</c>, also when the method is reached as a bound <c>d.__getitem__</c>.
    /// </summary>
    internal static object? DictSubscript(PyDict dict, object? key)
    {
        if (dict.TryGetValue(key, out var value))
        {
            return value;
        }

        return dict.PyClass is not null && BuiltinSubclass.TryUser(dict, "__missing__", [key], out value) ? value : throw new PyKeyError(key);
    }
}
