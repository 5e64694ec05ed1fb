using System.Globalization;
using System.Numerics;
using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;
using BinaryOperator = Portalis.Syntax.Ast.BinaryOperator;
using CompareOperator = Portalis.Syntax.Ast.CompareOperator;

namespace Portalis.Compiler.Lowering;

// The typed path (docs/EMISSION.md, "Typed path"). Expressions the type-inference stage (Typing/) proved to
// be int, float or bool are lowered to unboxed C# (PyIntValue, double, bool) and boxed only where they meet
// the dynamic path; unboxed locals are C# locals of those types. A module-level function with a typed
// specialisation gets a second method whose parameters are unboxed, called through a guarded stub when the
// argument types match.
internal sealed partial class ModuleLowerer
{
    private readonly Dictionary<FunctionContext, TypedBody> _bodies = new(ReferenceEqualityComparer.Instance);
    private ModuleTyping _typing = null!;
    private TypedBody? _nextBody;

    /// <summary>The typing of a C# method body: its inference result and, for a typed entry, its return type.</summary>
    private sealed record class TypedBody(FunctionTypes Types, InferredType Return);

    private FunctionTypes Types => _bodies.TryGetValue(_fn, out var b) ? b.Types : FunctionTypes.Empty;

    private InferredType TypeOf(Expr expr) => _class is null ? Types.TypeOf(expr) : InferredType.Dynamic;

    private void RunTyping(IReadOnlyList<Module> program)
    {
        var targets = _directTargets.Values
            .Where(t => !_bound.ScopeOf(t.Def).IsGenerator)
            .ToDictionary(t => t.Def.Name, t => t.Arity, StringComparer.Ordinal);
        _typing = ModuleTyping.Compute(_module.Tree, _bound, program, targets, _sourceModules);
        _bodies[_fn] = new TypedBody(_typing.ModuleBody, InferredType.Dynamic);
    }

    /// <summary>Associates a new function context with its typing (the generic body unless a typed entry is being written).</summary>
    private void RegisterBody(FunctionContext context, Scope scope)
    {
        if (_nextBody is { } next)
        {
            _bodies[context] = next;
            _nextBody = null;
        }
        else if (scope.Kind == ScopeKind.Function && scope.Node is FunctionDef)
        {
            _bodies[context] = new TypedBody(_typing.Generic(scope), InferredType.Dynamic);
        }
    }

    /// <summary>The statement ending a function body: <c>return None</c>, or unreachable for a typed return.</summary>
    private string EndOfBody() =>
        _bodies.TryGetValue(_fn, out var b) && b.Return.IsUnboxed() ? "throw PyTyped.Unreachable();" : "return null;";

    /// <summary>Declares a function's locals: unboxed ones with their C# type, the others as unbound objects.</summary>
    private void DeclareLocals(CSharpWriter writer, IEnumerable<string> locals)
    {
        var dynamic = new List<string>();
        foreach (var local in locals)
        {
            var type = Types.LocalType(local);
            if (Types.NativeLocals.TryGetValue(local, out var native))
            {
                writer.Line($"{NativeClass(native)} {LocalName(local)} = null!;");
            }
            else if (Types.Arrays.TryGetValue(local, out var element))
            {
                writer.Line($"{ArrayType(element)} {LocalName(local)} = null!;");
            }
            else if (type.IsUnboxed())
            {
                writer.Line($"{type.CSharpType()} {LocalName(local)} = default;");
            }
            else if (Types.NumLocals.Contains(local))
            {
                writer.Line($"PyNum {LocalName(local)} = default;");
            }
            else
            {
                dynamic.Add(local);
            }
        }

        if (dynamic.Count > 0)
        {
            writer.Line("object? " + string.Join(", ", dynamic.Select(l => LocalName(l) + " = PyUnbound.Value")) + ";");
        }
    }

    private bool IsUnboxedLocal(string name, out InferredType type)
    {
        type = InferredType.Dynamic;
        if (_class is not null || CurrentScope.Resolve(name) != NameResolution.Local)
        {
            return false;
        }

        type = Types.LocalType(name);
        return type.IsUnboxed();
    }

    // ---- the typed entry of a module-level function ----

    /// <summary>Writes the typed specialisation of a direct-call target, if the inference made one.</summary>
    private void EmitTypedEntry(FunctionDef def, Scope scope, List<string> parameters)
    {
        if (!HasTypedEntry(def, out var target, out var types))
        {
            return;
        }

        var typing = _typing.Typed(def.Name);
        var returnType = typing.Return.IsUnboxed() ? typing.Return : InferredType.Dynamic;
        var declared = new List<string>();
        var prologue = new List<string>();
        for (var i = 0; i < parameters.Count; i++)
        {
            var local = LocalName(parameters[i]);
            if (!types[i].IsUnboxed())
            {
                declared.Add("object? " + local);
            }
            else if (typing.LocalType(parameters[i]) == types[i])
            {
                declared.Add(types[i].CSharpType() + " " + local);
            }
            else
            {
                // The parameter is rebound to other types in the body: it is a dynamic local there.
                declared.Add(types[i].CSharpType() + " p_" + local);
                prologue.Add($"object? {local} = {Box("p_" + local, types[i])};");
            }
        }

        _methods.Line();
        _methods.Line($"[PyFrame({CSharpNames.StringLiteral(scope.Name)}{FrameVarnames(scope, parameters)})]");
        // Tiered like every method (not AggressiveOptimization: code jitted fully optimised at once maps the
        // calls of an inlined direct-call stub to IL offset 0, which has no line, and a recursive function's
        // frames vanished from tracebacks). Frames are kept (NoInlining, pinned by Build/TracebackTests).
        _methods.Line("[MethodImpl(MethodImplOptions.NoInlining)]");
        // The caller passes the thread's recursion counter, which a typed caller already holds (PyRecursion.Depth).
        _methods.Open($"private {returnType.CSharpType()} {TypedMethod(target)}({string.Join(", ", declared.Prepend("ref int __depth"))})");
        foreach (var line in prologue)
        {
            _methods.Line(line);
        }

        _nextBody = new TypedBody(typing, returnType);
        var first = parameters.Count > 0 ? LocalName(parameters[0]) : null;
        EnterRecursion(_methods, "PyRecursion.Enter(ref __depth);");
        _methods.Open("try");
        EmitFunctionBody(_methods, scope, def.Body, parameters, first, null);
        _methods.Close();
        _methods.Open("finally");
        _methods.Line("__depth--;");
        _methods.Close();
        _methods.Close();
    }

    private static string TypedMethod(DirectTarget target) => target.Method + "_t";

    /// <summary>True when <paramref name="def"/> is a direct-call target with a typed specialisation (a second method).</summary>
    private bool HasTypedEntry(FunctionDef def, out DirectTarget target, out InferredType[] types)
    {
        types = [];
        if (!_directTargets.TryGetValue(def.Name, out target!) || !ReferenceEquals(target.Def, def)
            || _bound.ScopeOf(def).IsGenerator || _typing.Specialisation(def.Name) is not { } specialisation)
        {
            return false;
        }

        types = specialisation;
        return true;
    }

    /// <summary>
    /// The call of a function's body with dynamic arguments (from its function object or an untyped direct
    /// call): the typed entry when every argument the specialisation unboxes has that type at run time, else
    /// the generic body. The specialisation may rest on a guess (Typing/ParameterSpeculation); this test is
    /// what makes the guess safe.
    /// </summary>
    private string BodyCall(Node node, string method, IReadOnlyList<string> args)
    {
        var generic = $"{method}({string.Join(", ", args)})";
        if (node is not FunctionDef def || !HasTypedEntry(def, out var target, out var types) || types.Length != args.Count)
        {
            return generic;
        }

        var tests = new List<string>();
        var typedArgs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!types[i].IsUnboxed())
            {
                typedArgs.Add(args[i]);
                continue;
            }

            var value = NewId("s");
            var (clr, typed) = types[i] switch
            {
                InferredType.Int => ("long", $"new PyIntValue({value})"),
                InferredType.Float => ("double", value),
                _ => ("bool", value),
            };
            tests.Add($"{args[i]} is {clr} {value}");
            typedArgs.Add(typed);
        }

        var returnType = _typing.Typed(def.Name).Return;
        var typedCall = Box($"{TypedMethod(target)}({string.Join(", ", typedArgs.Prepend("ref PyRecursion.Depth"))})", returnType.IsUnboxed() ? returnType : InferredType.Dynamic);
        return $"({string.Join(" && ", tests)} ? {typedCall} : {generic})";
    }

    /// <summary>A direct call whose argument types match the callee's typed entry, with a boxed result.</summary>
    private string? TryTypedDirectCall(Call call, DirectTarget target, bool boxed)
    {
        var argTypes = call.Args.Select(TypeOf).ToList();
        if (!_typing.UsesTypedEntry(target.Def.Name, argTypes))
        {
            return null;
        }

        var typing = _typing.Typed(target.Def.Name);
        var returnType = typing.Return.IsUnboxed() ? typing.Return : InferredType.Dynamic;
        var resultType = boxed ? InferredType.Dynamic : returnType;
        var stub = target.Stub + (boxed ? "_tb" : "_t");
        if (_stubsWritten.Add(stub))
        {
            var parameters = argTypes.Select((t, i) => (Type: t, Name: "a" + i.ToString(CultureInfo.InvariantCulture))).ToList();
            var global = GlobalField(target.Def.Name);
            var boxedArgs = parameters.Select(p => Box(p.Name, p.Type)).ToList();
            var fallback = boxedArgs.Count <= 3
                ? $"PyOps.Call({string.Join(", ", boxedArgs.Prepend(global + ".Get()"))})"
                : $"PyOps.Call({global}.Get(), [{string.Join(", ", boxedArgs)}])";
            var direct = $"{TypedMethod(target)}({string.Join(", ", parameters.Select(p => p.Name).Prepend("ref d"))})";
            if (boxed)
            {
                direct = Box(direct, returnType);
            }
            else
            {
                // Only reached with the callee proven stable: the guard then fails only while the name is
                // unbound, and the dynamic call raises NameError.
                fallback = Unbox(fallback, resultType);
            }

            _stubs.Line($"private {resultType.CSharpType()} {stub}({string.Join(", ", parameters.Select(p => p.Type.CSharpType() + " " + p.Name).Prepend("ref int d"))}) =>");
            _stubs.Line($"    ReferenceEquals({global}.Value, {target.Field}) ? {direct} : {fallback};");
        }

        return $"{stub}({string.Join(", ", call.Args.Select((a, i) => argTypes[i].IsUnboxed() ? Typed(a, argTypes[i]) : Expr(a)).Prepend(DepthArgument()))})";
    }

    // ---- statements ----

    private bool TryEmitTypedAssign(Assign assign)
    {
        if (_class is not null)
        {
            return false;
        }

        if (TryEmitArrayAssign(assign))
        {
            return true;
        }

        if (FunctionInference.ParallelAssignment(assign) is { } pairs)
        {
            EmitParallelAssignment(pairs);
            return true;
        }

        if (assign.Targets is [Name numLocal] && IsNumLocal(numLocal.Id))
        {
            W.Line($"{LocalName(numLocal.Id)} = {NumExpr(assign.Value)};");
            return true;
        }

        var typedTargets = assign.Targets.Where(t => t is Name n && IsUnboxedLocal(n.Id, out _)).ToList();
        if (typedTargets.Count == 0)
        {
            return false;
        }

        var valueType = TypeOf(assign.Value);
        if (assign.Targets.Count == 1)
        {
            var name = ((Name)assign.Targets[0]).Id;
            IsUnboxedLocal(name, out var localType);
            W.Line($"{LocalName(name)} = {TypedOrUnboxed(assign.Value, localType)};");
            return true;
        }

        if (!valueType.IsUnboxed())
        {
            return false;
        }

        var temp = NewId("v");
        W.Line($"var {temp} = {TypedCore(assign.Value)};");
        foreach (var target in assign.Targets)
        {
            if (target is Name n && IsUnboxedLocal(n.Id, out var localType))
            {
                W.Line($"{LocalName(n.Id)} = {Coerce(temp, valueType, localType)};");
            }
            else
            {
                AssignTarget(target, Box(temp, valueType));
            }
        }

        return true;
    }

    /// <summary><c>a, b = x, y</c> without building and unpacking a tuple: items into temporaries, then the names in order.</summary>
    private void EmitParallelAssignment(List<(Name Target, Expr Value)> pairs)
    {
        var temps = new List<(string Name, InferredType? Type)>();
        foreach (var (target, value) in pairs)
        {
            var type = TypeOf(value);
            var temp = NewId("v");
            var numeric = !type.IsUnboxed() && IsNumLocal(target.Id);
            W.Line(type.IsUnboxed() ? $"var {temp} = {TypedCore(value)};" : numeric ? $"var {temp} = {NumExpr(value)};" : $"object? {temp} = {Expr(value)};");
            temps.Add((temp, numeric ? null : type));
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            var (temp, type) = temps[i];
            var name = pairs[i].Target.Id;
            if (type is not { } known)
            {
                // A PyNum temporary for a PyNum local.
                W.Line($"{LocalName(name)} = {temp};");
                continue;
            }

            W.Line(IsUnboxedLocal(name, out var localType) && CanCoerce(known, localType)
                ? $"{LocalName(name)} = {Coerce(temp, known, localType)};"
                : IsNumLocal(name) && known == InferredType.Float ? $"{LocalName(name)} = new PyNum({temp});"
                : StoreNameStatement(name, Box(temp, known)));
        }
    }

    private bool TryEmitTypedAugAssign(AugAssign aug)
    {
        if (TryEmitArrayAugAssign(aug))
        {
            return true;
        }

        if (aug.Target is Name numLocal && IsNumLocal(numLocal.Id))
        {
            var name = LocalName(numLocal.Id);
            W.Line($"{name} = {NumInPlace(aug.Op, name, NumExpr(aug.Value))};");
            return true;
        }

        if (aug.Target is not Name n || !IsUnboxedLocal(n.Id, out var localType))
        {
            return false;
        }

        var valueType = TypeOf(aug.Value);
        var resultType = FunctionInference.BinaryType(aug.Op, localType, valueType);
        if (resultType != localType || !valueType.IsUnboxed())
        {
            W.Line($"{LocalName(n.Id)} = {Unbox($"PyOps.InPlace({RuntimeBinaryOperator(aug.Op)}, {Box(LocalName(n.Id), localType)}, {Expr(aug.Value)})", localType)};");
            return true;
        }

        W.Line($"{LocalName(n.Id)} = {Binary(aug.Op, LocalName(n.Id), localType, TypedCore(aug.Value), valueType, resultType)};");
        return true;
    }

    private bool TryEmitTypedAnnAssign(AnnAssign ann)
    {
        if (ann.Value is null || ann.Target is not Name n || !IsUnboxedLocal(n.Id, out var localType))
        {
            return false;
        }

        W.Line($"{LocalName(n.Id)} = {TypedOrUnboxed(ann.Value, localType)};");
        return true;
    }

    private bool TryEmitTypedReturn(Return node)
    {
        if (!_bodies.TryGetValue(_fn, out var body) || !body.Return.IsUnboxed() || _class is not null || _fn.FinallyDepth > 0)
        {
            return false;
        }

        W.Line($"return {(node.Value is null ? Unbox("null", body.Return) : TypedOrUnboxed(node.Value, body.Return))};");
        return true;
    }

    /// <summary><c>for x in range(...)</c> with the builtin range: a counted loop over unboxed values.</summary>
    private bool TryEmitTypedFor(For node)
    {
        if (TryEmitArrayFor(node))
        {
            return true;
        }

        if (_class is not null || !IsBuiltinRange(node.Iter))
        {
            return false;
        }

        var call = (Call)node.Iter;
        var argTypes = call.Args.Select(TypeOf).ToList();
        var typedArgs = argTypes.All(t => t.IsIntegral());
        var targetType = node.Target is Name n && IsUnboxedLocal(n.Id, out var t) ? t : InferredType.Dynamic;
        if (!typedArgs && !targetType.IsUnboxed())
        {
            return false;
        }

        var label = node.Orelse.Count > 0 ? NewId("brk") : null;
        var item = NewId("x");
        // Unproven arguments into a proven loop variable: range converts them (and raises its errors), the values
        // are unboxed all the same.
        var unboxedItems = typedArgs || targetType == InferredType.Int;
        var iterable = typedArgs
            ? $"PyTyped.Range({string.Join(", ", call.Args.Select(a => Typed(a, InferredType.Int)))})"
            : unboxedItems ? $"PyTyped.RangeOf({string.Join(", ", call.Args.Select(Expr))})" : $"PyOps.Iterate({Expr(node.Iter)})";
        _fn.Loops.Push(new LoopContext(label, _fn.FinallyDepth));
        W.Open($"foreach (var {item} in {iterable})");
        if (targetType.IsUnboxed())
        {
            W.Line($"{LocalName(((Name)node.Target).Id)} = {(unboxedItems ? item : Unbox(item, InferredType.Int))};");
        }
        else
        {
            AssignTarget(node.Target, $"{item}.Box()");
        }

        EmitStatements(node.Body);
        W.Close();
        _fn.Loops.Pop();
        EmitLoopElse(node.Orelse, label);
        return true;
    }

    private bool IsBuiltinRange(Expr expr) =>
        expr is Call { Func: Name { Id: "range" } } call && call.Keywords.Count == 0 && call.Args.Count is >= 1 and <= 3
        && !call.Args.Any(a => a is Starred) && CurrentScope.Resolve("range") == NameResolution.Global && _typing.Stable.IsBuiltin("range");

    /// <summary><c>container[i] = value</c> with an unboxed int index.</summary>
    private bool TryAssignTypedSubscript(Subscript s, string value)
    {
        if (IsArrayElement(s, out _, out var element))
        {
            W.Line($"PyArrays.Set({ArrayIndex(s)}, {Unbox(value, element)});");
            return true;
        }

        if (!TypeOf(s.Slice).IsIntegral())
        {
            return false;
        }

        W.Line($"PyTyped.SetItem({Expr(s.Value)}, {TypedIndex(s.Slice)}, {value});");
        return true;
    }

    // ---- expressions ----

    /// <summary>The boxed form of an expression proven unboxed, or null to use the dynamic lowering.</summary>
    private string? TryTypedExpr(Expr expr)
    {
        if (_class is not null)
        {
            return null;
        }

        var type = TypeOf(expr);
        if (type.IsUnboxed())
        {
            return expr is Constant ? null : Box(TypedCore(expr), type);
        }

        if (expr is Call call && Types.NativeCalls.ContainsKey(call))
        {
            return NativeCallCode(call);
        }

        if (expr is Subscript { Ctx: ExprContext.Load } element && IsArrayElement(element, out _, out _))
        {
            return ArrayRead(element);
        }

        if (expr is Subscript { Ctx: ExprContext.Load } s && TypeOf(s.Slice).IsIntegral())
        {
            return $"PyTyped.GetItem({Expr(s.Value)}, {TypedIndex(s.Slice)})";
        }

        return TryNumericExpr(expr);
    }

    /// <summary>A condition over a proven value: no boxing and no truth protocol.</summary>
    private string? TryTypedCondition(Expr expr)
    {
        return TypeOf(expr) switch
        {
            InferredType.Bool => TypedCore(expr),
            InferredType.Int => $"({TypedCore(expr)}).IsTrue",
            InferredType.Float => $"({TypedCore(expr)} != 0.0)",
            _ => _class is null ? TryNumericCondition(expr) : null,
        };
    }

    /// <summary>A read of an unboxed local, boxed for the dynamic path.</summary>
    private string? TryLoadUnboxed(string name) =>
        IsNativeLocal(name, out _) ? LocalName(name)
        : IsArrayLocal(name, out _) ? throw ArrayEscaped(name)
        : IsUnboxedLocal(name, out var type) ? Box(LocalName(name), type) : IsNumLocal(name) ? $"{LocalName(name)}.Box()" : null;

    /// <summary>A store of a dynamic value into an unboxed local (only values proven of its type reach here).</summary>
    private string? TryStoreUnboxed(string name, string value) =>
        IsNativeLocal(name, out var native) ? $"{LocalName(name)} = PyNativeLocal.{NativeBinding(name, native)}<{NativeClass(native)}>({value});"
        : IsArrayLocal(name, out _) ? throw ArrayEscaped(name)
        : IsUnboxedLocal(name, out var type) ? $"{LocalName(name)} = {Unbox(value, type)};"
        : IsNumLocal(name) ? $"{LocalName(name)} = PyNum.From({value});"
        : null;

    /// <summary>An expression as C# of type <paramref name="want"/>: unboxed code when proven, else the dynamic value unboxed.</summary>
    private string TypedOrUnboxed(Expr expr, InferredType want)
    {
        var type = TypeOf(expr);
        return CanCoerce(type, want) ? Typed(expr, want) : Unbox(Expr(expr), want);
    }

    private static bool CanCoerce(InferredType from, InferredType to) =>
        from == to || (from == InferredType.Bool && to.IsNumber()) || (from == InferredType.Int && to == InferredType.Float);

    /// <summary>A proven expression as C# of type <paramref name="want"/> (bool and int widen as Python's arithmetic does).</summary>
    private string Typed(Expr expr, InferredType want) => Coerce(TypedCore(expr), TypeOf(expr), want);

    private static string Coerce(string code, InferredType from, InferredType to) => (from, to) switch
    {
        _ when from == to => code,
        (InferredType.Bool, InferredType.Int) => $"PyIntValue.FromBool({code})",
        (InferredType.Bool, InferredType.Float) => $"({code} ? 1.0 : 0.0)",
        (InferredType.Int, InferredType.Float) => $"({code}).ToDouble()",
        _ => throw new InvalidOperationException($"cannot coerce {from} to {to}"),
    };

    private static string Box(string code, InferredType type) => type switch
    {
        InferredType.Int => $"({code}).Box()",
        InferredType.Float => $"(object)({code})",
        InferredType.Bool => $"PyEmit.Box({code})",
        _ => code,
    };

    private static string Unbox(string code, InferredType type) => type switch
    {
        InferredType.Int => $"PyIntValue.FromObject({code})",
        InferredType.Float => $"PyTyped.UnboxFloat({code})",
        InferredType.Bool => $"PyTyped.UnboxBool({code})",
        _ => code,
    };

    /// <summary>C# of the expression's own proven type (<see cref="TypeOf"/> must be Int, Float or Bool).</summary>
    private string TypedCore(Expr expr)
    {
        var type = TypeOf(expr);
        switch (expr)
        {
            case Constant c:
                return TypedConstant(c.Value);
            case Name n:
                return IsUnboxedLocal(n.Id, out _) ? LocalName(n.Id) : ConstantRead(n.Id);
            case BinOp b:
                var left = TypedCore(b.Left);
                return Binary(b.Op, left, TypeOf(b.Left), TypedCore(b.Right), TypeOf(b.Right), type);
            case UnaryOp u:
                return u.Op switch
                {
                    UnaryOperator.Not => $"!{Condition(u.Operand)}",
                    UnaryOperator.USub => type == InferredType.Float ? $"(-{TypedCore(u.Operand)})" : $"PyIntValue.Neg({Typed(u.Operand, InferredType.Int)})",
                    UnaryOperator.UAdd => type == InferredType.Float ? TypedCore(u.Operand) : Typed(u.Operand, InferredType.Int),
                    _ => $"PyIntValue.Invert({Typed(u.Operand, InferredType.Int)})",
                };
            case Compare c:
                return TypedCompare(c);
            case BoolOp b:
                return TypedBoolOp(b, type);
            case IfExp i:
                return $"({Condition(i.Test)} ? {Typed(i.Body, type)} : {Typed(i.Orelse, type)})";
            case Call call:
                return TypedCall(call, type);
            case Subscript s:
                return ArrayRead(s);
            default:
                throw new InvalidOperationException("no typed lowering for " + expr.NodeName);
        }
    }

    /// <summary>
    /// A read of a module constant: the literal, once the global is bound (a read before its binding raises
    /// NameError through the global, as the dynamic read would).
    /// </summary>
    private string ConstantRead(string name)
    {
        _typing.Stable.TryConstant(name, out var value);
        return $"PyTyped.Const({GlobalField(name)}, {TypedConstant(value)})";
    }

    private static string TypedConstant(object? value)
    {
        switch (value)
        {
            case bool b:
                return b ? "true" : "false";
            case long l:
                return $"new PyIntValue({l.ToString(CultureInfo.InvariantCulture)}L)";
            case int i:
                return $"new PyIntValue({i.ToString(CultureInfo.InvariantCulture)}L)";
            case BigInteger big:
                return $"PyIntValue.FromBig(BigInteger.Parse(\"{big.ToString(CultureInfo.InvariantCulture)}\", System.Globalization.CultureInfo.InvariantCulture))";
            case double d:
                return $"BitConverter.Int64BitsToDouble({BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture)}L)";
            default:
                throw new InvalidOperationException("not a typed constant");
        }
    }

    /// <summary>A binary operator on proven operands (the result type as <see cref="FunctionInference.BinaryType"/> gives it).</summary>
    private static string Binary(BinaryOperator op, string left, InferredType leftType, string right, InferredType rightType, InferredType result)
    {
        if (result == InferredType.Bool)
        {
            var symbol = op switch { BinaryOperator.BitAnd => "&", BinaryOperator.BitOr => "|", _ => "^" };
            return $"({left} {symbol} {right})";
        }

        if (result == InferredType.Int)
        {
            return $"PyIntValue.{IntMethod(op)}({Coerce(left, leftType, InferredType.Int)}, {Coerce(right, rightType, InferredType.Int)})";
        }

        if (leftType.IsIntegral() && rightType.IsIntegral())
        {
            // int / int: correctly rounded true division.
            return $"PyIntValue.TrueDiv({Coerce(left, leftType, InferredType.Int)}, {Coerce(right, rightType, InferredType.Int)})";
        }

        // Float arithmetic; an int operand is converted inside the helper, after both operands are evaluated.
        var l = leftType == InferredType.Bool ? Coerce(left, leftType, InferredType.Float) : left;
        var r = rightType == InferredType.Bool ? Coerce(right, rightType, InferredType.Float) : right;
        var bothFloat = leftType != InferredType.Int && rightType != InferredType.Int;
        return op switch
        {
            BinaryOperator.Add when bothFloat => $"({l} + {r})",
            BinaryOperator.Sub when bothFloat => $"({l} - {r})",
            BinaryOperator.Mult when bothFloat => $"({l} * {r})",
            BinaryOperator.Add => $"PyTyped.Add({l}, {r})",
            BinaryOperator.Sub => $"PyTyped.Sub({l}, {r})",
            BinaryOperator.Mult => $"PyTyped.Mul({l}, {r})",
            BinaryOperator.Div => $"PyTyped.Div({l}, {r})",
            BinaryOperator.FloorDiv => $"PyTyped.FloorDiv({l}, {r})",
            _ => $"PyTyped.Mod({l}, {r})",
        };
    }

    private static string IntMethod(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "Add",
        BinaryOperator.Sub => "Sub",
        BinaryOperator.Mult => "Mul",
        BinaryOperator.FloorDiv => "FloorDiv",
        BinaryOperator.Mod => "Mod",
        BinaryOperator.LShift => "LShift",
        BinaryOperator.RShift => "RShift",
        BinaryOperator.BitAnd => "And",
        BinaryOperator.BitOr => "Or",
        _ => "Xor",
    };

    private string TypedCompare(Compare c)
    {
        if (TryArrayContains(c) is { } contains)
        {
            return contains;
        }

        // Operands are evaluated once, left to right, into pattern variables; a failed link stops the chain.
        var operands = new List<Expr> { c.Left };
        operands.AddRange(c.Comparators);
        if (c.Ops.Count == 1)
        {
            return CompareLink(c.Ops[0], OperandCode(c.Left), TypeOf(c.Left), OperandCode(c.Comparators[0]), TypeOf(c.Comparators[0]));
        }

        var names = operands.Select(_ => NewId("cv")).ToList();
        var parts = new List<string> { $"{OperandCode(operands[0])} is var {names[0]}" };
        for (var i = 0; i < c.Ops.Count; i++)
        {
            parts.Add($"{OperandCode(operands[i + 1])} is var {names[i + 1]}");
            parts.Add(CompareLink(c.Ops[i], names[i], TypeOf(operands[i]), names[i + 1], TypeOf(operands[i + 1])));
        }

        return "(" + string.Join(" && ", parts) + ")";
    }

    private string OperandCode(Expr expr) => TypeOf(expr).IsUnboxed() ? TypedCore(expr) : Expr(expr);

    private static string CompareLink(CompareOperator op, string left, InferredType leftType, string right, InferredType rightType)
    {
        switch (op)
        {
            case CompareOperator.Is:
                return $"PyEmit.Is({Box(left, leftType)}, {Box(right, rightType)})";
            case CompareOperator.IsNot:
                return $"!PyEmit.Is({Box(left, leftType)}, {Box(right, rightType)})";
            case CompareOperator.In:
                return $"PyEmit.In({Box(left, leftType)}, {Box(right, rightType)})";
            case CompareOperator.NotIn:
                return $"!PyEmit.In({Box(left, leftType)}, {Box(right, rightType)})";
        }

        var (method, symbol, runtime) = op switch
        {
            CompareOperator.Eq => ("Eq", "==", "Eq"),
            CompareOperator.NotEq => ("Ne", "!=", "Ne"),
            CompareOperator.Lt => ("Lt", "<", "Lt"),
            CompareOperator.LtE => ("Le", "<=", "Le"),
            CompareOperator.Gt => ("Gt", ">", "Gt"),
            _ => ("Ge", ">=", "Ge"),
        };
        if (leftType == InferredType.Float || rightType == InferredType.Float)
        {
            if (leftType == InferredType.Int || rightType == InferredType.Int)
            {
                // Exact int/float comparison (Objects/floatobject.c, float_richcompare).
                return $"PyTyped.Compare(Portalis.Runtime.CompareOperator.{runtime}, {left}, {right})";
            }

            return $"({Coerce(left, leftType, InferredType.Float)} {symbol} {Coerce(right, rightType, InferredType.Float)})";
        }

        if (leftType == InferredType.Bool && rightType == InferredType.Bool && op is CompareOperator.Eq or CompareOperator.NotEq)
        {
            return $"({left} {symbol} {right})";
        }

        return $"PyIntValue.{method}({Coerce(left, leftType, InferredType.Int)}, {Coerce(right, rightType, InferredType.Int)})";
    }

    private string TypedBoolOp(BoolOp b, InferredType type)
    {
        if (type == InferredType.Bool)
        {
            var symbol = b.Op == BoolOperator.And ? " && " : " || ";
            return "(" + string.Join(symbol, b.Values.Select(v => TypedCore(v))) + ")";
        }

        // x and y -> x if x is false else y;  x or y -> x if x is true else y (right-nested for chains).
        var result = TypedCore(b.Values[^1]);
        for (var i = b.Values.Count - 2; i >= 0; i--)
        {
            var t = NewId("bv");
            var truth = type == InferredType.Int ? $"{t}.IsTrue" : $"{t} != 0.0";
            var test = b.Op == BoolOperator.And ? $"!({truth})" : truth;
            result = $"(({TypedCore(b.Values[i])} is var {t} && {test}) ? {t} : {result})";
        }

        return result;
    }

    /// <summary>
    /// <c>sum(C for ... if ...)</c> with a constant C: the generator expression becomes a plain local function that
    /// counts (the same <c>&lt;genexpr&gt;</c> frame; sum would consume it whole at once, and int additions cannot fail).
    /// </summary>
    private string CountingSum(GeneratorExp g)
    {
        var scope = _bound.ScopeOf(g);
        // A local array is iterated as it is (its items boxed for the generator's own locals).
        var array = ArrayIterable(g.Generators[0].Iter);
        var firstIterable = array is null ? Expr(g.Generators[0].Iter) : LocalName(((Name)g.Generators[0].Iter).Id);
        var step = ((Constant)g.Elt).Value switch
        {
            bool b => b ? 1L : 0L,
            var v => (long)v!,
        };
        var method = NewId("c_genexpr_sum_");
        var writer = W;
        writer.Line();
        writer.Line($"[PyFrame({CSharpNames.StringLiteral(scope.Name)}{FrameHidden(scope)})]");
        writer.Open($"PyIntValue {method}({(array is { } element ? ArrayType(element) : "object?")} it0)");
        var saved = (_fn, _class);
        var bodyWriter = new CSharpWriter { LineDirective = W.LineDirective };
        _fn = new FunctionContext(scope, bodyWriter, _fn);
        _class = null;
        W.Line("var __sum = new PyIntValue(0L);");
        for (var i = 0; i < g.Generators.Count; i++)
        {
            var generator = g.Generators[i];
            var item = NewId("x");
            var iterable = i > 0 ? $"PyOps.Iterate({Expr(generator.Iter)})" : array is null ? "PyOps.Iterate(it0)" : "it0";
            W.Open($"foreach (var {item} in {iterable})");
            AssignTarget(generator.Target, i == 0 && array is { } type ? Box(item, type) : item);
            foreach (var condition in generator.Ifs)
            {
                W.Line($"if (!{Condition(condition)}) continue;");
            }
        }

        W.Line($"__sum = PyIntValue.Add(__sum, new PyIntValue({step.ToString(CultureInfo.InvariantCulture)}L));");
        foreach (var unused in g.Generators)
        {
            W.Close();
        }

        W.Line("return __sum;");
        var locals = scope.Locals.ToList();
        if (locals.Count > 0)
        {
            writer.Line("object? " + string.Join(", ", locals.Select(l => LocalName(l) + " = PyUnbound.Value")) + ";");
        }

        DeclareTemps(writer, _fn);
        writer.Append(bodyWriter);
        (_fn, _class) = saved;
        writer.Close();
        return $"{method}({firstIterable})";
    }

    private string TypedCall(Call call, InferredType type)
    {
        if (Types.NativeCalls.ContainsKey(call))
        {
            return NativeCallCode(call);
        }

        var name = ((Name)call.Func).Id;
        if (_directTargets.TryGetValue(name, out var target) && target.Arity == call.Args.Count && TryTypedDirectCall(call, target, boxed: false) is { } direct)
        {
            return direct;
        }

        var args = call.Args;
        if (name == "sum" && FunctionInference.IsCountingSum(call))
        {
            return CountingSum((GeneratorExp)args[0]);
        }

        switch (name)
        {
            case "len" when ArrayLength(args[0]) is { } length:
                return length;
            case "len":
                return $"PyTyped.Len({Expr(args[0])})";
            case "abs":
                return type == InferredType.Float ? $"Math.Abs({TypedCore(args[0])})" : $"PyIntValue.Abs({Typed(args[0], InferredType.Int)})";
            case "min" or "max":
                var helper = type == InferredType.Int ? "PyIntValue" : "PyTyped";
                var method = name == "min" ? "Min" : "Max";
                var result = TypedCore(args[0]);
                for (var i = 1; i < args.Count; i++)
                {
                    result = $"{helper}.{method}({result}, {TypedCore(args[i])})";
                }

                return result;
            case "float" when TypeOf(args[0]).IsNumber():
                return Typed(args[0], InferredType.Float);
            case "int" when args.Count == 1 && TypeOf(args[0]) == InferredType.Float:
                return $"PyTyped.Truncate({TypedCore(args[0])})";
            case "int" when args.Count == 1 && TypeOf(args[0]).IsNumber():
                return Typed(args[0], InferredType.Int);
            default:
                // float(x), int(x[, base]), ord(c) of anything: the builtin's exact float or int, unboxed.
                return Unbox(CallExpression(call), type);
        }
    }
}
