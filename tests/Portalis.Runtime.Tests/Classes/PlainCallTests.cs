using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Classes;

// The cached construction of plain classes (PyType.Construct) and the fixed-arity method calls (PyOps.CallMethod
// with one or two arguments) must follow every change a program can make after they were primed. The functions
// here take their arguments directly, as translated methods do, so the fast entries are the ones exercised.
// Expected values: python3.11 on the Python in the comments.
public class PlainCallTests
{
    [Fact]
    public void Construct_InitReplacedAfterPriming_NewInitRuns()
    {
        // class P: def __init__(self, x): self.x = x
        // P(1).x; P.__init__ = lambda self, x: setattr(self, "x", x * 10); P(2).x -> 1 20
        var cls = Py.Class("P", ("__init__", Init1("P", (self, x) => SetX(self, x))));
        Assert.Equal(1L, PyOps.GetAttr(PyOps.Call(cls, 1L), "x"));
        PyOps.SetAttr(cls, "__init__", Init1("P", (self, x) => SetX(self, (long)x! * 10)));
        Assert.Equal(20L, PyOps.GetAttr(PyOps.Call(cls, 2L), "x"));
    }

    [Fact]
    public void Construct_NewAddedAfterPriming_NewRunsAndInitGetsArguments()
    {
        // class P: def __init__(self, x): self.x = x
        // P(1); P.__new__ = staticmethod(lambda cls, x: object.__new__(Q)) with Q unrelated -> P(2) is a Q, __init__ not run
        var cls = Py.Class("P", ("__init__", Init1("P", (self, x) => SetX(self, x))));
        var other = Py.Class("Q");
        Assert.Equal(1L, PyOps.GetAttr(PyOps.Call(cls, 1L), "x"));
        PyOps.SetAttr(cls, "__new__", new PyStaticMethod(Py.Def("__new__", ["cls", "x"], _ => PyOps.Call(other))));
        var made = PyOps.Call(cls, 2L);
        Assert.Same(other, PyOps.TypeOf(made));
        Assert.False(PyOps.HasAttr(made, "x"));
    }

    [Fact]
    public void Construct_WrongArgumentCount_CPythonMessage()
    {
        var cls = Py.Class("P", ("__init__", Init1("P", (self, x) => null)));
        _ = PyOps.Call(cls, 1L);
        Assert.Equal("TypeError: P.__init__() missing 1 required positional argument: 'x'", Py.Message(() => PyOps.Call(cls)));
    }

    [Fact]
    public void Construct_InitReturnsValue_TypeError()
    {
        var cls = Py.Class("P", ("__init__", Init1("P", (self, x) => x)));
        Assert.Equal("TypeError: __init__() should return None, not 'int'", Py.Message(() => PyOps.Call(cls, 5L)));
    }

    [Fact]
    public void CallMethod_OneArgument_MethodReplacedOnClassAndShadowed()
    {
        // class C: def m(self, a): return a + 1
        // c = C(); c.m(1); C.m = lambda self, a: a * 100; c.m(2); c.m = lambda a: -a; c.m(3) -> 2 200 -3
        var cls = Py.Class("C", ("m", Method1("C", (self, a) => (long)a! + 1)));
        var c = PyOps.Call(cls);
        var site = new AttrSite("m");
        Assert.Equal(2L, PyOps.CallMethod(c, site, 1L));
        PyOps.SetAttr(cls, "m", Method1("C", (self, a) => (long)a! * 100));
        Assert.Equal(200L, PyOps.CallMethod(c, site, 2L));
        PyOps.SetAttr(c, "m", Py.Def("<lambda>", ["a"], s => -(long)s[0]!));
        Assert.Equal(-3L, PyOps.CallMethod(c, site, 3L));
    }

    [Fact]
    public void CallMethod_TwoArguments_WrongCountGivesCPythonMessage()
    {
        var cls = Py.Class("C", ("m", Method1("C", (self, a) => a)));
        var c = PyOps.Call(cls);
        var site = new AttrSite("m");
        Assert.Equal("TypeError: C.m() takes 2 positional arguments but 3 were given", Py.Message(() => PyOps.CallMethod(c, site, 1L, 2L)));
    }

    private static object? SetX(object? self, object? x)
    {
        PyOps.SetAttr(self, "x", x);
        return null;
    }

    private static PyFunction Init1(string cls, Func<object?, object?, object?> body) => Method1(cls, body, "__init__");

    private static PyFunction Method1(string cls, Func<object?, object?, object?> body, string name = "m") =>
        new(new PyCode(name, cls + "." + name, ["self", "x"], 2, 0, 0, false, false), body, Py.Main);
}
