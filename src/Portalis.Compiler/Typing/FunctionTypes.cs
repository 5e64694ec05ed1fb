using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// What the inference proved for one body of one function (the generic body, or a typed specialisation for
/// given parameter types): the type of each expression of its own scope, the locals that are unboxed, the
/// return type, and the calls it makes to module-level functions (for the whole-module fixpoint).
/// </summary>
internal sealed class FunctionTypes
{
    public static readonly FunctionTypes Empty = new();

    /// <summary>Expression types; expressions not in the map are dynamic.</summary>
    public Dictionary<Expr, InferredType> Exprs { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The unboxed locals (parameters included) and their types.</summary>
    public Dictionary<string, InferredType> Locals { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Dynamic locals every binding of which is arithmetic or a number (<c>d2 = dx * dx + dy * dy</c>, <c>e = 0.0</c>,
    /// <c>e += ...</c>): they are held as <c>PyNum</c>, a float unboxed or any other value boxed.
    /// </summary>
    public HashSet<string> NumLocals { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Dynamic locals every read of which follows a binding on every path (Typing/DefiniteAssignment): their reads
    /// need no UnboundLocalError check.
    /// </summary>
    public HashSet<string> AssignedLocals { get; } = new(StringComparer.Ordinal);

    /// <summary>Locals proven to hold an exact native object (Typing/NativeTypes), with its C# class.</summary>
    public Dictionary<string, Type> NativeLocals { get; } = new(StringComparer.Ordinal);

    /// <summary>The native locals whose object never leaves the frame (Typing/ConfinedLocals).</summary>
    public HashSet<string> ConfinedLocals { get; } = new(StringComparer.Ordinal);

    /// <summary>Method calls on native locals that are direct C# calls, with the method.</summary>
    public Dictionary<Call, NativeMethod> NativeCalls { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Locals held as typed C# arrays (Typing/LocalArrays: lists that never leave the frame) and their element
    /// types, each Int, Float or Bool.
    /// </summary>
    public Dictionary<string, InferredType> Arrays { get; } = new(StringComparer.Ordinal);

    /// <summary>The join of every returned value (Dynamic when the end of the body is reachable).</summary>
    public InferredType Return { get; set; } = InferredType.Bottom;

    /// <summary>Direct calls of module-level functions made here, with the argument types.</summary>
    public List<CallSite> Sites { get; } = [];

    /// <summary>The proven type of an expression: Int, Float or Bool, else Dynamic.</summary>
    public InferredType TypeOf(Expr expr) =>
        Exprs.TryGetValue(expr, out var t) && t.IsUnboxed() ? t : InferredType.Dynamic;

    /// <summary>The unboxed type of a local, else Dynamic.</summary>
    public InferredType LocalType(string name) =>
        Locals.TryGetValue(name, out var t) && t.IsUnboxed() ? t : InferredType.Dynamic;
}

/// <summary>A direct call <c>f(args)</c> of a module-level function with the inferred argument types.</summary>
internal sealed record class CallSite(string Callee, InferredType[] Args);
