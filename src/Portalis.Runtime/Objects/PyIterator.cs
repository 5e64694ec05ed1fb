using System.Collections;

namespace Portalis.Runtime;

/// <summary>A Python iterator object over a .NET enumerator (what <c>iter()</c> returns).</summary>
public sealed class PyIterator(IEnumerator<object?> source) : PyObject, IEnumerable<object?>
{
    private readonly Lock _lock = new();
    private bool _done;

    /// <inheritdoc/>
    public override string PythonTypeName => "iterator";

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
