using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// <c>memoryview</c> over bytes or a bytearray (Objects/memoryobject.c), format <c>'B'</c> only: indexing,
/// slicing (a view of the same buffer), <c>tobytes</c>, <c>tolist</c>, <c>hex</c>, <c>len</c>, comparison,
/// and writes through to a bytearray.
/// </summary>
public sealed class PyMemoryView : PyContainer
{
    private readonly PyBytesLike _source;
    private readonly long _start;
    private readonly long _step;
    private readonly long _count;
    private bool _released;

    /// <summary>A view of the whole of <paramref name="source"/>.</summary>
    public PyMemoryView(PyBytesLike source)
        : this(source, 0, 1, (source ?? throw new ArgumentNullException(nameof(source))).Count)
    {
    }

    private PyMemoryView(PyBytesLike source, long start, long step, long count)
    {
        _source = source;
        _start = start;
        _step = step;
        _count = count;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "memoryview";

    /// <summary><c>readonly</c></summary>
    public bool ReadOnly => _source is PyBytes;

    /// <summary>The viewed bytes, copied.</summary>
    public byte[] ToArray()
    {
        CheckReleased();
        var span = _source.Span;
        var result = new byte[_count];
        for (long i = 0, j = _start; i < _count; i++, j += _step)
        {
            result[i] = span[(int)j];
        }

        return result;
    }

    /// <summary><c>release()</c></summary>
    public void Release() => _released = true;

    /// <inheritdoc/>
    public override long? Len()
    {
        CheckReleased();
        return _count;
    }

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => ((IEnumerable<object?>)[.. ToArray().Select(b => (object?)(long)b)]).GetEnumerator();

    /// <inheritdoc/>
    public override bool TryGetItem(object? key, out object? value)
    {
        CheckReleased();
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_count);
            value = new PyMemoryView(_source, _start + (start * _step), _step * step, count);
            return true;
        }

        value = (long)_source.Span[(int)Offset(PyOps.ToIndex(key))];
        return true;
    }

    /// <inheritdoc/>
    public override bool TrySetItem(object? key, object? value)
    {
        CheckReleased();
        if (_source is not PyByteArray target)
        {
            throw new PyTypeError("cannot modify read-only memory");
        }

        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_count);
            var data = BytesArgs.Of(value);
            if (data.Length != count)
            {
                throw new PyValueError("memoryview assignment: lvalue and rvalue have different structures");
            }

            for (var i = 0; i < count; i++)
            {
                target.TrySetItem(_start + ((start + (i * step)) * _step), (long)data[i]);
            }

            return true;
        }

        target.TrySetItem(Offset(PyOps.ToIndex(key)), value);
        return true;
    }

    /// <inheritdoc/>
    public override long Hash() => ReadOnly ? PyOps.BytesHash(ToArray()) : throw new PyValueError("cannot hash writable memoryview object");

    internal override bool ContentEquals(object? other) => other is PyBytesLike or PyMemoryView && ToArray().AsSpan().SequenceEqual(BytesArgs.Of(other));

    /// <inheritdoc/>
    public override string Repr() => $"<{(_released ? "released " : string.Empty)}memory at 0x{PyOps.Id(this):x}>";

    internal override void AppendRepr(StringBuilder builder) => builder.Append(Repr());

    /// <summary>The methods of memoryview.</summary>
    internal object? CallMethod(string name, object?[] args) => name switch
    {
        "tobytes" => PyBytes.Own(ToArray()),
        "tolist" => new PyList([.. ToArray().Select(b => (object?)(long)b)]),
        "hex" => BytesMethods.Hex(ToArray(), args),
        "release" => Released(),
        "__enter__" => this,
        "__exit__" => Released(),
        _ => throw new PyAttributeError($"'memoryview' object has no attribute '{name}'"),
    };

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "readonly" => ReadOnly,
            "nbytes" => _count,
            "itemsize" => 1L,
            "ndim" => 1L,
            "format" => "B",
            "obj" => _source,
            "shape" => new PyTuple((object?)_count),
            _ => PyUnbound.Value,
        };
        return value is not PyUnbound;
    }

    private object? Released()
    {
        Release();
        return null;
    }

    private long Offset(long index)
    {
        if (index < 0)
        {
            index += _count;
        }

        if ((ulong)index >= (ulong)_count)
        {
            throw new PyIndexError("index out of bounds on dimension 1");
        }

        return _start + (index * _step);
    }

    private void CheckReleased()
    {
        if (_released)
        {
            throw new PyValueError("operation forbidden on released memoryview object");
        }
    }
}
