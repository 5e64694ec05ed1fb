using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// A visitor over a function body for the analyses that recognise some forms of binding a local (LocalArrays,
/// NativeLocalFinder, FunctionInference's binding sites): the names bound by an import, an <c>except ... as</c>
/// handler or a match pattern are not <see cref="Name"/> nodes, so they reach <see cref="OtherBinding"/> instead;
/// a comprehension is a scope of its own, of which only the first iterable is evaluated in the body's scope.
/// </summary>
internal abstract class OtherBindingsVisitor : AstVisitor
{
    /// <summary>A binding of <paramref name="name"/> by a form other than a <see cref="Name"/> target.</summary>
    protected abstract void OtherBinding(string name);

    public override void VisitListComp(ListComp node) => node.Generators[0].Iter.Accept(this);

    public override void VisitSetComp(SetComp node) => node.Generators[0].Iter.Accept(this);

    public override void VisitDictComp(DictComp node) => node.Generators[0].Iter.Accept(this);

    public override void VisitGeneratorExp(GeneratorExp node) => node.Generators[0].Iter.Accept(this);

    public override void VisitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            OtherBinding(alias.Asname ?? alias.Name.Split('.')[0]);
        }
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        foreach (var alias in node.Names)
        {
            OtherBinding(alias.Asname ?? alias.Name);
        }
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        if (node.Name is { } name)
        {
            OtherBinding(name);
        }

        DefaultVisit(node);
    }

    public override void VisitMatchAs(MatchAs node)
    {
        if (node.Name is { } name)
        {
            OtherBinding(name);
        }

        DefaultVisit(node);
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name is { } name)
        {
            OtherBinding(name);
        }
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        if (node.Rest is { } name)
        {
            OtherBinding(name);
        }

        DefaultVisit(node);
    }
}
