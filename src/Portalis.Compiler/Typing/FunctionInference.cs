using System.Numerics;
using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;
using BinaryOperator = Portalis.Syntax.Ast.BinaryOperator;
using CompareOperator = Portalis.Syntax.Ast.CompareOperator;

namespace Portalis.Compiler.Typing;

/// <summary>What a function's inference needs to know about the rest of its module.</summary>
internal interface ICallTyping
{
    StableNames Stable { get; }

    /// <summary>The module's native imports (Typing/NativeTypes).</summary>
    NativeImports Natives { get; }

    /// <summary>True when <c>name(...)</c> with <paramref name="arity"/> positional arguments is a guarded direct call.</summary>
    bool IsDirectTarget(string name, int arity);

    /// <summary>The proven result of a direct call with these argument types (Dynamic unless a typed entry applies and the callee is stable).</summary>
    InferredType CallResult(string name, InferredType[] args);
}

/// <summary>
/// Infers one body of one function scope (or the module body, which has no unboxed locals). A local is
/// unboxed only when every binding of it is an assignment, augmented assignment or <c>for</c> over
/// <c>range</c> whose value has one proven type, no inner scope captures it, it is never deleted or an
/// <c>except</c> target, and every read is preceded by a binding on every path (so no unbound check is
/// needed); everything else stays dynamic. Types are found by a fixpoint over the locals.
/// </summary>
internal sealed class FunctionInference
{
    // A local with any of these can be unbound again, or lives outside the function's own C# locals.
    internal const SymbolFlags NotPlain = SymbolFlags.Deleted | SymbolFlags.ExceptTarget | SymbolFlags.DeclaredGlobal | SymbolFlags.DeclaredNonlocal;

    private static readonly HashSet<string> s_frameIntrospection = new(StringComparer.Ordinal) { "locals", "vars", "exec", "eval", "dir" };

    private readonly Scope _scope;
    private readonly ICallTyping _module;
    private readonly Dictionary<string, InferredType> _env = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fixed = new(StringComparer.Ordinal);
    private Dictionary<string, Type> _native = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InferredType> _arrays = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rejectedArrays = new(StringComparer.Ordinal);
    private FunctionTypes _result = new();

    private FunctionInference(Scope scope, ICallTyping module)
    {
        _scope = scope;
        _module = module;
    }

    /// <summary>
    /// Infers <paramref name="body"/> of <paramref name="scope"/>. <paramref name="parameterTypes"/> gives the
    /// parameters' types in slot order (null: all dynamic). With <paramref name="final"/>, locals still at
    /// Bottom become dynamic (the result is what lowering uses).
    /// </summary>
    public static FunctionTypes Infer(Scope scope, IReadOnlyList<Stmt> body, IReadOnlyList<string> parameters, InferredType[]? parameterTypes, ICallTyping module, bool final)
    {
        var inference = new FunctionInference(scope, module);
        inference.Run(body, parameters, parameterTypes, final);
        return inference._result;
    }

    private void Run(IReadOnlyList<Stmt> body, IReadOnlyList<string> parameters, InferredType[]? parameterTypes, bool final)
    {
        if (_scope.Kind == ScopeKind.Function && !_scope.IsGenerator && !UsesFrameIntrospection(body))
        {
            ChooseCandidates(body, parameters, parameterTypes);
        }

        for (var round = 0; round < 50; round++)
        {
            var before = new Dictionary<string, InferredType>(_env, StringComparer.Ordinal);
            var arraysBefore = new Dictionary<string, InferredType>(_arrays, StringComparer.Ordinal);
            var rejectedBefore = _rejectedArrays.Count;
            Pass(body);
            if (final)
            {
                foreach (var name in _env.Keys.ToList())
                {
                    if (_env[name] == InferredType.Bottom)
                    {
                        _env[name] = InferredType.Dynamic;
                    }
                }
            }

            if (final)
            {
                FinishArrays();
            }

            if (_env.Count == before.Count && _env.All(p => before[p.Key] == p.Value) && _arrays.All(p => arraysBefore[p.Key] == p.Value)
                && _rejectedArrays.Count == rejectedBefore)
            {
                break;
            }
        }

        // The last pass ran with the final environment; record it.
        foreach (var (name, type) in _env)
        {
            _result.Locals[name] = type;
        }

        foreach (var (name, type) in _native)
        {
            _result.NativeLocals[name] = type;
        }

        _result.ConfinedLocals.UnionWith(ConfinedLocals.Find(body, _result));

        foreach (var (name, type) in _arrays.Where(p => !_rejectedArrays.Contains(p.Key) && p.Value != InferredType.Bottom))
        {
            _result.Arrays[name] = type;
        }

        if (final && _result.Return == InferredType.Bottom)
        {
            _result.Return = InferredType.Dynamic;
        }

        if (final && _scope.Kind == ScopeKind.Function && !_scope.IsGenerator)
        {
            FindAssignedLocals(body);
        }

        if (final)
        {
            // Parameters are declared by the method's signature (or a typed entry's prologue) as objects.
            var dynamic = _env.Where(p => p.Value == InferredType.Dynamic && (_scope.Flags(p.Key) & SymbolFlags.Parameter) == 0)
                .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            if (dynamic.Count > 0)
            {
                var bindings = new NumericBindings(dynamic, IsNumeric);
                foreach (var statement in body)
                {
                    statement.Accept(bindings);
                }

                _result.NumLocals.UnionWith(dynamic.Except(bindings.Other));
            }
        }
    }

    /// <summary>Records the plain locals that no read can see unbound (deleted, except-target and captured ones excluded).</summary>
    private void FindAssignedLocals(IReadOnlyList<Stmt> body)
    {
        var captured = new HashSet<string>(StringComparer.Ordinal);
        CollectCaptured(_scope, captured);
        var tracked = _scope.Locals
            .Where(n => (_scope.Flags(n) & (NotPlain | SymbolFlags.Parameter)) == 0 && !captured.Contains(n))
            .ToHashSet(StringComparer.Ordinal);
        var analysis = new DefiniteAssignment(tracked);
        analysis.Block(body, new HashSet<string>(StringComparer.Ordinal));
        _result.AssignedLocals.UnionWith(tracked.Except(analysis.Failed));
    }

    /// <summary>An expression that computes a number, or very likely does: proven numbers, arithmetic, negation.</summary>
    private bool IsNumeric(Expr expr) => expr switch
    {
        _ when _result.TypeOf(expr) is InferredType.Int or InferredType.Float => true,
        BinOp b => IsNumericOperator(b),
        UnaryOp u => u.Op is UnaryOperator.USub or UnaryOperator.UAdd,
        IfExp i => IsNumeric(i.Body) && IsNumeric(i.Orelse),
        _ => false,
    };

    /// <summary>An arithmetic operator with no text operand: <c>name + "!"</c> and <c>"%d" % n</c> are not numbers.</summary>
    public static bool IsNumericOperator(BinOp b) => IsArithmetic(b.Op) && !IsText(b.Left) && !IsText(b.Right);

    private static bool IsText(Expr expr) => expr is Constant { Value: string or byte[] } or JoinedStr;

    /// <summary>The operators a float supports: <c>+ - * / // % **</c>.</summary>
    public static bool IsArithmetic(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div or BinaryOperator.FloorDiv
            or BinaryOperator.Mod or BinaryOperator.Pow;

    private void Pass(IReadOnlyList<Stmt> body)
    {
        _result = new FunctionTypes();
        Statements(body);
        if (!Terminates(body))
        {
            _result.Return = InferredTypes.Join(_result.Return, InferredType.Dynamic);
        }
    }

    private static bool UsesFrameIntrospection(IReadOnlyList<Stmt> body)
    {
        var finder = new NameFinder(s_frameIntrospection);
        foreach (var statement in body)
        {
            statement.Accept(finder);
        }

        return finder.Found;
    }

    private void ChooseCandidates(IReadOnlyList<Stmt> body, IReadOnlyList<string> parameters, InferredType[]? parameterTypes)
    {
        var captured = new HashSet<string>(StringComparer.Ordinal);
        CollectCaptured(_scope, captured);
        foreach (var name in _scope.Locals)
        {
            var flags = _scope.Flags(name);
            if ((flags & NotPlain) != 0 || captured.Contains(name))
            {
                continue;
            }

            if ((flags & SymbolFlags.Parameter) != 0)
            {
                var index = IndexOf(parameters, name);
                if (parameterTypes is not null && index >= 0 && index < parameterTypes.Length && parameterTypes[index].IsUnboxed())
                {
                    _env[name] = parameterTypes[index];
                    _fixed.Add(name);
                }

                continue;
            }

            _env[name] = InferredType.Bottom;
        }

        // Locals holding an exact native object are typed with its class instead (never a number).
        var plain = _env.Keys.Where(n => (_scope.Flags(n) & SymbolFlags.Parameter) == 0).ToHashSet(StringComparer.Ordinal);
        _native = NativeLocalFinder.Find(body, plain, e => e is Call c ? _module.Natives.FactoryOf(c.Func, _scope) : null);
        foreach (var name in _native.Keys)
        {
            _env.Remove(name);
        }

        foreach (var name in LocalArrays.Find(body, [.. plain.Where(n => !_native.ContainsKey(n))], IsBuiltin))
        {
            _arrays[name] = InferredType.Bottom;
        }

        // Bindings other than the recognised forms make a local dynamic, as does a read that may see it unbound.
        var sites = new BindingSites(this);
        foreach (var statement in body)
        {
            statement.Accept(sites);
        }

        foreach (var name in sites.Unrecognised)
        {
            _env.Remove(name);
        }

        foreach (var name in _fixed.ToList())
        {
            if (!_env.ContainsKey(name))
            {
                _fixed.Remove(name);
            }
            else if (sites.Bound.Contains(name))
            {
                // A reassigned parameter keeps the parameter's type only if every assignment agrees; the
                // fixpoint checks that (the parameter's type is the first binding).
                _fixed.Remove(name);
                sites.Seeds[name] = _env[name];
            }
        }

        var assignment = new DefiniteAssignment(_env.Keys.Where(n => !_fixed.Contains(n) && !sites.Seeds.ContainsKey(n)).ToHashSet(StringComparer.Ordinal));
        assignment.Block(body, new HashSet<string>(StringComparer.Ordinal));
        foreach (var name in assignment.Failed)
        {
            _env.Remove(name);
        }

        foreach (var name in _arrays.Keys)
        {
            _env.Remove(name);
        }

        _seeds = sites.Seeds;
    }

    private Dictionary<string, InferredType> _seeds = new(StringComparer.Ordinal);

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    internal static void CollectCaptured(Scope scope, HashSet<string> captured)
    {
        foreach (var child in scope.Children)
        {
            foreach (var name in child.Names)
            {
                if (child.Resolve(name) == NameResolution.Free)
                {
                    captured.Add(name);
                }
            }

            CollectCaptured(child, captured);
        }
    }

    private bool IsCandidate(string name) => _env.ContainsKey(name);

    // ---- local arrays (Typing/LocalArrays) ----

    private bool IsArray(Name name) => _arrays.ContainsKey(name.Id);

    /// <summary><c>x = [e, ...]</c> or a repetition of it: the elements' types join the element type; the count must be an int.</summary>
    private void ConstructArray(string name, Expr value)
    {
        if (value is ListComp comprehension)
        {
            _arrays[name] = InferredTypes.Join(_arrays[name], LocalArrays.ComprehensionElement(comprehension));
            return;
        }

        var (display, count) = LocalArrays.Parts(value);
        var element = InferredType.Bottom;
        foreach (var e in display.Elts)
        {
            element = InferredTypes.Join(element, _result.Exprs.GetValueOrDefault(e, InferredType.Dynamic));
        }

        if (count is not null)
        {
            CheckIndex(name, _result.Exprs.GetValueOrDefault(count, InferredType.Dynamic));
        }

        _arrays[name] = InferredTypes.Join(_arrays[name], element);
    }

    /// <summary><c>x[i] = v</c> (or <c>op=</c>): the stored type joins the element type; only proven int indices use the array.</summary>
    private void StoreElement(string name, Expr index, InferredType stored)
    {
        CheckIndex(name, Infer(index));
        _arrays[name] = InferredTypes.Join(_arrays[name], stored);
    }

    private InferredType ReadElement(string name, Expr index)
    {
        var indexType = Infer(index);
        CheckIndex(name, indexType);
        return indexType == InferredType.Bottom ? InferredType.Bottom : ElementType(name);
    }

    /// <summary>The type of the array's elements as the fixpoint knows it now (Dynamic once it is known not to be an array).</summary>
    private InferredType ElementType(string name) => _rejectedArrays.Contains(name) ? InferredType.Dynamic : _arrays[name];

    /// <summary>An index or repetition count that is not a proven int keeps the list dynamic (it may be a slice, or fail as the list's own code fails).</summary>
    private void CheckIndex(string name, InferredType index)
    {
        if (index != InferredType.Bottom && !index.IsIntegral())
        {
            _rejectedArrays.Add(name);
        }
    }

    /// <summary>The final passes: an array no element of which is known (an empty display) holds objects.</summary>
    private void FinishArrays()
    {
        foreach (var name in _arrays.Keys.ToList())
        {
            if (_arrays[name] == InferredType.Bottom)
            {
                _arrays[name] = InferredType.Dynamic;
            }
        }
    }

    private void Bind(string name, InferredType type)
    {
        if (_fixed.Contains(name) || !_env.TryGetValue(name, out var current))
        {
            return;
        }

        if (_seeds.TryGetValue(name, out var seed))
        {
            current = InferredTypes.Join(current, seed);
        }

        _env[name] = InferredTypes.Join(current, type);
    }

    // ---- statements ----

    private void Statements(IReadOnlyList<Stmt> body)
    {
        foreach (var statement in body)
        {
            Statement(statement);
        }
    }

    private void Statement(Stmt statement)
    {
        switch (statement)
        {
            case ExprStmt e:
                Infer(e.Value);
                break;
            case Assign a:
                var assigned = Infer(a.Value);
                if (a.Targets is [Name constructed] && IsArray(constructed))
                {
                    ConstructArray(constructed.Id, a.Value);
                    break;
                }

                if (ParallelAssignment(a) is { } pairs)
                {
                    foreach (var (name, item) in pairs)
                    {
                        Bind(name.Id, _result.Exprs.GetValueOrDefault(item, InferredType.Dynamic));
                    }

                    break;
                }

                foreach (var target in a.Targets)
                {
                    Target(target, assigned);
                }

                break;
            case AugAssign a:
                var value = Infer(a.Value);
                if (a.Target is Name n && IsCandidate(n.Id))
                {
                    Bind(n.Id, BinaryType(a.Op, _env[n.Id], value));
                }
                else if (a.Target is Subscript { Value: Name updated } s && IsArray(updated))
                {
                    StoreElement(updated.Id, s.Slice, BinaryType(a.Op, _arrays[updated.Id], value));
                }
                else
                {
                    Target(a.Target, InferredType.Dynamic);
                }

                break;
            case AnnAssign a:
                if (a.Value is not null)
                {
                    Target(a.Target, Infer(a.Value));
                }

                break;
            case For f:
                Infer(f.Iter);
                Target(f.Target, IsRangeCall(f.Iter) ? InferredType.Int : f.Iter is Name iterated && IsArray(iterated) ? ElementType(iterated.Id) : InferredType.Dynamic);
                Statements(f.Body);
                Statements(f.Orelse);
                break;
            case While w:
                Infer(w.Test);
                Statements(w.Body);
                Statements(w.Orelse);
                break;
            case If i:
                Infer(i.Test);
                Statements(i.Body);
                Statements(i.Orelse);
                break;
            case Return r:
                _result.Return = InferredTypes.Join(_result.Return, r.Value is null ? InferredType.Dynamic : Infer(r.Value));
                break;
            case Try t:
                Statements(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null)
                    {
                        Infer(h.Type);
                    }

                    Statements(h.Body);
                }

                Statements(t.Orelse);
                Statements(t.Finalbody);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    Infer(item.ContextExpr);
                    if (item.OptionalVars is not null)
                    {
                        Target(item.OptionalVars, InferredType.Dynamic);
                    }
                }

                Statements(w.Body);
                break;
            case Raise r:
                InferOptional(r.Exc);
                InferOptional(r.Cause);
                break;
            case Assert a:
                Infer(a.Test);
                InferOptional(a.Msg);
                break;
            case Delete d:
                foreach (var target in d.Targets)
                {
                    Target(target, InferredType.Dynamic);
                }

                break;
            case Match m:
                Infer(m.Subject);
                foreach (var c in m.Cases)
                {
                    InferOptional(c.Guard);
                    Statements(c.Body);
                }

                break;
            case FunctionDef def:
                Header(def.DecoratorList, def.Args);
                break;
            case ClassDef c:
                foreach (var e in c.DecoratorList.Concat(c.Bases))
                {
                    Infer(e);
                }

                foreach (var k in c.Keywords)
                {
                    Infer(k.Value);
                }

                break;
        }
    }

    private void Header(IReadOnlyList<Expr> decorators, Arguments args)
    {
        foreach (var e in decorators.Concat(args.Defaults))
        {
            Infer(e);
        }

        foreach (var e in args.KwDefaults)
        {
            InferOptional(e);
        }
    }

    private void Target(Expr target, InferredType type)
    {
        switch (target)
        {
            case Name n:
                Bind(n.Id, type);
                break;
            case Syntax.Ast.Attribute a:
                Infer(a.Value);
                break;
            case Subscript { Value: Name array } s when IsArray(array):
                StoreElement(array.Id, s.Slice, type);
                break;
            case Subscript s:
                Infer(s.Value);
                Infer(s.Slice);
                break;
            case Syntax.Ast.Tuple t:
                foreach (var e in t.Elts)
                {
                    Target(e, InferredType.Dynamic);
                }

                break;
            case List l:
                foreach (var e in l.Elts)
                {
                    Target(e, InferredType.Dynamic);
                }

                break;
            case Starred s:
                Target(s.Value, InferredType.Dynamic);
                break;
        }
    }

    /// <summary>
    /// <c>a, b = x, y</c>: one tuple or list of plain names assigned a tuple display of the same length, with
    /// no starred item. Python builds the tuple and unpacks it at once, so each name simply gets its item.
    /// </summary>
    public static List<(Name Target, Expr Value)>? ParallelAssignment(Assign assign)
    {
        if (assign.Targets.Count != 1 || assign.Value is not Syntax.Ast.Tuple { Elts: var values })
        {
            return null;
        }

        var targets = assign.Targets[0] switch
        {
            Syntax.Ast.Tuple t => t.Elts,
            List l => l.Elts,
            _ => null,
        };
        if (targets is null || targets.Count != values.Count || targets.Count == 0 || !targets.All(t => t is Name)
            || values.Any(v => v is Starred))
        {
            return null;
        }

        return targets.Select((t, i) => ((Name)t, values[i])).ToList();
    }

    /// <summary>A block whose end is not reachable: it ends in return or raise (also through both arms of an if).</summary>
    public static bool Terminates(IReadOnlyList<Stmt> body) => body.Count > 0 && body[^1] switch
    {
        Return or Raise => true,
        If i => i.Orelse.Count > 0 && Terminates(i.Body) && Terminates(i.Orelse),
        _ => false,
    };

    /// <summary><c>range(...)</c> with one to three positional arguments, <c>range</c> being the builtin.</summary>
    public bool IsRangeCall(Expr expr) =>
        expr is Call { Func: Name { Id: "range" } } call && call.Keywords.Count == 0 && call.Args.Count is >= 1 and <= 3
        && !call.Args.Any(a => a is Starred) && IsBuiltin("range");

    /// <summary>The type of a module constant read from this scope (<see cref="StableNames.TryConstant"/>), else Dynamic.</summary>
    private InferredType ConstantType(string name) =>
        _scope.Resolve(name) == NameResolution.Global && _module.Stable.TryConstant(name, out var value)
            ? ConstantValueType(value)
            : InferredType.Dynamic;

    public static InferredType ConstantValueType(object? value) => value switch
    {
        bool => InferredType.Bool,
        long or int or BigInteger => InferredType.Int,
        double => InferredType.Float,
        _ => InferredType.Dynamic,
    };

    private bool IsBuiltin(string name) => _scope.Resolve(name) == NameResolution.Global && _module.Stable.IsBuiltin(name);

    // ---- expressions ----

    private void InferOptional(Expr? expr)
    {
        if (expr is not null)
        {
            Infer(expr);
        }
    }

    private InferredType Infer(Expr expr)
    {
        var type = InferCore(expr);
        _result.Exprs[expr] = type;
        return type;
    }

    private InferredType InferCore(Expr expr)
    {
        switch (expr)
        {
            case Constant c:
                return ConstantValueType(c.Value);
            case Name n when n.Ctx == ExprContext.Load:
                return _env.TryGetValue(n.Id, out var local) ? local : ConstantType(n.Id);
            case BinOp b:
                var left = Infer(b.Left);
                return BinaryType(b.Op, left, Infer(b.Right));
            case UnaryOp u:
                var operand = Infer(u.Operand);
                return UnaryType(u.Op, operand);
            case Compare c:
                return CompareType(c);
            case BoolOp b:
                var joined = InferredType.Bottom;
                foreach (var v in b.Values)
                {
                    joined = InferredTypes.Join(joined, Infer(v));
                }

                return joined;
            case IfExp i:
                Infer(i.Test);
                var body = Infer(i.Body);
                return InferredTypes.Join(body, Infer(i.Orelse));
            case Call call:
                return CallType(call);
            case Subscript { Value: Name array, Ctx: ExprContext.Load } s when IsArray(array):
                return ReadElement(array.Id, s.Slice);
            default:
                InferChildren(expr);
                return InferredType.Dynamic;
        }
    }

    private void InferChildren(Expr expr)
    {
        switch (expr)
        {
            case NamedExpr n:
                Infer(n.Value);
                break;
            case Subscript s:
                Infer(s.Value);
                Infer(s.Slice);
                break;
            case Syntax.Ast.Attribute a:
                Infer(a.Value);
                break;
            case Slice s:
                InferOptional(s.Lower);
                InferOptional(s.Upper);
                InferOptional(s.Step);
                break;
            case Syntax.Ast.Tuple t:
                t.Elts.ToList().ForEach(e => Infer(e));
                break;
            case List l:
                l.Elts.ToList().ForEach(e => Infer(e));
                break;
            case Set s:
                s.Elts.ToList().ForEach(e => Infer(e));
                break;
            case Dict d:
                foreach (var k in d.Keys)
                {
                    InferOptional(k);
                }

                d.Values.ToList().ForEach(e => Infer(e));
                break;
            case Starred s:
                Infer(s.Value);
                break;
            case JoinedStr j:
                j.Values.ToList().ForEach(e => Infer(e));
                break;
            case FormattedValue f:
                Infer(f.Value);
                InferOptional(f.FormatSpec);
                break;
            case Lambda l:
                Header([], l.Args);
                break;
            case ListComp c:
                Infer(c.Generators[0].Iter);
                break;
            case SetComp c:
                Infer(c.Generators[0].Iter);
                break;
            case DictComp c:
                Infer(c.Generators[0].Iter);
                break;
            case GeneratorExp c:
                Infer(c.Generators[0].Iter);
                break;
            case Yield y:
                InferOptional(y.Value);
                break;
            case YieldFrom y:
                Infer(y.Value);
                break;
            case Await a:
                Infer(a.Value);
                break;
        }
    }

    /// <summary>The result type of a binary operator on proven operands (CPython's int and float rules).</summary>
    public static InferredType BinaryType(BinaryOperator op, InferredType left, InferredType right)
    {
        if (left == InferredType.Dynamic || right == InferredType.Dynamic)
        {
            return InferredType.Dynamic;
        }

        if (left == InferredType.Bottom || right == InferredType.Bottom)
        {
            return InferredType.Bottom;
        }

        if (left.IsIntegral() && right.IsIntegral())
        {
            return op switch
            {
                BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.FloorDiv or BinaryOperator.Mod
                    or BinaryOperator.LShift or BinaryOperator.RShift => InferredType.Int,
                BinaryOperator.Div => InferredType.Float,
                BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor =>
                    left == InferredType.Bool && right == InferredType.Bool ? InferredType.Bool : InferredType.Int,
                _ => InferredType.Dynamic,
            };
        }

        return op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod
            ? InferredType.Float
            : InferredType.Dynamic;
    }

    public static InferredType UnaryType(UnaryOperator op, InferredType operand)
    {
        if (op == UnaryOperator.Not)
        {
            return InferredType.Bool;
        }

        if (operand is InferredType.Bottom or InferredType.Dynamic)
        {
            return operand;
        }

        return op == UnaryOperator.Invert
            ? operand == InferredType.Float ? InferredType.Dynamic : InferredType.Int
            : operand == InferredType.Float ? InferredType.Float : InferredType.Int;
    }

    private InferredType CompareType(Compare c)
    {
        var operands = new List<InferredType> { Infer(c.Left) };
        operands.AddRange(c.Comparators.Select(Infer));
        var result = InferredType.Bool;
        for (var i = 0; i < c.Ops.Count; i++)
        {
            if (c.Ops[i] is CompareOperator.Is or CompareOperator.IsNot or CompareOperator.In or CompareOperator.NotIn)
            {
                if (c.Comparators[i] is Name array && IsArray(array) && _arrays[array.Id] == InferredType.Float)
                {
                    // Membership in a list compares identity first: a NaN read from the list is "in" it in CPython,
                    // and an array of doubles has no identities to compare; an array of objects keeps them.
                    _arrays[array.Id] = InferredType.Dynamic;
                }

                continue;
            }

            var (a, b) = (operands[i], operands[i + 1]);
            if (a == InferredType.Dynamic || b == InferredType.Dynamic)
            {
                return InferredType.Dynamic;
            }

            if (a == InferredType.Bottom || b == InferredType.Bottom)
            {
                result = InferredType.Bottom;
            }
        }

        return result;
    }

    private InferredType CallType(Call call)
    {
        if (call.Func is not Name)
        {
            Infer(call.Func);
        }

        var args = call.Args.Select(Infer).ToArray();
        foreach (var k in call.Keywords)
        {
            Infer(k.Value);
        }

        if (NativeCall(call) is { } method)
        {
            _result.NativeCalls[call] = method;
            return method.Result;
        }

        if (call.Func is not Name name || call.Keywords.Count > 0 || call.Args.Any(a => a is Starred)
            || _scope.Resolve(name.Id) != NameResolution.Global)
        {
            return InferredType.Dynamic;
        }

        if (_module.IsDirectTarget(name.Id, args.Length))
        {
            _result.Sites.Add(new CallSite(name.Id, args));
            return _module.CallResult(name.Id, args);
        }

        if (!_module.Stable.IsBuiltin(name.Id))
        {
            return InferredType.Dynamic;
        }

        return IsCountingSum(call) ? InferredType.Int : BuiltinType(name.Id, args);
    }

    /// <summary>
    /// <c>x.m(args)</c> with <c>x</c> a native local and <c>m</c> an exported method callable directly with these
    /// positional arguments (Typing/NativeTypes); keywords, <c>*args</c> and unknown methods stay dynamic.
    /// </summary>
    private NativeMethod? NativeCall(Call call) =>
        call is { Func: Syntax.Ast.Attribute { Value: Name receiver, Attr: var method }, Keywords.Count: 0 }
        && !call.Args.Any(a => a is Starred) && _native.TryGetValue(receiver.Id, out var type) && _module.Natives.IsStableMethod(method)
            ? NativeMethod.Find(type, method, call.Args.Count)
            : null;

    /// <summary><c>sum(C for x in xs if ...)</c> with C an int or bool constant: a count, computed without a generator.</summary>
    public static bool IsCountingSum(Call call) =>
        call is { Func: Name { Id: "sum" }, Args.Count: 1, Keywords.Count: 0 }
        && call.Args[0] is GeneratorExp { Elt: Constant { Value: long or bool } } g && g.Generators.All(c => c.IsAsync == 0);

    /// <summary>The result of a builtin on proven arguments (Python/bltinmodule.c).</summary>
    public static InferredType BuiltinType(string name, InferredType[] args)
    {
        if (args.Any(a => a == InferredType.Bottom) && name is not "len")
        {
            return args.Any(a => a == InferredType.Dynamic) ? InferredType.Dynamic : InferredType.Bottom;
        }

        switch (name)
        {
            case "len" when args.Length == 1:
                return InferredType.Int;
            case "abs" when args.Length == 1 && args[0].IsNumber():
                return args[0] == InferredType.Float ? InferredType.Float : InferredType.Int;
            case "min" or "max" when args.Length >= 2 && args[0].IsNumber() && args.All(a => a == args[0]):
                return args[0];
            // float() and int() return exact floats and ints whatever the argument (a __float__ or __int__ result
            // of a subclass is converted, Objects/abstract.c); ord() an int.
            case "float" when args.Length == 1:
                return InferredType.Float;
            case "int" when args.Length is 1 or 2:
            case "ord" when args.Length == 1:
                return InferredType.Int;
            default:
                return InferredType.Dynamic;
        }
    }

    /// <summary>Finds loads of any of a set of names (frame introspection makes locals observable).</summary>
    private sealed class NameFinder(HashSet<string> names) : AstVisitor
    {
        public bool Found { get; private set; }

        public override void VisitName(Name node) => Found |= names.Contains(node.Id);
    }

    /// <summary>Classifies every binding of the function's own locals as recognised (typed by the fixpoint) or not.</summary>
    private sealed class BindingSites(FunctionInference owner) : OtherBindingsVisitor
    {
        private readonly HashSet<Name> _recognised = new(ReferenceEqualityComparer.Instance);

        public HashSet<string> Unrecognised { get; } = new(StringComparer.Ordinal);

        protected override void OtherBinding(string name) => Unrecognised.Add(name);

        public HashSet<string> Bound { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, InferredType> Seeds { get; } = new(StringComparer.Ordinal);

        public override void VisitAssign(Assign node)
        {
            foreach (var (name, _) in ParallelAssignment(node) ?? [])
            {
                _recognised.Add(name);
            }

            foreach (var t in node.Targets)
            {
                if (t is Name n)
                {
                    _recognised.Add(n);
                }
            }

            DefaultVisit(node);
        }

        public override void VisitAugAssign(AugAssign node)
        {
            if (node.Target is Name n)
            {
                _recognised.Add(n);
            }

            DefaultVisit(node);
        }

        public override void VisitAnnAssign(AnnAssign node)
        {
            if (node.Target is Name n && node.Value is not null)
            {
                _recognised.Add(n);
            }

            // The annotation of a local is not evaluated.
            node.Target.Accept(this);
            node.Value?.Accept(this);
        }

        public override void VisitFor(For node)
        {
            if (node.Target is Name n && (owner.IsRangeCall(node.Iter) || node.Iter is Name iterated && owner.IsArray(iterated)))
            {
                _recognised.Add(n);
            }

            DefaultVisit(node);
        }

        public override void VisitName(Name node)
        {
            if (node.Ctx == ExprContext.Load)
            {
                return;
            }

            Bound.Add(node.Id);
            if (node.Ctx == ExprContext.Del || !_recognised.Contains(node))
            {
                Unrecognised.Add(node.Id);
            }
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            Unrecognised.Add(node.Name);
            foreach (var e in node.DecoratorList.Concat(node.Args.Defaults))
            {
                e.Accept(this);
            }
        }

        public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => Unrecognised.Add(node.Name);

        public override void VisitClassDef(ClassDef node)
        {
            Unrecognised.Add(node.Name);
            foreach (var e in node.DecoratorList.Concat(node.Bases))
            {
                e.Accept(this);
            }
        }

        public override void VisitLambda(Lambda node)
        {
            foreach (var e in node.Args.Defaults)
            {
                e.Accept(this);
            }
        }
    }
}
