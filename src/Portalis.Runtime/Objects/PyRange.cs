using System.Collections;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>range</c>: O(1) len, index, count and membership. Bounds and length are 64-bit in the common case;
/// a range with a bound or a length beyond that (<c>range(2**70)</c>, <c>range(2**64, 2**64 + 3)</c>) keeps them as
/// big integers, as CPython's rangeobject.c keeps Python ints, and its <c>len()</c> raises OverflowError only
/// when the length itself does not fit in a Py_ssize_t.
/// </summary>
public sealed class PyRange : PyContainer, IEnumerable<object?>
{
    private readonly long _length;
    private readonly BigBounds? _big;

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
        _length = ComputeLength(start, stop, step);
    }

    private PyRange(long start, long stop, long step, long length)
    {
        Start = start;
        Stop = stop;
        Step = step;
        _length = length;
    }

    private PyRange(BigBounds big)
    {
        _big = big;
        _length = big.Length <= long.MaxValue ? (long)big.Length : -1;
        Start = big.Start >= long.MinValue && big.Start <= long.MaxValue ? (long)big.Start : 0;
        Stop = big.Stop >= long.MinValue && big.Stop <= long.MaxValue ? (long)big.Stop : 0;
        Step = big.Step >= long.MinValue && big.Step <= long.MaxValue ? (long)big.Step : 0;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "range";

    /// <summary><c>start</c> of a range with 64-bit bounds (see <see cref="StartValue"/>).</summary>
    public long Start { get => _big is null ? field : throw TooBig("C long"); }

    /// <summary><c>stop</c> of a range with 64-bit bounds (see <see cref="StopValue"/>).</summary>
    public long Stop { get => _big is null ? field : throw TooBig("C long"); }

    /// <summary><c>step</c> of a range with 64-bit bounds (see <see cref="StepValue"/>).</summary>
    public long Step { get => _big is null ? field : throw TooBig("C long"); }

    /// <summary><c>r.start</c> as a Python int, whatever its size.</summary>
    public object StartValue => _big is { } b ? PyInt.Normalize(b.Start) : Start;

    /// <summary><c>r.stop</c> as a Python int.</summary>
    public object StopValue => _big is { } b ? PyInt.Normalize(b.Stop) : Stop;

    /// <summary><c>r.step</c> as a Python int.</summary>
    public object StepValue => _big is { } b ? PyInt.Normalize(b.Step) : Step;

    /// <summary><c>len(r)</c>: OverflowError when the length does not fit in a Py_ssize_t (Objects/rangeobject.c, <c>range_length</c>).</summary>
    public long Length => _length >= 0 ? _length : throw TooBig("C ssize_t");

    /// <summary><c>range(...)</c> from Python arguments (ints or objects with __index__), of any size.</summary>
    public static PyRange Create(object? a, object? b = null, object? c = null, int argumentCount = 1)
    {
        // Objects/rangeobject.c, range_from_array: each argument through PyNumber_Index.
        var (start, stop, step) = argumentCount switch
        {
            1 => (0L, PyInt.Index(a), 1L),
            2 => (PyInt.Index(a), PyInt.Index(b), 1L),
            _ => (PyInt.Index(a), PyInt.Index(b), PyInt.Index(c)),
        };
        if (start is long lo && stop is long hi && step is long st)
        {
            if (st == 0)
            {
                throw new PyValueError("range() arg 3 must not be zero");
            }

            if (TryComputeLength(lo, hi, st, out var length))
            {
                return new PyRange(lo, hi, st, length);
            }
        }

        var bigStep = PyInt.ToBig(step);
        if (bigStep.IsZero)
        {
            throw new PyValueError("range() arg 3 must not be zero");
        }

        var bigStart = PyInt.ToBig(start);
        var bigStop = PyInt.ToBig(stop);
        return new PyRange(new BigBounds(bigStart, bigStop, bigStep, BigLength(bigStart, bigStop, bigStep)));
    }

    private static PyOverflowError TooBig(string target) => new($"Python int too large to convert to {target}");

    // Objects/rangeobject.c, compute_range_length for Python ints.
    private static BigInteger BigLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        var (lo, hi, stride) = step.Sign > 0 ? (start, stop, step) : (stop, start, -step);
        return lo >= hi ? BigInteger.Zero : ((hi - lo - 1) / stride) + 1;
    }

    private BigInteger BigStart => _big?.Start ?? Start;

    private BigInteger BigStep => _big?.Step ?? Step;

    private BigInteger BigCount => _big?.Length ?? _length;

    /// <summary>The length of a range with these 64-bit bounds; OverflowError when it does not fit in a long.</summary>
    internal static long ComputeLength(long start, long stop, long step) =>
        TryComputeLength(start, stop, step, out var length) ? length : throw TooBig("C ssize_t");

    /// <summary>
    /// Objects/rangeobject.c, compute_range_length, in unsigned 64-bit arithmetic: the distance between two longs
    /// and the magnitude of any step fit in a ulong. False when the length does not fit in a long.
    /// </summary>
    private static bool TryComputeLength(long start, long stop, long step, out long length)
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

        var n = lo >= hi ? 0UL : (unchecked((ulong)hi - (ulong)lo) - 1) / stride + 1;
        length = (long)n;
        return n <= long.MaxValue;
    }

    /// <summary><c>r[index]</c> for any range (a big range's items are big ints).</summary>
    public object GetItemValue(long index)
    {
        if (_big is not { } b)
        {
            return GetItem(index);
        }

        return GetItemValue(new BigInteger(index));
    }

    /// <summary><c>r[index]</c> with an index of any size (Objects/rangeobject.c, <c>compute_range_item</c>).</summary>
    public object GetItemValue(BigInteger index)
    {
        var count = BigCount;
        var i = index.Sign < 0 ? count + index : index;
        if (i.Sign < 0 || i >= count)
        {
            throw new PyIndexError("range object index out of range");
        }

        return PyInt.Normalize(BigStart + (i * BigStep));
    }

    /// <summary><c>r[index]</c> of a range with 64-bit bounds.</summary>
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
        if (_big is not null)
        {
            throw TooBig("C ssize_t");
        }

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
            if (BigCount.IsZero)
            {
                return false;
            }

            var first = BigStart;
            var last = first + ((BigCount - 1) * BigStep);
            var (lo, hi) = BigStep.Sign > 0 ? (first, last) : (last, first);
            return v >= lo && v <= hi && ((v - first) % BigStep).IsZero;
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
    public object Index(object? value)
    {
        if (value is long or bool or BigInteger && Contains(value))
        {
            return PyInt.Normalize((PyInt.ToBig(value) - BigStart) / BigStep);
        }

        throw new PyValueError(PyOps.Repr(value) + " is not in range");
    }

    /// <summary><c>r.count(x)</c></summary>
    public long CountOf(object? value) => value is long or bool or BigInteger ? (Contains(value) ? 1 : 0) : this.LongCount(v => PyOps.Eq(v, value));

    /// <summary><c>reversed(r)</c></summary>
    public IEnumerable<object?> Reversed()
    {
        if (_big is { } b)
        {
            for (var i = b.Length - 1; i.Sign >= 0; i--)
            {
                yield return PyInt.Normalize(b.Start + (i * b.Step));
            }

            yield break;
        }

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
        if (_big is { } b)
        {
            // Objects/rangeobject.c, longrangeiter.
            var v = b.Start;
            for (var i = BigInteger.Zero; i < b.Length; i++, v += b.Step)
            {
                yield return PyInt.Normalize(v);
            }

            yield break;
        }

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
        var count = BigCount;
        if (count.IsZero)
        {
            return PyOps.TupleHash([0L, null, null]);
        }

        if (count.IsOne)
        {
            return PyOps.TupleHash([1L, StartValue, null]);
        }

        return PyOps.TupleHash([PyInt.Normalize(count), StartValue, StepValue]);
    }

    internal override bool ContentEquals(object? other)
    {
        // Equal when they describe the same sequence (range_equals).
        if (other is not PyRange r || r.BigCount != BigCount)
        {
            return false;
        }

        if (BigCount.IsZero)
        {
            return true;
        }

        return BigStart == r.BigStart && (BigCount.IsOne || BigStep == r.BigStep);
    }

    internal override void AppendRepr(StringBuilder builder)
    {
        builder.Append("range(").Append(PyOps.Repr(StartValue)).Append(", ").Append(PyOps.Repr(StopValue));
        if (!BigStep.IsOne)
        {
            builder.Append(", ").Append(PyOps.Repr(StepValue));
        }

        builder.Append(')');
    }

    /// <summary>The bounds and length of a range beyond 64 bits.</summary>
    private sealed record BigBounds(BigInteger Start, BigInteger Stop, BigInteger Step, BigInteger Length);
}
