using Portalis.Runtime;
using Portalis.Runtime.Tests.Modules;

namespace Portalis.Runtime.Tests.BuiltinsModule;

public sealed class BuiltinsModuleTests
{
    [Fact]
    public void Print_SepEndAndFile_WritesToTheFileObject()
    {
        var writer = new StringWriter();
        var file = new PyTextFile("f", "w", () => writer, null, null);
        Py.BuiltinKw("print", [1L, "a", 2.5, "-", "!", file], "sep", "end", "file");
        Py.BuiltinKw("print", [null, file], "file");
        Assert.Equal("1-a-2.5!None\n", writer.ToString());
    }

    [Fact]
    public void Print_BadSep_RaisesCPythonTypeError()
    {
        Assert.Equal("TypeError: sep must be None or a string, not int", Py.Error(() => Py.BuiltinKw("print", [1L, 1L], "sep")));
        Assert.Equal("TypeError: 'sepx' is an invalid keyword argument for print()", Py.Error(() => Py.BuiltinKw("print", [1L, 1L], "sepx")));
    }

    [Fact]
    public void Binder_ArgumentErrors_MatchCPython()
    {
        Assert.Equal("TypeError: divmod expected 2 arguments, got 1", Py.Error(() => Py.Builtin("divmod", 1L)));
        Assert.Equal("TypeError: abs() takes exactly one argument (0 given)", Py.Error(() => Py.Builtin("abs")));
        Assert.Equal("TypeError: getattr expected at least 2 arguments, got 1", Py.Error(() => Py.Builtin("getattr", 1L)));
        Assert.Equal("TypeError: pow() missing required argument 'exp' (pos 2)", Py.Error(() => Py.Builtin("pow", 2L)));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for round()", Py.Error(() => Py.BuiltinKw("round", [1L, 2L], "x")));
        Assert.Equal("TypeError: sum() takes at most 2 arguments (3 given)", Py.Error(() => Py.Builtin("sum", Py.List(), 1L, 2L)));
        Assert.Equal("TypeError: format() argument 2 must be str, not int", Py.Error(() => Py.Builtin("format", 1L, 2L)));
        Assert.Equal("TypeError: input expected at most 1 argument, got 2", Py.Error(() => Py.Builtin("input", 1L, 2L)));
        Assert.Equal("TypeError: Cannot specify a default for min() with multiple positional arguments", Py.Error(() => Py.BuiltinKw("min", [1L, 2L, 3L], "default")));
    }

    [Fact]
    public void Round_Keywords_BindByName()
    {
        Assert.Equal(2L, Py.BuiltinKw("round", [1.5, null], "number", "ndigits"));
        Assert.Equal(1.23, Py.BuiltinKw("round", [1.234, 2L], "ndigits"));
    }

    [Fact]
    public void MaxMin_KeyAndDefault_AsCPython()
    {
        var negate = new PyBuiltinFunction("neg", (a, _) => PyOps.Neg(a[0]));
        Assert.Equal(1L, Py.BuiltinKw("max", [Py.List(3L, 1L, 2L), negate], "key"));
        Assert.Equal("x", Py.BuiltinKw("max", [Py.List(), "x"], "default"));
        Assert.Equal(1L, Py.BuiltinKw("min", [Py.List(), 1L, null], "default", "key"));
        Assert.Equal(3L, Py.Builtin("max", 1L, 3L, 2L));
        Assert.Equal("ValueError: max() arg is an empty sequence", Py.Error(() => Py.Builtin("max", Py.List())));
    }

    [Fact]
    public void Sorted_KeyReverse_Keywords()
    {
        var len = PyBuiltins.Module.Global("len").Get();
        var result = Py.BuiltinKw("sorted", [Py.List("ccc", "a", "bb"), len, true], "key", "reverse");
        Assert.Equal("['ccc', 'bb', 'a']", Py.Repr(result));
    }

    [Fact]
    public void MapZipEnumerateFilterReversed_AreLazyCallables()
    {
        var add = new PyBuiltinFunction("add", (a, _) => PyOps.Add(a[0], a[1]));
        Assert.Equal("[11, 22]", Py.Repr(PyList.FromIterable(Py.Builtin("map", add, Py.List(1L, 2L, 3L), Py.List(10L, 20L)))));
        Assert.Equal("[(5, 'a'), (6, 'b')]", Py.Repr(PyList.FromIterable(Py.BuiltinKw("enumerate", ["ab", 5L], "start"))));
        Assert.Equal("[1, 2]", Py.Repr(PyList.FromIterable(Py.Builtin("filter", null, Py.List(0L, 1L, 2L, "")))));
        Assert.Equal("[3, 2, 1]", Py.Repr(PyList.FromIterable(Py.Builtin("reversed", Py.List(1L, 2L, 3L)))));
        Assert.Equal("ValueError: zip() argument 2 is shorter than argument 1", Py.Error(() => PyList.FromIterable(Py.BuiltinKw("zip", [Py.List(1L, 2L), Py.List(1L), true], "strict"))));
        Assert.Equal("TypeError: map() takes no keyword arguments", Py.Error(() => Py.BuiltinKw("map", [add, Py.List()], "x")));
    }

    [Fact]
    public void IterWithSentinel_CallsUntilSentinel()
    {
        var n = 0L;
        var counter = new PyBuiltinFunction("c", (_, _) => ++n);
        Assert.Equal("[1, 2, 3]", Py.Repr(PyList.FromIterable(Py.Builtin("iter", counter, 4L))));
        Assert.Equal("TypeError: iter(v, w): v must be callable", Py.Error(() => Py.Builtin("iter", 1L, 2L)));
    }

    [Fact]
    public void NextGetattrHasattr_DefaultsDistinguishMissingFromNone()
    {
        var it = Py.Builtin("iter", Py.List());
        Assert.Null(Py.Builtin("next", it, null));
        Assert.Equal("StopIteration: ", Py.Error(() => Py.Builtin("next", it)));
        Assert.Null(Py.Builtin("getattr", 1L, "nope", null));
        Assert.Equal(1L, Py.Builtin("getattr", 1L, "real"));
        Assert.Equal(false, Py.Builtin("hasattr", 1L, "nope"));
        Assert.Equal("TypeError: attribute name must be string, not 'int'", Py.Error(() => Py.Builtin("getattr", 1L, 2L)));
    }

    [Fact]
    public void Callable_BuiltinFunctionsAndModules()
    {
        Assert.Equal(true, Py.Builtin("callable", PyBuiltins.Module.Global("len").Get()));
        Assert.Equal(false, Py.Builtin("callable", PyBuiltins.Module));
        Assert.Equal(false, Py.Builtin("callable", 1L));
    }

    [Fact]
    public void Open_TextWriteReadIterateAndContextMethods()
    {
        var path = Path.Combine(Path.GetTempPath(), "portalis-open-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            var f = Py.Builtin("open", path, "w");
            Py.Method(f, "__enter__");
            Assert.Equal(6L, Py.Method(f, "write", "héllo\n"));
            Py.Method(f, "writelines", Py.List("a\r\n", "b"));
            Py.Method(f, "__exit__", null, null, null);
            Assert.True(((PyTextFile)f!).Closed);
            var r = Py.Builtin("open", path);
            Assert.Equal("['héllo\\n', 'a\\n', 'b']", Py.Repr(PyList.FromIterable(r)));
            Py.Method(r, "close");
            Assert.Equal("ValueError: I/O operation on closed file.", Py.Error(() => Py.Method(r, "read")));
            var a = Py.Builtin("open", path, "a");
            Py.Method(a, "write", "\nc");
            Py.Method(a, "close");
            var r2 = Py.BuiltinKw("open", [path, "utf-8"], "encoding");
            Assert.Equal("héllo\n", Py.Method(r2, "readline"));
            Assert.Equal("a\nb\nc", Py.Method(r2, "read"));
            Py.Method(r2, "close");
            var b = Py.Builtin("open", path, "rb");
            Assert.Equal("b'h\\xc3\\xa9llo\\na\\r\\nb\\nc'", Py.Repr(Py.Method(b, "read")));
            Py.Method(b, "close");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_Errors_AreCPythonOSErrors()
    {
        Assert.Equal("FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'", Py.Error(() => Py.Builtin("open", "/nonexistent/x")));
        Assert.Equal("IsADirectoryError: [Errno 21] Is a directory: '/tmp'", Py.Error(() => Py.Builtin("open", "/tmp")));
        Assert.Equal("ValueError: invalid mode: 'q'", Py.Error(() => Py.Builtin("open", "x", "q")));
    }

    [Fact]
    public void Input_ReadsSysStdinAndWritesPromptToSysStdout()
    {
        var output = new StringWriter();
        var sys = SysModule.Module;
        var saved = (sys.Global("stdout").Value, sys.Global("stdin").Value);
        sys.Set("stdout", new PyTextFile("o", "w", () => output, null, null));
        var reader = new StringReader("first line\r\nsecond");
        sys.Set("stdin", new PyTextFile("i", "r", null, () => reader, null));
        try
        {
            Assert.Equal("first line", Py.Builtin("input", "> "));
            Assert.Equal("second", Py.Builtin("input"));
            Assert.Equal("EOFError: EOF when reading a line", Py.Error(() => Py.Builtin("input")));
            Py.Builtin("print", "via sys.stdout");
            PyBuiltins.Print(["direct", 1L]);
            Assert.Equal("> via sys.stdout\ndirect 1\n", output.ToString());
        }
        finally
        {
            sys.Set("stdout", saved.Item1);
            sys.Set("stdin", saved.Item2);
        }
    }

    [Fact]
    public void Catalog_FindsBuiltinsWithSignatures()
    {
        var functions = NativeModuleCatalog.Find("builtins")!;
        var sorted = functions.Single(f => f.Name == "sorted");
        Assert.Equal("(iterable, /, *, key=None, reverse=False)", sorted.Signature.ToString());
        Assert.Equal("(*args, sep=None, end=None, file=None, flush=False)", functions.Single(f => f.Name == "print").Signature.ToString());
        Assert.Equal(nameof(Runtime.BuiltinsModule.Sorted), sorted.Method.Name);
        Assert.Contains("builtins", NativeModuleCatalog.All.Keys);
        Assert.Same(PyBuiltins.Module, NativeModuleCatalog.All["builtins"]());
    }
}
