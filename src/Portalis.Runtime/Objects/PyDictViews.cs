using System.Collections;
using System.Text;

namespace Portalis.Runtime;

/// <summary>Base of the dict views: live, sized, iterable.</summary>
public abstract class PyDictView : PyContainer, IEnumerable<object?>
{
    private protected PyDictView(PyDict dict)
    {
        Dict = dict;
    }

    /// <summary>The viewed dict.</summary>
    public PyDict Dict { get; }

    /// <inheritdoc/>
    public override long? Len() => Dict.Count;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <inheritdoc/>
    public abstract IEnumerator<object?> GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary><c>x in view</c></summary>
    public abstract bool Contains(object? value);

    internal override bool ContentEquals(object? other)
    {
        // Set-like views compare as sets (dictview_richcompare); values views only by identity.
        if (this is PyDictValues)
        {
            return ReferenceEquals(this, other);
        }

        return other is PySetBase or PyDictKeys or PyDictItems && PyOps.Eq(new PySet(this), other is PySetBase s ? s : new PySet(other));
    }

    internal override object? Order(CompareOperator op, object? other)
    {
        if (this is PyDictValues || other is not (PySetBase or PyDictKeys or PyDictItems))
        {
            return PyNotImplemented.Value;
        }

        return PyOps.Compare(op, new PySet(this), other is PySetBase s ? s : new PySet(other));
    }

    internal override void AppendRepr(StringBuilder builder)
    {
        // dictview_repr: "dict_keys([...])".
        if (!PyOps.EnterRepr(this))
        {
            builder.Append("...");
            return;
        }

        try
        {
            builder.Append(PythonTypeName).Append('(');
            PyList.Own(PyOps.ToArray(this)).AppendRepr(builder);
            builder.Append(')');
        }
        finally
        {
            PyOps.LeaveRepr(this);
        }
    }
}

/// <summary><c>dict.keys()</c></summary>
public sealed class PyDictKeys : PyDictView
{
    internal PyDictKeys(PyDict dict)
        : base(dict)
    {
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "dict_keys";

    /// <inheritdoc/>
    public override IEnumerator<object?> GetEnumerator() => Dict.GetEnumerator();

    /// <inheritdoc/>
    public override bool Contains(object? value) => Dict.ContainsKey(value);
}

/// <summary><c>dict.values()</c></summary>
public sealed class PyDictValues : PyDictView
{
    internal PyDictValues(PyDict dict)
        : base(dict)
    {
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "dict_values";

    /// <inheritdoc/>
    public override IEnumerator<object?> GetEnumerator()
    {
        foreach (var (_, value) in Dict.IterateEntries())
        {
            yield return value;
        }
    }

    /// <inheritdoc/>
    public override bool Contains(object? value)
    {
        foreach (var item in this)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary><c>dict.items()</c></summary>
public sealed class PyDictItems : PyDictView
{
    internal PyDictItems(PyDict dict)
        : base(dict)
    {
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "dict_items";

    /// <inheritdoc/>
    public override IEnumerator<object?> GetEnumerator()
    {
        foreach (var (key, value) in Dict.IterateEntries())
        {
            yield return new PyTuple(key, value);
        }
    }

    /// <inheritdoc/>
    public override bool Contains(object? value) =>
        value is PyTuple { Count: 2 } t && Dict.TryGetValue(t[0], out var v) && PyOps.EqualsIdentityFirst(v, t[1]);
}
