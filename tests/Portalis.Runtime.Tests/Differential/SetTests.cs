using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

public class SetTests
{
    private static object? Evaluate(Case c)
    {
        var a = c.Args;
        return c.Op switch
        {
            "hash" => PyOps.Hash(a[0]),
            "set" or "set_display" => new PySet(a[0]),
            "frozenset" => new PyFrozenSet(a[0]),
            "frozenset_hash" => new PyFrozenSet(a[0]).Hash(),
            "set_or" => PyOps.Or(new PySet(a[0]), new PySet(a[1])),
            "set_and" => PyOps.And(new PySet(a[0]), new PySet(a[1])),
            "set_sub" => PyOps.Sub(new PySet(a[0]), new PySet(a[1])),
            "set_xor" => PyOps.Xor(new PySet(a[0]), new PySet(a[1])),
            "set_remove_add" => RemoveAdd((PyList)a[0]!, (PyList)a[1]!),
            "set_pop" => Pops((PyList)a[0]!),
            "set_union_list" => new PySet(a[0]).Union(a[1]),
            "set_intersection_list" => new PySet(a[0]).Intersection(a[1]),
            "set_difference_list" => new PySet(a[0]).Difference(a[1]),
            "set_symdiff_list" => new PySet(a[0]).SymmetricDifference(a[1]),
            "set_update_ops" => UpdateOps((PyList)a[0]!, (PyList)a[1]!),
            "set_mixed" => Comprehension((PyList)a[0]!),
            _ => throw new InvalidOperationException("unknown op " + c.Op),
        };
    }

    private static PySet RemoveAdd(PyList a, PyList b)
    {
        var s = new PySet(a);
        foreach (var x in b)
        {
            s.Discard(x);
        }

        foreach (var x in b.GetSlice(new PySlice(null, null, 2L)))
        {
            s.Add(PyOps.Add(x, 1L));
        }

        return s;
    }

    private static PyTuple Pops(PyList a)
    {
        var s = new PySet(a);
        var popped = new PyList();
        var n = Math.Min(5, s.Count);
        for (var i = 0; i < n; i++)
        {
            popped.Append(s.Pop());
        }

        s.Add(12345L);
        return new PyTuple(popped, s);
    }

    private static PySet UpdateOps(PyList a, PyList b)
    {
        object? s = new PySet(a);
        s = PyOps.InPlace(BinaryOperator.Or, s, new PySet(b.GetSlice(new PySlice(5L))));
        s = PyOps.InPlace(BinaryOperator.And, s, new PySet(PyOps.Add(a, b.GetSlice(new PySlice(3L)))));
        s = PyOps.InPlace(BinaryOperator.Sub, s, new PySet(b.GetSlice(new PySlice(5L, 9L, null))));
        s = PyOps.InPlace(BinaryOperator.Xor, s, new PySet(b.GetSlice(new PySlice(null, null, 3L))));
        return (PySet)s!;
    }

    private static PySet Comprehension(PyList items)
    {
        var s = new PySet();
        foreach (var x in items)
        {
            if (x is not null)
            {
                s.Add(x);
            }
        }

        return s;
    }

    [Fact]
    public void SetOrderAndHashes_CPythonTable_Matches() => CaseFile.AssertAll("sets.jsonl", Evaluate);
}
