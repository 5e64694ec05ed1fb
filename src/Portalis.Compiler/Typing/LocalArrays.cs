using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// Finds the locals of a function that may be held as typed C# arrays instead of shared <c>PyList</c>s
/// (docs/EMISSION.md, "Local arrays"): a list that never leaves its frame is seen by no other code and no other
/// thread, so it needs no boxes and no locks. This pass is syntactic; the inference then requires every element
/// value and every index to be proven (<see cref="FunctionInference"/>).
/// <para>
/// A candidate is a plain local (the caller passes the ones that are not parameters, captured, deleted,
/// global or except targets) every binding of which is <c>x = [e, ...]</c>, <c>x = [e, ...] * n</c>,
/// <c>x = n * [e, ...]</c> or a list comprehension, every read of which is definitely preceded by a binding, and every use of which is
/// one that cannot let the list escape or change its length: <c>x[i]</c>, <c>x[i] = v</c>, <c>x[i] op= v</c>,
/// <c>len(x)</c>, <c>for v in x</c>, <c>v in x</c> / <c>v not in x</c>, and the first iterable of a counting
/// <c>sum(C for v in x if ...)</c> (lowered to a local function that only iterates). Anything else (an
/// alias, a call argument, a method, a slice, <c>del x[i]</c>, a return) keeps the list dynamic.
/// </para>
/// </summary>
internal sealed class LocalArrays : OtherBindingsVisitor
{
    private readonly HashSet<string> _candidates;
    private readonly Func<string, bool> _isBuiltin;
    private readonly HashSet<Name> _allowed = new(ReferenceEqualityComparer.Instance);

    private LocalArrays(HashSet<string> candidates, Func<string, bool> isBuiltin)
    {
        _candidates = candidates;
        _isBuiltin = isBuiltin;
    }

    /// <summary>
    /// The candidates among <paramref name="plainLocals"/>; <paramref name="isBuiltin"/> tells whether a global
    /// name (<c>len</c>, <c>sum</c>) is proven to be the builtin.
    /// </summary>
    public static HashSet<string> Find(IReadOnlyList<Stmt> body, IEnumerable<string> plainLocals, Func<string, bool> isBuiltin)
    {
        var finder = new LocalArrays(new HashSet<string>(plainLocals, StringComparer.Ordinal), isBuiltin);
        foreach (var statement in body)
        {
            statement.Accept(finder);
        }

        if (finder._candidates.Count > 0)
        {
            var assignment = new DefiniteAssignment(new HashSet<string>(finder._candidates, StringComparer.Ordinal));
            assignment.Block(body, new HashSet<string>(StringComparer.Ordinal));
            finder._candidates.ExceptWith(assignment.Failed);
        }

        return finder._candidates;
    }

    /// <summary><c>[e, ...]</c>, <c>[e, ...] * n</c> or <c>n * [e, ...]</c> (no starred item), or a list comprehension: a new list.</summary>
    public static bool IsConstructor(Expr value) => value switch
    {
        List l => IsDisplay(l),
        ListComp c => c.Generators.All(g => g.IsAsync == 0),
        BinOp { Op: BinaryOperator.Mult, Left: List l } => IsDisplay(l),
        BinOp { Op: BinaryOperator.Mult, Right: List r } => IsDisplay(r),
        _ => false,
    };

    /// <summary>The display of a constructor (see <see cref="IsConstructor"/>) and its count, if any.</summary>
    public static (List Display, Expr? Count) Parts(Expr value) => value switch
    {
        List l => (l, null),
        BinOp { Left: List l } b => (l, b.Right),
        BinOp b => ((List)b.Right, b.Left),
        _ => throw new InvalidOperationException("not a list constructor"),
    };

    /// <summary>
    /// The element type of a comprehension's items as far as it is known outside the comprehension's own scope
    /// (whose locals the inference does not see): a number constant's type, else objects.
    /// </summary>
    public static InferredType ComprehensionElement(ListComp comprehension) =>
        comprehension.Elt is Constant c && FunctionInference.ConstantValueType(c.Value) is var type && type.IsUnboxed() ? type : InferredType.Dynamic;

    private static bool IsDisplay(List list) => !list.Elts.Any(e => e is Starred);

    public override void VisitAssign(Assign node)
    {
        if (node.Targets is [Name target] && IsConstructor(node.Value))
        {
            _allowed.Add(target);
        }

        DefaultVisit(node);
    }

    public override void VisitSubscript(Subscript node)
    {
        if (node.Value is Name name && node.Ctx != ExprContext.Del && node.Slice is not Slice)
        {
            _allowed.Add(name);
        }

        DefaultVisit(node);
    }

    public override void VisitCall(Call node)
    {
        if (node is { Func: Name { Id: "len" }, Args: [Name arg], Keywords.Count: 0 } && _isBuiltin("len"))
        {
            _allowed.Add(arg);
        }
        else if (FunctionInference.IsCountingSum(node) && _isBuiltin("sum")
            && ((GeneratorExp)node.Args[0]).Generators[0].Iter is Name iterable)
        {
            _allowed.Add(iterable);
        }

        DefaultVisit(node);
    }

    public override void VisitFor(For node)
    {
        if (node.Iter is Name name)
        {
            _allowed.Add(name);
        }

        DefaultVisit(node);
    }

    public override void VisitCompare(Compare node)
    {
        if (node is { Ops: [CompareOperator.In or CompareOperator.NotIn], Comparators: [Name container] })
        {
            _allowed.Add(container);
        }

        DefaultVisit(node);
    }

    public override void VisitName(Name node)
    {
        if (!_allowed.Contains(node))
        {
            _candidates.Remove(node.Id);
        }
    }

    // Inner scopes have their own locals; what they evaluate in this scope (defaults, decorators, bases, the
    // first iterable of a comprehension) is visited.
    public override void VisitFunctionDef(FunctionDef node) => Header(node.Name, node.DecoratorList, node.Args, node.Returns);

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => Header(node.Name, node.DecoratorList, node.Args, node.Returns);

    public override void VisitClassDef(ClassDef node)
    {
        _candidates.Remove(node.Name);
        foreach (var e in node.DecoratorList.Concat(node.Bases).Concat(node.Keywords.Select(k => k.Value)))
        {
            e.Accept(this);
        }
    }

    public override void VisitLambda(Lambda node)
    {
        foreach (var e in node.Args.Defaults.Concat(node.Args.KwDefaults.OfType<Expr>()))
        {
            e.Accept(this);
        }
    }

    // A def evaluates its decorators, defaults and annotations here.
    private void Header(string name, IReadOnlyList<Expr> decorators, Arguments args, Expr? returns)
    {
        _candidates.Remove(name);
        var parameters = args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs);
        parameters = args.Vararg is null ? parameters : parameters.Append(args.Vararg);
        parameters = args.Kwarg is null ? parameters : parameters.Append(args.Kwarg);
        var annotations = parameters.Select(p => p.Annotation).Append(returns).OfType<Expr>();
        foreach (var e in decorators.Concat(args.Defaults).Concat(args.KwDefaults.OfType<Expr>()).Concat(annotations))
        {
            e.Accept(this);
        }
    }

    // None of them is a list display binding.
    protected override void OtherBinding(string name) => _candidates.Remove(name);
}
