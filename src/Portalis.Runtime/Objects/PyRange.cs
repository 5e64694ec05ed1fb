using System.Collections;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

/// <summary>Python's <c>range</c> over 64-bit bounds: O(1) len, index, count and membership.</summary>
public sealed class PyRange : PyContainer, IEnumerable<object?>
{
    /// <summary><c>range(start, stop, step)</c></summary>
    public PyRange(long start, long stop, long step = 1)
    {
        if (step == 0)
        {
            throw new PyValueError("range() arg 3 must not be zero");
        }

        Start = start;
        Stop = stop;
        Step = step;
        Length = ComputeLength(start, stop, step);
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "range";

    /// <summary><c>start</c></summary>
    public long Start { get; }

    /// <summary><c>stop</c></summary>
    public long Stop { get; }

    /// <summary><c>step</c></summary>
    public long Step { get; }

    /// <summary><c>len(r)</c></summary>
    public long Length { get; }

    /// <summary><c>range(...)</c> from Python arguments (ints or objects with __index__).</summary>
    public static PyRange Create(object? a, object? b = null, object? c = null, int argumentCount = 1)
    {
        return argumentCount switch
        {
            1 => new PyRange(0, PyOps.ToIndex(a)),
            2 => new PyRange(PyOps.ToIndex(a), PyOps.ToIndex(b)),
            _ => new PyRange(PyOps.ToIndex(a), PyOps.ToIndex(b), PyOps.ToIndex(c)),
        };
    }

    /// <summary>
    /// Objects/rangeobject.c, compute_range_length, in unsigned 64-bit arithmetic: the distance between two longs
    /// and the magnitude of any step fit in a ulong. OverflowError when the length does not fit in a long.
    /// </summary>
    internal static long ComputeLength(long start, long stop, long step)
    {
        long lo = start, hi = stop;
        ulong stride;
        if (step > 0)
        {
            stride = (ulong)step;
        }
        else
        {
            (lo, hi) = (hi, lo);
            stride = 0UL - (ulong)step;
        }

        if (lo >= hi)
        {
            return 0;
        }

        var n = (unchecked((ulong)hi - (ulong)lo) - 1) / stride + 1;
        if (n > long.MaxValue)
        {
            throw new PyOverflowError("Python int too large to convert to C ssize_t");
        }

        return (long)n;
    }

    /// <summary><c>r[index]</c></summary>
    public long GetItem(long index)
    {
        if (index < 0)
        {
            index += Length;
        }

        if ((ulong)index >= (ulong)Length)
        {
            throw new PyIndexError("range object index out of range");
        }

        return Start + (index * Step);
    }

    /// <summary><c>r[slice]</c> is another range.</summary>
    public PyRange GetSlice(PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(Length);
        var newStart = Start + (start * Step);
        var newStep = Step * step;
        return new PyRange(newStart, newStart + (count * newStep), newStep);
    }

    /// <summary><c>x in r</c> in O(1) for ints; other values compare item by item as CPython does.</summary>
    public bool Contains(object? value)
    {
        if (value is long or bool or BigInteger)
        {
            var v = PyInt.ToBig(value);
            if (Length == 0)
            {
                return false;
            }

            var first = new BigInteger(Start);
            var last = first + ((new BigInteger(Length) - 1) * Step);
            var (lo, hi) = Step > 0 ? (first, last) : (last, first);
            return v >= lo && v <= hi && ((v - first) % Step).IsZero;
        }

        foreach (var item in this)
        {
            if (PyOps.Eq(item, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>r.index(x)</c></summary>
    public long Index(object? value)
    {
        if (value is long or bool or BigInteger && Contains(value))
        {
            return (long)((PyInt.ToBig(value) - Start) / Step);
        }

        throw new PyValueError(PyOps.Repr(value) + " is not in range");
    }

    /// <summary><c>r.count(x)</c></summary>
    public long CountOf(object? value) => value is long or bool or BigInteger ? (Contains(value) ? 1 : 0) : this.LongCount(v => PyOps.Eq(v, value));

    /// <summary><c>reversed(r)</c></summary>
    public IEnumerable<object?> Reversed()
    {
        for (var i = Length - 1; i >= 0; i--)
        {
            yield return Start + (i * Step);
        }
    }

    /// <inheritdoc/>
    public override long? Len() => Length;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator()
    {
        for (long i = 0, v = Start; i < Length; i++, v += Step)
        {
            yield return PyIntValue.BoxSmall(v);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override long Hash()
    {
        // Objects/rangeobject.c, range_hash: hash((len, start, step)) with None for the unused fields.
        if (Length == 0)
        {
            return PyOps.TupleHash([0L, null, null]);
        }

        if (Length == 1)
        {
            return PyOps.TupleHash([1L, Start, null]);
        }

        return PyOps.TupleHash([Length, Start, Step]);
    }

    internal override bool ContentEquals(object? other)
    {
        // Equal when they describe the same sequence (range_equals).
        if (other is not PyRange r || r.Length != Length)
        {
            return false;
        }

        if (Length == 0)
        {
            return true;
        }

        return Start == r.Start && (Length == 1 || Step == r.Step);
    }

    internal override void AppendRepr(StringBuilder builder)
    {
        builder.Append("range(").Append(Start).Append(", ").Append(Stop);
        if (Step != 1)
        {
            builder.Append(", ").Append(Step);
        }

        builder.Append(')');
    }
}
