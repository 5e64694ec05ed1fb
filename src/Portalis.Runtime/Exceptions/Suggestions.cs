namespace Portalis.Runtime;

/// <summary>
/// The "Did you mean: 'x'?" that CPython 3.11 appends to an uncaught AttributeError or NameError
/// (Python/suggestions.c, <c>_Py_Offer_Suggestions</c>, printed by Python/pythonrun.c): the candidate
/// closest to the missing name by a case-aware Levenshtein distance, if within a third of the characters.
/// </summary>
internal static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The suggestion for <paramref name="exception"/>, or null (not such an error, or no close name).</summary>
    public static string? For(PyBaseException exception)
    {
        try
        {
            return exception switch
            {
                PyAttributeError { MissingName: { } name } a => Best(AttributeCandidates(a.MissingOn), name),
                PyNameError { MissingName: { } name } n when n is not PyUnboundLocalError => ForName(n, name),
                _ => null,
            };
        }
        catch (PyBaseException)
        {
            // CPython gives up silently when dir() or a namespace listing fails.
            return null;
        }
    }

    private static List<string> AttributeCandidates(object? obj) =>
        PyOps.Iterate(BuiltinsModule.Dir(obj)).OfType<string>().ToList();

    // offer_suggestions_for_name_error: the innermost frame's locals, then its globals, then the builtins.
    private static string? ForName(PyNameError exception, string name)
    {
        if (exception.Frames.Count == 0)
        {
            return null;
        }

        if (exception.Frames[^1].Varnames is { } varnames && Best(varnames, name) is { } local)
        {
            return local;
        }

        if (exception.Globals is { } globals && Best(globals.BoundNames().ToList(), name) is { } global)
        {
            return global;
        }

        return Best(PyBuiltins.Module.BoundNames().ToList(), name);
    }

    // calculate_suggestions
    private static string? Best(IReadOnlyList<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidateItems)
        {
            return null;
        }

        string? suggestion = null;
        var suggestionDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item == name)
            {
                continue;
            }

            // No more than 1/3 of the involved characters should need changing; do not take beaten matches.
            var maxDistance = Math.Min((name.Length + item.Length + 3) * MoveCost / 6, suggestionDistance - 1);
            var distance = Levenshtein(name, item, maxDistance);
            if (distance > maxDistance)
            {
                continue;
            }

            if (suggestion is null || distance < suggestionDistance)
            {
                suggestion = item;
                suggestionDistance = distance;
            }
        }

        return suggestion;
    }

    private static int SubstitutionCost(char a, char b)
    {
        if ((a & 31) != (b & 31))
        {
            return MoveCost;
        }

        if (a == b)
        {
            return 0;
        }

        var la = a is >= 'A' and <= 'Z' ? (char)(a + ('a' - 'A')) : a;
        var lb = b is >= 'A' and <= 'Z' ? (char)(b + ('a' - 'A')) : b;
        return la == lb ? CaseCost : MoveCost;
    }

    // levenshtein_distance, on the UTF-16 text (CPython works on UTF-8 bytes; identifiers are ASCII in practice).
    private static int Levenshtein(string first, string second, int maxCost)
    {
        var a = first.AsSpan();
        var b = second.AsSpan();
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }

        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length + b.Length) * MoveCost;
        }

        if (a.Length > MaxStringSize || b.Length > MaxStringSize)
        {
            return maxCost + 1;
        }

        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if ((b.Length - a.Length) * MoveCost > maxCost)
        {
            return maxCost + 1;
        }

        Span<int> buffer = stackalloc int[MaxStringSize];
        var tmp = MoveCost;
        for (var i = 0; i < a.Length; i++)
        {
            buffer[i] = tmp;
            tmp += MoveCost;
        }

        var result = 0;
        for (var bIndex = 0; bIndex < b.Length; bIndex++)
        {
            var code = b[bIndex];
            var distance = result = bIndex * MoveCost;
            var minimum = int.MaxValue;
            for (var index = 0; index < a.Length; index++)
            {
                var substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                minimum = Math.Min(minimum, result);
            }

            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }

        return result;
    }
}
