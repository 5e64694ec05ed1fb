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
    //   try {                                   (only with finally)
    //     var ok = false;
    //     try { body; ok = true; }
    //     catch (Exception e1) when (PyOps.ExceptionMatches(e1, T)) { handler }
    //     if (ok) { orelse }
    //   } finally { final }
    private void EmitTry(Try node)
    {
        var hasFinally = node.Finalbody.Count > 0;
        if (hasFinally)
        {
            W.Open("try");
        }

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
            foreach (var handler in node.Handlers)
            {
                EmitHandler(handler);
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

        if (hasFinally)
        {
            W.Close();
            W.Open("finally");
            _fn.FinallyDepth++;
            EmitStatements(node.Finalbody);
            _fn.FinallyDepth--;
            W.Close();
        }
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
        W.Open("try");
        if (handler.Name is { } name)
        {
            W.Line(StoreNameStatement(name, $"{h}.Exception"));
        }

        EmitStatements(handler.Body);
        W.Close();
        var x = NewId("x");
        W.Line($"catch (Exception {x}) when (PyOps.ChainInHandler({x})) {{ }}");
        W.Open("finally");
        W.Line($"PyOps.ExitHandler({h});");
        if (handler.Name is { } bound)
        {
            // `except E as name` unbinds name at the end of the handler (it is deleted, as CPython does).
            W.Line(StoreNameStatement(bound, "PyUnbound.Value"));
        }

        W.Close();
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
