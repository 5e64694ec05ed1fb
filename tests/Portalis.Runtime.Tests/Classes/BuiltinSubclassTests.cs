using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Classes;

// Expected values: python3.11 on the Python in the comments.
public class BuiltinSubclassTests
{
    [Fact]
    public void DictSubclass_MissingAndSetitemOverride()
    {
        // class D(dict): def __missing__(self, k): return k * 2
        // d = D(a=1); print(d["a"], d["zz"], repr(d), type(d).__name__, isinstance(d, dict), len(d), d.get("q", 5))
        var dcls = Py.Class("D", [PyType.DictType], ("__missing__", Py.Method("D", "__missing__", ["self", "k"], s => PyOps.Mul(s[1], 2L))));
        var d = PyOps.CallKw(dcls, [1L], ["a"]);
        Assert.Equal("1 zzzz {'a': 1} D True 1 5", string.Join(" ", new[]
        {
            PyOps.GetItem(d, "a"), PyOps.GetItem(d, "zz"), PyOps.Repr(d), PyOps.TypeName(d), PyOps.IsInstance(d, PyType.DictType),
            PyOps.Len(d), PyOps.CallMethod(d, "get", "q", 5L),
        }.Select(PyOps.Str)));

        // class Cnt(dict): def __setitem__(self, k, v): super().__setitem__(k, v * 10)
        PyType? cnt = null;
        cnt = Py.Class("Cnt", [PyType.DictType], ("__setitem__", Py.Method("Cnt", "__setitem__", ["self", "k", "v"], s =>
            PyOps.CallMethod(PyOps.Super(cnt!, s[0]), "__setitem__", s[1], PyOps.Mul(s[2], 10L)))));
        var c = PyOps.Call(cnt);
        PyOps.SetItem(c, "a", 1L);
        Assert.Equal("{'a': 10}", PyOps.Repr(c));
    }

    [Fact]
    public void ListSubclass_MethodsAttributesAndSuperRepr()
    {
        // class L(list): total(self) -> sum; __repr__ -> "L" + super().__repr__()
        PyType? lcls = null;
        lcls = Py.Class(
            "L",
            [PyType.ListType],
            ("total", Py.Method("L", "total", ["self"], s => PyOps.ToArray(s[0]).Aggregate((object?)0L, PyOps.Add))),
            ("__repr__", Py.Method("L", "__repr__", ["self"], s => "L" + (string)PyOps.CallMethod(PyOps.Super(lcls!, s[0]), "__repr__")!)));
        var l = PyOps.Call(lcls, new PyList(1L, 2L));
        PyOps.CallMethod(l, "append", 3L);
        PyOps.SetAttr(l, "tag", "t");

        // print(l.total(), repr(l), l.tag, l + [4], l == [1, 2, 3], len(l), list(l), l[0]) -> 6 L[1, 2, 3] t [1, 2, 3, 4] True 3 [1, 2, 3] 1
        Assert.Equal("6 L[1, 2, 3] t [1, 2, 3, 4] True 3 [1, 2, 3] 1", string.Join(" ", new[]
        {
            PyOps.CallMethod(l, "total"), PyOps.Repr(l), PyOps.GetAttr(l, "tag"), PyOps.Add(l, new PyList(4L)), PyOps.Eq(l, new PyList(1L, 2L, 3L)),
            PyOps.Len(l), PyBuiltins.List(l), PyOps.GetItem(l, 0L),
        }.Select(PyOps.Str)));

        // class Init(list): __init__(self, name): super().__init__(); self.name = name
        PyType? init = null;
        init = Py.Class("Init", [PyType.ListType], ("__init__", Py.Method("Init", "__init__", ["self", "name"], s =>
        {
            PyOps.CallMethod(PyOps.Super(init!, s[0]), "__init__");
            PyOps.SetAttr(s[0], "name", s[1]);
            return null;
        })));
        var i = PyOps.Call(init, "n");
        PyOps.CallMethod(i, "append", 1L);
        Assert.Equal("[1] n", PyOps.Str(i) + " " + PyOps.Str(PyOps.GetAttr(i, "name")));
    }

    [Fact]
    public void TupleSubclass_NewOverrideAndProperty()
    {
        // class P(tuple): __new__(cls, x, y): return super().__new__(cls, (x, y)); x = property(lambda self: self[0])
        PyType? pcls = null;
        var pnew = Py.Def("__new__", ["cls", "x", "y"], s => PyOps.CallMethod(PyOps.Super(pcls!, s[0]), "__new__", s[0], new PyTuple(s[1], s[2])), qualName: "P.__new__");
        pcls = Py.Class("P", [PyType.TupleType], ("__new__", pnew), ("x", new PyProperty(Py.Method("P", "x", ["self"], s => PyOps.GetItem(s[0], 0L)))));
        var p = PyOps.Call(pcls, 1L, 2L);

        // print(p, p.x, len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p).__name__) -> (1, 2) 1 2 True True P
        Assert.Equal("(1, 2) 1 2 True True P", string.Join(" ", new[]
        {
            PyOps.Str(p), PyOps.GetAttr(p, "x"), PyOps.Len(p), PyOps.Eq(p, new PyTuple(1L, 2L)), PyOps.Hash(p) == PyOps.Hash(new PyTuple(1L, 2L)),
            PyOps.TypeName(p),
        }.Select(PyOps.Str)));

        // class S(set): pass; s = S([1, 2]); print(s, 1 in s, type(s).__name__) -> S({1, 2}) True S
        var scls = Py.Class("S", [PyType.SetType]);
        var set = PyOps.Call(scls, new PyList(1L, 2L));
        Assert.Equal("S({1, 2}) True S", PyOps.Str(set) + " " + PyOps.Str(PyOps.Contains(set, 1L)) + " " + PyOps.TypeName(set));
        Assert.Equal("TypeError: multiple bases have instance lay-out conflict", Py.Message(() => Py.Class("X", [PyType.ListType, PyType.DictType])));
    }
}
