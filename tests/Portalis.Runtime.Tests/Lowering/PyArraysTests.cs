using System.Numerics;
using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Lowering;

// Messages as CPython 3.11 prints them for the same operations on a list.
public sealed class PyArraysTests
{
    [Theory]
    [InlineData(0L, 10L)]
    [InlineData(2L, 30L)]
    [InlineData(-1L, 30L)]
    [InlineData(-3L, 10L)]
    public void Get_IndexInRange_CountsNegativeFromTheEnd(long index, long expected)
    {
        PyIntValue[] array = [new(10), new(20), new(30)];
        Assert.Equal(expected, PyArrays.Get(array, new PyIntValue(index)).Small);
    }

    [Theory]
    [InlineData(3L)]
    [InlineData(-4L)]
    [InlineData(long.MinValue)]
    public void Get_OutOfRange_RaisesListIndexError(long index)
    {
        var error = Assert.Throws<PyIndexError>(() => PyArrays.Get(new bool[3], new PyIntValue(index)));
        Assert.Equal("list index out of range", PyOps.Str(error));
    }

    [Fact]
    public void SetAndSlot_OutOfRange_RaiseTheirOwnMessages()
    {
        var array = new double[2];
        var store = Assert.Throws<PyIndexError>(() => PyArrays.Set(array, new PyIntValue(2), 1.0));
        Assert.Equal("list assignment index out of range", PyOps.Str(store));
        var update = Assert.Throws<PyIndexError>(() => PyArrays.Slot(array, new PyIntValue(-3)));
        Assert.Equal("list index out of range", PyOps.Str(update));
    }

    [Fact]
    public void Get_IndexBeyond64Bits_CannotFit()
    {
        var error = Assert.Throws<PyIndexError>(() => PyArrays.Get(new object?[1], PyIntValue.FromBig(BigInteger.Pow(2, 70))));
        Assert.Equal("cannot fit 'int' into an index-sized integer", PyOps.Str(error));
    }

    [Fact]
    public void Repeat_CountsNegativeHugeAndBig_AsListRepeat()
    {
        Assert.Empty(PyArrays.RepeatItem(true, new PyIntValue(-5)));
        Assert.Equal(new[] { 1.0, 2.0, 1.0, 2.0 }, PyArrays.Repeat(new[] { 1.0, 2.0 }, new PyIntValue(2)));
        Assert.Throws<PyMemoryError>(() => PyArrays.Repeat(new[] { 1.0, 2.0 }, new PyIntValue(1L << 62)));
        var overflow = Assert.Throws<PyOverflowError>(() => PyArrays.RepeatItem(0.0, PyIntValue.FromBig(-BigInteger.Pow(2, 70))));
        Assert.Equal("cannot fit 'int' into an index-sized integer", PyOps.Str(overflow));
    }

    [Fact]
    public void Contains_OtherTypes_CompareAsPythonDoes()
    {
        PyIntValue[] ints = [new(1), new(2)];
        Assert.True(PyArrays.Contains(ints, 2.0));
        Assert.True(PyArrays.Contains(ints, true));
        Assert.False(PyArrays.Contains(ints, "1"));
        Assert.True(PyArrays.Contains(new bool[2], 0L));
        var nan = (object)double.NaN;
        Assert.True(PyArrays.Contains(new[] { nan }, nan));
        Assert.False(PyArrays.Contains(new[] { nan }, (object)double.NaN));
    }
}
