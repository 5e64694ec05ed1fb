using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>bytes</c>: an immutable wrapper over a private <see cref="byte"/> array, so that it is
/// immutable and hashable; <see cref="PyByteArray"/> is the mutable sibling.
/// </summary>
public sealed class PyBytes : PyBytesLike
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

    /// <inheritdoc/>
    public override ReadOnlySpan<byte> Span => _data;

    internal static PyBytes Own(byte[] data) => data.Length == 0 ? Empty : new(data, owned: true);

    internal override PyBytesLike WithContents(byte[] data) => Own(data);

    internal PyBytes Concat(PyBytes other)
    {
        var result = new byte[_data.Length + other._data.Length];
        _data.CopyTo(result, 0);
        other._data.CopyTo(result, _data.Length);
        return Own(result);
    }

    internal PyBytes Repeat(long n) => n == 1 ? this : Own(Repeat(_data, n));

    /// <inheritdoc/>
    public override long Hash() => PyOps.BytesHash(_data);

    /// <inheritdoc/>
    public override string Str() => Repr();

    internal override void AppendRepr(StringBuilder builder) => AppendBytesLiteral(builder, _data);
}
