using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// Finds which of a function's dynamic locals have a binding that is not numeric (see
/// <see cref="FunctionTypes.NumLocals"/>): an assignment of anything but a numeric expression, an augmented
/// assignment with a non-arithmetic operator, a loop target. Inner scopes are not entered; their bindings are
/// their own.
/// </summary>
internal sealed class NumericBindings(HashSet<string> locals, Func<Expr, bool> isNumeric) : AstVisitor
{
    public HashSet<string> Other { get; } = new(StringComparer.Ordinal);

    public override void VisitAssign(Assign node)
    {
        if (FunctionInference.ParallelAssignment(node) is { } pairs)
        {
            foreach (var (name, value) in pairs)
            {
                Check(name.Id, isNumeric(value));
            }
        }
        else
        {
            foreach (var target in node.Targets)
            {
                Targets(target, target is Name && isNumeric(node.Value));
            }
        }
    }

    public override void VisitAugAssign(AugAssign node)
    {
        if (node.Target is Name name)
        {
            Check(name.Id, FunctionInference.IsArithmetic(node.Op));
        }
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        if (node.Target is Name name)
        {
            Check(name.Id, node.Value is not null && isNumeric(node.Value));
        }
    }

    public override void VisitFor(For node)
    {
        Targets(node.Target, numeric: false);
        DefaultVisit(node);
    }

    public override void VisitFunctionDef(FunctionDef node)
    {
    }

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
    }

    public override void VisitClassDef(ClassDef node)
    {
    }

    public override void VisitLambda(Lambda node)
    {
    }

    public override void VisitListComp(ListComp node)
    {
    }

    public override void VisitSetComp(SetComp node)
    {
    }

    public override void VisitDictComp(DictComp node)
    {
    }

    public override void VisitGeneratorExp(GeneratorExp node)
    {
    }

    public override void VisitNamedExpr(NamedExpr node)
    {
        Targets(node.Target, numeric: false);
        DefaultVisit(node);
    }

    private void Targets(Expr target, bool numeric)
    {
        switch (target)
        {
            case Name name:
                Check(name.Id, numeric);
                break;
            case Syntax.Ast.Tuple t:
                t.Elts.ToList().ForEach(e => Targets(e, false));
                break;
            case List l:
                l.Elts.ToList().ForEach(e => Targets(e, false));
                break;
            case Starred s:
                Targets(s.Value, false);
                break;
        }
    }

    private void Check(string name, bool numeric)
    {
        if (!numeric && locals.Contains(name))
        {
            Other.Add(name);
        }
    }
}
