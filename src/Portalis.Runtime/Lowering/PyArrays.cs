using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// The operations on a function-local list that the translator proved never escapes its frame (docs/EMISSION.md,
/// "Local arrays"): such a list is a plain C# array, of the unboxed element type when every element is a proven
/// int, float or bool, else of objects. No other frame or thread can see it, so it needs none of <see cref="PyList"/>'s seqlock and write
/// lock; its length never changes (the translator admits no operation that would change it). Indexing follows
/// Objects/listobject.c: negative indices count from the end, and errors carry CPython's messages.
/// </summary>
public static class PyArrays
{
    /// <summary>
    /// <c>[item] * count</c> (Objects/listobject.c, <c>list_repeat</c>). For <c>count * [item]</c> the translator
    /// passes the arguments by name in source order (<c>RepeatItem(count: n, item: e)</c>): C# evaluates arguments
    /// in the order they are written, so the count is evaluated first, as Python does.
    /// </summary>
    public static T[] RepeatItem<T>(T item, PyIntValue count)
    {
        var n = RepeatCount(count, 1);
        if (n == 0)
        {
            return [];
        }

        var result = new T[n];
        Array.Fill(result, item);
        return result;
    }

    /// <summary><c>[a, b, ...] * count</c> (<c>count * [a, b, ...]</c> as for <see cref="RepeatItem{T}"/>).</summary>
    public static T[] Repeat<T>(T[] items, PyIntValue count)
    {
        var n = RepeatCount(count, items.Length);
        if (n == 0)
        {
            return [];
        }

        var result = new T[n * items.Length];
        for (var i = 0; i < n; i++)
        {
            items.CopyTo(result, i * items.Length);
        }

        return result;
    }

    /// <summary>
    /// The number of copies: negative counts give an empty list, a count of either sign that does not fit an
    /// index-sized integer raises OverflowError (Objects/abstract.c, <c>sequence_repeat</c>), and a result longer
    /// than an array can be raises MemoryError (as <c>list_repeat</c> does beyond <c>PY_SSIZE_T_MAX</c>).
    /// </summary>
    private static int RepeatCount(PyIntValue count, int length)
    {
        if (!count.IsSmall)
        {
            throw new PyOverflowError("cannot fit 'int' into an index-sized integer");
        }

        var n = count.Small;
        if (n <= 0 || length == 0)
        {
            return 0;
        }

        return n > Array.MaxLength / length ? throw new PyMemoryError() : (int)n;
    }

    /// <summary>The items of a list comprehension's new list (no other code has seen it).</summary>
    public static object?[] Objects(object? list) => ((PyList)list!).ToArray();

    /// <summary>The items of a list comprehension whose item is an int constant.</summary>
    public static PyIntValue[] Ints(object? list) => Array.ConvertAll(Objects(list), PyIntValue.FromObject);

    /// <summary>The items of a list comprehension whose item is a float constant.</summary>
    public static double[] Floats(object? list) => Array.ConvertAll(Objects(list), PyTyped.UnboxFloat);

    /// <summary>The items of a list comprehension whose item is a bool constant.</summary>
    public static bool[] Bools(object? list) => Array.ConvertAll(Objects(list), PyTyped.UnboxBool);

    /// <summary><c>a[index]</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Get<T>(T[] array, PyIntValue index)
    {
        if (index.IsSmall)
        {
            var i = index.Small;
            if (i < 0)
            {
                i += array.Length;
            }

            if ((ulong)i < (ulong)array.Length)
            {
                return array[i];
            }
        }

        throw IndexError(index, "list index out of range");
    }

    /// <summary><c>a[index] = value</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set<T>(T[] array, PyIntValue index, T value)
    {
        if (index.IsSmall)
        {
            var i = index.Small;
            if (i < 0)
            {
                i += array.Length;
            }

            if ((ulong)i < (ulong)array.Length)
            {
                array[i] = value;
                return;
            }
        }

        throw IndexError(index, "list assignment index out of range");
    }

    /// <summary>
    /// The element <c>a[index] op= value</c> updates: CPython reads <c>a[index]</c> (BINARY_SUBSCR, so a bad index
    /// raises the read's message) before it evaluates the value, and stores the result afterwards.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T Slot<T>(T[] array, PyIntValue index)
    {
        if (index.IsSmall)
        {
            var i = index.Small;
            if (i < 0)
            {
                i += array.Length;
            }

            if ((ulong)i < (ulong)array.Length)
            {
                return ref array[i];
            }
        }

        throw IndexError(index, "list index out of range");
    }

    /// <summary><c>value in a</c> on ints of the same type: int equality is reflexive, so identity adds nothing.</summary>
    public static bool Contains(PyIntValue[] array, PyIntValue value)
    {
        foreach (var item in array)
        {
            if (PyIntValue.Eq(item, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>value in a</c> on bools.</summary>
    public static bool Contains(bool[] array, bool value) => Array.IndexOf(array, value) >= 0;

    /// <summary><c>value in a</c> for any other value: each item compared first, as <c>list_contains</c> does.</summary>
    public static bool Contains(PyIntValue[] array, object? value)
    {
        foreach (var item in array)
        {
            if (PyOps.EqualsIdentityFirst(item.Box(), value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>value in a</c> on bools for any other value.</summary>
    public static bool Contains(bool[] array, object? value)
    {
        foreach (var item in array)
        {
            if (PyOps.EqualsIdentityFirst(PyEmit.Box(item), value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>value in a</c> on objects: identity first, then the item's <c>==</c> (<c>list_contains</c>).</summary>
    public static bool Contains(object?[] array, object? value)
    {
        foreach (var item in array)
        {
            if (PyOps.EqualsIdentityFirst(item, value))
            {
                return true;
            }
        }

        return false;
    }

    // Out of range, or an index too big for Py_ssize_t (PyNumber_AsSsize_t with IndexError, as list_subscript).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyIndexError IndexError(PyIntValue index, string message) =>
        new(index.IsSmall ? message : "cannot fit 'int' into an index-sized integer");
}
