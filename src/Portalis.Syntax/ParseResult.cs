using Portalis.Syntax.Ast;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Syntax;

/// <summary>The outcome of <see cref="Parser.ParseModule"/>: a tree, or the syntax error CPython would raise.</summary>
public sealed class ParseResult
{
    internal ParseResult(Module? module, Expression? expression, IReadOnlyList<Diagnostic> diagnostics)
    {
        Module = module;
        Expression = expression;
        Diagnostics = diagnostics;
    }

    /// <summary>The module, when the source parsed in file mode without errors.</summary>
    public Module? Module { get; }

    /// <summary>The expression tree, when the source parsed in eval mode without errors.</summary>
    public Expression? Expression { get; }

    /// <summary>The errors found; CPython stops at the first, and so does the parser.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the source parsed without errors.</summary>
    public bool Success => Diagnostics.Count == 0;
}
