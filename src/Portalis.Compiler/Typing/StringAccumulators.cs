using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// The names a loop only extends: every mention of the name anywhere in the loop (its header, body and
/// <c>else</c>) is the target of <c>name += piece</c> or <c>name = name + piece</c>, and no piece mentions it.
/// Nothing in the loop can then observe the name's value between two extensions, so the lowering may collect
/// the pieces and store the joined value once, when the loop is left (see the runtime's <c>PyStrConcat</c>).
/// Which of these names are plain locals (not captured, not global, not typed) is the caller's question.
/// </summary>
internal sealed class StringAccumulators : NestedScopeVisitor
{
    private readonly HashSet<string> _extended = new(StringComparer.Ordinal);
    private readonly HashSet<string> _otherwise = new(StringComparer.Ordinal);

    private StringAccumulators()
    {
    }

    /// <summary>The names <paramref name="loop"/> (a <c>for</c> or <c>while</c> statement) only extends.</summary>
    public static IReadOnlyList<string> Find(Stmt loop)
    {
        var finder = new StringAccumulators();
        loop.Accept(finder);
        return [.. finder._extended.Where(n => !finder._otherwise.Contains(n)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The piece of an extension of <paramref name="name"/>, when <paramref name="statement"/> is one.</summary>
    public static Expr? Piece(Stmt statement, out string? name, out bool inPlace)
    {
        switch (statement)
        {
            case AugAssign { Target: Name target, Op: BinaryOperator.Add } aug:
                (name, inPlace) = (target.Id, true);
                return aug.Value;
            case Assign { Targets: [Name target], Value: BinOp { Op: BinaryOperator.Add, Left: Name left } add } when left.Id == target.Id:
                (name, inPlace) = (target.Id, false);
                return add.Right;
            default:
                (name, inPlace) = (null, false);
                return null;
        }
    }

    public override void VisitAugAssign(AugAssign node) => Extension(node);

    public override void VisitAssign(Assign node) => Extension(node);

    // Inside a nested scope (or its defaults and decorators) every mention counts as a use.
    public override void VisitName(Name node) => _otherwise.Add(node.Id);

    private void Extension(Stmt node)
    {
        if (!InNestedScope && Piece(node, out var name, out _) is { } piece)
        {
            _extended.Add(name!);
            piece.Accept(this);
        }
        else
        {
            DefaultVisit(node);
        }
    }
}
