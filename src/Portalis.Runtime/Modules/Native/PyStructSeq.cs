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

    /// <summary>Creates <c>typeName(field=value, ...)</c>; <paramref name="values"/> may be longer than <paramref name="fields"/> (hidden fields are not shown).</summary>
    public PyStructSeq(string typeName, string[] fields, params object?[] values)
    {
        TypeName = typeName;
        _fields = fields;
        Tuple = new PyTuple(values);
    }

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
        for (var i = 0; i < _fields.Length; i++)
        {
            builder.Append(i > 0 ? ", " : string.Empty).Append(_fields[i]).Append('=');
            PyOps.AppendRepr(builder, Tuple[i]);
        }

        return builder.Append(')').ToString();
    }

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        var i = Array.IndexOf(_fields, name);
        if (i >= 0)
        {
            value = Tuple[i];
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
