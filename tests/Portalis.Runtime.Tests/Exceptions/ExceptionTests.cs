using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Exceptions;

// Expected strings were printed by CPython 3.11 (repr(e), str(e) and traceback.print_exc()).
public class ExceptionTests
{
    public static TheoryData<PyBaseException, string, string> Cases() => new()
    {
        { new PyKeyError(), "KeyError()", string.Empty },
        { new PyKeyError("x"), "KeyError('x')", "'x'" },
        { new PyKeyError("x", "y"), "KeyError('x', 'y')", "('x', 'y')" },
        { new PyKeyError(1L), "KeyError(1)", "1" },
        { new PyValueError(), "ValueError()", string.Empty },
        { new PyValueError("a"), "ValueError('a')", "a" },
        { new PyValueError("a", 1L), "ValueError('a', 1)", "('a', 1)" },
        { new PyValueError([null]), "ValueError(None)", "None" },
        { new PyValueError(null), "ValueError(None)", "None" },
        { PyOSError.Create(2L, "No such file"), "FileNotFoundError(2, 'No such file')", "[Errno 2] No such file" },
        { PyOSError.Create(2L, "No such file", "f.txt"), "FileNotFoundError(2, 'No such file')", "[Errno 2] No such file: 'f.txt'" },
        { PyOSError.Create("x"), "OSError('x')", "x" },
        { new PyStopIteration(5L), "StopIteration(5)", "5" },
        { new PySystemExit(3L), "SystemExit(3)", "3" },
        { new PyUnicodeEncodeError("ascii", "a\u00e9", 1, 2, "ordinal not in range(128)"), "UnicodeEncodeError('ascii', 'a\u00e9', 1, 2, 'ordinal not in range(128)')", "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)" },
        { new PyRuntimeError(new PyList(1L, "a")), "RuntimeError([1, 'a'])", "[1, 'a']" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReprAndStr_BuiltinException_MatchCPython(PyBaseException exception, string repr, string str)
    {
        Assert.Equal(repr, PyOps.Repr(exception));
        Assert.Equal(str, PyOps.Str(exception));
    }

    [Fact]
    public void Hierarchy_BuiltinExceptions_MirrorPython()
    {
        Assert.IsAssignableFrom<PyArithmeticError>(new PyZeroDivisionError());
        Assert.IsAssignableFrom<PyLookupError>(new PyKeyError());
        Assert.IsAssignableFrom<PyLookupError>(new PyIndexError());
        Assert.IsAssignableFrom<PyRuntimeError>(new PyRecursionError());
        Assert.IsAssignableFrom<PyRuntimeError>(new PyNotImplementedError());
        Assert.IsAssignableFrom<PyNameError>(new PyUnboundLocalError());
        Assert.IsAssignableFrom<PyOSError>(new PyTimeoutError());
        Assert.IsAssignableFrom<PyImportError>(new PyModuleNotFoundError());
        Assert.IsAssignableFrom<PyValueError>(new PyUnicodeDecodeError("utf-8", new PyBytes([0xff]), 0, 1, "invalid start byte"));
        Assert.IsNotAssignableFrom<PyException>(new PyKeyboardInterrupt());
        Assert.IsNotAssignableFrom<PyException>(new PySystemExit());
        Assert.IsNotAssignableFrom<PyException>(new PyGeneratorExit());
        Assert.IsAssignableFrom<PyWarning>(new PyDeprecationWarning());
        Assert.Equal("ZeroDivisionError", new PyZeroDivisionError().PythonTypeName);
        Assert.Equal("Exception", new PyException().PythonTypeName);
    }

    [Fact]
    public void Format_CauseAndContextChain_MatchesCPythonTraceback()
    {
        // /tmp/tb.py: KeyError raised in inner(), re-raised as ValueError from it, then a RuntimeError
        // handled and a TypeError raised while handling it.
        var key = new PyKeyError("k")
        {
            Frames =
            [
                new("/tmp/tb.py", 6, "outer", "        inner()"),
                new("/tmp/tb.py", 2, "inner", "    raise KeyError(\"k\")"),
            ],
        };
        var value = new PyValueError("bad", 2L)
        {
            Frames =
            [
                new("/tmp/tb.py", 11, "<module>", "    outer()"),
                new("/tmp/tb.py", 8, "outer", "        raise ValueError(\"bad\", 2) from e"),
            ],
            Context = key,
        }.WithCause(key);
        var runtime = new PyRuntimeError { Frames = [new("/tmp/tb.py", 14, "<module>", "        raise RuntimeError()")], Context = value };
        var type = new PyTypeError("final") { Frames = [new("/tmp/tb.py", 16, "<module>", "        raise TypeError(\"final\")")], Context = runtime };

        const string Expected = """
            Traceback (most recent call last):
              File "/tmp/tb.py", line 6, in outer
                inner()
              File "/tmp/tb.py", line 2, in inner
                raise KeyError("k")
            KeyError: 'k'

            The above exception was the direct cause of the following exception:

            Traceback (most recent call last):
              File "/tmp/tb.py", line 11, in <module>
                outer()
              File "/tmp/tb.py", line 8, in outer
                raise ValueError("bad", 2) from e
            ValueError: ('bad', 2)

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "/tmp/tb.py", line 14, in <module>
                raise RuntimeError()
            RuntimeError

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "/tmp/tb.py", line 16, in <module>
                raise TypeError("final")
            TypeError: final

            """;
        Assert.Equal(Expected, Traceback.Format(type));
    }

    [Fact]
    public void Format_RecursiveFrames_SummarisesRepeats()
    {
        var frames = new List<TracebackFrame> { new("<string>", 7, "<module>", null) };
        for (var i = 0; i < 6; i++)
        {
            frames.Add(new("<string>", 6, "f", null));
        }

        frames.Add(new("<string>", 5, "f", null));
        var error = new PyValueError("x") { Frames = frames };
        const string Expected = """
            Traceback (most recent call last):
              File "<string>", line 7, in <module>
              File "<string>", line 6, in f
              File "<string>", line 6, in f
              File "<string>", line 6, in f
              [Previous line repeated 3 more times]
              File "<string>", line 5, in f
            ValueError: x

            """;
        Assert.Equal(Expected, Traceback.Format(error));
    }

    [Fact]
    public void Format_NoFramesAndNote_PrintsOnlyExceptionLineAndNote()
    {
        var error = new PyAssertionError();
        error.AddNote("extra context");
        Assert.Equal("AssertionError\nextra context\n", Traceback.Format(error));
    }
}
