using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// A named tuple of a native module (<c>sys.version_info</c>, <c>time.struct_time</c>, <c>sys.float_info</c>):
/// compares, hashes, iterates and indexes as its tuple, and reads fields by name
/// (Objects/structseq.c).
/// </summary>
public sealed class PyStructSeq : NativeObject, IEnumerable<object?>
{
    private readonly string[] _fields;

    /// <summary>Creates <c>typeName(field=value, ...)</c>, every field part of the sequence.</summary>
    public PyStructSeq(string typeName, string[] fields, params object?[] values)
        : this(typeName, fields, fields.Length, values)
    {
    }

    /// <summary>
    /// Creates a struct sequence whose first <paramref name="sequenceLength"/> fields form the tuple (what
    /// <c>len</c>, iteration, indexing and repr see) and whose further fields are read by name only
    /// (Objects/structseq.c, <c>n_sequence_fields</c>: <c>struct_time.tm_zone</c>, <c>tm_gmtoff</c>).
    /// </summary>
    public PyStructSeq(string typeName, string[] fields, int sequenceLength, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        TypeName = typeName;
        _fields = fields;
        var visible = Math.Min(sequenceLength, values.Length);
        Tuple = new PyTuple(values[..visible]);
        _hidden = values[visible..];
        _sequenceLength = visible;
    }

    private readonly object?[] _hidden;
    private readonly int _sequenceLength;

    /// <summary>The value of the field after the sequence at <paramref name="index"/> (0 is the first hidden field), or null.</summary>
    public object? Hidden(int index) => index < _hidden.Length ? _hidden[index] : null;

    /// <summary>The qualified type name (<c>sys.version_info</c>).</summary>
    public string TypeName { get; }

    /// <summary>The values as a tuple.</summary>
    public PyTuple Tuple { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => TypeName;

    /// <inheritdoc/>
    public override string Repr()
    {
        var builder = new StringBuilder(TypeName).Append('(');
        for (var i = 0; i < Math.Min(_fields.Length, Tuple.Count); i++)
        {
            builder.Append(i > 0 ? ", " : string.Empty).Append(_fields[i]).Append('=');
            PyOps.AppendRepr(builder, Tuple[i]);
        }

        return builder.Append(')').ToString();
    }

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        // The last field of the name: os.stat_result names st_mtime twice, the int in the sequence and the float after it.
        var i = Array.LastIndexOf(_fields, name);
        if (i >= 0)
        {
            value = i < _sequenceLength ? Tuple[i] : Hidden(i - _sequenceLength);
            return true;
        }

        return base.TryGetAttribute(name, out value);
    }

    /// <summary><c>self[index]</c></summary>
    [PyExport("__getitem__")]
    public object? GetItem(object? index) => PyOps.GetItem(Tuple, index);

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other) => other switch
    {
        PyStructSeq s => PyOps.Compare(op, Tuple, s.Tuple),
        PyTuple t => PyOps.Compare(op, Tuple, t),
        _ => PyNotImplemented.Value,
    };

    /// <inheritdoc/>
    public override long Hash() => Tuple.Hash();

    /// <inheritdoc/>
    public override long? Len() => Tuple.Count;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => Tuple.GetEnumerator();

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator() => Tuple.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
