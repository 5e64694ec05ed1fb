using System.Globalization;
using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    /// <summary>
    /// <c>globals()</c> anywhere, and <c>dir()</c>/<c>locals()</c>/<c>vars()</c> at module level (where the local
    /// namespace is the module's): when the name evaluates to the builtin at run time, the module's cells are read.
    /// </summary>
    private string? TryNamespaceCall(Call call)
    {
        if (call.Func is not Name { Id: "globals" or "dir" or "locals" or "vars" } name || call.Args.Count != 0 || call.Keywords.Count != 0
            || CurrentScope.Resolve(name.Id) != NameResolution.Global)
        {
            return null;
        }

        var atModuleLevel = _class is null && !_fn.Scope.IsFunctionLike;
        return name.Id == "globals" || atModuleLevel
            ? $"PyEmit.NamespaceCall({Expr(call.Func)}, {CSharpNames.StringLiteral(name.Id)}, __module)"
            : null;
    }

    private string CallExpression(Call call)
    {
        if (call.Func is Name { Id: "super" } && call.Args.Count == 0 && call.Keywords.Count == 0
            && _class is null && _fn.Scope.IsFunctionLike && _fn.Scope.Resolve("super") == NameResolution.Global
            && (_bound.Root.Flags("super") & SymbolFlags.Assigned) == 0)
        {
            var cell = ClassCellFor(_fn.Scope);
            return cell is null || _fn.FirstParameter is null
                ? "PyEmit.Raise(new PyRuntimeError(\"super(): no arguments\"))"
                : $"PyOps.Super((PyType){cell}!, {_fn.FirstParameter})";
        }

        if (TryNamespaceCall(call) is { } ns)
        {
            return ns;
        }

        if (TryDirectCall(call) is { } direct)
        {
            return direct;
        }

        var hasStar = call.Args.Any(a => a is Starred) || call.Keywords.Any(k => k.Arg is null);
        if (hasStar)
        {
            var f = NewTemp();
            var positional = ListWithStars(call.Args);
            var pairs = new List<string>();
            foreach (var k in call.Keywords)
            {
                pairs.Add(k.Arg is null ? "PyEmit.MergeMarker" : CSharpNames.StringLiteral(k.Arg));
                pairs.Add(Expr(k.Value));
            }

            var kwargs = pairs.Count == 0 ? "null" : $"PyEmit.BuildKwargs({f}, [{string.Join(", ", pairs)}])";
            return $"PyOps.CallEx({f} = {Expr(call.Func)}, {positional}, {kwargs})";
        }

        var args = call.Args.Select(Expr).Concat(call.Keywords.Select(k => Expr(k.Value))).ToList();
        var kwnames = call.Keywords.Count == 0
            ? null
            : Constant("kw:" + string.Join(",", call.Keywords.Select(k => k.Arg)), "string[]", CSharpNames.StringArray(call.Keywords.Select(k => k.Arg!)));
        if (call.Func is Attribute attribute)
        {
            var target = Expr(attribute.Value);
            var name = AttrSite(attribute.Attr);
            return kwnames is not null ? $"PyOps.CallMethodKw({target}, {name}, [{string.Join(", ", args)}], {kwnames})"
                : args.Count <= 2 ? $"PyOps.CallMethod({string.Join(", ", args.Prepend(name).Prepend(target))})"
                : $"PyOps.CallMethod({target}, {name}, [{string.Join(", ", args)}])";
        }

        var function = Expr(call.Func);
        if (kwnames is not null)
        {
            return $"PyOps.CallKw({function}, [{string.Join(", ", args)}], {kwnames})";
        }

        return args.Count <= 3
            ? $"PyOps.Call({string.Join(", ", args.Prepend(function))})"
            : $"PyOps.Call({function}, [{string.Join(", ", args)}])";
    }

    /// <summary>
    /// Writes the C# method for a Python function (an instance method when it is top-level, else a local
    /// function in the current method) and returns the expression that creates its <c>PyFunction</c>.
    /// Defaults are evaluated by the returned expression, in the enclosing scope.
    /// </summary>
    /// <summary>
    /// The Varnames argument of a function's [PyFrame]: parameters, then the other locals (co_varnames), which an
    /// uncaught NameError searches first for its "Did you mean" suggestion.
    /// </summary>
    // The [PyFrame] arguments after the name: the local variable names, and whether the frame is hidden (CFunctionFrames).
    private string FrameVarnames(Binding.Scope scope, List<string> parameters)
    {
        var names = parameters.Concat(scope.Locals.Where(n => !parameters.Contains(n))).ToList();
        return (names.Count == 0 ? string.Empty : $", Varnames = {CSharpNames.StringLiteral(string.Join(' ', names))}") + FrameHidden(scope);
    }

    private string FrameHidden(Binding.Scope scope) => _cFrames.IsHidden(scope.QualName) ? ", Hidden = true" : string.Empty;

    private string FunctionObject(Node node, Arguments args, IReadOnlyList<Stmt> body, string pythonName)
    {
        var scope = _bound.ScopeOf(node);
        var method = PlannedMethod(node) ?? NewId("f_" + CSharpNames.Identifier(pythonName) + "_");
        var parameters = Binder.ParameterList(args).Select(a => a.Name).ToList();
        var code = Constant("code:" + method, "PyCode", CodeInitializer(scope, args, parameters) + CodeFlags(scope));

        var topLevel = IsTopLevel(scope);
        var writer = topLevel ? _methods : W;
        writer.Line();
        writer.Line($"[PyFrame({CSharpNames.StringLiteral(scope.Name)}{FrameVarnames(scope, parameters)})]");
        writer.Line("[MethodImpl(MethodImplOptions.NoInlining)]");
        var parameterList = string.Join(", ", parameters.Select(p => "object? " + LocalName(p)));
        writer.Open($"{(topLevel ? "private " : string.Empty)}object? {method}({parameterList})");
        var first = parameters.Count > 0 && args.Posonlyargs.Count + args.Args.Count > 0 ? LocalName(parameters[0]) : null;
        if (scope.IsResumable)
        {
            var bodyMethod = method + "_body";
            writer.Line($"return new {ResumableClass(scope)}({code}, __g => {bodyMethod}(__g));");
            writer.Line();
            writer.Line($"[PyFrame({CSharpNames.StringLiteral(scope.Name)}{FrameVarnames(scope, parameters)})]");
            writer.Open($"async Task<object?> {bodyMethod}(PyGenerator __g)");
            EmitFunctionBody(writer, scope, body, parameters, first, "__g");
            writer.Close();
        }
        else
        {
            // CPython's recursion limit, counted by the function itself (direct calls bypass PyFunction.Call).
            EnterRecursion(writer);
            writer.Open("try");
            EmitFunctionBody(writer, scope, body, parameters, first, null);
            writer.Close();
            writer.Open("finally");
            writer.Line("__depth--;");
            writer.Close();
        }

        writer.Close();
        if (topLevel && node is FunctionDef def)
        {
            EmitTypedEntry(def, scope, parameters);
        }

        string creation;
        if (parameters.Count <= 4)
        {
            // A fixed-arity body: calls with exactly these positional arguments allocate no slot array.
            var names = Enumerable.Range(0, parameters.Count).Select(i => "__p" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            creation = $"new PyFunction({code}, ({string.Join(", ", names.Select(n => "object? " + n))}) => {BodyCall(node, method, names)}, __module)";
        }
        else
        {
            creation = $"new PyFunction({code}, s => {BodyCall(node, method, Enumerable.Range(0, parameters.Count).Select(i => "s[" + i.ToString(CultureInfo.InvariantCulture) + "]").ToList())}, __module)";
        }

        var initializers = new List<string>();
        if (node is FunctionDef && body.FirstOrDefault() is ExprStmt { Value: Syntax.Ast.Constant { Value: string doc } })
        {
            initializers.Add($"Doc = {CSharpNames.StringLiteral(doc)}");
        }

        if (node is FunctionDef { } annotated && AnnotationsFactory(annotated) is { } factory)
        {
            initializers.Add($"AnnotationsFactory = {factory}");
        }

        if (args.Defaults.Count > 0)
        {
            initializers.Add($"Defaults = new PyTuple([{ExprList(args.Defaults)}])");
        }

        if (args.KwDefaults.Any(d => d is not null))
        {
            var pairs = new List<string>();
            for (var i = 0; i < args.Kwonlyargs.Count; i++)
            {
                if (args.KwDefaults[i] is { } d)
                {
                    pairs.Add(CSharpNames.StringLiteral(args.Kwonlyargs[i].Name));
                    pairs.Add(Expr(d));
                }
            }

            initializers.Add($"KwDefaults = PyEmit.BuildDict([{string.Join(", ", pairs)}])");
        }

        return initializers.Count == 0 ? creation : creation + " { " + string.Join(", ", initializers) + " }";
    }

    /// <summary>
    /// The lambda that builds a function's <c>__annotations__</c>: parameters in order, then <c>return</c>
    /// (Python/compile.c, compiler_visit_annotations); source text under <c>from __future__ import annotations</c>.
    /// </summary>
    private string? AnnotationsFactory(FunctionDef def)
    {
        var pairs = new List<string>();
        var args = def.Args;
        IEnumerable<Arg?> ordered = [.. args.Posonlyargs, .. args.Args, args.Vararg, .. args.Kwonlyargs, args.Kwarg];
        foreach (var a in ordered.OfType<Arg>())
        {
            if (a.Annotation is { } annotation)
            {
                pairs.Add(CSharpNames.StringLiteral(Mangle(a.Name)));
                pairs.Add(AnnotationValue(annotation));
            }
        }

        if (def.Returns is { } returns)
        {
            pairs.Add(CSharpNames.StringLiteral("return"));
            pairs.Add(AnnotationValue(returns));
        }

        return pairs.Count == 0 ? null : $"() => PyEmit.BuildDict([{string.Join(", ", pairs)}])";
    }

    private string AnnotationValue(Expr annotation) =>
        _futureAnnotations ? CSharpNames.StringLiteral(_module.Text.Text[annotation.Span.Start..annotation.Span.End]) : Expr(annotation);

    private static string CodeInitializer(Scope scope, Arguments args, List<string> parameters) =>
        $"new PyCode({CSharpNames.StringLiteral(scope.Name)}, {CSharpNames.StringLiteral(scope.QualName)}, {CSharpNames.StringArray(parameters)}, " +
        $"positionalCount: {(args.Posonlyargs.Count + args.Args.Count).ToString(CultureInfo.InvariantCulture)}, " +
        $"posOnlyCount: {args.Posonlyargs.Count.ToString(CultureInfo.InvariantCulture)}, " +
        $"kwOnlyCount: {args.Kwonlyargs.Count.ToString(CultureInfo.InvariantCulture)}, " +
        $"hasVarArgs: {(args.Vararg is not null ? "true" : "false")}, hasVarKeywords: {(args.Kwarg is not null ? "true" : "false")})";

    private void EmitFunctionBody(CSharpWriter writer, Scope scope, IReadOnlyList<Stmt> body, List<string> parameters, string? first, string? generatorVar)
    {
        var saved = (_fn, _class);
        var bodyWriter = new CSharpWriter();
        _fn = new FunctionContext(scope, bodyWriter, _fn) { FirstParameter = first, GeneratorVar = generatorVar, HasDepth = generatorVar is null };
        _class = null;
        RegisterBody(_fn, scope);
        EmitStatements(body);
        bodyWriter.Line(EndOfBody());

        DeclareLocals(writer, scope.Locals.Where(l => !parameters.Contains(l)));

        DeclareTemps(writer, _fn);
        writer.Append(bodyWriter);
        (_fn, _class) = saved;
    }

    private string LambdaExpression(Lambda lambda)
    {
        var ret = new Return(lambda.Body, lambda.Body.Span);
        return FunctionObject(lambda, lambda.Args, [ret], "<lambda>");
    }

    private string YieldExpression(Node node, string? value, string? from = null)
    {
        if (_fn.GeneratorVar is null)
        {
            Unsupported(node, "'yield' here");
            return "null";
        }

        if (from is null && _fn.Scope.IsCoroutine)
        {
            // An async generator's own values are wrapped, to tell them from what awaited objects yield.
            value = $"PyAsyncGenerator.Wrap({value ?? "null"})";
        }

        return from is null ? $"(await {_fn.GeneratorVar}.Yield({value}))" : $"(await {_fn.GeneratorVar}.YieldFrom({from}))";
    }

    private string ComprehensionExpression(Expr expr)
    {
        var scope = _bound.ScopeOf(expr);
        var generators = expr switch
        {
            ListComp l => l.Generators,
            SetComp s => s.Generators,
            DictComp d => d.Generators,
            _ => ((GeneratorExp)expr).Generators,
        };
        // The first iterable is evaluated here, in the enclosing scope (for 'async for', its __aiter__ too).
        var firstIterable = Expr(generators[0].Iter);
        if (generators[0].IsAsync != 0)
        {
            firstIterable = $"PyAwait.AsyncIter({firstIterable})";
        }

        // A comprehension with 'async for' or 'await' runs as a coroutine that the enclosing coroutine awaits.
        var outerFrame = scope.IsCoroutine && expr is not GeneratorExp ? AsyncFrame(expr, "an asynchronous comprehension") : null;
        var method = NewId("c_" + CSharpNames.Identifier(scope.Name.Trim('<', '>')) + "_");
        var code = Constant("code:" + method, "PyCode", $"new PyCode({CSharpNames.StringLiteral(scope.Name)}, {CSharpNames.StringLiteral(scope.QualName)}, new string[] {{ \".0\" }}, positionalCount: 1, posOnlyCount: 0, kwOnlyCount: 0, hasVarArgs: false, hasVarKeywords: false)");

        var writer = W;
        writer.Line();
        writer.Line($"[PyFrame({CSharpNames.StringLiteral(scope.Name)}{FrameHidden(scope)})]");
        writer.Open($"object? {method}(object? it0)");
        if (expr is GeneratorExp || scope.IsCoroutine)
        {
            var kind = expr is GeneratorExp ? ResumableClass(scope) : "PyCoroutine";
            writer.Line($"return new {kind}({code}, __g => {method}_body(__g));");
            writer.Open($"async Task<object?> {method}_body(PyGenerator __g)");
            EmitComprehensionBody(writer, scope, expr, generators, "__g");
            writer.Close();
        }
        else
        {
            EmitComprehensionBody(writer, scope, expr, generators, null);
        }

        writer.Close();
        return outerFrame is null ? $"{method}({firstIterable})" : $"(await {outerFrame}.YieldFrom(PyAwait.Awaitable({method}({firstIterable}))))";
    }

    private void EmitComprehensionBody(CSharpWriter writer, Scope scope, Expr expr, IReadOnlyList<Comprehension> generators, string? generatorVar)
    {
        var saved = (_fn, _class);

        // A comprehension has no statements of its own: its code maps to the line of the statement using it.
        var bodyWriter = new CSharpWriter { LineDirective = W.LineDirective };
        _fn = new FunctionContext(scope, bodyWriter, _fn) { GeneratorVar = generatorVar };
        _class = null;
        var result = expr switch
        {
            ListComp => "new PyList()",
            SetComp => "new PySet()",
            DictComp => "new PyDict()",
            _ => null,
        };
        if (result is not null)
        {
            W.Line($"var __result = {result};");
        }

        for (var i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            var item = NewId("x");
            var iterable = i == 0 ? "it0" : Expr(g.Iter);
            if (g.IsAsync != 0)
            {
                OpenAsyncComprehensionLoop(i == 0 ? iterable : $"PyAwait.AsyncIter({iterable})", item);
            }
            else
            {
                W.Open($"foreach (var {item} in PyOps.Iterate({iterable}))");
            }

            AssignTarget(g.Target, item);
            foreach (var condition in g.Ifs)
            {
                W.Line($"if (!{Condition(condition)}) continue;");
            }
        }

        switch (expr)
        {
            case ListComp l:
                W.Line($"__result.Append({Expr(l.Elt)});");
                break;
            case SetComp s:
                W.Line($"__result.Add({Expr(s.Elt)});");
                break;
            case DictComp d:
                // 3.8+: the key is evaluated before the value.
                var key = NewTemp();
                W.Line($"{key} = {Expr(d.Key)};");
                W.Line($"__result.SetItem({key}, {Expr(d.Value)});");
                break;
            case GeneratorExp g:
                W.Line(scope.IsCoroutine ? $"await __g.Yield(PyAsyncGenerator.Wrap({Expr(g.Elt)}));" : $"await __g.Yield({Expr(g.Elt)});");
                break;
        }

        foreach (var unused in generators)
        {
            W.Close();
        }

        W.Line(result is null ? "return null;" : "return __result;");
        var locals = scope.Locals.ToList();
        if (locals.Count > 0)
        {
            writer.Line("object? " + string.Join(", ", locals.Select(l => LocalName(l) + " = PyUnbound.Value")) + ";");
        }

        DeclareTemps(writer, _fn);
        writer.Append(bodyWriter);
        (_fn, _class) = saved;
    }

    // The recursion check has no Python line: a RecursionError then shows the caller's line as the
    // innermost frame, as in CPython, where the check runs before the new frame exists.
    private static void EnterRecursion(CSharpWriter writer, string enter = "ref int __depth = ref PyRecursion.Enter();")
    {
        var directive = writer.LineDirective;
        writer.LineDirective = null;
        writer.Directive("#line hidden");
        writer.Line(enter);
        writer.LineDirective = directive;
    }

    /// <summary>The recursion counter argument of a typed entry's call: the caller's own, or the thread's.</summary>
    private string DepthArgument() => _fn.HasDepth ? "ref __depth" : "ref PyRecursion.Depth";
}
