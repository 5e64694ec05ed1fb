using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// A visitor that walks nested scopes too (functions, lambdas, classes, comprehensions, with their defaults and
/// decorators) but knows when it is inside one: an analysis of one function's own bindings treats what it finds
/// there as uses it cannot reason about.
/// </summary>
internal abstract class NestedScopeVisitor : AstVisitor
{
    private int _nested;

    /// <summary>True while the walk is inside a scope nested in the analysed one.</summary>
    protected bool InNestedScope => _nested > 0;

    public override void VisitFunctionDef(FunctionDef node) => Nested(node);

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => Nested(node);

    public override void VisitLambda(Lambda node) => Nested(node);

    public override void VisitClassDef(ClassDef node) => Nested(node);

    public override void VisitListComp(ListComp node) => Nested(node);

    public override void VisitSetComp(SetComp node) => Nested(node);

    public override void VisitDictComp(DictComp node) => Nested(node);

    public override void VisitGeneratorExp(GeneratorExp node) => Nested(node);

    private void Nested(Node node)
    {
        _nested++;
        DefaultVisit(node);
        _nested--;
    }
}
