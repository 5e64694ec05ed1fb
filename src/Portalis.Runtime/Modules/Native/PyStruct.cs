namespace Portalis.Runtime;

/// <summary>
/// <c>struct.Struct</c>: a compiled format with the module's operations as methods. The module functions
/// run through the same static helpers, so both report the same errors.
/// </summary>
public sealed class PyStruct : NativeObject
{
    private readonly StructFormat _format;

    internal PyStruct(StructFormat format)
    {
        _format = format;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "_struct.Struct";

    /// <summary><c>Struct.format</c></summary>
    [PyExport("format")]
    public string FormatText => _format.Text;

    /// <summary><c>Struct.size</c></summary>
    [PyExport("size")]
    public long Size => _format.Size;

    /// <summary><c>Struct.pack(v1, v2, ...)</c></summary>
    [PyExport("pack")]
    public PyBytes PackValues(params object?[] values) => Pack(_format, values);

    /// <summary><c>Struct.unpack(buffer)</c></summary>
    [PyExport("unpack")]
    public PyTuple UnpackBuffer([PyPositionalOnly] object? buffer) => Unpack(_format, buffer);

    /// <summary><c>Struct.pack_into(buffer, offset, v1, v2, ...)</c></summary>
    [PyExport("pack_into")]
    public void PackIntoBuffer([PyPositionalOnly] object? buffer, [PyPositionalOnly] long offset, params object?[] values) => PackInto(_format, buffer, offset, values);

    /// <summary><c>Struct.unpack_from(buffer, offset=0)</c></summary>
    [PyExport("unpack_from")]
    public PyTuple UnpackFromBuffer(object? buffer, long offset = 0) => UnpackFrom(_format, buffer, offset);

    /// <summary><c>Struct.iter_unpack(buffer)</c></summary>
    [PyExport("iter_unpack")]
    public PyIterator IterUnpackBuffer([PyPositionalOnly] object? buffer) => IterUnpack(_format, buffer);

    internal static PyBytes Pack(StructFormat format, ReadOnlySpan<object?> values)
    {
        var buffer = new byte[format.Size];
        StructPacker.Pack(format, values, buffer);
        return new PyBytes(buffer);
    }

    internal static PyTuple Unpack(StructFormat format, object? buffer)
    {
        var data = Bytes(buffer);
        if (data.Length != format.Size)
        {
            throw StructFormat.Error($"unpack requires a buffer of {format.Size} bytes");
        }

        return StructPacker.Unpack(format, data);
    }

    internal static void PackInto(StructFormat format, object? buffer, long offset, ReadOnlySpan<object?> values)
    {
        if (buffer is not PyByteArray target)
        {
            throw new PyTypeError(buffer is PyBytes or string
                ? $"argument must be read-write bytes-like object, not {PyOps.TypeName(buffer)}"
                : $"a bytes-like object is required, not '{PyOps.TypeName(buffer)}'");
        }

        if (values.Length != format.Items.Length)
        {
            throw StructFormat.Error($"pack_into expected {format.Items.Length} items for packing (got {values.Length})");
        }

        var length = target.Count;
        if (offset < 0)
        {
            if (offset + format.Size > 0)
            {
                throw StructFormat.Error($"no space to pack {format.Size} bytes at offset {offset}");
            }

            if (offset + length < 0)
            {
                throw StructFormat.Error($"offset {offset} out of range for {length}-byte buffer");
            }

            offset += length;
        }

        if (length - offset < format.Size)
        {
            throw StructFormat.Error($"pack_into requires a buffer of at least {format.Size + offset} bytes for packing {format.Size} bytes at offset {offset} (actual buffer size is {length})");
        }

        var packed = new byte[format.Size];
        StructPacker.Pack(format, values, packed);
        target.WriteAt((int)offset, packed);
    }

    internal static PyTuple UnpackFrom(StructFormat format, object? buffer, long offset)
    {
        var data = Bytes(buffer);
        var length = data.Length;
        if (offset < 0)
        {
            if (offset + length < 0)
            {
                throw StructFormat.Error($"offset {offset} out of range for {length}-byte buffer");
            }

            offset += length;
        }

        if (length - offset < format.Size)
        {
            throw StructFormat.Error(offset == 0
                ? $"unpack_from requires a buffer of at least {format.Size} bytes for unpacking {format.Size} bytes at offset 0 (actual buffer size is {length})"
                : $"unpack_from requires a buffer of at least {format.Size + offset} bytes for unpacking {format.Size} bytes at offset {offset} (actual buffer size is {length})");
        }

        return StructPacker.Unpack(format, data.AsSpan((int)offset, format.Size));
    }

    internal static PyIterator IterUnpack(StructFormat format, object? buffer)
    {
        if (format.Size == 0)
        {
            throw StructFormat.Error("cannot iteratively unpack with a struct of length 0");
        }

        var data = Bytes(buffer);
        if (data.Length % format.Size != 0)
        {
            throw StructFormat.Error($"iterative unpacking requires a buffer of a multiple of {format.Size} bytes");
        }

        return new PyIterator(Items(format, data), "unpack_iterator");
    }

    private static IEnumerator<object?> Items(StructFormat format, byte[] data)
    {
        for (var offset = 0; offset < data.Length; offset += format.Size)
        {
            yield return StructPacker.Unpack(format, data.AsSpan(offset, format.Size));
        }
    }

    /// <summary>A copy of a bytes-like argument's contents (bytes, bytearray, memoryview).</summary>
    private static byte[] Bytes(object? buffer) => buffer switch
    {
        PyBytesLike b => b.Span.ToArray(),
        PyMemoryView m => m.ToArray(),
        _ => throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(buffer)}'"),
    };
}
