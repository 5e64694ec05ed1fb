using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Exceptions;

// Expected strings were printed by CPython 3.11 (repr, str, traceback.format_exception of never-raised groups).
public class ExceptionGroupTests
{
    [Fact]
    public void Call_BaseExceptionGroupOfExceptions_MakesAnExceptionGroup()
    {
        var group = PyOps.Call(PyType.BaseExceptionGroupType, "m", new PyList(new PyValueError(1L)));
        Assert.IsType<PyExceptionGroup>(group);
        Assert.Same(PyType.ExceptionGroupType, PyOps.TypeOf(group));
        Assert.True(PyType.ExceptionType.IsInstance(group));
        Assert.Equal("ExceptionGroup('m', [ValueError(1)])", PyOps.Repr(group));
        Assert.Equal("m (1 sub-exception)", PyOps.Str(group));
    }

    [Fact]
    public void Call_BaseExceptionGroupWithABaseException_StaysABaseExceptionGroup()
    {
        var group = PyOps.Call(PyType.BaseExceptionGroupType, "m", new PyTuple(new PyKeyboardInterrupt(), new PyValueError()));
        Assert.IsNotType<PyExceptionGroup>(group);
        Assert.False(PyType.ExceptionType.IsInstance(group));
        Assert.Equal("m (2 sub-exceptions)", PyOps.Str(group));
    }

    [Theory]
    [InlineData("ExceptionGroup", "TypeError: Cannot nest BaseExceptions in an ExceptionGroup")]
    [InlineData("empty", "ValueError: second argument (exceptions) must be a non-empty sequence")]
    [InlineData("item", "ValueError: Item 1 of second argument (exceptions) is not an exception")]
    [InlineData("message", "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int")]
    public void Call_InvalidArguments_RaisesCPythonsError(string what, string expected)
    {
        object?[] args = what switch
        {
            "ExceptionGroup" => ["m", new PyList(new PySystemExit())],
            "empty" => ["m", new PyList()],
            "item" => ["m", new PyList(new PyValueError(), 3L)],
            _ => [5L, new PyList(new PyValueError())],
        };
        var e = Assert.ThrowsAny<PyBaseException>(() => PyOps.Call(PyType.ExceptionGroupType, args));
        Assert.Equal(expected, e.PythonTypeName + ": " + e.PyStr());
    }

    [Fact]
    public void Format_NestedGroupWithNote_DrawsCPythonsBoxes()
    {
        var inner = (PyBaseException)PyOps.Call(PyType.ExceptionGroupType, "inner", new PyList(new PyKeyError("k")))!;
        inner.AddNote("a note");
        var outer = (PyBaseException)PyOps.Call(PyType.ExceptionGroupType, "outer", new PyList(new PyValueError(1L), inner))!;
        const string expected = """
              | ExceptionGroup: outer (2 sub-exceptions)
              +-+---------------- 1 ----------------
                | ValueError: 1
                +---------------- 2 ----------------
                | ExceptionGroup: inner (1 sub-exception)
                | a note
                +-+---------------- 1 ----------------
                  | KeyError: 'k'
                  +------------------------------------

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), Traceback.Format(outer));
    }

    [Fact]
    public void Split_ByType_KeepsNestingAndCopiesCauseAndContext()
    {
        var v = new PyValueError(1L);
        var t = new PyTypeError(2L);
        var inner = PyOps.Call(PyType.ExceptionGroupType, "inner", new PyList(t, new PyValueError(3L)));
        var group = (PyBaseException)PyOps.Call(PyType.ExceptionGroupType, "outer", new PyList(v, inner))!;
        group.Cause = new PyOSError("cause");
        var parts = (PyTuple)PyOps.CallMethod(group, "split", PyType.ForException(typeof(PyTypeError)))!;
        var match = (PyBaseException)parts[0]!;
        Assert.Equal("ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2)])])", PyOps.Repr(match));
        Assert.Equal("ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])", PyOps.Repr(parts[1]));
        Assert.Same(group.Cause, match.Cause);
        Assert.True(match.SuppressContext);
        Assert.Same(t, ((PyBaseExceptionGroup)((PyBaseExceptionGroup)match).Exceptions[0]!).Exceptions[0]);
    }
}
