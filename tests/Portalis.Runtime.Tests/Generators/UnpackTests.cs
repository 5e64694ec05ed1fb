using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Generators;

public sealed class UnpackTests
{
    [Theory]
    [InlineData("tuple")]
    [InlineData("list")]
    [InlineData("generic")]
    public void Unpack_ExactCount_ReturnsItems(string kind)
    {
        object value = kind switch
        {
            "tuple" => new PyTuple(1L, 2L),
            "list" => new PyList(1L, 2L),
            _ => new PyRange(1, 3, 1),
        };
        Assert.Equal([1L, 2L], PyOps.Unpack(value, 2));
    }

    [Theory]
    [InlineData(3, "too many values to unpack (expected 2)")]
    [InlineData(1, "not enough values to unpack (expected 2, got 1)")]
    public void Unpack_WrongCount_RaisesCPythonMessage(long n, string message)
    {
        Assert.Equal(message, Assert.Throws<PyValueError>(() => PyOps.Unpack(new PyRange(0, n, 1), 2)).Message);
        Assert.Equal(message, Assert.Throws<PyValueError>(() => PyOps.Unpack(PyTuple.FromIterable(new PyRange(0, n, 1)), 2)).Message);
    }

    [Fact]
    public void Unpack_NonIterable_RaisesTypeError()
    {
        Assert.Equal("cannot unpack non-iterable int object", Assert.Throws<PyTypeError>(() => PyOps.Unpack(5L, 2)).Message);
        Assert.Equal("cannot unpack non-iterable NoneType object", Assert.Throws<PyTypeError>(() => PyOps.UnpackStar(null, 1, 0)).Message);
    }

    [Fact]
    public void Unpack_String_UnpacksCharacters()
    {
        Assert.Equal(["a", "b"], PyOps.Unpack("ab", 2));
    }

    [Fact]
    public void UnpackStar_Middle_IsAList()
    {
        var result = PyOps.UnpackStar(new PyRange(0, 5, 1), 1, 2);
        Assert.Equal(0L, result[0]);
        Assert.Equal("[1, 2]", PyOps.Repr(result[1]));
        Assert.Equal([3L, 4L], result[2..]);
        Assert.Equal("[]", PyOps.Repr(PyOps.UnpackStar(new PyList(1L, 2L), 1, 1)[1]));
    }

    [Fact]
    public void UnpackStar_TooFew_RaisesAtLeastMessage()
    {
        Assert.Equal("not enough values to unpack (expected at least 3, got 2)",
            Assert.Throws<PyValueError>(() => PyOps.UnpackStar(new PyTuple(1L, 2L), 2, 1)).Message);
        Assert.Equal("not enough values to unpack (expected at least 3, got 1)",
            Assert.Throws<PyValueError>(() => PyOps.UnpackStar(new PyRange(0, 1, 1), 2, 1)).Message);
    }
}
