using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

// list.sort must make CPython's comparisons in CPython's order (timsort with powersort merging): each
// case replays a sort of values whose '<' is logged and compares a hash of the (left, right) tag log.
public class SortTests
{
    private sealed class Logged(long tag, object? value, List<(long, long)> log) : PyObject
    {
        public long Tag { get; } = tag;

        public override string PythonTypeName => "Logged";

        public override object? RichCompare(CompareOperator op, object? other)
        {
            var o = (Logged)other!;
            log.Add((Tag, o.Tag));
            return PyOps.Lt(value, o.Value);
        }

        private object? Value => value;
    }

    private static object? Evaluate(Case c)
    {
        var values = ((PyList)c.Args[0]!).ToArray();
        if (c.Op == "sort_plain")
        {
            return PyBuiltins.Sorted(new PyList(values));
        }

        var kind = (long)c.Args[1]!;
        var log = new List<(long, long)>();
        var items = values.Select((v, i) => (object?)new Logged(i, v, log)).ToArray();
        PyList order;
        if (kind == 3)
        {
            // sorted(range(n), key=lambda i: items[i])
            order = PyBuiltins.Sorted(new PyRange(0, values.Length), key: i => items[(long)i!]);
        }
        else
        {
            var list = new PyList(items);
            list.Sort(reverse: kind == 2);
            order = new PyList(list.ToArray().Select(x => (object?)((Logged)x!).Tag).ToArray());
        }

        const long Modulus = (1L << 61) - 1;
        Int128 h = 0;
        foreach (var (a, b) in log)
        {
            h = ((h * 1000003) + (a * 4099) + b) % Modulus;
        }

        return new PyTuple((long)log.Count, (long)h, order);
    }

    [Fact]
    public void Sort_ComparisonSequence_MatchesCPython() => CaseFile.AssertAll("sorting.jsonl", Evaluate);
}
