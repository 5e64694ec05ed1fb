using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// Whether a module body contains an annotated assignment outside functions and classes (Python/compile.c,
/// <c>find_ann</c>): such a module gets an <c>__annotations__</c> dict when it starts running.
/// </summary>
internal sealed class ModuleAnnotations : AstVisitor
{
    private bool _found;

    public static bool Any(IEnumerable<Stmt> body)
    {
        var finder = new ModuleAnnotations();
        foreach (var statement in body)
        {
            statement.Accept(finder);
        }

        return finder._found;
    }

    public override void VisitAnnAssign(AnnAssign node) => _found = true;

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
}
