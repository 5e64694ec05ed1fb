using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Classes;

// Expected values: python3.11 on the Python in the comments.
public class ValueSubclassTests
{
    [Fact]
    public void IntSubclass_BehavesAsItsValue()
    {
        // class MyInt(int): def double(self): return self * 2
        var myInt = Py.Class("MyInt", [PyType.IntType], ("double", Py.Method("MyInt", "double", ["self"], s => PyOps.Mul(s[0], 2L))));
        var m = PyOps.Call(myInt, 21L);

        // print(m.double(), m + 1, 1 + m, type(m + 1).__name__, m == 21, 21 == m, hash(m) == hash(21), isinstance(m, int),
        //       repr(m), str(m), m.real, [0, 1, 2][MyInt(1)], f"{m:>4}")
        Assert.Equal("42 22 22 int True True True True 21 21 21 1   21", string.Join(" ", new[]
        {
            PyOps.CallMethod(m, "double"), PyOps.Add(m, 1L), PyOps.Add(1L, m), PyOps.TypeName(PyOps.Add(m, 1L)), PyOps.Eq(m, 21L), PyOps.Eq(21L, m),
            PyOps.Hash(m) == PyOps.Hash(21L), PyOps.IsInstance(m, PyType.IntType), PyOps.Repr(m), PyOps.Str(m), PyOps.GetAttr(m, "real"),
            PyOps.GetItem(new PyList(0L, 1L, 2L), PyOps.Call(myInt, 1L)), PyFormat.Format(m, ">4"),
        }.Select(PyOps.Str)));
        Assert.Equal("TypeError: type 'bool' is not an acceptable base type", Py.Message(() => Py.Class("B", [PyType.BoolType])));
    }

    [Fact]
    public void StrSubclass_MethodsAndKeys()
    {
        // class Name(str): def shout(self): return self.upper() + "!"
        var name = Py.Class("Name", [PyType.StrType], ("shout", Py.Method("Name", "shout", ["self"], s => PyOps.Add(PyOps.CallMethod(s[0], "upper"), "!"))));
        var n = PyOps.Call(name, "bob");
        var d = new PyDict();
        d.SetItem(n, 1L);

        // print(n.shout(), n + "!", "x" + n, len(n), n[0], n == "bob", "bob" == n, {n: 1}["bob"], list(n), n.upper(), repr(n), "o" in n, type(n).__name__)
        Assert.Equal("BOB! bob! xbob 3 b True True 1 ['b', 'o', 'b'] BOB 'bob' True Name", string.Join(" ", new[]
        {
            PyOps.CallMethod(n, "shout"), PyOps.Add(n, "!"), PyOps.Add("x", n), PyOps.Len(n), PyOps.GetItem(n, 0L), PyOps.Eq(n, "bob"),
            PyOps.Eq("bob", n), PyOps.GetItem(d, "bob"), PyBuiltins.List(n), PyOps.CallMethod(n, "upper"), PyOps.Repr(n), PyOps.Contains(n, "o"),
            PyOps.TypeName(n),
        }.Select(PyOps.Str)));
    }

    [Fact]
    public void FloatSubclass_ReprOverride()
    {
        // class Money(float): def __repr__(self): return f"${float(self):.2f}"
        var money = Py.Class("Money", [PyType.FloatType], ("__repr__", Py.Method("Money", "__repr__", ["self"], s => "$" + PyFormat.Format(PyValueInstance.Unwrap(s[0]), ".2f"))));
        var f = PyOps.Call(money, 2.5);

        // print(repr(f), str(f), f * 2, f > 2) -> $2.50 $2.50 5.0 True
        Assert.Equal("$2.50 $2.50 5.0 True", string.Join(" ", new[] { PyOps.Repr(f), PyOps.Str(f), PyOps.Mul(f, 2L), PyOps.Gt(f, 2L) }.Select(PyOps.Str)));
    }

    [Fact]
    public void Conversions_UseIntFloatIndexHooks()
    {
        // class N: __int__ -> 7, __float__ -> 2.5; class I: __index__ -> 3; class MyInt(int): pass
        // print(int(N()), float(N()), int(I()), float(I()), int(MyInt(5)), type(int(MyInt(5))).__name__, float(MyInt(2)))
        var n = Py.Class("N", ("__int__", Py.Method("N", "__int__", ["self"], s => 7L)), ("__float__", Py.Method("N", "__float__", ["self"], s => 2.5)));
        var i = Py.Class("I", ("__index__", Py.Method("I", "__index__", ["self"], s => 3L)));
        var myInt = Py.Class("MyInt", [PyType.IntType]);
        Assert.Equal("7 2.5 3 3.0 5 int 2.0", string.Join(" ", new[]
        {
            PyOps.Call(PyType.IntType, PyOps.Call(n)), PyOps.Call(PyType.FloatType, PyOps.Call(n)), PyOps.Call(PyType.IntType, PyOps.Call(i)),
            PyOps.Call(PyType.FloatType, PyOps.Call(i)), PyOps.Call(PyType.IntType, PyOps.Call(myInt, 5L)),
            PyOps.TypeName(PyOps.Call(PyType.IntType, PyOps.Call(myInt, 5L))), PyOps.Call(PyType.FloatType, PyOps.Call(myInt, 2L)),
        }.Select(PyOps.Str)));
    }
}
