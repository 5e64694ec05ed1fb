using System.Collections;

namespace Portalis.Runtime;

/// <summary>
/// A Python iterator object over a .NET enumerator (what <c>iter()</c> and <c>reversed()</c> return). Its
/// type name is the one CPython's iterator type for the iterated object has (<c>list_iterator</c>, ...), or
/// a dotted one for a module's iterator type (<c>itertools.count</c>). <paramref name="repr"/>, when given,
/// is the type's own <c>__repr__</c> (itertools' <c>count(5)</c> shows the iterator's current state).
/// </summary>
public sealed class PyIterator(IEnumerator<object?> source, string typeName = "iterator", Func<string>? repr = null) : PyObject, IEnumerable<object?>
{
    private readonly Lock _lock = new();
    private bool _done;

    /// <inheritdoc/>
    public override string PythonTypeName => typeName;

    /// <summary>The name of CPython's iterator type for iterating <paramref name="iterable"/> (Objects/*object.c).</summary>
    internal static string IteratorTypeName(object? iterable) => iterable switch
    {
        PyList => "list_iterator",
        PyTuple => "tuple_iterator",
        string s => System.Text.Ascii.IsValid(s) ? "str_ascii_iterator" : "str_iterator",
        PyDict or PyDictKeys => "dict_keyiterator",
        PyDictItems => "dict_itemiterator",
        PyDictValues => "dict_valueiterator",
        PySetBase => "set_iterator",
        PyRange => "range_iterator",
        PyBytes => "bytes_iterator",
        PyByteArray => "bytearray_iterator",
        PyDeque => "_collections._deque_iterator",
        _ => "iterator",
    };

    /// <inheritdoc/>
    public override string Repr() => repr is null ? base.Repr() : repr();

    /// <summary>Advances; false once exhausted (and forever after, as Python iterators).</summary>
    public bool TryNext(out object? value)
    {
        lock (_lock)
        {
            if (!_done && source.MoveNext())
            {
                value = source.Current;
                return true;
            }

            _done = true;
            value = null;
            return false;
        }
    }

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>The iterator protocol by name: <c>it.__next__</c> (graphlib keeps bound ones on a stack) and <c>it.__iter__</c>.</summary>
    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "__next__":
                value = new PyBuiltinFunction("__next__", (args, _) => TryNext(out var item) ? item : throw new PyStopIteration(), this);
                return true;
            case "__iter__":
                value = new PyBuiltinFunction("__iter__", (args, _) => this, this);
                return true;
            default:
                return base.TryGetAttribute(name, out value);
        }
    }

    /// <summary>Iterating an iterator consumes it.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        while (TryNext(out var value))
        {
            yield return value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
