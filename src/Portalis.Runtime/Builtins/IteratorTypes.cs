using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// The builtin iterator types <c>map</c>, <c>filter</c>, <c>zip</c>, <c>enumerate</c> and <c>reversed</c>. They are
/// types in CPython, not functions, so programs test them (<c>isinstance(x, map)</c>), print them and subclass
/// them. Their <c>__new__</c> does all the work, with CPython's argument checks and messages (Python/bltinmodule.c,
/// Objects/enumobject.c); <c>__init__</c> is <c>object.__init__</c>, so a subclass's own <c>__init__</c> need not
/// call it. The iterators themselves stay <see cref="PyIterator"/>s named after their type.
/// </summary>
internal static class IteratorTypes
{
    /// <summary>Fills the types' namespaces; called once while the builtin types are set up.</summary>
    public static void Populate()
    {
        Define(PyType.MapType, Map);
        Define(PyType.FilterType, Filter);
        Define(PyType.ZipType, Zip);
        Define(PyType.EnumerateType, Enumerate);
        Define(PyType.ReversedType, Reversed);
    }

    private static void Define(PyType type, Func<PyType, ReadOnlySpan<object?>, string[]?, object?> construct)
    {
        type.Dict.SetItem("__new__", new PyMethodDescriptor(type, "__new__", (a, k) =>
        {
            if (a.Length - (k?.Length ?? 0) < 1)
            {
                throw new PyTypeError($"{type.Name}.__new__(): not enough arguments");
            }

            var cls = a[0] as PyType ?? throw new PyTypeError($"{type.Name}.__new__(X): X is not a type object ({PyOps.TypeName(a[0])})");
            if (!cls.IsSubclassOf(type))
            {
                throw new PyTypeError($"{type.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {type.Name}");
            }

            // reversed() returns what __reversed__ returns as it is; only its own iterators belong to a subclass.
            var made = construct(cls, a[1..], k);
            return cls.IsHeapType && made is PyIterator iterator && iterator.PythonTypeName == type.Name ? new PyIteratorInstance(cls, iterator) : made;
        }, isSlotWrapper: false));
        type.Dict.SetItem("__iter__", new PyMethodDescriptor(type, "__iter__", (a, k) => a[0], isSlotWrapper: true));
        type.Dict.SetItem("__next__", new PyMethodDescriptor(type, "__next__", (a, k) => Inner(a[0]).TryNext(out var item) ? item : throw new PyStopIteration(), isSlotWrapper: true));
    }

    private static PyIterator Inner(object? self) => self switch
    {
        PyIterator it => it,
        PyIteratorInstance sub => sub.Inner,
        _ => throw new PyTypeError($"'{PyOps.TypeName(self)}' object is not an iterator"),
    };

    private static int Positional(ReadOnlySpan<object?> args, string[]? kwnames) => args.Length - (kwnames?.Length ?? 0);

    // _PyArg_NoKeywords: map checks only for map itself, filter and reversed also for subclasses keeping their __init__.
    private static void NoKeywords(string name, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 })
        {
            throw new PyTypeError($"{name}() takes no keyword arguments");
        }
    }

    private static bool KeepsInit(PyType cls) => ReferenceEquals(cls.Lookup("__init__"), PyType.ObjectType.Dict.Get("__init__"));

    /// <summary>bltinmodule.c, <c>map_new</c>.</summary>
    private static object? Map(PyType cls, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (ReferenceEquals(cls, PyType.MapType))
        {
            NoKeywords("map", kwnames);
        }

        var count = Positional(args, kwnames);
        if (count < 2)
        {
            throw new PyTypeError("map() must have at least two arguments.");
        }

        var function = args[0];
        if (count == 2)
        {
            var source = PyOps.Iterate(args[1]);
            return new PyIterator(source.Select(x => PyOps.Call(function, x)).GetEnumerator(), "map");
        }

        var sources = new IEnumerable<object?>[count - 1];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = PyOps.Iterate(args[i + 1]);
        }

        return new PyIterator(Many(function, sources).GetEnumerator(), "map");

        static IEnumerable<object?> Many(object? function, IEnumerable<object?>[] sources)
        {
            var its = Array.ConvertAll(sources, s => s.GetEnumerator());
            while (true)
            {
                var values = new object?[its.Length];
                for (var i = 0; i < its.Length; i++)
                {
                    if (!its[i].MoveNext())
                    {
                        yield break;
                    }

                    values[i] = its[i].Current;
                }

                yield return PyOps.Call(function, values);
            }
        }
    }

    /// <summary>bltinmodule.c, <c>filter_new</c>: None keeps the true items.</summary>
    private static object? Filter(PyType cls, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (ReferenceEquals(cls, PyType.FilterType) || KeepsInit(cls))
        {
            NoKeywords("filter", kwnames);
        }

        var count = Positional(args, kwnames);
        if (count != 2)
        {
            throw new PyTypeError($"filter expected 2 arguments, got {count}");
        }

        return PyBuiltins.Filter(NativeCalls.KeyFunc(args[0]), args[1]);
    }

    /// <summary>bltinmodule.c, <c>zip_new</c>: the only keyword is <c>strict</c> (PEP 618).</summary>
    private static object? Zip(PyType cls, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var count = Positional(args, kwnames);
        var strict = false;
        if (kwnames is { Length: > 0 })
        {
            if (kwnames.Length > 1)
            {
                throw new PyTypeError($"zip() takes at most 1 keyword argument ({kwnames.Length} given)");
            }

            if (kwnames[0] != "strict")
            {
                throw new PyTypeError($"'{kwnames[0]}' is an invalid keyword argument for zip()");
            }

            strict = PyOps.IsTrue(args[count]);
        }

        return PyBuiltins.Zip(args[..count].ToArray(), strict);
    }

    /// <summary>enumobject.c, <c>enumerate_new_impl</c>: <c>enumerate(iterable, start=0)</c>, start through <c>__index__</c>.</summary>
    private static object? Enumerate(PyType cls, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        var count = Positional(args, kwnames);
        if (count > 2)
        {
            throw new PyTypeError($"enumerate() takes at most 2 arguments ({args.Length} given)");
        }

        var values = new object?[2];
        var given = new bool[2];
        for (var i = 0; i < count; i++)
        {
            values[i] = args[i];
            given[i] = true;
        }

        for (var i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            var slot = kwnames![i] switch
            {
                "iterable" => 0,
                "start" => 1,
                var other => throw new PyTypeError($"'{other}' is an invalid keyword argument for enumerate()"),
            };
            if (given[slot])
            {
                throw new PyTypeError($"argument for enumerate() given by name ('{kwnames[i]}') and position ({slot + 1})");
            }

            values[slot] = args[count + i];
            given[slot] = true;
        }

        if (!given[0])
        {
            throw new PyTypeError("enumerate() missing required argument 'iterable'");
        }

        var start = given[1] ? PyInt.Index(values[1]) : 0L;
        if (start is long first)
        {
            return PyBuiltins.Enumerate(values[0], first);
        }

        var items = PyOps.Iterate(values[0]);
        return new PyIterator(Big(items, start).GetEnumerator(), "enumerate");

        static IEnumerable<object?> Big(IEnumerable<object?> items, object? i)
        {
            foreach (var item in items)
            {
                yield return new PyTuple(i, item);
                i = PyOps.Add(i, 1L);
            }
        }
    }

    /// <summary>
    /// enumobject.c, <c>reversed_new_impl</c>: the object's <c>__reversed__</c> (None means not reversible), else
    /// the sequence protocol from <c>len(seq) - 1</c> down to 0, ending early at IndexError or StopIteration.
    /// </summary>
    private static object? Reversed(PyType cls, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (ReferenceEquals(cls, PyType.ReversedType) || KeepsInit(cls))
        {
            NoKeywords("reversed", kwnames);
        }

        var count = Positional(args, kwnames);
        if (count != 1)
        {
            throw new PyTypeError($"reversed expected 1 argument, got {count}");
        }

        var sequence = args[0];
        if (sequence is PyObject { PyClass: { } type } && !(sequence is PyContainer && !BuiltinSubclass.DefinedInPythonClass(type, "__reversed__")))
        {
            return UserReversed(type, sequence);
        }

        if (sequence is PyObject o and not PyContainer && o.TryGetAttribute("__reversed__", out var reverse))
        {
            return PyOps.Call(reverse);
        }

        return PyBuiltins.Reversed(sequence);
    }

    private static object? UserReversed(PyType type, object sequence)
    {
        if (type.TryLookup("__reversed__", out var reverse))
        {
            return reverse is null
                ? throw new PyTypeError($"'{type.Name}' object is not reversible")
                : PyOps.CallWithSelf(reverse, sequence, [], null);
        }

        // PySequence_Check: a __getitem__, and not a dict.
        if (!type.TryLookup("__getitem__", out _) || type.IsSubclassOf(PyType.DictType))
        {
            throw new PyTypeError($"'{type.Name}' object is not reversible");
        }

        var length = PyOps.Len(sequence);
        return new PyIterator(Backwards(sequence, length).GetEnumerator(), "reversed");

        static IEnumerable<object?> Backwards(object sequence, long length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                object? item;
                try
                {
                    item = PyOps.GetItem(sequence, i);
                }
                catch (PyIndexError)
                {
                    yield break;
                }
                catch (PyStopIteration)
                {
                    yield break;
                }

                yield return item;
            }
        }
    }
}
