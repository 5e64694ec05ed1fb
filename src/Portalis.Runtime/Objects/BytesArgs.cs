using System.Text;

namespace Portalis.Runtime;

/// <summary>Argument conversions of the bytes-like methods (Objects/bytes_methods.c, the buffer protocol).</summary>
internal static class BytesArgs
{
    /// <summary>The contents of a bytes-like argument (bytes, bytearray, memoryview).</summary>
    public static ReadOnlySpan<byte> Of(object? value) => value switch
    {
        PyBytesLike b => b.Span,
        PyMemoryView m => m.ToArray(),
        _ => throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(value)}'"),
    };

    /// <summary>Whether <paramref name="value"/> supports the buffer protocol.</summary>
    public static bool IsBytesLike(object? value) => value is PyBytesLike or PyMemoryView;

    /// <summary>An int in range(0, 256), as <c>bytearray.append</c> takes it.</summary>
    public static byte Byte(object? value)
    {
        if (!PyOps.IsIntLike(value))
        {
            throw new PyTypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as an integer");
        }

        var n = PyOps.ToIndex(value);
        return n is >= 0 and <= 255 ? (byte)n : throw new PyValueError("byte must be in range(0, 256)");
    }

    /// <summary>The bytes of an iterable of ints (<c>bytes([1, 2])</c>).</summary>
    public static byte[] FromIterable(object? iterable, string rangeMessage = "byte must be in range(0, 256)")
    {
        var result = new List<byte>();
        foreach (var item in PyOps.Iterate(iterable))
        {
            if (!PyOps.IsIntLike(item))
            {
                throw new PyTypeError($"'{PyOps.TypeName(item)}' object cannot be interpreted as an integer");
            }

            var n = PyOps.ToIndex(item);
            result.Add(n is >= 0 and <= 255 ? (byte)n : throw new PyValueError(rangeMessage));
        }

        return [.. result];
    }

    /// <summary>The argument of <c>bytes(x)</c> / <c>bytearray(x)</c> (Objects/bytesobject.c, <c>bytes_new_impl</c>).</summary>
    public static byte[] Construct(string typeName, object? source, object? encoding, object? errors)
    {
        if (source is string s)
        {
            if (encoding is not string enc)
            {
                throw new PyTypeError("string argument without an encoding");
            }

            return Codecs.Encode(s, enc, errors as string ?? "strict").Span.ToArray();
        }

        if (encoding is not null)
        {
            throw new PyTypeError(errors is null ? "encoding without a string argument" : "errors without a string argument");
        }

        switch (source)
        {
            case PyBytesLike or PyMemoryView:
                return Of(source).ToArray();
            case long or System.Numerics.BigInteger or bool:
                var n = PyOps.ToIndex(source);
                return n < 0 ? throw new PyValueError("negative count") : new byte[n];
            case PyObject o when PyOps.TypeOf(o).TryLookup("__bytes__", out var method):
                var result = PyOps.CallWithSelf(method, o, [], null);
                return result is PyBytes b ? b.Span.ToArray()
                    : throw new PyTypeError($"__bytes__ returned non-bytes (type {PyOps.TypeName(result)})");
            default:
                PyIterator iterator;
                try
                {
                    iterator = PyOps.Iter(source);
                }
                catch (PyTypeError)
                {
                    throw new PyTypeError($"cannot convert '{PyOps.TypeName(source)}' object to {typeName}");
                }

                return FromIterable(iterator, typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
        }
    }

    /// <summary>The Latin-1 text with one char per byte: the str algorithms then apply byte for byte.</summary>
    public static string Text(ReadOnlySpan<byte> data) => Encoding.Latin1.GetString(data);

    /// <summary>Bytes back from <see cref="Text"/>.</summary>
    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
