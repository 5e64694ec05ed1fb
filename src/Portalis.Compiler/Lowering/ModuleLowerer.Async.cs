using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// Coroutines (PEP 492) and async generators (PEP 525). An <c>async def</c> body is lowered like a generator
/// body, a C# <c>async</c> method driven synchronously by a <c>PyGenerator</c>, and the function returns a
/// <c>PyCoroutine</c> (or a <c>PyAsyncGenerator</c> when the body yields) around it. <c>await x</c> is
/// <c>yield from</c> of <c>x</c>'s awaitable iterator (<c>PyAwait.Awaitable</c>): whatever drives the outermost
/// coroutine sees the values the innermost awaitable yields, exactly as in CPython's SEND loop.
/// </summary>
internal sealed partial class ModuleLowerer
{
    private void EmitAsyncFunctionDef(AsyncFunctionDef def)
    {
        var decorators = EvaluateDecorators(def.DecoratorList);
        var creation = FunctionObject(def, def.Args, def.Body, def.Name);
        Line(def);
        W.Line(StoreNameStatement(def.Name, ApplyDecorators(decorators, creation)));
    }

    // The object a call of a resumable function returns.
    private static string ResumableClass(Binding.Scope scope) => scope.IsCoroutine
        ? scope.IsGenerator ? "PyAsyncGenerator" : "PyCoroutine"
        : "PyGenerator";

    // CPython's co_flags bits for the kinds of resumable function (inspect.iscoroutinefunction, isgeneratorfunction...).
    private static string CodeFlags(Binding.Scope scope) => (scope.IsCoroutine, scope.IsGenerator) switch
    {
        (true, true) => " { IsAsyncGenerator = true }",
        (true, false) => " { IsCoroutine = true }",
        (false, true) when scope.Kind == Binding.ScopeKind.Function => " { IsGenerator = true }",
        _ => string.Empty,
    };

    /// <summary>The frame variable of the enclosing <c>async def</c>, or null (with a diagnostic) outside one.</summary>
    private string? AsyncFrame(Node node, string what)
    {
        if (_fn.Scope.IsCoroutine && _fn.GeneratorVar is not null)
        {
            return _fn.GeneratorVar;
        }

        Unsupported(node, what + " outside an async function");
        return null;
    }

    private string AwaitExpression(Await node)
    {
        var value = Expr(node.Value);
        return AsyncFrame(node, "'await'") is { } g ? $"(await {g}.YieldFrom(PyAwait.Awaitable({value})))" : "null";
    }

    /// <summary>
    /// <c>async with</c> (Python/compile.c compiler_async_with): <c>__aenter__</c>'s result awaited; on an exception
    /// <c>__aexit__(type, value, None)</c> awaited and a true result suppresses it; otherwise <c>__aexit__(None, None, None)</c> awaited.
    /// </summary>
    private void EmitAsyncWith(AsyncWith node, int index)
    {
        if (index == node.Items.Count)
        {
            EmitStatements(node.Body);
            return;
        }

        if (AsyncFrame(node, "'async with'") is not { } g)
        {
            return;
        }

        var item = node.Items[index];
        var exit = NewId("aexit");
        var enter = NewId("aenter");
        var value = NewId("entered");
        var ok = NewId("ok");
        var e = NewId("e");
        W.Line($"var {exit} = PyAwait.AsyncWithEnter({Expr(item.ContextExpr)}, out var {enter});");
        W.Line($"var {value} = await {g}.YieldFrom({enter});");
        W.Line($"var {ok} = true;");
        W.Open("try");
        if (item.OptionalVars is { } target)
        {
            AssignTarget(target, value);
        }

        EmitAsyncWith(node, index + 1);
        W.Close();
        W.Open($"catch (Exception {e})");
        W.Line($"{ok} = false;");
        W.Line($"if (!PyOps.IsTrue(await {g}.YieldFrom(PyAwait.AsyncWithExit({exit}, {e})))) throw;");
        W.Close();
        W.Open("finally");
        W.Line($"if ({ok}) await {g}.YieldFrom(PyAwait.AsyncWithExit({exit}));");
        W.Close();
    }

    /// <summary>
    /// <c>async for</c> (compiler_async_for): <c>__aiter__</c> once, then each item is the awaited <c>__anext__()</c>
    /// until it raises StopAsyncIteration; <c>else</c> runs when the loop was not left by <c>break</c>.
    /// </summary>
    private void EmitAsyncFor(AsyncFor node)
    {
        if (AsyncFrame(node, "'async for'") is not { } g)
        {
            return;
        }

        var label = node.Orelse.Count > 0 ? NewId("brk") : null;
        var iterator = NewId("aiter");
        var item = NewId("x");
        W.Line($"var {iterator} = PyAwait.AsyncIter({Expr(node.Iter)});");
        _fn.Loops.Push(new LoopContext(label, _fn.FinallyDepth));
        W.Open("while (true)");
        W.Line($"object? {item};");
        W.Open("try");
        W.Line($"{item} = await {g}.YieldFrom(PyAwait.AsyncNext({iterator}));");
        W.Close();
        W.Open("catch (PyStopAsyncIteration)");
        W.Line("break;");
        W.Close();
        AssignTarget(node.Target, item);
        EmitStatements(node.Body);
        W.Close();
        _fn.Loops.Pop();
        if (label is not null)
        {
            // The loop's normal end (StopAsyncIteration) runs the else body; break jumps past it.
            EmitLoopElse(node.Orelse, label);
        }
    }

    // The head of an 'async for' clause of a comprehension: items of the awaited __anext__() until StopAsyncIteration.
    private void OpenAsyncComprehensionLoop(string asyncIterator, string item)
    {
        var iterator = NewId("aiter");
        W.Line($"var {iterator} = {asyncIterator};");
        W.Open("while (true)");
        W.Line($"object? {item};");
        W.Open("try");
        W.Line($"{item} = await __g.YieldFrom(PyAwait.AsyncNext({iterator}));");
        W.Close();
        W.Open("catch (PyStopAsyncIteration)");
        W.Line("break;");
        W.Close();
    }
}
