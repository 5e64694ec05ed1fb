namespace Portalis.Runtime;

/// <summary>
/// The <c>itertools</c> module (Modules/itertoolsmodule.c, 3.11): every function returns a lazy iterator
/// that produces the same items in the same order as CPython's, pulling from its inputs only as far as
/// CPython does.
/// </summary>
[PyNativeModule("itertools")]
public static partial class ItertoolsModule
{
    /// <summary><c>count(start=0, step=1)</c></summary>
    [PyExport("count")]
    public static PyIterator Count(object? start = null, object? step = null)
    {
        var first = start ?? 0L;
        var delta = step ?? 1L;
        if (!IsNumber(first) || !IsNumber(delta))
        {
            throw new PyTypeError("a number is required");
        }

        // The next value, which count's repr shows: count(3) after two next() calls is count(5).
        var next = first;
        return Lazy(Core(), "count", () => delta is 1L or true ? $"count({PyOps.Repr(next)})" : $"count({PyOps.Repr(next)}, {PyOps.Repr(delta)})");

        IEnumerable<object?> Core()
        {
            while (true)
            {
                var value = next;
                next = PyOps.Add(value, delta);
                yield return value;
            }
        }
    }

    /// <summary><c>cycle(iterable)</c></summary>
    [PyExport("cycle")]
    public static PyIterator Cycle([PyPositionalOnly] object? iterable)
    {
        var source = PyOps.Iterate(iterable);
        return Lazy(Core(), "cycle");

        IEnumerable<object?> Core()
        {
            var saved = new List<object?>();
            foreach (var item in source)
            {
                saved.Add(item);
                yield return item;
            }

            if (saved.Count == 0)
            {
                yield break;
            }

            while (true)
            {
                foreach (var item in saved)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary><c>repeat(object[, times])</c></summary>
    [PyExport("repeat")]
    public static PyIterator Repeat(object? @object, long? times = null)
    {
        // repeat's repr shows the repetitions left (none shown when unbounded; a negative count is 0).
        var left = times is { } n ? Math.Max(n, 0) : -1;
        return Lazy(Core(), "repeat", () => left < 0 ? $"repeat({PyOps.Repr(@object)})" : $"repeat({PyOps.Repr(@object)}, {left})");

        IEnumerable<object?> Core()
        {
            while (left != 0)
            {
                if (left > 0)
                {
                    left--;
                }

                yield return @object;
            }
        }
    }

    /// <summary><c>accumulate(iterable[, func, *, initial=None])</c></summary>
    [PyExport("accumulate")]
    public static PyIterator Accumulate(object? iterable, object? func = null, [PyKeywordOnly] object? initial = null)
    {
        var source = PyOps.Iterate(iterable);
        return Lazy(Core(), "accumulate");

        IEnumerable<object?> Core()
        {
            var hasTotal = initial is not null;
            var total = initial;
            if (hasTotal)
            {
                yield return total;
            }

            foreach (var item in source)
            {
                total = hasTotal ? (func is null ? PyOps.Add(total, item) : PyOps.Call(func, total, item)) : item;
                hasTotal = true;
                yield return total;
            }
        }
    }

    /// <summary><c>chain(*iterables)</c></summary>
    [PyExport("chain")]
    public static PyIterator Chain(params object?[] iterables) => FromIterable(new PyList(iterables));

    /// <summary><c>chain.from_iterable(iterable)</c></summary>
    public static PyIterator FromIterable(object? iterable)
    {
        var sources = PyOps.Iterate(iterable);
        return Lazy(sources.SelectMany(PyOps.Iterate), "chain");
    }

    /// <summary><c>compress(data, selectors)</c></summary>
    [PyExport("compress")]
    public static PyIterator Compress(object? data, object? selectors)
    {
        var d = PyOps.Iterate(data);
        var s = PyOps.Iterate(selectors);
        return Lazy(d.Zip(s).Where(p => PyOps.IsTrue(p.Second)).Select(p => p.First), "compress");
    }

    /// <summary><c>dropwhile(predicate, iterable)</c></summary>
    [PyExport("dropwhile")]
    public static PyIterator DropWhile(object? predicate, [PyPositionalOnly] object? iterable)
    {
        var source = PyOps.Iterate(iterable);
        return Lazy(Core(), "dropwhile");

        IEnumerable<object?> Core()
        {
            var dropping = true;
            foreach (var item in source)
            {
                if (dropping && PyOps.IsTrue(PyOps.Call(predicate, item)))
                {
                    continue;
                }

                dropping = false;
                yield return item;
            }
        }
    }

    /// <summary><c>takewhile(predicate, iterable)</c></summary>
    [PyExport("takewhile")]
    public static PyIterator TakeWhile(object? predicate, [PyPositionalOnly] object? iterable)
    {
        var source = PyOps.Iterate(iterable);
        return Lazy(Core(), "takewhile");

        IEnumerable<object?> Core()
        {
            foreach (var item in source)
            {
                if (!PyOps.IsTrue(PyOps.Call(predicate, item)))
                {
                    yield break;
                }

                yield return item;
            }
        }
    }

    /// <summary><c>filterfalse(function or None, iterable)</c></summary>
    [PyExport("filterfalse")]
    public static PyIterator FilterFalse(object? function, [PyPositionalOnly] object? iterable)
    {
        var source = PyOps.Iterate(iterable);
        return Lazy(source.Where(x => !PyOps.IsTrue(function is null ? x : PyOps.Call(function, x))), "filterfalse");
    }

    /// <summary><c>starmap(function, iterable)</c></summary>
    [PyExport("starmap")]
    public static PyIterator StarMap(object? function, [PyPositionalOnly] object? iterable)
    {
        var source = PyOps.Iterate(iterable);
        return Lazy(source.Select(args => PyOps.Call(function, PyOps.ToArray(args))), "starmap");
    }

    /// <summary><c>islice(iterable, stop)</c> / <c>islice(iterable, start, stop[, step])</c></summary>
    [PyExport("islice")]
    public static PyIterator ISlice(object? iterable, [PyPositionalOnly] params object?[] args)
    {
        object? start = null;
        object? stop;
        object? step = null;
        switch (args.Length)
        {
            case 1:
                stop = args[0];
                break;
            case 2 or 3:
                start = args[0];
                stop = args[1];
                step = args.Length == 3 ? args[2] : null;
                break;
            default:
                throw new PyTypeError($"islice expected at most 4 arguments, got {args.Length + 1}");
        }

        var startValue = SliceArg(start, 0, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        var stopValue = stop is null ? (long?)null : SliceArg(stop, 0, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        var stepValue = SliceArg(step, 1, "Step for islice() must be a positive integer or None.");
        if (stepValue < 1)
        {
            throw new PyValueError("Step for islice() must be a positive integer or None.");
        }

        var source = PyOps.Iterate(iterable);
        return Lazy(Core(), "islice");

        IEnumerable<object?> Core()
        {
            // islice_next: consume up to the next index, stop at stop, and clamp next to stop.
            var next = startValue;
            var count = 0L;
            var stopAt = stopValue ?? -1;
            using var e = source.GetEnumerator();
            while (true)
            {
                while (count < next)
                {
                    if (!e.MoveNext())
                    {
                        yield break;
                    }

                    count++;
                }

                if (stopAt != -1 && count >= stopAt)
                {
                    yield break;
                }

                if (!e.MoveNext())
                {
                    yield break;
                }

                count++;
                var old = next;
                next += stepValue;
                if (next < old || (stopAt != -1 && next > stopAt))
                {
                    next = stopAt;
                }

                yield return e.Current;
            }
        }
    }

    /// <summary><c>pairwise(iterable)</c></summary>
    [PyExport("pairwise")]
    public static PyIterator Pairwise([PyPositionalOnly] object? iterable)
    {
        var source = PyOps.Iterate(iterable);
        return Lazy(Core(), "pairwise");

        IEnumerable<object?> Core()
        {
            var first = true;
            object? previous = null;
            foreach (var item in source)
            {
                if (!first)
                {
                    yield return new PyTuple(previous, item);
                }

                first = false;
                previous = item;
            }
        }
    }

    /// <summary><c>zip_longest(*iterables, fillvalue=None)</c></summary>
    [PyExport("zip_longest")]
    public static PyIterator ZipLongest([PyVarArgs] object?[] iterables, object? fillvalue = null)
    {
        var sources = iterables.Select(i => PyOps.Iterate(i).GetEnumerator()).ToArray();
        return Lazy(Core(), "zip_longest");

        IEnumerable<object?> Core()
        {
            if (sources.Length == 0)
            {
                yield break;
            }

            var active = new bool[sources.Length];
            Array.Fill(active, true);
            var remaining = sources.Length;
            while (true)
            {
                var items = new object?[sources.Length];
                for (var i = 0; i < sources.Length; i++)
                {
                    if (active[i] && sources[i].MoveNext())
                    {
                        items[i] = sources[i].Current;
                        continue;
                    }

                    if (active[i])
                    {
                        active[i] = false;
                        if (--remaining == 0)
                        {
                            yield break;
                        }
                    }

                    items[i] = fillvalue;
                }

                yield return new PyTuple(items);
            }
        }
    }

    /// <summary><c>groupby(iterable, key=None)</c>: (key, group) pairs; advancing invalidates the previous group.</summary>
    [PyExport("groupby")]
    public static PyIterator GroupBy(object? iterable, object? key = null) => new GroupByState(iterable, key).Groups();

    /// <summary><c>tee(iterable, n=2)</c>: independent iterators over one shared buffer.</summary>
    [PyExport("tee")]
    public static PyTuple Tee(object? iterable, [PyPositionalOnly] long n = 2)
    {
        if (n < 0)
        {
            throw new PyValueError("n must be >= 0");
        }

        var shared = new TeeSource(PyOps.Iterate(iterable).GetEnumerator());
        var result = new object?[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = Lazy(shared.Read(), "_tee");
        }

        return new PyTuple(result);
    }

    /// <summary>An iterator of itertools' type <paramref name="name"/> (<c>itertools.name</c>, as CPython's type names it).</summary>
    internal static PyIterator Lazy(IEnumerable<object?> items, string name, Func<string>? repr = null) =>
        new(items.GetEnumerator(), "itertools." + name, repr);

    private static bool IsNumber(object? x) => x is long or System.Numerics.BigInteger or bool or double or System.Numerics.Complex;

    private static long SliceArg(object? value, long defaultValue, string message)
    {
        if (value is null)
        {
            return defaultValue;
        }

        if (!PyOps.IsIntLike(value))
        {
            throw new PyValueError(message);
        }

        var v = PyInt.ToBig(value);
        return v.Sign < 0 || v > long.MaxValue ? throw new PyValueError(message) : (long)v;
    }

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        var chain = (PyBuiltinFunction)module.Global("chain").Value!;
        module.Set("chain", new PyNativeClass("chain", "itertools", (args, kwnames) => chain.Call(args, kwnames))
            .With("from_iterable", new PyBuiltinFunction("from_iterable", static (args, _) => args.Length == 1
                ? FromIterable(args[0])
                : throw new PyTypeError($"itertools.chain.from_iterable() takes exactly one argument ({args.Length} given)"))));
    }

    private sealed class TeeSource(IEnumerator<object?> source)
    {
        private readonly Lock _lock = new();
        private readonly List<object?> _buffer = [];
        private bool _done;

        public IEnumerable<object?> Read()
        {
            for (var i = 0; ; i++)
            {
                object? item;
                lock (_lock)
                {
                    if (i >= _buffer.Count)
                    {
                        if (_done || !source.MoveNext())
                        {
                            _done = true;
                            yield break;
                        }

                        _buffer.Add(source.Current);
                    }

                    item = _buffer[i];
                }

                yield return item;
            }
        }
    }

    // Modules/itertoolsmodule.c, groupby_next / _grouper_next: one shared cursor (tgtkey, currkey, currvalue).
    private sealed class GroupByState(object? iterable, object? key)
    {
        private readonly IEnumerator<object?> _it = PyOps.Iterate(iterable).GetEnumerator();
        private bool _hasCurrent;
        private object? _currKey;
        private object? _currValue;
        private object? _tgtKey;
        private object? _currGroup;
        private bool _hasTarget;

        public PyIterator Groups() => Lazy(GroupsCore(), "groupby");

        private bool Step()
        {
            if (!_it.MoveNext())
            {
                return false;
            }

            _currValue = _it.Current;
            _currKey = key is null ? _currValue : PyOps.Call(key, _currValue);
            _hasCurrent = true;
            return true;
        }

        private IEnumerable<object?> GroupsCore()
        {
            while (true)
            {
                _currGroup = null;
                while (true)
                {
                    if (_hasCurrent)
                    {
                        if (!_hasTarget || !PyOps.Eq(_tgtKey, _currKey))
                        {
                            break;
                        }
                    }

                    if (!Step())
                    {
                        yield break;
                    }
                }

                _tgtKey = _currKey;
                _hasTarget = true;
                var marker = new object();
                _currGroup = marker;
                yield return new PyTuple(_currKey, Lazy(Group(marker), "_grouper"));
            }
        }

        private IEnumerable<object?> Group(object marker)
        {
            while (ReferenceEquals(_currGroup, marker))
            {
                if (!_hasCurrent)
                {
                    if (!Step())
                    {
                        yield break;
                    }
                }

                if (!PyOps.Eq(_tgtKey, _currKey))
                {
                    yield break;
                }

                var value = _currValue;
                _hasCurrent = false;
                _currValue = null;
                yield return value;
            }
        }
    }
}
