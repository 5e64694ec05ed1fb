namespace Portalis.Runtime;

/// <summary>Marks a <c>*iterable</c> element inside a display or call argument list.</summary>
public sealed class PyStarArg(object? iterable)
{
    /// <summary>The iterable to expand.</summary>
    public object? Iterable { get; } = iterable;
}

public static partial class PyEmit
{
    /// <summary>The key-slot marker of a <c>**mapping</c> entry in <see cref="BuildDict"/> and <see cref="BuildKwargs"/>.</summary>
    public static readonly object MergeMarker = new();

    /// <summary>Wraps <c>*iterable</c>.</summary>
    public static PyStarArg Star(object? iterable) => new(iterable);

    /// <summary>A list display with <c>*</c> elements expanded in place.</summary>
    public static PyList BuildList(params ReadOnlySpan<object?> items)
    {
        var list = new PyList();
        foreach (var item in items)
        {
            if (item is PyStarArg star)
            {
                ExtendStar(list, star.Iterable);
            }
            else
            {
                list.Append(item);
            }
        }

        return list;
    }

    /// <summary>A dict display from key/value pairs; a <see cref="MergeMarker"/> key merges the mapping in the value slot.</summary>
    public static PyDict BuildDict(params ReadOnlySpan<object?> pairs)
    {
        var dict = new PyDict();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (ReferenceEquals(pairs[i], MergeMarker))
            {
                UpdateDict(dict, pairs[i + 1]);
            }
            else
            {
                dict.SetItem(pairs[i], pairs[i + 1]);
            }
        }

        return dict;
    }

    /// <summary>The keyword arguments of a call with <c>**</c>: name/value pairs, <see cref="MergeMarker"/> merging a mapping.</summary>
    public static PyDict BuildKwargs(object? function, params ReadOnlySpan<object?> pairs)
    {
        var dict = new PyDict();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (ReferenceEquals(pairs[i], MergeMarker))
            {
                MergeKeywords(dict, pairs[i + 1], function);
            }
            else
            {
                if (dict.TryGetValue(pairs[i], out _))
                {
                    throw new PyTypeError($"{FunctionName(function)} got multiple values for keyword argument '{pairs[i]}'");
                }

                dict.SetItem(pairs[i], pairs[i + 1]);
            }
        }

        return dict;
    }
}
