namespace Portalis.Runtime;

/// <summary>
/// The static description of a Python function's signature (the parts of CPython's code object that
/// argument binding needs): names of the argument slots in <c>co_varnames</c> order and the counts.
/// </summary>
public sealed class PyCode
{
    /// <summary>Creates a code object.</summary>
    /// <param name="name"><c>co_name</c>.</param>
    /// <param name="qualName"><c>co_qualname</c> (used in argument error messages, as 3.11 does).</param>
    /// <param name="slotNames">Positional (incl. positional-only), keyword-only, then *args, then **kwargs names.</param>
    /// <param name="positionalCount"><c>co_argcount</c>: positional parameters including positional-only ones.</param>
    /// <param name="posOnlyCount"><c>co_posonlyargcount</c>.</param>
    /// <param name="kwOnlyCount"><c>co_kwonlyargcount</c>.</param>
    /// <param name="hasVarArgs">Whether the function has <c>*args</c>.</param>
    /// <param name="hasVarKeywords">Whether the function has <c>**kwargs</c>.</param>
    public PyCode(string name, string qualName, string[] slotNames, int positionalCount, int posOnlyCount = 0,
        int kwOnlyCount = 0, bool hasVarArgs = false, bool hasVarKeywords = false)
    {
        var expected = positionalCount + kwOnlyCount + (hasVarArgs ? 1 : 0) + (hasVarKeywords ? 1 : 0);
        if (slotNames.Length != expected || posOnlyCount > positionalCount)
        {
            throw new ArgumentException($"code '{qualName}' has {slotNames.Length} slot names, its counts need {expected}", nameof(slotNames));
        }

        Name = name;
        QualName = qualName;
        SlotNames = slotNames;
        PositionalCount = positionalCount;
        PosOnlyCount = posOnlyCount;
        KwOnlyCount = kwOnlyCount;
        HasVarArgs = hasVarArgs;
        HasVarKeywords = hasVarKeywords;
        SlotCount = expected;
    }

    /// <summary>A generator function (CPython's CO_GENERATOR flag).</summary>
    public bool IsGenerator { get; init; }

    /// <summary>An <c>async def</c> without <c>yield</c> (CPython's CO_COROUTINE flag).</summary>
    public bool IsCoroutine { get; init; }

    /// <summary>
    /// CO_ITERABLE_COROUTINE: set by <c>types.coroutine</c> on a generator function (CPython replaces the function's
    /// code object with a flagged copy), so the generators it makes can be awaited.
    /// </summary>
    public bool IsIterableCoroutine { get; set; }

    /// <summary>An <c>async def</c> with <c>yield</c> (CO_ASYNC_GENERATOR).</summary>
    public bool IsAsyncGenerator { get; init; }

    /// <summary><c>co_name</c></summary>
    public string Name { get; }

    /// <summary><c>co_qualname</c></summary>
    public string QualName { get; }

    /// <summary>The argument slot names in binding order.</summary>
    public string[] SlotNames { get; }

    /// <summary>Positional parameters, positional-only ones included.</summary>
    public int PositionalCount { get; }

    /// <summary>Positional-only parameters (the first ones).</summary>
    public int PosOnlyCount { get; }

    /// <summary>Keyword-only parameters.</summary>
    public int KwOnlyCount { get; }

    /// <summary>Whether there is a <c>*args</c> slot (after the keyword-only ones).</summary>
    public bool HasVarArgs { get; }

    /// <summary>Whether there is a <c>**kwargs</c> slot (the last one).</summary>
    public bool HasVarKeywords { get; }

    /// <summary>The length of the slot array the body receives.</summary>
    public int SlotCount { get; }

    /// <summary>True when a call with exactly <see cref="PositionalCount"/> positional arguments fills every slot.</summary>
    internal bool IsSimple => KwOnlyCount == 0 && !HasVarArgs && !HasVarKeywords;
}
