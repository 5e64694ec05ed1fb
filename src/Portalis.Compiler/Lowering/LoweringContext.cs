using Portalis.Compiler.Binding;

namespace Portalis.Compiler.Lowering;

/// <summary>The C# method being written: one Python function scope (or the module body).</summary>
internal sealed class FunctionContext(Scope scope, CSharpWriter writer, FunctionContext? outer)
{
    public Scope Scope { get; } = scope;

    public CSharpWriter Writer { get; } = writer;

    public FunctionContext? Outer { get; } = outer;

    /// <summary>Expression temporaries, declared at the top of the method.</summary>
    public List<string> Temps { get; } = [];

    /// <summary>The C# variable holding the <c>PyGenerator</c> inside a generator body, else null.</summary>
    public string? GeneratorVar { get; init; }

    /// <summary>The C# name of the first parameter (<c>self</c> for <c>super()</c>), if any.</summary>
    public string? FirstParameter { get; init; }

    public Stack<LoopContext> Loops { get; } = new();

    /// <summary>How many <c>finally</c> blocks enclose the current statement (C# cannot leave them with break/continue/return).</summary>
    public int FinallyDepth { get; set; }
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
