using Portalis.Runtime;
using Portalis.Runtime.Tests.Classes;

namespace Portalis.Runtime.Tests.ExceptionsApi;

// Expected values are python3.11's output for the Python in the comments.
public class ExceptionsApiTests
{
    private static readonly PyType s_valueError = PyType.ForException(typeof(PyValueError));
    private static readonly PyType s_keyError = PyType.ForException(typeof(PyKeyError));

    // class MyError(ValueError):
    //     def __init__(self, msg, code): super().__init__(msg); self.code = code
    private static PyType MakeMyError()
    {
        PyType? cls = null;
        cls = Py.Class("MyError", [s_valueError], ("__init__", Py.Method("MyError", "__init__", ["self", "msg", "code"], s =>
        {
            PyOps.CallMethod(PyOps.Super(cls!, s[0]), "__init__", s[1]);
            PyOps.SetAttr(s[0], "code", s[2]);
            return null;
        })));
        return cls;
    }

    [Fact]
    public void UserException_CustomInitAndAttributes()
    {
        var myError = MakeMyError();
        var e = PyOps.Call(myError, "bad", 7L);
        Assert.IsAssignableFrom<PyValueError>(e);
        Assert.Equal("bad", PyOps.Str(e));
        Assert.Equal("MyError('bad')", PyOps.Repr(e));
        Assert.Equal("('bad',)", PyOps.Repr(PyOps.GetAttr(e, "args")));
        Assert.Equal(7L, PyOps.GetAttr(e, "code"));
        Assert.True(PyOps.IsInstance(e, s_valueError));
        Assert.Same(myError, PyOps.TypeOf(e));
        Assert.Equal(
            "(<class '__main__.MyError'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            PyOps.Repr(PyOps.GetAttr(myError, "__mro__")));
        var thrown = Assert.ThrowsAny<PyValueError>(void () => throw PyOps.Raise(e));
        Assert.True(PyOps.ExceptionMatches(thrown, myError));
        Assert.True(PyOps.ExceptionMatches(thrown, new PyTuple(s_keyError, s_valueError)));
        Assert.False(PyOps.ExceptionMatches(thrown, s_keyError));
        Assert.Equal("MyError: bad", Py.Message(() => throw PyOps.Raise(e)));
    }

    [Fact]
    public void UserException_DefaultInitStrOverride()
    {
        // class Plain(Exception): pass; Plain(1, 2) -> str "(1, 2)", repr "Plain(1, 2)"
        var plain = Py.Class("Plain", [PyType.ForException(typeof(PyException))]);
        var p = PyOps.Call(plain, 1L, 2L);
        Assert.Equal("(1, 2)", PyOps.Str(p));
        Assert.Equal("Plain(1, 2)", PyOps.Repr(p));

        // class WithStr(KeyError): __str__ -> "custom"
        var withStr = Py.Class("WithStr", [s_keyError], ("__str__", Py.Method("WithStr", "__str__", ["self"], s => "custom")));
        Assert.Equal("custom", PyOps.Str(PyOps.Call(withStr, "k")));
        Assert.Equal("WithStr('k')", PyOps.Repr(PyOps.Call(withStr, "k")));
        Assert.Equal("TypeError: ValueError() takes no keyword arguments", Py.Message(() => PyOps.CallKw(s_valueError, [1L], ["x"])));
    }

    [Fact]
    public void Raise_InsideHandler_ChainsContext()
    {
        PyBaseException? caught = null;
        try
        {
            try
            {
                throw PyOps.Raise(PyOps.Call(s_keyError, "a"));
            }
            catch (Exception e) when (PyOps.ExceptionMatches(e, s_keyError))
            {
                var h = PyOps.EnterHandler(e);
                try
                {
                    Assert.Same(h.Exception, PyOps.CurrentHandledException);
                    throw PyOps.Raise(PyOps.Call(s_valueError, "b"));
                }
                finally
                {
                    PyOps.ExitHandler(h);
                }
            }
        }
        catch (Exception e) when (PyOps.ExceptionMatches(e, s_valueError))
        {
            var h2 = PyOps.EnterHandler(e);
            caught = h2.Exception;
            PyOps.ExitHandler(h2);
        }

        Assert.Null(PyOps.CurrentHandledException);
        Assert.Equal("KeyError('a')", PyOps.Repr(PyOps.GetAttr(caught, "__context__")));
        Assert.Null(PyOps.GetAttr(caught, "__cause__"));
        Assert.Equal(false, PyOps.GetAttr(caught, "__suppress_context__"));

        // raise ValueError("x") from KeyError("y")
        var withCause = PyOps.Raise(PyOps.Call(s_valueError, "x"), PyOps.Call(s_keyError, "y"));
        Assert.Equal("KeyError('y')", PyOps.Repr(PyOps.GetAttr(withCause, "__cause__")));
        Assert.Equal(true, PyOps.GetAttr(withCause, "__suppress_context__"));

        // raise ValueError (a class) instantiates it.
        Assert.Equal("ValueError()", PyOps.Repr(PyOps.Raise(s_valueError)));
    }

    [Fact]
    public void Reraise_AndMisuse_RaiseCPythonErrors()
    {
        Assert.Equal("RuntimeError: No active exception to reraise", Py.Message(PyOps.Reraise));
        Assert.Equal("TypeError: exceptions must derive from BaseException", Py.Message(() => throw PyOps.Raise(1L)));
        Assert.Equal(
            "TypeError: catching classes that do not inherit from BaseException is not allowed",
            Py.Message(() => PyOps.ExceptionMatches(new PyKeyError(), PyType.IntType)));
        var original = new PyKeyError("k");
        var h = PyOps.EnterHandler(original);
        try
        {
            Assert.Same(original, Assert.Throws<PyKeyError>(PyOps.Reraise));
        }
        finally
        {
            PyOps.ExitHandler(h);
        }
    }

    [Fact]
    public void ToPython_MapsDotNetExceptions()
    {
        Assert.IsType<PyRecursionError>(PyOps.ToPython(new InsufficientExecutionStackException()));
        Assert.IsType<PyMemoryError>(PyOps.ToPython(new OutOfMemoryException()));
        var sys = PyOps.ToPython(new InvalidOperationException("boom"));
        Assert.IsType<PySystemError>(sys);
        Assert.Contains("boom", sys.PyStr(), StringComparison.Ordinal);
        var v = new PyValueError("same");
        Assert.Same(v, PyOps.ToPython(v));
        Assert.True(PyOps.ExceptionMatches(new InvalidOperationException(), PyType.ForException(typeof(PyException))));
    }

    [Fact]
    public void BuiltinExceptionAttributes_MatchCPython()
    {
        var stop = PyOps.Call(PyType.ForException(typeof(PyStopIteration)), 5L);
        Assert.Equal(5L, PyOps.GetAttr(stop, "value"));
        Assert.Equal(3L, PyOps.GetAttr(PyOps.Call(PyType.ForException(typeof(PySystemExit)), 3L), "code"));
        var os = PyType.ForException(typeof(PyOSError));
        Assert.Equal("FileNotFoundError(2, 'No such file')", PyOps.Repr(PyOps.Call(os, 2L, "No such file")));
        Assert.Equal("[Errno 2] No such file: 'f.txt'", PyOps.Str(PyOps.Call(os, 2L, "No such file", "f.txt")));
        Assert.Null(PyOps.GetAttr(PyOps.Call(PyType.ForException(typeof(PyImportError)), "m"), "name"));
        var e = PyOps.Call(s_valueError, "z");
        PyOps.CallMethod(e, "add_note", "note1");
        Assert.Equal("['note1']", PyOps.Repr(PyOps.GetAttr(e, "__notes__")));
        Assert.Same(e, PyOps.CallMethod(e, "with_traceback", null));
        PyOps.SetAttr(e, "extra", 1L);
        Assert.Equal(1L, PyOps.GetAttr(e, "extra"));
        Assert.Equal("<class 'ValueError'>", PyOps.Repr(s_valueError));
        Assert.Equal("<class 'UnicodeDecodeError'>", PyOps.Repr(PyType.ExceptionByName("UnicodeDecodeError")));
        Assert.True(PyOps.IsSubclass(PyType.ExceptionByName("UnicodeDecodeError"), s_valueError));
        Assert.Same(PyType.ExceptionByName("UnicodeDecodeError"), PyOps.TypeOf(new PyUnicodeDecodeError("utf-8", PyBytes.Empty, 0, 1, "x")));

        // Every builtin exception class of CPython 3.11 (BaseExceptionGroup/ExceptionGroup excepted) exists.
        string[] names =
        [
            "BaseException", "Exception", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError",
            "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
            "MemoryError", "NameError", "UnboundLocalError", "OSError", "BlockingIOError", "ChildProcessError", "ConnectionError",
            "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
            "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
            "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "StopAsyncIteration",
            "StopIteration", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError",
            "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "BytesWarning", "DeprecationWarning",
            "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
            "SyntaxWarning", "UnicodeWarning", "UserWarning", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
        ];
        Assert.All(names, n => Assert.NotNull(PyType.ExceptionByName(n)));
    }

    [Fact]
    public async Task HandlerStack_FollowsTheAsyncFlow()
    {
        var h = PyOps.EnterHandler(new PyKeyError("outer"));
        try
        {
            // An async continuation sees the handler of its logical flow, whatever thread it resumes on.
            await Task.Yield();
            Assert.Same(h.Exception, PyOps.CurrentHandledException);
            await Task.Run(() => Assert.Same(h.Exception, PyOps.CurrentHandledException));
        }
        finally
        {
            PyOps.ExitHandler(h);
        }

        Assert.Null(PyOps.CurrentHandledException);
    }

    private sealed class NativeDecodeError(string message) : PyValueError(message);

    private sealed class NativeThing : PyObject
    {
        public override string PythonTypeName => "thing";
    }

    [Fact]
    public void NativeClasses_RegisterAsTypeObjects()
    {
        var decode = PyType.RegisterException(typeof(NativeDecodeError), "DecodeError", "native", s_valueError, a => new NativeDecodeError(PyOps.Str(a.Length > 0 ? a[0] : string.Empty)));
        var e = new NativeDecodeError("bad");
        Assert.Same(decode, PyOps.TypeOf(e));
        Assert.True(PyOps.ExceptionMatches(e, decode));
        Assert.True(PyOps.ExceptionMatches(e, s_valueError));
        Assert.Equal("<class 'native.DecodeError'>", PyOps.Repr(decode));
        Assert.IsType<NativeDecodeError>(PyOps.Call(decode, "x"));

        var thing = PyType.RegisterNative(typeof(NativeThing), "thing", "native", (a, k) => new NativeThing());
        thing.DefineAttribute("answer", 42L);
        var t = PyOps.Call(thing);
        Assert.Same(thing, PyOps.TypeOf(t));
        Assert.True(PyOps.IsInstance(t, thing));
        Assert.Equal(42L, PyOps.GetAttr(t, "answer"));
        Assert.Equal("TypeError: type 'thing' is not an acceptable base type", Py.Message(() => Py.Class("Sub", [thing])));
    }
}
