namespace Portalis.Runtime;

// Iteration builtins. Python callables are passed as .NET delegates until the runtime has a callable type.
public static partial class PyBuiltins
{
    /// <summary><c>len(x)</c></summary>
    public static long Len(object? x) => PyOps.Len(x);

    /// <summary><c>range(stop)</c></summary>
    public static PyRange Range(object? stop) => PyRange.Create(stop);

    /// <summary><c>range(start, stop[, step])</c></summary>
    public static PyRange Range(object? start, object? stop, object? step = null) =>
        step is null ? PyRange.Create(start, stop, null, 2) : PyRange.Create(start, stop, step, 3);

    /// <summary><c>enumerate(iterable, start=0)</c></summary>
    public static PyIterator Enumerate(object? iterable, long start = 0)
    {
        // enumerate() and zip() call iter() on their arguments when created, so `zip(1)` fails at once.
        var items = PyOps.Iterate(iterable);
        return new PyIterator(Core().GetEnumerator(), "enumerate");

        IEnumerable<object?> Core()
        {
            var i = start;
            foreach (var item in items)
            {
                yield return new PyTuple(i++, item);
            }
        }
    }

    /// <summary><c>zip(*iterables, strict=False)</c> with 3.10's strict-mode errors.</summary>
    public static PyIterator Zip(object?[] iterables, bool strict = false)
    {
        var sources = Array.ConvertAll(iterables, PyOps.Iterate);
        return new PyIterator(Core().GetEnumerator(), "zip");

        IEnumerable<object?> Core()
        {
            if (sources.Length == 0)
            {
                yield break;
            }

            var its = Array.ConvertAll(sources, s => s.GetEnumerator());
            while (true)
            {
                var items = new object?[its.Length];
                for (var k = 0; k < its.Length; k++)
                {
                    if (!its[k].MoveNext())
                    {
                        if (strict)
                        {
                            if (k > 0)
                            {
                                throw new PyValueError($"zip() argument {k + 1} is shorter than argument{(k > 1 ? "s 1-" + k : " 1")}");
                            }

                            for (var m = 1; m < its.Length; m++)
                            {
                                if (its[m].MoveNext())
                                {
                                    throw new PyValueError($"zip() argument {m + 1} is longer than argument{(m > 1 ? "s 1-" + m : " 1")}");
                                }
                            }
                        }

                        yield break;
                    }

                    items[k] = its[k].Current;
                }

                yield return PyTuple.Own(items);
            }
        }
    }

    /// <summary><c>map(function, iterable)</c></summary>
    public static PyIterator Map(Func<object?, object?> function, object? iterable) =>
        new(PyOps.Iterate(iterable).Select(function).GetEnumerator(), "map");

    /// <summary><c>filter(function, iterable)</c>; a null function keeps the true items.</summary>
    public static PyIterator Filter(Func<object?, object?>? function, object? iterable) =>
        new(PyOps.Iterate(iterable).Where(x => PyOps.IsTrue(function is null ? x : function(x))).GetEnumerator(), "filter");

    /// <summary><c>sorted(iterable, key=None, reverse=False)</c></summary>
    public static PyList Sorted(object? iterable, Func<object?, object?>? key = null, bool reverse = false)
    {
        var list = PyList.FromIterable(iterable);
        list.Sort(key, reverse);
        return list;
    }

    /// <summary><c>reversed(seq)</c></summary>
    public static PyIterator Reversed(object? sequence)
    {
        IEnumerable<object?> items = sequence switch
        {
            PyRange r => r.Reversed(),
            PyList l => ReverseList(l),
            PyTuple t => t.Reverse(),
            string s => PyStr.Iterate(s).Reverse(),
            PyDict d => PyOps.ToArray(d).Reverse(),
            PyDictView v => PyOps.ToArray(v).Reverse(),
            PyBytesLike b => b.Reverse(),
            _ => throw new PyTypeError($"'{PyOps.TypeName(sequence)}' object is not reversible"),
        };
        // Objects/listobject.c and dictobject.c have their own reverse iterator types; ranges reverse into a range_iterator.
        return new PyIterator(items.GetEnumerator(), sequence switch
        {
            PyList => "list_reverseiterator",
            PyRange => "range_iterator",
            PyDict or PyDictKeys => "dict_reversekeyiterator",
            PyDictValues => "dict_reversevalueiterator",
            PyDictItems => "dict_reverseitemiterator",
            _ => "reversed",
        });

        static IEnumerable<object?> ReverseList(PyList list)
        {
            // listreverseiterator: by index from the end, tolerating shrinking.
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (list.TryGet(i, out var item))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary><c>iter(x)</c></summary>
    public static PyIterator Iter(object? x) => PyOps.Iter(x);

    /// <summary><c>next(iterator)</c></summary>
    public static object? Next(object? iterator) => PyOps.Next(iterator);

    /// <summary><c>next(iterator, default)</c></summary>
    public static object? Next(object? iterator, object? defaultValue) => PyOps.Next(iterator, defaultValue);

    /// <summary><c>any(iterable)</c></summary>
    public static bool Any(object? iterable) => PyOps.Iterate(iterable).Any(PyOps.IsTrue);

    /// <summary><c>all(iterable)</c></summary>
    public static bool All(object? iterable) => PyOps.Iterate(iterable).All(PyOps.IsTrue);

    /// <summary><c>sum(iterable, start=0)</c>: left-to-right <c>+</c> (3.11 adds floats without compensation).</summary>
    public static object? Sum(object? iterable, object? start = null)
    {
        start ??= 0L;
        switch (start)
        {
            case string:
                throw new PyTypeError("sum() can't sum strings [use ''.join(seq) instead]");
            case PyBytes:
                throw new PyTypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }

        var result = start;
        foreach (var item in PyOps.Iterate(iterable))
        {
            result = PyOps.Add(result, item);
        }

        return result;
    }

    /// <summary><c>max(iterable, *, key=None, default=...)</c>; pass <paramref name="hasDefault"/> when a default was given.</summary>
    public static object? Max(object? iterable, Func<object?, object?>? key = null, object? defaultValue = null, bool hasDefault = false) =>
        MinMax(PyOps.Iterate(iterable), key, defaultValue, hasDefault, "max", CompareOperator.Gt);

    /// <summary><c>min(iterable, *, key=None, default=...)</c></summary>
    public static object? Min(object? iterable, Func<object?, object?>? key = null, object? defaultValue = null, bool hasDefault = false) =>
        MinMax(PyOps.Iterate(iterable), key, defaultValue, hasDefault, "min", CompareOperator.Lt);

    /// <summary><c>max(a, b, *args, key=None)</c></summary>
    public static object? MaxOf(object?[] args, Func<object?, object?>? key = null) => args.Length switch
    {
        0 => throw new PyTypeError("max expected at least 1 argument, got 0"),
        1 => Max(args[0], key),
        _ => MinMax(args, key, null, false, "max", CompareOperator.Gt),
    };

    /// <summary><c>min(a, b, *args, key=None)</c></summary>
    public static object? MinOf(object?[] args, Func<object?, object?>? key = null) => args.Length switch
    {
        0 => throw new PyTypeError("min expected at least 1 argument, got 0"),
        1 => Min(args[0], key),
        _ => MinMax(args, key, null, false, "min", CompareOperator.Lt),
    };

    // Python/bltinmodule.c, min_max: the first of equal extremes wins.
    private static object? MinMax(IEnumerable<object?> items, Func<object?, object?>? key, object? defaultValue, bool hasDefault, string name, CompareOperator op)
    {
        var found = false;
        object? best = null;
        object? bestKey = null;
        foreach (var item in items)
        {
            var k = key is null ? item : key(item);
            if (!found)
            {
                found = true;
                best = item;
                bestKey = k;
            }
            else if (PyOps.IsTrue(PyOps.Compare(op, k, bestKey)))
            {
                best = item;
                bestKey = k;
            }
        }

        if (found)
        {
            return best;
        }

        return hasDefault ? defaultValue : throw new PyValueError($"{name}() arg is an empty sequence");
    }

    /// <summary><c>abs(x)</c></summary>
    public static object? Abs(object? x) => PyOps.Abs(x);

    /// <summary><c>divmod(a, b)</c></summary>
    public static PyTuple DivMod(object? a, object? b) => PyOps.DivMod(a, b);

    /// <summary><c>pow(base, exp, mod=None)</c></summary>
    public static object? Pow(object? x, object? y, object? mod = null) => PyOps.Pow(x, y, mod);

    /// <summary><c>hash(x)</c></summary>
    public static long Hash(object? x) => PyOps.Hash(x);

    /// <summary><c>id(x)</c></summary>
    public static long Id(object? x) => PyOps.Id(x);
}
