using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Imports;

// Module names are unique per test: PyImport's registry is process-wide.
public sealed class PyImportTests
{
    [Fact]
    public void Import_Dotted_ImportsParentsFirstAndBindsSubmoduleInParent()
    {
        var order = new List<string>();
        PyImport.RegisterSource("t1pkg", "/src/t1pkg/__init__.py", isPackage: true, m => order.Add(m.Name));
        PyImport.RegisterSource("t1pkg.sub", "/src/t1pkg/sub.py", isPackage: false, m =>
        {
            order.Add(m.Name);
            m.Set("x", 1L);
        });

        var leaf = PyImport.Import("t1pkg.sub");
        Assert.Equal(["t1pkg", "t1pkg.sub"], order);
        Assert.Equal("t1pkg.sub", leaf.Name);
        var top = PyImport.ImportTop("t1pkg.sub");
        Assert.Equal("t1pkg", top.Name);
        Assert.True(top.TryGetAttribute("sub", out var sub));
        Assert.Same(leaf, sub);
        Assert.Same(leaf, PyImport.Modules.GetItem("t1pkg.sub"));
        Assert.True(top.TryGetAttribute("__path__", out var path));
        Assert.Equal("['/src/t1pkg']", PyOps.Repr(path));
        Assert.True(leaf.TryGetAttribute("__package__", out var package));
        Assert.Equal("t1pkg", package);
    }

    [Fact]
    public void Import_Twice_RunsBodyOnce()
    {
        var runs = 0;
        PyImport.RegisterSource("t2mod", "/src/t2mod.py", isPackage: false, _ => runs++);
        Assert.Same(PyImport.Import("t2mod"), PyImport.Import("t2mod"));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void Import_Circular_SeesPartialModule()
    {
        object? seenByB = "unset";
        PyImport.RegisterSource("t3a", "/src/t3a.py", isPackage: false, m =>
        {
            m.Set("early", 1L);
            PyImport.Import("t3b");
            m.Set("late", 2L);
        });
        PyImport.RegisterSource("t3b", "/src/t3b.py", isPackage: false, _ =>
        {
            var a = PyImport.Import("t3a");
            seenByB = PyImport.ImportFrom(a, "early");
            var error = Assert.Throws<PyImportError>(() => PyImport.ImportFrom(a, "late"));
            Assert.Equal("cannot import name 'late' from 't3a' (most likely due to a circular import) (/src/t3a.py)", error.Message);
        });

        PyImport.Import("t3a");
        Assert.Equal(1L, seenByB);
    }

    [Fact]
    public void Import_FailingBody_RemovesModuleAndRunsAgainNextTime()
    {
        var runs = 0;
        PyImport.RegisterSource("t4mod", "/src/t4mod.py", isPackage: false, _ =>
        {
            runs++;
            throw new PyValueError("broken");
        });
        Assert.Throws<PyValueError>(() => PyImport.Import("t4mod"));
        Assert.False(PyImport.Modules.ContainsKey("t4mod"));
        Assert.Throws<PyValueError>(() => PyImport.Import("t4mod"));
        Assert.Equal(2, runs);
    }

    [Fact]
    public void Import_Unknown_RaisesModuleNotFoundError()
    {
        Assert.Equal("No module named 't5nothing'", Assert.Throws<PyModuleNotFoundError>(() => PyImport.Import("t5nothing")).Message);
        PyImport.RegisterSource("t5plain", "/src/t5plain.py", isPackage: false, _ => { });
        Assert.Equal("No module named 't5plain.x'; 't5plain' is not a package",
            Assert.Throws<PyModuleNotFoundError>(() => PyImport.Import("t5plain.x")).Message);
    }

    [Fact]
    public void ImportFrom_SubmoduleNotYetImported_ImportsIt()
    {
        PyImport.RegisterSource("t6pkg", "/src/t6pkg/__init__.py", isPackage: true, _ => { });
        PyImport.RegisterSource("t6pkg.child", "/src/t6pkg/child.py", isPackage: false, _ => { });
        var pkg = PyImport.Import("t6pkg");
        var child = Assert.IsType<PyModule>(PyImport.ImportFrom(pkg, "child"));
        Assert.Equal("t6pkg.child", child.Name);
        Assert.Equal("cannot import name 'nope' from 't6pkg' (/src/t6pkg/__init__.py)",
            Assert.Throws<PyImportError>(() => PyImport.ImportFrom(pkg, "nope")).Message);
    }

    [Fact]
    public void RegisterNative_FactoryRunsOnceOnImport()
    {
        var made = 0;
        PyImport.RegisterNative("t7native", () =>
        {
            made++;
            return new PyModule("t7native");
        });
        Assert.Same(PyImport.Import("t7native"), PyImport.Import("t7native"));
        Assert.Equal(1, made);
        Assert.Equal("<module 't7native' (built-in)>", PyImport.Import("t7native").Repr());
    }

    [Fact]
    public void RegisterSource_WithGeneratedModuleInstance_UsesThatInstance()
    {
        var module = new PyModule("t8gen", "/src/t8gen.py");
        PyImport.RegisterSource(module, isPackage: false, m => m.Set("ran", true));
        Assert.Same(module, PyImport.Import("t8gen"));
        Assert.True(module.TryGetAttribute("ran", out _));
    }

    [Fact]
    public void Import_ConcurrentFromTwoThreads_SecondWaitsForBody()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var runs = 0;
        PyImport.RegisterSource("t9slow", "/src/t9slow.py", isPackage: false, m =>
        {
            Interlocked.Increment(ref runs);
            entered.Set();
            release.Wait();
            m.Set("done", true);
        });
        PyModule? first = null;
        var thread = new Thread(() => first = PyImport.Import("t9slow"));
        thread.Start();
        entered.Wait();

        PyModule? second = null;
        var waiter = new Thread(() => second = PyImport.Import("t9slow"));
        waiter.Start();

        // The waiter cannot finish before the body does: it is blocked until release.
        Assert.False(waiter.Join(50));
        release.Set();
        thread.Join();
        waiter.Join();
        Assert.Same(first, second);
        Assert.True(second!.TryGetAttribute("done", out _));
        Assert.Equal(1, runs);
    }
}
