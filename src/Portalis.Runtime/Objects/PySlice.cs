using System.Numerics;

namespace Portalis.Runtime;

/// <summary>Python's <c>slice(start, stop, step)</c>.</summary>
public sealed class PySlice(object? start, object? stop, object? step) : PyContainer
{
    /// <summary>Creates <c>slice(stop)</c>.</summary>
    public PySlice(object? stop)
        : this(null, stop, null)
    {
    }

    /// <summary><c>start</c></summary>
    public object? Start { get; } = start;

    /// <summary><c>stop</c></summary>
    public object? Stop { get; } = stop;

    /// <summary><c>step</c></summary>
    public object? Step { get; } = step;

    /// <inheritdoc/>
    public override string PythonTypeName => "slice";

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        (value, var found) = name switch
        {
            "start" => (Start, true),
            "stop" => (Stop, true),
            "step" => (Step, true),
            _ => (null, false),
        };
        return found;
    }

    /// <summary>
    /// <c>slice.indices(length)</c> plus the item count (Objects/sliceobject.c, <c>PySlice_Unpack</c> and
    /// <c>PySlice_AdjustIndices</c>).
    /// </summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = 1;
        if (Step is not null)
        {
            step = ClampIndex(Step);
            if (step == 0)
            {
                throw new PyValueError("slice step cannot be zero");
            }
        }

        long start;
        long stop;
        if (Start is null)
        {
            start = step < 0 ? long.MaxValue : 0;
        }
        else
        {
            start = ClampIndex(Start);
        }

        if (Stop is null)
        {
            stop = step < 0 ? long.MinValue : long.MaxValue;
        }
        else
        {
            stop = ClampIndex(Stop);
        }

        if (start < 0)
        {
            start += length;
            if (start < 0)
            {
                start = step < 0 ? -1 : 0;
            }
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }

        if (stop < 0)
        {
            stop += length;
            if (stop < 0)
            {
                stop = step < 0 ? -1 : 0;
            }
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }

        long count = 0;
        if (step < 0)
        {
            if (stop < start)
            {
                count = ((start - stop - 1) / -step) + 1;
            }
        }
        else if (start < stop)
        {
            count = ((stop - start - 1) / step) + 1;
        }

        return (start, stop, step, count);
    }

    /// <summary>Python's <c>slice.indices(length)</c> returning the (start, stop, step) tuple.</summary>
    public PyTuple IndicesTuple(object? length)
    {
        var n = PyOps.ToIndex(length);
        if (n < 0)
        {
            throw new PyValueError("length should not be negative");
        }

        var (start, stop, step, _) = Indices(n);
        return new PyTuple(start, stop, step);
    }

    // _PyEval_SliceIndex: __index__ of the value, clamped to the Py_ssize_t range.
    private static long ClampIndex(object value)
    {
        if (value is PyObject o && !PyOps.IsIntLike(value))
        {
            value = o.TryIndex(out var index) ? index! : throw new PyTypeError("slice indices must be integers or None or have an __index__ method");
        }

        if (value is BigInteger big)
        {
            return big.Sign < 0 ? long.MinValue : long.MaxValue;
        }

        if (!PyOps.IsIntLike(value))
        {
            throw new PyTypeError("slice indices must be integers or None or have an __index__ method");
        }

        return PyOps.ToIndex(value);
    }

    internal override bool ContentEquals(object? other) =>
        other is PySlice s && PyOps.Eq(new PyTuple(Start, Stop, Step), new PyTuple(s.Start, s.Stop, s.Step));

    internal override void AppendRepr(System.Text.StringBuilder builder)
    {
        builder.Append("slice(");
        PyOps.AppendRepr(builder, Start);
        builder.Append(", ");
        PyOps.AppendRepr(builder, Stop);
        builder.Append(", ");
        PyOps.AppendRepr(builder, Step);
        builder.Append(')');
    }

    /// <inheritdoc/>
    public override bool? Bool() => true;
}
