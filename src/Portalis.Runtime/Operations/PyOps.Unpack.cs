namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// <c>a, b = value</c>: exactly <paramref name="count"/> items, with CPython's messages
    /// (Python/ceval.c, <c>unpack_iterable</c>).
    /// </summary>
    public static object?[] Unpack(object? value, int count)
    {
        // Fast paths: UNPACK_SEQUENCE specialises tuples and lists the same way; a subclass whose class defines
        // __iter__ (platform.uname_result adds an item) is iterated, as unpack_iterable does.
        switch (value)
        {
            case PyTuple tuple when !HasCustomIter(tuple):
                return tuple.Count == count ? tuple.Items.ToArray() : throw WrongCount(tuple.Count, count);
            case PyList list when !HasCustomIter(list):
                var items = list.ToArray();
                return items.Length == count ? items : throw WrongCount(items.Length, count);
        }

        var result = new object?[count];
        using var enumerator = IterateForUnpack(value).GetEnumerator();
        for (var i = 0; i < count; i++)
        {
            if (!enumerator.MoveNext())
            {
                throw new PyValueError($"not enough values to unpack (expected {count}, got {i})");
            }

            result[i] = enumerator.Current;
        }

        // unpack_iterable only asks for one more item; it does not count the rest.
        return enumerator.MoveNext() ? throw new PyValueError($"too many values to unpack (expected {count})") : result;
    }

    /// <summary>
    /// <c>a, *b, c = value</c>: <paramref name="before"/> items, a <see cref="PyList"/> of the middle, then
    /// <paramref name="after"/> items (<c>before + 1 + after</c> slots; <c>unpack_iterable</c> with argcntafter).
    /// </summary>
    public static object?[] UnpackStar(object? value, int before, int after)
    {
        var items = value switch
        {
            PyTuple tuple when !HasCustomIter(tuple) => tuple.Items.ToArray(),
            PyList list when !HasCustomIter(list) => list.ToArray(),
            _ => null,
        };
        var result = new object?[before + 1 + after];
        if (items is null)
        {
            using var enumerator = IterateForUnpack(value).GetEnumerator();
            for (var i = 0; i < before; i++)
            {
                if (!enumerator.MoveNext())
                {
                    throw new PyValueError($"not enough values to unpack (expected at least {before + after}, got {i})");
                }

                result[i] = enumerator.Current;
            }

            var rest = new List<object?>();
            while (enumerator.MoveNext())
            {
                rest.Add(enumerator.Current);
            }

            items = new object?[before + rest.Count];
            Array.Copy(result, items, before);
            rest.CopyTo(items, before);
        }

        if (items.Length < before + after)
        {
            throw new PyValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        }

        Array.Copy(items, result, before);
        var middle = items.Length - before - after;
        result[before] = new PyList(items.AsSpan(before, middle));
        Array.Copy(items, before + middle, result, before + 1, after);
        return result;
    }

    private static PyValueError WrongCount(int got, int expected) => got > expected
        ? new PyValueError($"too many values to unpack (expected {expected})")
        : new PyValueError($"not enough values to unpack (expected {expected}, got {got})");

    private static bool HasCustomIter(PyObject sequence) => sequence.PyClass is { } cls && cls.Slots.CustomIter;

    private static IEnumerable<object?> IterateForUnpack(object? value)
    {
        try
        {
            return Iterate(value);
        }
        catch (PyTypeError) when (value is not PyObject || value is PyObject { } o && o.Iter() is null)
        {
            throw new PyTypeError($"cannot unpack non-iterable {TypeName(value)} object");
        }
    }
}
