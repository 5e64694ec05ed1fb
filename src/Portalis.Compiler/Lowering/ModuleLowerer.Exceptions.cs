using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    private void EmitRaise(Raise node)
    {
        if (node.Exc is null)
        {
            W.Line("throw PyEmit.Reraise();");
        }
        else if (node.Cause is null)
        {
            W.Line($"throw PyOps.RaiseNow({Expr(node.Exc)}, {PythonLine(node)});");
        }
        else
        {
            var exc = NewTemp();
            W.Line($"{exc} = {Expr(node.Exc)};");
            W.Line($"throw PyOps.RaiseNow({exc}, {Expr(node.Cause)}, {PythonLine(node)});");
        }
    }

    // try: body / except T as e: handler / else: orelse / finally: final
    //
    //   Exception? pend = null;                 (only with finally)
    //   try {
    //     var ok = false;
    //     try { body; ok = true; }
    //     catch (Exception e1) when (PyOps.ExceptionMatches(e1, T)) { handler }
    //     if (ok) { orelse }
    //   }
    //   catch (Exception p) when (PyOps.NotePending(p, out pend)) { }    (never catches)
    //   finally { h = PyOps.EnterFinally(pend); try { final } finally { PyOps.ExitHandler(h); } }
    //
    // The finally body runs with the propagating exception as the handled one (CPython pushes it as
    // exc_info), so an exception raised there gets it as __context__. A finally body containing a
    // return/break/continue that leaves it is lowered by EmitRoutedTry instead.
    private void EmitTry(Try node) => EmitTry(TryParts.Of(node));

    private void EmitTry(TryParts node)
    {
        var hasFinally = node.Finalbody.Count > 0;
        if (hasFinally && FinallyJumpFinder.Escapes(node.Finalbody))
        {
            EmitRoutedTry(node);
            return;
        }

        string? pending = null;
        if (hasFinally)
        {
            pending = NewId("pend");
            W.Line($"System.Exception? {pending} = null;");
            W.Open("try");
        }

        EmitProtected(node);
        if (pending is not null)
        {
            W.Close();
            var p = NewId("p");
            W.Line($"catch (System.Exception {p}) when (PyOps.NotePending({p}, out {pending})) {{ }}");
            W.Open("finally");
            _fn.FinallyDepth++;
            EmitFinallyBody(node.Finalbody, pending);
            _fn.FinallyDepth--;
            W.Close();
        }
    }

    /// <summary>The body, handlers and else clause of a try statement (everything its finally protects).</summary>
    private void EmitProtected(TryParts node)
    {
        if (node.Handlers.Count > 0)
        {
            var ok = node.Orelse.Count > 0 ? NewId("ok") : null;
            if (ok is not null)
            {
                W.Line($"var {ok} = false;");
            }

            W.Open("try");
            EmitStatements(node.Body);
            if (ok is not null)
            {
                W.Line($"{ok} = true;");
            }

            W.Close();
            if (node.Star)
            {
                EmitStarHandlers(node.Handlers);
            }
            else
            {
                foreach (var handler in node.Handlers)
                {
                    EmitHandler(handler);
                }
            }

            if (ok is not null)
            {
                W.Open($"if ({ok})");
                EmitStatements(node.Orelse);
                W.Close();
            }
        }
        else
        {
            EmitStatements(node.Body);
        }
    }

    /// <summary>
    /// The finally body, run with the pending exception (if any) as the one being handled. When nothing is
    /// pending (the common case) there is no handler state to install: the body runs bare, without the extra
    /// try/catch/finally, which would cost every execution. The body is written once and pasted in both
    /// branches; a body that defines functions or classes is written only once, with the handler state.
    /// </summary>
    private void EmitFinallyBody(IReadOnlyList<Stmt> body, string pending)
    {
        var definesScopes = body.Any(s => _bound.DefinesScopes(s));
        var buffer = new CSharpWriter { LineDirective = W.LineDirective };
        var outer = _fn.Writer;
        if (!definesScopes)
        {
            _fn.Writer = buffer;
            EmitStatements(body);
            _fn.Writer = outer;
            W.Open($"if ({pending} is null)");
            W.Append(buffer);
            W.Close();
            W.Open("else");
        }

        var h = NewId("fh");
        W.Line($"var {h} = PyOps.EnterFinally({pending});");
        W.Open("try");
        if (definesScopes)
        {
            EmitStatements(body);
        }
        else
        {
            W.Append(buffer);
            W.LineDirective = buffer.LineDirective;
        }

        W.Close();
        var x = NewId("x");
        W.Line($"catch (System.Exception {x}) when (PyOps.ChainInHandler({x})) {{ }}");
        W.Open("finally");
        W.Line($"PyOps.ExitFinally({h});");
        W.Close();
        if (!definesScopes)
        {
            W.Close();
        }
    }

    // A finally body that jumps (return/break/continue leaving it) cannot be a C# finally block:
    //
    //   Exception? pend = null; int act = 0; T ret = default;
    //   try { body, handlers, else }            a jump leaving them: act = k; [ret = v;] goto fin;
    //   catch (Exception p) { pend = p; }
    //   fin:
    //   final                                   (with pend as the handled exception; its jumps are plain)
    //   if (pend != null) PyOps.Rethrow(pend);  (the stack trace continues, as a C# finally would)
    //   if (act == 1) return ret; if (act == 2) break; if (act == 3) continue;
    //
    // A jump in the finally body leaves before the rethrow or the replayed jump, so it discards them, as in
    // CPython. The replayed jumps go through any enclosing routed try in turn.
    private void EmitRoutedTry(TryParts node)
    {
        var pending = NewId("pend");
        var route = new FinallyRoute(NewId("fin"), NewId("act"), NewId("ret"), _fn.Loops.Count);
        W.Line($"System.Exception? {pending} = null;");
        W.Line($"var {route.Action} = 0;");
        W.Line($"{RouteReturnType()} {route.ReturnVar} = default;");
        _fn.Routes.Push(route);
        W.Open("try");
        EmitProtected(node);
        W.Close();
        _fn.Routes.Pop();
        var p = NewId("p");
        W.Line($"catch (System.Exception {p}) {{ {pending} = {p}; }}");
        W.Line($"{route.Label}:;");
        EmitFinallyBody(node.Finalbody, pending);
        W.Line($"if ({pending} is not null) PyOps.Rethrow({pending});");
        if (route.UsesReturn)
        {
            W.Open($"if ({route.Action} == 1)");
            EmitReturnOf(route.ReturnVar);
            W.Close();
        }

        if (route.UsesBreak)
        {
            W.Open($"if ({route.Action} == 2)");
            EmitBreakCore();
            W.Close();
        }

        if (route.UsesContinue)
        {
            W.Open($"if ({route.Action} == 3)");
            EmitContinueCore();
            W.Close();
        }
    }

    /// <summary>The C# type of the method's return value (unboxed for a typed function).</summary>
    private string RouteReturnType() =>
        _bodies.TryGetValue(_fn, out var body) && body.Return.IsUnboxed() && _class is null ? body.Return.CSharpType() : "object?";

    /// <summary>
    /// <c>return value</c> inside the protected part of a routed try: stores the value and goes to the finally
    /// code. False when no routed try encloses the statement in this function.
    /// </summary>
    private bool TryRouteReturn(Return node)
    {
        if (_fn.Routes.Count == 0 || _class is not null || _fn.Scope.Kind == Binding.ScopeKind.Module)
        {
            return false;
        }

        var route = _fn.Routes.Peek();
        string value;
        if (_bodies.TryGetValue(_fn, out var body) && body.Return.IsUnboxed())
        {
            value = node.Value is null ? Unbox("null", body.Return) : TypedOrUnboxed(node.Value, body.Return);
        }
        else
        {
            value = node.Value is null ? "null" : Expr(node.Value);
        }

        W.Line($"{route.ReturnVar} = {value};");
        route.UsesReturn = true;
        W.Line($"{route.Action} = 1;");
        W.Line($"goto {route.Label};");
        return true;
    }

    /// <summary>Returns the value already in the C# variable <paramref name="value"/>, through any enclosing routed try.</summary>
    private void EmitReturnOf(string value)
    {
        if (_fn.Routes.Count > 0)
        {
            var route = _fn.Routes.Peek();
            route.UsesReturn = true;
            W.Line($"{route.ReturnVar} = {value};");
            W.Line($"{route.Action} = 1;");
            W.Line($"goto {route.Label};");
            return;
        }

        W.Line($"return {value};");
    }

    /// <summary>
    /// A break (2) or continue (3) to the innermost loop: when that loop encloses the innermost routed try,
    /// the jump is recorded and goes to the finally code; true then.
    /// </summary>
    private bool TryRouteLoopJump(int action)
    {
        if (_fn.Routes.Count == 0 || _fn.Routes.Peek().LoopDepth < _fn.Loops.Count)
        {
            return false;
        }

        var route = _fn.Routes.Peek();
        if (action == 2)
        {
            route.UsesBreak = true;
        }
        else
        {
            route.UsesContinue = true;
        }

        W.Line($"{route.Action} = {action};");
        W.Line($"goto {route.Label};");
        return true;
    }

    private void EmitHandler(ExceptHandler handler)
    {
        var e = NewId("e");
        var h = NewId("h");
        Line(handler);
        if (handler.Type is null)
        {
            // A bare except catches everything Python can see, not the Controlled backend's unwinding signal.
            W.Open($"catch (Exception {e}) when (PyOps.IsCatchable({e}))");
        }
        else
        {
            // The filter runs the type expression only when an exception reaches this handler.
            W.Open($"catch (Exception {e}) when (PyOps.ExceptionMatches({e}, {Expr(handler.Type)}))");
        }

        W.Line($"var {h} = PyOps.EnterHandler({e});");
        EmitHandlerBody(handler, h, x => $"PyOps.ChainInHandler({x})");
        W.Close();
    }

    /// <summary>
    /// The body of an <c>except</c> or <c>except*</c> handler entered as <paramref name="h"/>: binds the handler's
    /// name, runs the body (an exception leaving it passes <paramref name="filter"/>, which chains or records it),
    /// then exits the handler and unbinds the name (it is deleted, as CPython does).
    /// </summary>
    private void EmitHandlerBody(ExceptHandler handler, string h, Func<string, string> filter)
    {
        W.Open("try");
        if (handler.Name is { } name)
        {
            W.Line(StoreNameStatement(name, $"{h}.Exception"));
        }

        EmitStatements(handler.Body);
        W.Close();
        var x = NewId("x");
        W.Line($"catch (Exception {x}) when ({filter(x)}) {{ }}");
        W.Open("finally");
        W.Line($"PyOps.ExitHandler({h});");
        if (handler.Name is { } bound)
        {
            W.Line(StoreNameStatement(bound, "PyUnbound.Value"));
        }

        W.Close();
    }

    // with A as x, B as y: body   ->   nested, one protocol per item (PEP 343).
    private void EmitWith(With node, int index)
    {
        if (index == node.Items.Count)
        {
            EmitStatements(node.Body);
            return;
        }

        var item = node.Items[index];
        var exit = NewId("exit");
        var value = NewId("enter");
        var ok = NewId("ok");
        var e = NewId("e");
        W.Line($"var {exit} = PyOps.WithEnter({Expr(item.ContextExpr)}, out var {value});");
        W.Line($"var {ok} = true;");
        W.Open("try");
        if (item.OptionalVars is { } target)
        {
            AssignTarget(target, value);
        }

        EmitWith(node, index + 1);
        W.Close();
        W.Open($"catch (Exception {e})");
        W.Line($"{ok} = false;");
        W.Line($"if (!PyOps.WithExit({exit}, {e})) throw;");
        W.Close();
        W.Open("finally");
        W.Line($"if ({ok}) PyOps.WithExit({exit}, null);");
        W.Close();
    }
}
