using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Classes;

// Expected values: python3.11 on the class V below (see /tmp-free comments for the Python source).
public class DunderTests
{
    // class V:
    //     __init__(self, v); __add__ / __radd__ / __iadd__ (+100); __eq__ on .v; __lt__; __neg__; __repr__ "V(v)";
    //     __len__ -> 3; __getitem__(i) -> i * 10 until IndexError at 3; __call__(x) -> x * 2; __index__ -> 1; __format__ -> "V:" + spec
    private static readonly PyType s_v = MakeV();

    private static PyType MakeV()
    {
        PyType? v = null;
        object? Val(object? o) => PyOps.GetAttr(o, "v");
        return v = Py.Class(
            "V",
            ("__init__", Py.Method("V", "__init__", ["self", "v"], s =>
            {
                PyOps.SetAttr(s[0], "v", s[1]);
                return null;
            })),
            ("__add__", Py.Method("V", "__add__", ["self", "o"], s => PyOps.Call(v, PyOps.Add(Val(s[0]), PyOps.IsInstance(s[1], v) ? Val(s[1]) : s[1])))),
            ("__radd__", Py.Method("V", "__radd__", ["self", "o"], s => PyOps.Call(v, PyOps.Add(s[1], Val(s[0]))))),
            ("__iadd__", Py.Method("V", "__iadd__", ["self", "o"], s =>
            {
                PyOps.SetAttr(s[0], "v", PyOps.Add(Val(s[0]), 100L));
                return s[0];
            })),
            ("__eq__", Py.Method("V", "__eq__", ["self", "o"], s => PyOps.IsInstance(s[1], v) && PyOps.Eq(Val(s[0]), Val(s[1])))),
            ("__lt__", Py.Method("V", "__lt__", ["self", "o"], s => PyOps.Lt(Val(s[0]), Val(s[1])))),
            ("__neg__", Py.Method("V", "__neg__", ["self"], s => PyOps.Call(v, PyOps.Neg(Val(s[0]))))),
            ("__repr__", Py.Method("V", "__repr__", ["self"], s => "V(" + PyOps.Repr(Val(s[0])) + ")")),
            ("__len__", Py.Method("V", "__len__", ["self"], s => 3L)),
            ("__getitem__", Py.Method("V", "__getitem__", ["self", "i"], s => PyOps.Ge(s[1], 3L) ? throw PyOps.Raise(new PyIndexError(s[1])) : PyOps.Mul(s[1], 10L))),
            ("__call__", Py.Method("V", "__call__", ["self", "x"], s => PyOps.Mul(s[1], 2L))),
            ("__index__", Py.Method("V", "__index__", ["self"], s => 1L)),
            ("__format__", Py.Method("V", "__format__", ["self", "spec"], s => "V:" + (string)s[1]!)));
    }

    private static object? V(long x) => PyOps.Call(s_v, x);

    [Fact]
    public void Operators_ReflectedInPlaceAndComparisons()
    {
        // print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(4), V(1) == V(1), V(1) != V(1), V(1) < V(2))
        Assert.Equal("V(3) V(6) V(6) V(-4) True False True", string.Join(" ", new[]
        {
            PyOps.Add(V(1), V(2)), PyOps.Add(V(1), 5L), PyOps.Add(5L, V(1)), PyOps.Neg(V(4)), PyOps.Eq(V(1), V(1)),
            PyOps.Ne(V(1), V(1)), PyOps.Lt(V(1), V(2)),
        }.Select(PyOps.Str)));

        // v = V(1); v2 = v; v += 1; print(v, v is v2) -> V(101) True
        var v = V(1);
        var v2 = v;
        v = PyOps.InPlace(BinaryOperator.Add, v, 1L);
        Assert.Equal("V(101)", PyOps.Repr(v));
        Assert.Same(v2, v);

        // hash(V(1)) -> TypeError: unhashable type: 'V'  (__eq__ without __hash__)
        Assert.Equal("TypeError: unhashable type: 'V'", Py.Message(() => PyOps.Hash(V(1))));

        // class W(V): __radd__ -> "W.radd";  V(1) + W(2) -> 'W.radd' (subclass first)
        var w = Py.Class("W", [s_v], ("__radd__", Py.Method("W", "__radd__", ["self", "o"], s => "W.radd")));
        Assert.Equal("W.radd", PyOps.Add(V(1), PyOps.Call(w, 2L)));
    }

    [Fact]
    public void Protocols_LenIterCallIndexFormat()
    {
        // len(V(0)), list(V(0)), V(0)(21), [10, 20, 30][V(0)], format(V(0), ">5"), f"{V(0):x}"
        Assert.Equal(3L, PyOps.Len(V(0)));
        Assert.Equal("[0, 10, 20]", PyOps.Repr(PyBuiltins.List(V(0))));
        Assert.Equal(42L, PyOps.Call(V(0), 21L));
        Assert.Equal(20L, PyOps.GetItem(new PyList(10L, 20L, 30L), V(0)));
        Assert.Equal("V:>5", PyFormat.Format(V(0), ">5"));
        Assert.Equal("V:x", PyFormat.Format(V(0), "x"));
        Assert.True(PyOps.IsTrue(V(0)));
        Assert.True(PyOps.Contains(V(0), 10L));
    }

    [Fact]
    public void Iterator_NextAndStopIteration()
    {
        // class It: __iter__ returns self; __next__ counts to 3 then raises StopIteration
        var it = Py.Class(
            "It",
            ("__init__", Py.Method("It", "__init__", ["self"], s =>
            {
                PyOps.SetAttr(s[0], "i", 0L);
                return null;
            })),
            ("__iter__", Py.Method("It", "__iter__", ["self"], s => s[0])),
            ("__next__", Py.Method("It", "__next__", ["self"], s =>
            {
                PyOps.SetAttr(s[0], "i", PyOps.Add(PyOps.GetAttr(s[0], "i"), 1L));
                return PyOps.Gt(PyOps.GetAttr(s[0], "i"), 3L) ? throw PyOps.Raise(PyType.ForException(typeof(PyStopIteration))) : PyOps.GetAttr(s[0], "i");
            })));

        // print(list(It()), 2 in It(), 5 in It()) -> [1, 2, 3] True False
        Assert.Equal("[1, 2, 3]", PyOps.Repr(PyBuiltins.List(PyOps.Call(it))));
        Assert.True(PyOps.Contains(PyOps.Call(it), 2L));
        Assert.False(PyOps.Contains(PyOps.Call(it), 5L));
        var one = PyOps.Call(it);
        Assert.Equal(1L, PyOps.Next(one));
        Assert.Equal(2L, PyOps.Next(one));
        Assert.Equal(3L, PyOps.Next(one));
        Assert.Equal("done", PyOps.Next(one, "done"));
    }

    [Fact]
    public void SpecialMethodResults_AreChecked()
    {
        // class L: __len__ -> -1; class L2: __len__ -> "a"; class B2: __bool__ -> 1; class R: __repr__ -> 1
        var l = Py.Class("L", ("__len__", Py.Method("L", "__len__", ["self"], s => -1L)));
        var l2 = Py.Class("L2", ("__len__", Py.Method("L2", "__len__", ["self"], s => "a")));
        var b2 = Py.Class("B2", ("__bool__", Py.Method("B2", "__bool__", ["self"], s => 1L)));
        var r = Py.Class("R", ("__repr__", Py.Method("R", "__repr__", ["self"], s => 1L)));
        Assert.Equal("ValueError: __len__() should return >= 0", Py.Message(() => PyOps.Len(PyOps.Call(l))));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Py.Message(() => PyOps.Len(PyOps.Call(l2))));
        Assert.Equal("TypeError: __bool__ should return bool, returned int", Py.Message(() => PyOps.IsTrue(PyOps.Call(b2))));
        Assert.Equal("TypeError: __repr__ returned non-string (type int)", Py.Message(() => PyOps.Repr(PyOps.Call(r))));

        // Default identity equality and hashing; str() falls back to __repr__.
        var plain = Py.Class("Plain");
        var p = PyOps.Call(plain);
        Assert.True(PyOps.Eq(p, p));
        Assert.False(PyOps.Eq(p, PyOps.Call(plain)));
        Assert.True(PyOps.Ne(p, PyOps.Call(plain)));
        Assert.Equal(PyOps.Hash(p), PyOps.Hash(p));
        Assert.Equal(PyOps.Repr(p), PyOps.Str(p));
        Assert.Equal("TypeError: '<' not supported between instances of 'Plain' and 'Plain'", Py.Message(() => PyOps.Lt(p, PyOps.Call(plain))));
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'Plain' and 'int'", Py.Message(() => PyOps.Add(p, 1L)));
        Assert.Equal("TypeError: 'Plain' object is not callable", Py.Message(() => PyOps.Call(p)));
        Assert.Equal("TypeError: 'Plain' object is not iterable", Py.Message(() => PyOps.Iterate(p)));
        Assert.Equal("TypeError: 'Plain' object is not subscriptable", Py.Message(() => PyOps.GetItem(p, 0L)));
    }

    [Fact]
    public void With_EnterExitAndSuppression()
    {
        // class Ctx: __enter__ -> "entered"; __exit__ records (t.__name__, str(v)) and returns True
        var log = new PyList();
        var ctx = Py.Class(
            "Ctx",
            ("__enter__", Py.Method("Ctx", "__enter__", ["self"], s => "entered")),
            ("__exit__", Py.Method("Ctx", "__exit__", ["self", "t", "v", "tb"], s =>
            {
                log.Append(new PyTuple(s[1] is null ? null : PyOps.GetAttr(s[1], "__name__"), s[2] is null ? null : PyOps.Str(s[2])));
                return true;
            })));
        var exit = PyOps.WithEnter(PyOps.Call(ctx), out var value);
        Assert.Equal("entered", value);
        Assert.True(PyOps.WithExit(exit, new PyValueError("boom")));
        exit = PyOps.WithEnter(PyOps.Call(ctx), out _);
        Assert.False(PyOps.WithExit(exit, null));
        Assert.Equal("[('ValueError', 'boom'), (None, None)]", PyOps.Repr(log));

        var onlyEnter = Py.Class("OnlyEnter", ("__enter__", Py.Method("OnlyEnter", "__enter__", ["self"], s => null)));
        Assert.Equal("TypeError: 'int' object does not support the context manager protocol", Py.Message(() => PyOps.WithEnter(1L, out _)));
        Assert.Equal(
            "TypeError: 'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)",
            Py.Message(() => PyOps.WithEnter(PyOps.Call(onlyEnter), out _)));
    }
}
