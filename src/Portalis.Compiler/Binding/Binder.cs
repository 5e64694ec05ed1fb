using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Binding;

/// <summary>
/// Builds the scopes of one module and resolves every name as CPython's symtable does
/// (Python/symtable.c: <c>symtable_visit_*</c> collects, <c>analyze_block</c>/<c>analyze_name</c> resolves).
/// </summary>
internal sealed class Binder : AstVisitor
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private Scope _current;

    private Binder(Module module)
    {
        _current = new Scope(ScopeKind.Module, "<module>", module, null);
        _scopes[module] = _current;
    }

    /// <summary>Binds a module: returns the scope of every scope-introducing node (module, def, lambda, class, comprehension).</summary>
    public static BoundModule Bind(Module module)
    {
        var binder = new Binder(module);
        foreach (var stmt in module.Body)
        {
            stmt.Accept(binder);
        }

        var root = binder._scopes[module];
        Resolve(root);
        return new BoundModule(root, binder._scopes);
    }

    public override void VisitFunctionDef(FunctionDef node) =>
        VisitFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns);

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        var scope = VisitFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns);
        scope.IsCoroutine = true;
    }

    private Scope VisitFunction(Stmt node, string name, Arguments args, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decorators, Expr? returns)
    {
        VisitDecorators(decorators);
        VisitArgumentDefaults(args);

        // Annotations are evaluated in the enclosing scope (symtable.c, symtable_visit_annotations).
        foreach (var a in ParameterList(args))
        {
            a.Annotation?.Accept(this);
        }

        returns?.Accept(this);
        _current.Add(name, SymbolFlags.Assigned);
        var scope = Enter(ScopeKind.Function, name, node);
        DeclareParameters(args);
        foreach (var stmt in body)
        {
            stmt.Accept(this);
        }

        Leave(scope);
        return scope;
    }

    public override void VisitLambda(Lambda node)
    {
        VisitArgumentDefaults(node.Args);
        var scope = Enter(ScopeKind.Lambda, "<lambda>", node);
        DeclareParameters(node.Args);
        node.Body.Accept(this);
        Leave(scope);
    }

    public override void VisitClassDef(ClassDef node)
    {
        VisitDecorators(node.DecoratorList);
        foreach (var b in node.Bases)
        {
            b.Accept(this);
        }

        foreach (var k in node.Keywords)
        {
            k.Value.Accept(this);
        }

        _current.Add(node.Name, SymbolFlags.Assigned);
        var scope = Enter(ScopeKind.Class, node.Name, node);
        foreach (var stmt in node.Body)
        {
            stmt.Accept(this);
        }

        Leave(scope);
    }

    public override void VisitListComp(ListComp node) => VisitComprehension(node, "<listcomp>", node.Generators, node.Elt);

    public override void VisitSetComp(SetComp node) => VisitComprehension(node, "<setcomp>", node.Generators, node.Elt);

    public override void VisitGeneratorExp(GeneratorExp node) => VisitComprehension(node, "<genexpr>", node.Generators, node.Elt);

    public override void VisitDictComp(DictComp node) => VisitComprehension(node, "<dictcomp>", node.Generators, node.Key, node.Value);

    public override void VisitGlobal(Global node)
    {
        foreach (var name in node.Names)
        {
            _current.Add(name, SymbolFlags.DeclaredGlobal);
        }
    }

    public override void VisitNonlocal(Nonlocal node)
    {
        foreach (var name in node.Names)
        {
            _current.Add(name, SymbolFlags.DeclaredNonlocal);
        }
    }

    public override void VisitName(Name node)
    {
        switch (node.Ctx)
        {
            case ExprContext.Load:
                _current.Add(node.Id, SymbolFlags.Used);
                if (node.Id is "super" or "__class__" && _current.IsFunctionLike)
                {
                    _current.NeedsClassCell = true;
                }

                break;
            case ExprContext.Store:
                _current.Add(node.Id, SymbolFlags.Assigned);
                break;
            case ExprContext.Del:
                _current.Add(node.Id, SymbolFlags.Assigned | SymbolFlags.Deleted);
                break;
        }
    }

    public override void VisitNamedExpr(NamedExpr node)
    {
        node.Value.Accept(this);

        // PEP 572: in a comprehension the target binds in the nearest enclosing non-comprehension scope.
        var target = ((Name)node.Target).Id;
        var scope = _current;
        while (scope.Kind == ScopeKind.Comprehension && scope.Parent is not null)
        {
            _current.Add(target, SymbolFlags.DeclaredNonlocal);
            scope = scope.Parent;
        }

        if (!ReferenceEquals(scope, _current))
        {
            scope.Add(target, SymbolFlags.Assigned);
            if (scope.Kind == ScopeKind.Module)
            {
                _current.Add(target, SymbolFlags.DeclaredGlobal);
            }
        }
        else
        {
            _current.Add(target, SymbolFlags.Assigned);
        }
    }

    public override void VisitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            _current.Add(alias.Asname ?? alias.Name.Split('.')[0], SymbolFlags.Assigned);
        }
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        foreach (var alias in node.Names)
        {
            if (alias.Name != "*")
            {
                _current.Add(alias.Asname ?? alias.Name, SymbolFlags.Assigned);
            }
        }
    }

    public override void VisitTryStar(TryStar node)
    {
        var scope = _current;
        var saved = scope.BindingFlags;
        scope.BindingFlags |= SymbolFlags.ExceptTarget;
        base.VisitTryStar(node);
        scope.BindingFlags = saved;
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        node.Type?.Accept(this);
        if (node.Name is { } name)
        {
            _current.Add(name, SymbolFlags.Assigned | SymbolFlags.ExceptTarget);
        }

        foreach (var stmt in node.Body)
        {
            stmt.Accept(this);
        }
    }

    public override void VisitYield(Yield node)
    {
        _current.IsGenerator = true;
        node.Value?.Accept(this);
    }

    public override void VisitYieldFrom(YieldFrom node)
    {
        _current.IsGenerator = true;
        node.Value.Accept(this);
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        // Annotations are evaluated only in class and module bodies (for __annotations__); a bare `x: int` still makes x local.
        if (_current.Kind is ScopeKind.Class or ScopeKind.Module)
        {
            node.Annotation.Accept(this);
        }

        node.Value?.Accept(this);
        node.Target.Accept(this);
    }

    public override void VisitMatchAs(MatchAs node)
    {
        node.Pattern?.Accept(this);
        if (node.Name is { } name)
        {
            _current.Add(name, SymbolFlags.Assigned);
        }
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name is { } name)
        {
            _current.Add(name, SymbolFlags.Assigned);
        }
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        foreach (var k in node.Keys)
        {
            k.Accept(this);
        }

        foreach (var p in node.Patterns)
        {
            p.Accept(this);
        }

        if (node.Rest is { } rest)
        {
            _current.Add(rest, SymbolFlags.Assigned);
        }
    }

    private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, params Expr[] elements)
    {
        // The first iterable is evaluated in the enclosing scope (Python/symtable.c, symtable_handle_comprehension).
        generators[0].Iter.Accept(this);
        var scope = Enter(ScopeKind.Comprehension, name, node);
        if (node is GeneratorExp)
        {
            scope.IsGenerator = true;
        }

        for (var i = 0; i < generators.Count; i++)
        {
            var generator = generators[i];
            if (i > 0)
            {
                generator.Iter.Accept(this);
            }

            generator.Target.Accept(this);
            foreach (var condition in generator.Ifs)
            {
                condition.Accept(this);
            }
        }

        foreach (var element in elements)
        {
            element.Accept(this);
        }

        if (generators.Any(g => g.IsAsync != 0))
        {
            // An asynchronous comprehension (PEP 530): its frame is a coroutine (an async generator for a genexp).
            scope.IsCoroutine = true;
        }

        Leave(scope);
    }

    public override void VisitAwait(Await node)
    {
        // 'await' inside a comprehension makes the comprehension asynchronous (Python/compile.c, compiler_comprehension).
        if (_current.Kind == ScopeKind.Comprehension)
        {
            _current.IsCoroutine = true;
        }

        node.Value.Accept(this);
    }

    private void VisitDecorators(IReadOnlyList<Expr> decorators)
    {
        foreach (var d in decorators)
        {
            d.Accept(this);
        }
    }

    private void VisitArgumentDefaults(Arguments args)
    {
        foreach (var d in args.Defaults)
        {
            d.Accept(this);
        }

        foreach (var d in args.KwDefaults)
        {
            d?.Accept(this);
        }
    }

    private void DeclareParameters(Arguments args)
    {
        foreach (var a in ParameterList(args))
        {
            _current.Add(a.Name, SymbolFlags.Parameter | SymbolFlags.Assigned);
        }
    }

    /// <summary>Parameters in slot order: positional-only, positional, keyword-only, *args, **kwargs (CPython's co_varnames).</summary>
    public static IEnumerable<Arg> ParameterList(Arguments args)
    {
        foreach (var a in args.Posonlyargs)
        {
            yield return a;
        }

        foreach (var a in args.Args)
        {
            yield return a;
        }

        foreach (var a in args.Kwonlyargs)
        {
            yield return a;
        }

        if (args.Vararg is { } v)
        {
            yield return v;
        }

        if (args.Kwarg is { } k)
        {
            yield return k;
        }
    }

    private Scope Enter(ScopeKind kind, string name, Node node)
    {
        var scope = new Scope(kind, name, node, _current);
        scope.QualName = _current.Kind switch
        {
            ScopeKind.Module => name,
            ScopeKind.Class => _current.QualName + "." + name,
            _ => _current.QualName + ".<locals>." + name,
        };
        _current.Children.Add(scope);
        _scopes[node] = scope;
        _current = scope;
        return scope;
    }

    private void Leave(Scope scope) => _current = scope.Parent!;

    private static void Resolve(Scope scope)
    {
        foreach (var name in scope.Names)
        {
            scope.SetResolution(name, ResolveName(scope, name));
        }

        foreach (var child in scope.Children)
        {
            Resolve(child);
        }
    }

    private static NameResolution ResolveName(Scope scope, string name)
    {
        var flags = scope.Flags(name);
        if (scope.Kind == ScopeKind.Module || (flags & SymbolFlags.DeclaredGlobal) != 0)
        {
            return NameResolution.Global;
        }

        if ((flags & SymbolFlags.DeclaredNonlocal) != 0)
        {
            return NameResolution.Free;
        }

        if ((flags & (SymbolFlags.Assigned | SymbolFlags.Parameter)) != 0)
        {
            return scope.Kind == ScopeKind.Class ? NameResolution.ClassLocal : NameResolution.Local;
        }

        // A free variable comes from the nearest enclosing function scope that binds it; class scopes are skipped.
        for (var outer = scope.Parent; outer is not null; outer = outer.Parent)
        {
            if (outer.Kind == ScopeKind.Class)
            {
                continue;
            }

            if (outer.Kind == ScopeKind.Module)
            {
                return NameResolution.Global;
            }

            var outerFlags = outer.Flags(name);
            if ((outerFlags & SymbolFlags.DeclaredGlobal) != 0)
            {
                return NameResolution.Global;
            }

            if ((outerFlags & (SymbolFlags.Assigned | SymbolFlags.Parameter | SymbolFlags.DeclaredNonlocal)) != 0)
            {
                return NameResolution.Free;
            }
        }

        return NameResolution.Global;
    }
}

/// <summary>A bound module: its root scope and the scope of every scope-introducing node.</summary>
internal sealed record class BoundModule(Scope Root, IReadOnlyDictionary<Node, Scope> Scopes)
{
    public Scope ScopeOf(Node node) => Scopes[node];

    /// <summary>True when <paramref name="node"/> is or contains a scope-introducing node (def, class, lambda, comprehension).</summary>
    public bool DefinesScopes(Node node)
    {
        var finder = new ScopeFinder(Scopes);
        node.Accept(finder);
        return finder.Found;
    }

    private sealed class ScopeFinder(IReadOnlyDictionary<Node, Scope> scopes) : AstVisitor
    {
        public bool Found { get; private set; }

        public override void DefaultVisit(Node node)
        {
            Found |= scopes.ContainsKey(node);
            if (!Found)
            {
                base.DefaultVisit(node);
            }
        }
    }
}
