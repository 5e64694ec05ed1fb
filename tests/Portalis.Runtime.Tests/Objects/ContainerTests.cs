using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Objects;

// Expected values printed by CPython 3.11.
public class ContainerTests
{
    [Fact]
    public void Repr_RecursiveList_PrintsEllipsis()
    {
        var list = new PyList(1L);
        list.Append(list);
        Assert.Equal("[1, [...]]", PyOps.Repr(list));
        var dict = new PyDict();
        dict.SetItem("a", dict);
        Assert.Equal("{'a': {...}}", PyOps.Repr(dict));
    }

    [Fact]
    public void DictKeys_OneOneFloatAndTrue_AreTheSameKey()
    {
        var dict = new PyDict();
        dict.SetItem(1L, "int");
        dict.SetItem(1.0, "float");
        dict.SetItem(true, "bool");
        Assert.Equal("{1: 'bool'}", PyOps.Repr(dict));
    }

    [Fact]
    public void DictIteration_SizeChange_RaisesRuntimeError()
    {
        var dict = new PyDict();
        dict.SetItem(1L, 1L);
        var error = Assert.Throws<PyRuntimeError>(() =>
        {
            foreach (var key in dict)
            {
                dict.SetItem(2L, 2L);
            }
        });
        Assert.Equal("dictionary changed size during iteration", error.PyStr());
    }

    [Fact]
    public void PopItem_Dict_IsLifo()
    {
        var dict = new PyDict();
        dict.SetItem("a", 1L);
        dict.SetItem("b", 2L);
        Assert.Equal("('b', 2)", PyOps.Repr(dict.PopItem()));
        Assert.Equal("('a', 1)", PyOps.Repr(dict.PopItem()));
        Assert.Equal("'popitem(): dictionary is empty'", Assert.Throws<PyKeyError>(dict.PopItem).PyStr());
    }

    [Fact]
    public void DictViews_ReprAndSetOperations_MatchCPython()
    {
        var dict = new PyDict();
        dict.SetItem(1L, "a");
        dict.SetItem(2L, "b");
        Assert.Equal("dict_keys([1, 2])", PyOps.Repr(dict.Keys()));
        Assert.Equal("dict_values(['a', 'b'])", PyOps.Repr(dict.Values()));
        Assert.Equal("dict_items([(1, 'a'), (2, 'b')])", PyOps.Repr(dict.Items()));
        Assert.True(PyOps.Eq(dict.Keys(), PySet.Of(2L, 1L)));
    }

    [Fact]
    public void ListIteration_AppendDuringLoop_VisitsNewItems()
    {
        var list = new PyList(1L, 2L);
        var seen = new List<object?>();
        foreach (var item in list)
        {
            seen.Add(item);
            if (list.Count < 4)
            {
                list.Append(PyOps.Add(item, 10L));
            }
        }

        Assert.Equal([1L, 2L, 11L, 12L], seen);
    }

    [Fact]
    public void Sort_KeyAndReverse_IsStable()
    {
        // sorted([('b', 1), ('a', 1), ('c', 0), ('d', 1)], key=lambda p: p[1], reverse=True)
        var list = new PyList(new PyTuple("b", 1L), new PyTuple("a", 1L), new PyTuple("c", 0L), new PyTuple("d", 1L));
        list.Sort(p => ((PyTuple)p!)[1], reverse: true);
        Assert.Equal("[('b', 1), ('a', 1), ('d', 1), ('c', 0)]", PyOps.Repr(list));
    }

    [Fact]
    public void Sort_LargeListWithDuplicates_IsStable()
    {
        var list = new PyList();
        for (long i = 0; i < 500; i++)
        {
            list.Append(new PyTuple(i % 7, i));
        }

        list.Sort(p => ((PyTuple)p!)[0]);
        var previous = (Key: -1L, Index: -1L);
        foreach (var item in list)
        {
            var t = (PyTuple)item!;
            var current = ((long)t[0]!, (long)t[1]!);
            Assert.True(current.Item1 > previous.Key || (current.Item1 == previous.Key && current.Item2 > previous.Index));
            previous = current;
        }
    }

    [Fact]
    public void Sort_MixedTypes_RaisesCPythonMessage()
    {
        // sorted([1, 'a']) compares 'a' < 1 first (count_run).
        var list = new PyList(1L, "a");
        var error = Assert.Throws<PyTypeError>(() => list.Sort());
        Assert.Equal("'<' not supported between instances of 'str' and 'int'", error.PyStr());
        Assert.Equal("[1, 'a']", PyOps.Repr(list));
    }

    [Fact]
    public void Range_SliceLenContains_MatchCPython()
    {
        var r = new PyRange(0, 20, 3);
        Assert.Equal(7, r.Length);
        Assert.Equal("range(0, 20, 3)", PyOps.Repr(r));
        Assert.Equal("range(3, 21, 6)", PyOps.Repr(r.GetSlice(new PySlice(1L, null, 2L))));
        Assert.True(r.Contains(18L));
        Assert.False(r.Contains(19L));
        Assert.Equal(6L, r.Index(18L));
        Assert.Equal("range(10, 0, -1)", PyOps.Repr(new PyRange(10, 0, -1)));
        Assert.Equal("'19 is not in range'", PyOps.Repr(Assert.Throws<PyValueError>(() => r.Index(19L)).PyStr()));
    }

    [Fact]
    public void SliceIndices_NegativeStep_MatchCPython()
    {
        // slice(None, None, -1).indices(5) == (4, -1, -1); slice(-100, 100, 2).indices(10) == (0, 10, 2)
        Assert.Equal("(4, -1, -1)", PyOps.Repr(new PySlice(null, null, -1L).IndicesTuple(5L)));
        Assert.Equal("(0, 10, 2)", PyOps.Repr(new PySlice(-100L, 100L, 2L).IndicesTuple(10L)));
    }

    [Fact]
    public void ListSliceAssignment_ExtendedSliceSizeMismatch_Raises()
    {
        var list = new PyList(0L, 1L, 2L, 3L, 4L);
        list.SetSlice(new PySlice(1L, 3L, null), new PyList("a", "b", "c"));
        Assert.Equal("[0, 'a', 'b', 'c', 3, 4]", PyOps.Repr(list));
        list.DelSlice(new PySlice(null, null, 2L));
        Assert.Equal("['a', 'c', 4]", PyOps.Repr(list));
        var error = Assert.Throws<PyValueError>(() => list.SetSlice(new PySlice(null, null, 2L), new PyList(1L)));
        Assert.Equal("attempt to assign sequence of size 1 to extended slice of size 2", error.PyStr());
    }

    [Fact]
    public void Str_SurrogatePairs_CountAsOneCharacter()
    {
        var s = "a\U0001F600b";
        Assert.Equal(3, PyOps.Len(s));
        Assert.Equal("\U0001F600", PyOps.GetItem(s, 1L));
        Assert.Equal("b\U0001F600a", PyOps.GetItem(s, new PySlice(null, null, -1L)));
        Assert.Equal("'a\U0001F600b'", PyOps.Repr(s));
    }

    [Fact]
    public void DictViewSetOperators_KeysAndItems_MatchCPython()
    {
        var d = new PyDict();
        d.SetItem(1L, "a");
        d.SetItem(2L, "b");
        d.SetItem(3L, "c");
        var e = new PyDict();
        e.SetItem(3L, 0L);
        e.SetItem(4L, 0L);
        Assert.Equal("{2, 3}", PyOps.Repr(PyOps.And(d.Keys(), PySet.Of(2L, 3L, 9L))));
        Assert.Equal("{1, 2, 3, 5}", PyOps.Repr(PyOps.Or(d.Keys(), new PyList(5L, 1L))));
        Assert.Equal("{2, 3}", PyOps.Repr(PyOps.Sub(d.Keys(), PySet.Of(1L))));
        Assert.Equal("{1, 2, 4}", PyOps.Repr(PyOps.Xor(d.Keys(), e.Keys())));
        Assert.Equal("{2}", PyOps.Repr(PyOps.And(PySet.Of(9L, 2L), d.Keys())));
        Assert.Equal("{(1, 'a')}", PyOps.Repr(PyOps.And(d.Items(), PySet.Of(new PyTuple(1L, "a")))));
        Assert.Equal("{0, 1, 2, 3}", PyOps.Repr(PyOps.Or(PySet.Of(0L), d.Keys())));
        Assert.Equal("{3}", PyOps.Repr(PyOps.And(d.Keys(), e.Keys())));
    }
}
