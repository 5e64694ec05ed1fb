using System.Collections;
using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>bytes</c>: an immutable wrapper over a private <see cref="byte"/> array (a wrapper rather
/// than a bare <c>byte[]</c>, so that it is immutable and hashable and so that <c>bytearray</c> can be a
/// different type later).
/// </summary>
public sealed class PyBytes : PyContainer, IEnumerable<object?>
{
    private readonly byte[] _data;

    /// <summary>Creates bytes holding a copy of <paramref name="data"/>.</summary>
    public PyBytes(ReadOnlySpan<byte> data)
    {
        _data = data.ToArray();
    }

    private PyBytes(byte[] data, bool owned)
    {
        _ = owned;
        _data = data;
    }

    /// <summary>The empty bytes object.</summary>
    public static PyBytes Empty { get; } = new([], owned: true);

    /// <inheritdoc/>
    public override string PythonTypeName => "bytes";

    /// <summary>The contents.</summary>
    public ReadOnlySpan<byte> Span => _data;

    /// <summary>The number of bytes.</summary>
    public int Count => _data.Length;

    /// <summary>The byte at a non-negative index.</summary>
    public byte this[int index] => _data[index];

    internal static PyBytes Own(byte[] data) => new(data, owned: true);

    /// <summary><c>b[index]</c> is an int.</summary>
    public long GetItem(long index)
    {
        if (index < 0)
        {
            index += _data.Length;
        }

        if ((ulong)index >= (ulong)_data.Length)
        {
            throw new PyIndexError("index out of range");
        }

        return _data[index];
    }

    /// <summary><c>b[slice]</c></summary>
    public PyBytes GetSlice(PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(_data.Length);
        var result = new byte[count];
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            result[i] = _data[j];
        }

        return Own(result);
    }

    /// <summary><c>x in b</c>: an int in 0..255 or a bytes subsequence.</summary>
    public bool Contains(object? value)
    {
        if (value is PyBytes sub)
        {
            return _data.AsSpan().IndexOf(sub._data) >= 0;
        }

        var n = PyOps.ToIndex(value);
        if (n is < 0 or > 255)
        {
            throw new PyValueError("byte must be in range(0, 256)");
        }

        return _data.AsSpan().IndexOf((byte)n) >= 0;
    }

    /// <summary><c>b.decode(encoding='utf-8', errors='strict')</c> for utf-8, ascii and latin-1.</summary>
    public string Decode(string encoding = "utf-8")
    {
        switch (PyStr.NormalizeEncoding(encoding))
        {
            case "utf-8":
                try
                {
                    return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(_data);
                }
                catch (DecoderFallbackException e)
                {
                    var start = e.Index < 0 ? 0 : e.Index;
                    throw new PyUnicodeDecodeError("utf-8", this, start, start + 1, _data[start] >= 0x80 && _data[start] < 0xC0 ? "invalid start byte" : "invalid continuation byte");
                }

            case "ascii":
                for (var i = 0; i < _data.Length; i++)
                {
                    if (_data[i] >= 0x80)
                    {
                        throw new PyUnicodeDecodeError("ascii", this, i, i + 1, "ordinal not in range(128)");
                    }
                }

                return Encoding.ASCII.GetString(_data);
            case "latin-1":
                return Encoding.Latin1.GetString(_data);
            default:
                throw new PyLookupError("unknown encoding: " + encoding);
        }
    }

    internal PyBytes Concat(PyBytes other)
    {
        var result = new byte[_data.Length + other._data.Length];
        _data.CopyTo(result, 0);
        other._data.CopyTo(result, _data.Length);
        return Own(result);
    }

    internal PyBytes Repeat(long n)
    {
        if (n == 0 || _data.Length == 0)
        {
            return Empty;
        }

        if (n * _data.Length > Array.MaxLength)
        {
            throw new PyMemoryError();
        }

        var result = new byte[_data.Length * n];
        for (var i = 0; i < n; i++)
        {
            _data.CopyTo(result, i * _data.Length);
        }

        return Own(result);
    }

    /// <inheritdoc/>
    public override long Hash() => PyOps.BytesHash(_data);

    /// <inheritdoc/>
    public override long? Len() => _data.Length;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iterates the byte values as ints.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        foreach (var b in _data)
        {
            yield return (long)b;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool ContentEquals(object? other) => other is PyBytes b && _data.AsSpan().SequenceEqual(b._data);

    internal override object? Order(CompareOperator op, object? other) =>
        other is PyBytes b ? PyOps.ApplySign(op, Math.Sign(_data.AsSpan().SequenceCompareTo(b._data))) : PyNotImplemented.Value;

    /// <inheritdoc/>
    public override string Str() => Repr();

    internal override void AppendRepr(StringBuilder builder)
    {
        // Objects/bytesobject.c, PyBytes_Repr.
        var span = _data.AsSpan();
        var quote = span.Contains((byte)'\'') && !span.Contains((byte)'"') ? '"' : '\'';
        builder.Append('b').Append(quote);
        foreach (var b in span)
        {
            if (b == quote || b == '\\')
            {
                builder.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                builder.Append("\\t");
            }
            else if (b == '\n')
            {
                builder.Append("\\n");
            }
            else if (b == '\r')
            {
                builder.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7f)
            {
                builder.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        builder.Append(quote);
    }
}
