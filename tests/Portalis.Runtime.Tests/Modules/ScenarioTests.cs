using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

/// <summary>heapq, bisect, itertools and deque scenarios; the expected reprs come from the same scenarios run by python3.11.</summary>
public sealed class ScenarioTests
{
    private static readonly Dictionary<string, string> s_expected = ModuleCases.Load("scenarios")
        .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("expect").GetString()!);

    private static object? F(string module, string name) => Py.Attr(module, name);

    private static object? C(string module, string name, params object?[] args) => Py.Call(module, name, args);

    private static PyBuiltinFunction Fn(Func<object?, object?> f) => new("f", (a, _) => f(a[0]));

    private static PyList Data()
    {
        var r = new PyRandom(5L);
        var data = new PyList();
        for (var i = 0; i < 200; i++)
        {
            data.Append(PyInt.Normalize(r.RandRange(50L)));
        }

        return data;
    }

    private static PyList L(object? iterable) => PyList.FromIterable(iterable);

    private static void Check(string name, object? actual) => Assert.Equal(s_expected[name], PyOps.Repr(actual));

    [Fact]
    public void Heapq_HeapifyPushPopReplace_MatchCPythonLayouts()
    {
        var data = Data();
        var h = data.Copy();
        C("heapq", "heapify", h);
        Check("heapify", h);
        var h2 = new PyList();
        foreach (var x in data)
        {
            C("heapq", "heappush", h2, new PyTuple(PyOps.Mod(x, 7L), x));
        }

        Check("heappush_tuples", h2);
        var popped = new PyList();
        var n = h2.Count;
        for (var i = 0; i < n; i++)
        {
            popped.Append(C("heapq", "heappop", h2));
        }

        Check("heappop_all", popped);
        var h3 = data.GetSlice(new PySlice(null, 50L, null));
        C("heapq", "heapify", h3);
        var replaced = new PyList();
        foreach (var x in data.GetSlice(new PySlice(50L, 100L, null)))
        {
            replaced.Append(C("heapq", "heapreplace", h3, x));
        }

        replaced.Extend(h3);
        Check("heapreplace", replaced);
        var pushed = new PyList();
        foreach (var x in data.GetSlice(new PySlice(100L, 150L, null)))
        {
            pushed.Append(C("heapq", "heappushpop", h3, x));
        }

        pushed.Extend(h3);
        Check("heappushpop", pushed);
    }

    [Fact]
    public void Heapq_NSmallestNLargestMerge_TieOrderAsCPython()
    {
        var data = Data();
        var mod5 = Fn(v => PyOps.Mod(v, 5L));
        foreach (var name in new[] { "nsmallest", "nlargest" })
        {
            var result = new PyList();
            foreach (var k in new[] { 0L, 1L, 5L, 30L, 300L })
            {
                result.Append(C("heapq", name, k, data));
            }

            result.Append(PyOps.CallKw(F("heapq", name), [10L, data, mod5], ["key"]));
            result.Append(PyOps.CallKw(F("heapq", name), [10L, PyOps.Iter(data), mod5], ["key"]));
            Check(name, result);
        }

        var len = PyBuiltins.Module.Global("len").Get();
        Check("merge", new PyList(
            L(C("heapq", "merge", new PyList(1L, 3L, 5L, 7L), new PyList(0L, 2L, 4L, 8L), new PyList(5L, 10L, 15L, 20L), new PyList(), new PyList(25L))),
            L(PyOps.CallKw(F("heapq", "merge"), [new PyList("dog", "horse"), new PyList("cat", "fish", "kangaroo"), len], ["key"])),
            L(PyOps.CallKw(F("heapq", "merge"), [new PyList(7L, 5L, 1L), new PyList(8L, 2L), true], ["reverse"]))));
    }

    [Fact]
    public void Bisect_AndInsort_MatchCPython()
    {
        var sorted = PyBuiltins.Sorted(Data());
        var result = new PyList();
        for (var x = -1L; x < 52; x++)
        {
            result.Append(C("bisect", "bisect_left", sorted, x));
        }

        for (var x = -1L; x < 52; x++)
        {
            result.Append(C("bisect", "bisect_right", sorted, x));
        }

        for (var x = 0L; x < 50; x += 7)
        {
            result.Append(C("bisect", "bisect_left", sorted, x, 10L, 100L));
        }

        Check("bisect", result);
        var data = Data();
        var ins = new PyList();
        var keyed = new PyList();
        var first = Fn(t => ((PyTuple)t!)[0]);
        foreach (var x in data.GetSlice(new PySlice(40L)))
        {
            C("bisect", "insort", ins, x);
            PyOps.CallKw(F("bisect", "insort_left"), [keyed, new PyTuple(PyOps.Mod(x, 3L), x), first], ["key"]);
        }

        Check("insort", new PyList(ins, keyed, PyOps.CallKw(F("bisect", "bisect_right"), [keyed, 1L, first], ["key"])));
    }

    [Fact]
    public void Itertools_AllFunctions_MatchCPython()
    {
        PyList Take(object? it, long n) => L(C("itertools", "islice", it, n));
        var lt3 = Fn(x => PyOps.Lt(x, 3L));
        var max = PyBuiltins.Module.Global("max").Get();
        var pow = PyBuiltins.Module.Global("pow").Get();
        PyList Groups(object? g)
        {
            var result = new PyList();
            foreach (var pair in PyOps.Iterate(g))
            {
                var t = (PyTuple)pair!;
                result.Append(new PyTuple(t[0], L(t[1])));
            }

            return result;
        }

        var chain = F("itertools", "chain");
        var fromIterable = ((PyObject)chain!).TryGetAttribute("from_iterable", out var fi) ? fi : null;
        var items = new PyList(
            Take(C("itertools", "count", 5L, 3L), 4), Take(C("itertools", "count", 0.5, 0.25), 3), Take(C("itertools", "cycle", "ab"), 5), L(C("itertools", "repeat", "x", 3L)),
            L(C("itertools", "accumulate", new PyList(1L, 2L, 3L, 4L))), L(PyOps.CallKw(F("itertools", "accumulate"), [new PyList(1L, 2L, 3L), 10L], ["initial"])),
            L(C("itertools", "accumulate", new PyList(3L, 1L, 4L, 1L, 5L), max)),
            L(PyOps.Call(chain, "ab", new PyList(1L, 2L))), L(PyOps.Call(fromIterable, new PyList("ab", "cd"))), L(C("itertools", "compress", "abcdef", new PyList(1L, 0L, 1L, 0L, 1L, 1L))),
            L(C("itertools", "dropwhile", lt3, new PyList(1L, 2L, 3L, 1L, 5L))), L(C("itertools", "takewhile", lt3, new PyList(1L, 2L, 3L, 1L, 5L))),
            L(C("itertools", "filterfalse", null, new PyList(0L, 1L, string.Empty, "a"))),
            Groups(C("itertools", "groupby", "aaabbcaa")), new PyList([.. PyOps.Iterate(C("itertools", "groupby", new PyList(1L, 1L, 2L, 3L, 3L))).Select(t => ((PyTuple)t!)[0])]),
            Groups(C("itertools", "groupby", PyRange.Create(10L), Fn(v => PyOps.FloorDiv(v, 3L)))),
            L(C("itertools", "islice", "abcdefg", 2L)), L(C("itertools", "islice", "abcdefg", 2L, 6L)), L(C("itertools", "islice", "abcdefg", 1L, null, 2L)), L(C("itertools", "islice", "abcdefg", 0L, 6L, 2L)),
            L(C("itertools", "starmap", pow, new PyList(new PyTuple(2L, 5L), new PyTuple(3L, 2L)))),
            new PyList([.. ((PyTuple)C("itertools", "tee", "abc", 3L)!).Select(t => (object?)L(t))]),
            L(PyOps.CallKw(F("itertools", "zip_longest"), ["abc", new PyList(1L), "-"], ["fillvalue"])),
            L(C("itertools", "product", "ab", PyRange.Create(2L))), L(PyOps.CallKw(F("itertools", "product"), [new PyList(0L, 1L), 3L], ["repeat"])),
            L(C("itertools", "permutations", "abc")), L(C("itertools", "permutations", PyRange.Create(4L), 2L)),
            L(C("itertools", "combinations", "abcd", 2L)), L(C("itertools", "combinations", PyRange.Create(5L), 3L)), L(C("itertools", "combinations_with_replacement", "abc", 2L)),
            L(C("itertools", "pairwise", "abcd")), L(C("itertools", "permutations", "ab", 3L)), L(C("itertools", "combinations", "ab", 0L)), L(C("itertools", "product")));
        Check("itertools", items);

        var src = PyOps.Iter(PyRange.Create(10L));
        L(C("itertools", "islice", src, 0L, 6L, 2L));
        Check("islice_consumption", L(src));

        var g = C("itertools", "groupby", "aaabbb");
        var t1 = (PyTuple)PyOps.Next(g)!;
        var firstItem = PyOps.Next(t1[1]);
        var t2 = (PyTuple)PyOps.Next(g)!;
        Check("groupby_partial", new PyList(t1[0], firstItem, t2[0], L(t2[1]), L(t1[1])));
    }

    [Fact]
    public void Deque_Operations_MatchCPython()
    {
        var ops = new PyList();
        var d = (PyDeque)PyOps.CallKw(F("_collections", "deque"), [new PyList(1L, 2L, 3L), 5L], ["maxlen"])!;
        d.Append(4L);
        d.AppendLeft(0L);
        d.Append(5L);
        ops.Append(d.Repr());
        d.Rotate(2);
        ops.Append(d.Repr());
        d.Rotate(-3);
        ops.Append(d.Repr());
        d.ExtendLeft("ab");
        ops.Append(d.Repr());
        ops.Append(PyOps.Repr(new PyList(d.Pop(), d.PopLeft(), d.Length(), d.GetItem(0L), d.GetItem(-1L), d.Contains(3L), d.CountOf(3L), d.Index(3L))));
        var d2 = (PyDeque)PyOps.Call(F("_collections", "deque"))!;
        d2.Extend(PyRange.Create(10L));
        d2.Remove(4L);
        d2.Insert(2, "x");
        d2.Reverse();
        d2.DelItem(1L);
        d2.SetItem(0L, "z");
        ops.Append(d2.Repr());
        ops.Append(PyOps.Repr(PyOps.Eq(new PyDeque("abc"), new PyDeque("abc"))));
        ops.Append(PyOps.Repr(L(new PyDeque(new PyList(1L, 2L, 3L)).Reversed())));
        ops.Append(new PyDeque().Repr());
        ops.Append(new PyDeque(new PyList(), 0).Repr());
        Check("deque", ops);
    }

    [Fact]
    public void Deque_ConcurrentAppends_LoseNothing()
    {
        var d = new PyDeque();
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < 10000; i++)
            {
                d.Append(1L);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(40000, d.Count);
        Assert.Equal("RuntimeError: deque mutated during iteration", Py.Error(() =>
        {
            foreach (var x in d)
            {
                d.Append(x);
            }
        }));
    }
}
