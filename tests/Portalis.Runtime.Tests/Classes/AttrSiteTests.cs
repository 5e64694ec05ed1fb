using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Classes;

// The inline caches of translated attribute accesses must never change what Python sees: each test primes a
// site, changes the class or the instance the way a program can, and reads through the same site again.
// Expected values: python3.11 on the Python in the comments.
public class AttrSiteTests
{
    [Fact]
    public void GetAttr_ClassAttributeRebound_SiteSeesNewValue()
    {
        // class C: pass; c = C(); C.k = 1; print(c.k); C.k = 2; print(c.k); c.k = 3; print(c.k) -> 1 2 3
        var cls = Py.Class("C");
        var c = PyOps.Call(cls);
        var site = new AttrSite("k");
        PyOps.SetAttr(cls, "k", 1L);
        Assert.Equal(1L, PyOps.GetAttr(c, site));
        PyOps.SetAttr(cls, "k", 2L);
        Assert.Equal(2L, PyOps.GetAttr(c, site));
        PyOps.SetAttr(c, new AttrSite("k"), 3L);
        Assert.Equal(3L, PyOps.GetAttr(c, site));
    }

    [Fact]
    public void CallMethod_InstanceAttributeShadowsMethodLater_SiteCallsInstanceAttribute()
    {
        // class C: def m(self): return "class"
        // c = C(); c.m(); c.m = lambda: "instance"; c.m(); del c.m; c.m() -> class instance class
        var cls = Py.Class("C", ("m", Py.Method("C", "m", ["self"], _ => "class")));
        var c = PyOps.Call(cls);
        var site = new AttrSite("m");
        Assert.Equal("class", PyOps.CallMethod(c, site));
        PyOps.SetAttr(c, "m", Py.Def("<lambda>", [], _ => "instance"));
        Assert.Equal("instance", PyOps.CallMethod(c, site));
        PyOps.DelAttr(c, "m");
        Assert.Equal("class", PyOps.CallMethod(c, site));
    }

    [Fact]
    public void GetAttr_PropertyAddedAfterPriming_DataDescriptorWins()
    {
        // class C: pass; c = C(); c.v = 1; c.v; C.v = property(lambda self: "prop"); c.v -> prop
        // c.v = 2 -> AttributeError: property of 'C' object has no setter (no __set_name__ after the class is made)
        var cls = Py.Class("C");
        var c = PyOps.Call(cls);
        var get = new AttrSite("v");
        PyOps.SetAttr(c, new AttrSite("v"), 1L);
        Assert.Equal(1L, PyOps.GetAttr(c, get));
        PyOps.SetAttr(cls, "v", PyOps.Call(PyType.PropertyType, Py.Def("<lambda>", ["self"], _ => "prop")));
        Assert.Equal("prop", PyOps.GetAttr(c, get));
        Assert.Equal("AttributeError: property of 'C' object has no setter", Py.Message(() => PyOps.SetAttr(c, new AttrSite("v"), 2L)));
    }

    [Fact]
    public void GetAttr_TwoClassesThroughOneSite_EachGetsItsOwn()
    {
        // class A: x = "A"; class B: def __init__(self): self.x = "b"
        // for o in (A(), B(), A(), B()): print(o.x) -> A b A b
        var a = Py.Class("A", ("x", "A"));
        var b = Py.Class("B", ("__init__", Py.Method("B", "__init__", ["self"], s =>
        {
            PyOps.SetAttr(s[0], "x", "b");
            return null;
        })));
        var site = new AttrSite("x");
        var seen = new[] { PyOps.Call(a), PyOps.Call(b), PyOps.Call(a), PyOps.Call(b) }.Select(o => PyOps.GetAttr(o, site));
        Assert.Equal(["A", "b", "A", "b"], seen);
    }

    [Fact]
    public void SplitValues_OutOfOrderAndDeletion_DictKeepsInsertionOrder()
    {
        // class C: pass
        // p = C(); p.a = 1; p.b = 2; q = C(); q.b = 3; q.a = 4; del p.a; p.a = 5
        // print(vars(p), vars(q)) -> {'b': 2, 'a': 5} {'b': 3, 'a': 4}
        var cls = Py.Class("C");
        var p = PyOps.Call(cls);
        var q = PyOps.Call(cls);
        PyOps.SetAttr(p, "a", 1L);
        PyOps.SetAttr(p, "b", 2L);
        PyOps.SetAttr(q, "b", 3L);
        PyOps.SetAttr(q, "a", 4L);
        PyOps.DelAttr(p, "a");
        PyOps.SetAttr(p, "a", 5L);
        Assert.Equal("{'b': 2, 'a': 5} {'b': 3, 'a': 4}", PyOps.Repr(PyOps.GetAttr(p, "__dict__")) + " " + PyOps.Repr(PyOps.GetAttr(q, "__dict__")));
    }

    [Fact]
    public void SplitValues_DictRequested_WritesThroughEitherWay()
    {
        // class C: pass; c = C(); c.x = 1; d = c.__dict__; c.y = 2; d["x"] = 9; print(d, c.x) -> {'x': 9, 'y': 2} 9
        var cls = Py.Class("C");
        var c = PyOps.Call(cls);
        var x = new AttrSite("x");
        PyOps.SetAttr(c, x, 1L);
        var d = PyOps.GetAttr(c, "__dict__");
        PyOps.SetAttr(c, new AttrSite("y"), 2L);
        PyOps.SetItem(d, "x", 9L);
        Assert.Equal("{'x': 9, 'y': 2} 9", PyOps.Repr(d) + " " + PyOps.Repr(PyOps.GetAttr(c, x)));
    }

    [Fact]
    public void SetAttr_EightThreadsOnOneInstance_NoAttributeLost()
    {
        // Threads each set their own attributes on one shared instance while the value array grows.
        var cls = Py.Class("C");
        var c = PyOps.Call(cls);
        const int threads = 8;
        const int perThread = 3;
        using var barrier = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            barrier.SignalAndWait();
            for (var i = 0; i < perThread; i++)
            {
                PyOps.SetAttr(c, new AttrSite($"a{t}_{i}"), (long)((t * 10) + i));
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        for (var t = 0; t < threads; t++)
        {
            for (var i = 0; i < perThread; i++)
            {
                Assert.Equal((long)((t * 10) + i), PyOps.GetAttr(c, $"a{t}_{i}"));
            }
        }
    }
    [Fact]
    public void SetAttr_StoresRacingGrowthAndDict_NoUpdateLost()
    {
        // One thread rewrites an attribute the instance has (the lock-free store), one appends attributes (the
        // array grows under the monitor), one asks for __dict__ (the values move into a dict): every last store
        // must survive, whichever copy it raced with.
        for (var round = 0; round < 200; round++)
        {
            var cls = Py.Class("C");
            var c = PyOps.Call(cls);
            var x = new AttrSite("x");
            PyOps.SetAttr(c, x, 0L);
            using var barrier = new Barrier(3);
            var writer = new Thread(() =>
            {
                barrier.SignalAndWait();
                for (var i = 1L; i <= 2000; i++)
                {
                    PyOps.SetAttr(c, x, i);
                }
            });
            var appender = new Thread(() =>
            {
                barrier.SignalAndWait();
                for (var i = 0; i < 12; i++)
                {
                    PyOps.SetAttr(c, new AttrSite($"b{i}"), (long)i);
                }
            });
            var materializer = new Thread(() =>
            {
                barrier.SignalAndWait();
                _ = ((PyInstance)c!).Dict;
            });
            Thread[] all = [writer, appender, materializer];
            Array.ForEach(all, t => t.Start());
            Array.ForEach(all, t => t.Join());
            Assert.Equal(2000L, PyOps.GetAttr(c, x));
            for (var i = 0; i < 12; i++)
            {
                Assert.Equal((long)i, PyOps.GetAttr(c, $"b{i}"));
            }
        }
    }
}
