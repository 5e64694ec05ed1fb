using System.Collections;
using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// What <c>bytes</c> and <c>bytearray</c> share (Objects/bytes_methods.c): indexing, slicing, membership,
/// comparison across the two types, iteration as ints, and the non-mutating methods, whose results have
/// the receiver's type (<c>bytearray(b'a').upper()</c> is a bytearray).
/// </summary>
public abstract class PyBytesLike : PyContainer, IEnumerable<object?>
{
    /// <summary>The current contents (a bytearray's may change after the call returns).</summary>
    public abstract ReadOnlySpan<byte> Span { get; }

    /// <summary>The number of bytes.</summary>
    public int Count => Span.Length;

    /// <summary>The byte at a non-negative index.</summary>
    public byte this[int index] => Span[index];

    /// <summary>A new object of the receiver's type owning <paramref name="data"/>.</summary>
    internal abstract PyBytesLike WithContents(byte[] data);

    /// <summary><c>b[index]</c> is an int.</summary>
    public long GetItem(long index)
    {
        var span = Span;
        if (index < 0)
        {
            index += span.Length;
        }

        if ((ulong)index >= (ulong)span.Length)
        {
            throw new PyIndexError($"{(this is PyByteArray ? "bytearray " : string.Empty)}index out of range");
        }

        return span[(int)index];
    }

    /// <summary><c>b[slice]</c>, of the receiver's type.</summary>
    public PyBytesLike GetSlice(PySlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var span = Span;
        var (start, _, step, count) = slice.Indices(span.Length);
        var result = new byte[count];
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            result[i] = span[(int)j];
        }

        return WithContents(result);
    }

    /// <summary><c>x in b</c>: an int in 0..255 or a bytes-like subsequence.</summary>
    public bool Contains(object? value)
    {
        if (value is PyBytesLike or PyMemoryView)
        {
            return Span.IndexOf(BytesArgs.Of(value)) >= 0;
        }

        if (!PyOps.IsIntLike(value))
        {
            throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(value)}'");
        }

        return Span.IndexOf(BytesArgs.Byte(value)) >= 0;
    }

    /// <summary><c>b.decode(encoding='utf-8', errors='strict')</c></summary>
    public string Decode(string encoding = "utf-8") => Codecs.Decode(Span.ToArray(), encoding);

    /// <summary><c>reversed(b)</c></summary>
    internal IEnumerable<object?> Reverse()
    {
        var data = Span.ToArray();
        for (var i = data.Length - 1; i >= 0; i--)
        {
            yield return (long)data[i];
        }
    }

    /// <inheritdoc/>
    public override long? Len() => Span.Length;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iterates the byte values as ints (a bytearray sees changes made while iterating, as CPython's iterator does).</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Span.Length; i++)
        {
            yield return (long)Span[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool ContentEquals(object? other) => other is PyBytesLike b && Span.SequenceEqual(b.Span);

    internal override object? Order(CompareOperator op, object? other) =>
        other is PyBytesLike b ? PyOps.ApplySign(op, Math.Sign(Span.SequenceCompareTo(b.Span))) : PyNotImplemented.Value;

    /// <summary>The operators between bytes-like objects: <c>+</c>, <c>*</c> and <c>%</c>.</summary>
    public override object? BinaryOp(BinaryOperator op, object? other, bool reflected)
    {
        switch (op)
        {
            case BinaryOperator.Add when !reflected:
                if (other is not (PyBytesLike or PyMemoryView))
                {
                    throw new PyTypeError($"can't concat {PyOps.TypeName(other)} to {PythonTypeName}");
                }

                return WithContents([.. Span, .. BytesArgs.Of(other)]);
            case BinaryOperator.Mul when PyOps.IsIntLike(other):
                return WithContents(Repeat(Span, PyOps.ToIndex(other)));
            case BinaryOperator.Mod when !reflected:
                return WithContents(PercentFormat.FormatBytes(Span, other));
            default:
                return PyNotImplemented.Value;
        }
    }

    internal static byte[] Repeat(ReadOnlySpan<byte> data, long n)
    {
        if (n <= 0 || data.Length == 0)
        {
            return [];
        }

        if (n > Array.MaxLength / data.Length)
        {
            throw new PyMemoryError();
        }

        var result = new byte[data.Length * n];
        for (var i = 0; i < n; i++)
        {
            data.CopyTo(result.AsSpan(i * data.Length));
        }

        return result;
    }

    /// <summary>Appends <c>b'...'</c> with CPython's escapes (Objects/bytesobject.c, <c>PyBytes_Repr</c>).</summary>
    internal static void AppendBytesLiteral(StringBuilder builder, ReadOnlySpan<byte> span)
    {
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
