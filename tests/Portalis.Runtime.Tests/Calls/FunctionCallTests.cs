using Portalis.Runtime;
using Portalis.Runtime.Tests.Classes;

namespace Portalis.Runtime.Tests.Calls;

public class FunctionCallTests
{
    private static PyTuple Slots(object?[] s) => new(s);

    // def f(a, b, /, c, *, k): pass
    private static readonly PyFunction s_posOnly = Py.Def("f", ["a", "b", "c", "k"], Slots, positional: 3, posOnly: 2, kwOnly: 1);

    // def h(a, b=1): pass
    private static readonly PyFunction s_h = Py.Def("h", ["a", "b"], Slots, defaults: [1L]);

    // def kk(a, *, k, k2): pass
    private static readonly PyFunction s_kk = Py.Def("kk", ["a", "k", "k2"], Slots, kwOnly: 2);

    // def three(a, b, c): pass
    private static readonly PyFunction s_three = Py.Def("three", ["a", "b", "c"], Slots);

    [Fact]
    public void Call_Binding_FillsSlotsInCPythonOrder()
    {
        // def g(a, b=2, *args, k=3, **kw): return (a, b, args, k, kw)
        var kwdefs = new PyDict();
        kwdefs.SetItem("k", 3L);
        var g = Py.Def("g", ["a", "b", "k", "args", "kw"], s => new PyTuple(s[0], s[1], s[3], s[2], s[4]), positional: 2, kwOnly: 1, varArgs: true, varKw: true, defaults: [2L], kwDefaults: kwdefs);
        Assert.Equal("(1, 2, (), 3, {})", PyOps.Repr(PyOps.Call(g, 1L)));
        Assert.Equal("(1, 5, (6, 7), 3, {'z': 8})", PyOps.Repr(PyOps.CallKw(g, [1L, 5L, 6L, 7L, 8L], ["z"])));
        Assert.Equal("(9, 2, (), 4, {})", PyOps.Repr(PyOps.CallKw(g, [4L, 9L], ["k", "a"])));
    }

    [Theory]
    [InlineData("posonly-kw", "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a, b'")]
    [InlineData("too-many-kwonly", "TypeError: f() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given")]
    [InlineData("too-many-defaults", "TypeError: h() takes from 1 to 2 positional arguments but 3 were given")]
    [InlineData("unexpected", "TypeError: h() got an unexpected keyword argument 'k'")]
    [InlineData("missing-kwonly", "TypeError: kk() missing 2 required keyword-only arguments: 'k' and 'k2'")]
    [InlineData("kk-too-many", "TypeError: kk() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given")]
    [InlineData("multiple", "TypeError: h() got multiple values for argument 'a'")]
    [InlineData("missing-1", "TypeError: h() missing 1 required positional argument: 'a'")]
    [InlineData("missing-3", "TypeError: three() missing 3 required positional arguments: 'a', 'b', and 'c'")]
    [InlineData("missing-2", "TypeError: three() missing 2 required positional arguments: 'b' and 'c'")]
    [InlineData("zero", "TypeError: zero() takes 0 positional arguments but 1 was given")]
    public void Call_WrongArguments_RaisesCPythonMessage(string scenario, string expected)
    {
        var zero = Py.Def("zero", [], Slots);
        Action call = scenario switch
        {
            "posonly-kw" => () => PyOps.CallKw(s_posOnly, [1L, 2L, 3L, 4L], ["a", "b", "c", "k"]),
            "too-many-kwonly" => () => PyOps.CallKw(s_posOnly, [1L, 2L, 3L, 4L, 5L], ["k"]),
            "too-many-defaults" => () => PyOps.Call(s_h, 1L, 2L, 3L),
            "unexpected" => () => PyOps.CallKw(s_h, [1L, 2L, 3L, 3L], ["k"]),
            "missing-kwonly" => () => PyOps.Call(s_kk, 1L),
            "kk-too-many" => () => PyOps.CallKw(s_kk, [1L, 2L, 1L], ["k"]),
            "multiple" => () => PyOps.CallKw(s_h, [1L, 2L], ["a"]),
            "missing-1" => () => PyOps.Call(s_h),
            "missing-3" => () => PyOps.Call(s_three),
            "missing-2" => () => PyOps.Call(s_three, 1L),
            _ => () => PyOps.Call(zero, 1L),
        };
        Assert.Equal(expected, Py.Message(call));
    }

    [Fact]
    public void Attributes_NameQualnameDefaultsAndDict_BehaveLikeCPython()
    {
        var f = Py.Def("f", ["a"], s => s[0], qualName: "outer.<locals>.f", defaults: [5L]);
        Assert.Equal("f", PyOps.GetAttr(f, "__name__"));
        Assert.Equal("outer.<locals>.f", PyOps.GetAttr(f, "__qualname__"));
        Assert.Equal("__main__", PyOps.GetAttr(f, "__module__"));
        Assert.Null(PyOps.GetAttr(f, "__doc__"));
        Assert.Equal("(5,)", PyOps.Repr(PyOps.GetAttr(f, "__defaults__")));
        Assert.StartsWith("<function outer.<locals>.f at 0x", PyOps.Repr(f));
        PyOps.SetAttr(f, "__wrapped__", 42L);
        PyOps.SetAttr(f, "calls", 0L);
        Assert.Equal(42L, PyOps.GetAttr(f, "__wrapped__"));
        Assert.Equal("{'__wrapped__': 42, 'calls': 0}", PyOps.Repr(PyOps.GetAttr(f, "__dict__")));
        Assert.Equal(5L, PyOps.Call(f));
        Assert.Equal("AttributeError: 'function' object has no attribute 'nope'", Py.Message(() => PyOps.GetAttr(f, "nope")));
        Assert.Equal("function", PyOps.TypeName(f));
        Assert.Same(PyType.FunctionType, PyOps.TypeOf(f));
    }

    [Fact]
    public void Call_DeepRecursion_BecomesRecursionError()
    {
        PyFunction? rec = null;
        rec = Py.Def("rec", ["n"], s => PyOps.Add(PyOps.Call(rec, PyOps.Add(s[0], 1L)), 1L));
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try
            {
                PyOps.Call(rec, 0L);
            }
            catch (Exception e)
            {
                caught = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        var py = PyOps.ToPython(caught!);
        Assert.IsType<PyRecursionError>(py);
        Assert.Equal("maximum recursion depth exceeded", py.PyStr());
        Assert.Same(py, PyOps.ToPython(caught!));
    }

    [Fact]
    public void BoundMethod_ReprAndCall_PrependSelf()
    {
        var m = Py.Method("C", "m", ["self", "x"], s => new PyTuple(s));
        var c = Py.Class("C", ("m", m));
        var obj = PyOps.Call(c);
        var bound = PyOps.GetAttr(obj, "m");
        Assert.IsType<PyMethod>(bound);
        Assert.StartsWith("<bound method C.m of <__main__.C object at 0x", PyOps.Repr(bound));
        Assert.Same(obj, ((PyTuple)PyOps.Call(bound, 7L)!)[0]);
        Assert.Same(m, PyOps.GetAttr(c, "m"));
        Assert.Equal("TypeError: C.m() takes 2 positional arguments but 3 were given", Py.Message(() => PyOps.CallMethod(obj, "m", 1L, 2L)));
    }
}
