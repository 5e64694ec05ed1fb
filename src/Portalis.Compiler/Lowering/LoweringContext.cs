using Portalis.Compiler.Binding;

namespace Portalis.Compiler.Lowering;

/// <summary>The C# method being written: one Python function scope (or the module body).</summary>
internal sealed class FunctionContext(Scope scope, CSharpWriter writer, FunctionContext? outer)
{
    public Scope Scope { get; } = scope;

    public CSharpWriter Writer { get; set; } = writer;

    public FunctionContext? Outer { get; } = outer;

    /// <summary>Expression temporaries, declared at the top of the method.</summary>
    public List<string> Temps { get; } = [];

    /// <summary>The C# variable holding the <c>PyGenerator</c> inside a generator body, else null.</summary>
    public string? GeneratorVar { get; init; }

    /// <summary>
    /// True when the method being written holds the thread's recursion counter as <c>__depth</c> (a plain function
    /// body or a typed entry; not a generator body, a comprehension or the module body): typed direct calls pass it on.
    /// </summary>
    public bool HasDepth { get; init; }

    /// <summary>The C# name of the first parameter (<c>self</c> for <c>super()</c>), if any.</summary>
    public string? FirstParameter { get; init; }

    public Stack<LoopContext> Loops { get; } = new();

    /// <summary>For each enclosing <c>except*</c> handler, how many loops enclosed it (break and continue may not leave it).</summary>
    public Stack<int> ExceptStarLoops { get; } = new();

    /// <summary>How many <c>finally</c> blocks enclose the current statement (C# cannot leave them with break/continue/return).</summary>
    public int FinallyDepth { get; set; }

    /// <summary>
    /// The enclosing <c>try</c> statements whose <c>finally</c> is lowered as ordinary code (it contains a jump):
    /// a jump out of their body records itself and goes to the finally code instead of leaving directly.
    /// </summary>
    public Stack<FinallyRoute> Routes { get; } = new();
}

/// <summary>
/// A <c>try</c> whose <c>finally</c> body is lowered after the protected code rather than as a C# <c>finally</c>
/// (C# forbids control leaving a finally block, Python allows return/break/continue there). A return, break or
/// continue leaving the protected code stores its kind in <see cref="Action"/> (and the value in
/// <see cref="ReturnVar"/>), jumps to <see cref="Label"/>, and is replayed after the finally code.
/// </summary>
internal sealed class FinallyRoute(string label, string action, string returnVar, int loopDepth)
{
    public string Label { get; } = label;

    public string Action { get; } = action;

    public string ReturnVar { get; } = returnVar;

    /// <summary>How many loops enclosed the try: a break or continue to one of them leaves the try.</summary>
    public int LoopDepth { get; } = loopDepth;

    public bool UsesReturn { get; set; }

    public bool UsesBreak { get; set; }

    public bool UsesContinue { get; set; }
}

/// <summary>A class body being written inline in the enclosing C# method.</summary>
internal sealed class ClassContext(Scope scope, string namespaceVar, ClassContext? outer)
{
    public Scope Scope { get; } = scope;

    public string NamespaceVar { get; } = namespaceVar;

    public ClassContext? Outer { get; } = outer;
}

/// <summary>A loop: the label a <c>break</c> jumps to when the loop has an <c>else</c> clause.</summary>
internal sealed class LoopContext(string? breakLabel, int finallyDepth)
{
    public string? BreakLabel { get; } = breakLabel;

    /// <summary>The function's finally depth where the loop starts: a jump out of a deeper finally is not expressible in C#.</summary>
    public int FinallyDepth { get; } = finallyDepth;
}
