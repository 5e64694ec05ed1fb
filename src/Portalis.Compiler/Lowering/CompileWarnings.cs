using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// The SyntaxWarnings CPython's compiler issues for a module while compiling it, before its code runs, which a
/// translated module reproduces at the start of its execution: <c>is</c> / <c>is not</c> with a literal
/// (Python/compile.c, <c>check_compare</c> and <c>check_is_arg</c>). The operands CPython's AST optimizer folds
/// into a constant count as literals: a number with a sign and a tuple of constants.
/// </summary>
internal sealed class CompileWarnings : AstVisitor
{
    private readonly List<(int Start, string Message)> _found = [];

    /// <summary>The warnings of <paramref name="module"/> in source order, each with the start offset of its comparison.</summary>
    public static IReadOnlyList<(int Start, string Message)> Find(Module module)
    {
        var finder = new CompileWarnings();
        module.Accept(finder);
        return finder._found.OrderBy(w => w.Start).ToList();
    }

    public override void VisitCompare(Compare node)
    {
        var left = IsArgument(node.Left);
        for (var i = 0; i < node.Ops.Count; i++)
        {
            var right = IsArgument(node.Comparators[i]);
            if (node.Ops[i] is CompareOperator.Is or CompareOperator.IsNot && (!left || !right))
            {
                _found.Add((node.Span.Start, node.Ops[i] is CompareOperator.Is
                    ? "\"is\" with a literal. Did you mean \"==\"?"
                    : "\"is not\" with a literal. Did you mean \"!=\"?"));
                break;
            }

            left = right;
        }

        base.VisitCompare(node);
    }

    // check_is_arg: anything but a constant, or the singletons None, True, False and Ellipsis.
    private static bool IsArgument(Expr e) => !IsFoldedConstant(e) || e is Constant { Value: null or bool or EllipsisValue };

    private static bool IsFoldedConstant(Expr e) => e switch
    {
        Constant => true,
        UnaryOp { Op: UnaryOperator.USub or UnaryOperator.UAdd or UnaryOperator.Invert, Operand: Constant { Value: not (null or string or EllipsisValue) } } => true,
        Syntax.Ast.Tuple t => t.Elts.All(IsFoldedConstant),
        _ => false,
    };
}
