using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    private void EmitStatements(IReadOnlyList<Stmt> statements)
    {
        foreach (var statement in statements)
        {
            EmitStatement(statement);
        }
    }

    private void EmitStatement(Stmt statement)
    {
        Line(statement);
        switch (statement)
        {
            case ExprStmt { Value: Syntax.Ast.Constant }:
                // A docstring or other constant statement does nothing.
                break;
            case ExprStmt e:
                W.Line($"_ = {Expr(e.Value)};");
                break;
            case Assign a when CFunctionFrames.IsDeclaration(a) && _fn.Scope.Kind == Binding.ScopeKind.Module:
                // A declaration for the translator (hidden frames), not a binding: the module gets no such name.
                break;
            case Assign or AugAssign when TryEmitAccumulation(statement):
                break;
            case Assign a:
                EmitAssign(a);
                break;
            case AugAssign a:
                EmitAugAssign(a);
                break;
            case AnnAssign a:
                EmitAnnAssign(a);
                break;
            case If i:
                EmitIf(i);
                break;
            case While w:
                EmitLoop(w, () => EmitWhile(w));
                break;
            case For f:
                EmitLoop(f, () => EmitFor(f));
                break;
            case Break or Continue or Return when LeavesExceptStar(statement):
                break;
            case Break b:
                EmitBreak(b);
                break;
            case Continue c:
                if (_fn.Loops.Count == 0)
                {
                    Unsupported(c, "'continue' outside a loop");
                }
                else if (_fn.Loops.Peek().FinallyDepth != _fn.FinallyDepth)
                {
                    Unsupported(c, "'continue' inside 'finally'");
                }

                EmitContinueCore();
                break;
            case Pass:
                break;
            case Return r:
                EmitReturn(r);
                break;
            case Delete d:
                foreach (var target in d.Targets)
                {
                    EmitDelete(target);
                }

                break;
            case Global or Nonlocal:
                break;
            case Assert a:
                W.Line(a.Msg is null
                    ? $"if (!{Condition(a.Test)}) throw PyEmit.AssertionFailed({PythonLine(a)});"
                    : $"if (!{Condition(a.Test)}) throw PyEmit.AssertionFailed({Expr(a.Msg)}, {PythonLine(a)});");
                break;
            case Raise r:
                EmitRaise(r);
                break;
            case Try t:
                EmitTry(t);
                break;
            case With w:
                EmitWith(w, 0);
                break;
            case FunctionDef f:
                EmitFunctionDef(f);
                break;
            case ClassDef c:
                EmitClassDef(c);
                break;
            case Import i:
                EmitImport(i);
                break;
            case ImportFrom i:
                EmitImportFrom(i);
                break;
            case Match m:
                EmitMatch(m);
                break;
            case AsyncFunctionDef f:
                EmitAsyncFunctionDef(f);
                break;
            case AsyncFor f:
                EmitAsyncFor(f);
                break;
            case AsyncWith w:
                EmitAsyncWith(w, 0);
                break;
            case TryStar t:
                EmitTry(TryParts.Of(t));
                break;
            default:
                Unsupported(statement, $"the statement '{statement.NodeName}'");
                break;
        }
    }

    private void EmitAssign(Assign assign)
    {
        if (TryEmitTypedAssign(assign))
        {
            return;
        }

        if (assign.Targets.Count == 1 && assign.Targets[0] is Name name)
        {
            W.Line(StoreNameStatement(name.Id, Expr(assign.Value)));
            return;
        }

        var value = NewTemp();
        W.Line($"{value} = {Expr(assign.Value)};");
        foreach (var target in assign.Targets)
        {
            AssignTarget(target, value);
        }
    }

    /// <summary>Stores the C# expression <paramref name="value"/> (already evaluated, side-effect free) into a target.</summary>
    private void AssignTarget(Expr target, string value)
    {
        switch (target)
        {
            case Name n:
                W.Line(StoreNameStatement(n.Id, value));
                break;
            case Attribute a:
                W.Line($"PyOps.SetAttr({Expr(a.Value)}, {AttrSite(a.Attr)}, {value});");
                break;
            case Subscript s:
                if (!TryAssignTypedSubscript(s, value))
                {
                    W.Line($"PyOps.SetItem({Expr(s.Value)}, {Expr(s.Slice)}, {value});");
                }

                break;
            case Syntax.Ast.Tuple t:
                AssignSequence(t.Elts, value);
                break;
            case List l:
                AssignSequence(l.Elts, value);
                break;
            case Starred s:
                Unsupported(s, "a starred assignment target here");
                break;
            default:
                Unsupported(target, "this assignment target");
                break;
        }
    }

    private void AssignSequence(IReadOnlyList<Expr> elts, string value)
    {
        var star = -1;
        for (var i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Starred)
            {
                star = i;
            }
        }

        var items = NewId("u");
        W.Line(star < 0
            ? $"var {items} = PyOps.Unpack({value}, {elts.Count});"
            : $"var {items} = PyOps.UnpackStar({value}, {star}, {elts.Count - star - 1});");
        for (var i = 0; i < elts.Count; i++)
        {
            var element = elts[i] is Starred s ? s.Value : elts[i];
            AssignTarget(element, $"{items}[{i}]");
        }
    }

    private void EmitAugAssign(AugAssign aug)
    {
        if (TryEmitTypedAugAssign(aug))
        {
            return;
        }

        var op = RuntimeBinaryOperator(aug.Op);
        switch (aug.Target)
        {
            case Name n:
                W.Line(StoreNameStatement(n.Id, $"PyOps.InPlace({op}, {LoadName(n.Id)}, {Expr(aug.Value)})"));
                break;
            case Attribute a:
                var obj = NewTemp();
                W.Line($"{obj} = {Expr(a.Value)};");
                var attribute = $"PyOps.GetAttr({obj}, {AttrSite(a.Attr)})";
                W.Line($"PyOps.SetAttr({obj}, {AttrSite(a.Attr)}, {TryNumericInPlace(aug.Op, attribute, aug.Value) ?? $"PyOps.InPlace({op}, {attribute}, {Expr(aug.Value)})"});");
                break;
            case Subscript s:
                var container = NewTemp();
                W.Line($"{container} = {Expr(s.Value)};");
                if (_class is null && TypeOf(s.Slice).IsIntegral())
                {
                    // A proven int index stays unboxed: PyTyped's list fast path for both the read and the write.
                    var index = NewId("k");
                    W.Open();
                    W.Line($"var {index} = {TypedIndex(s.Slice)};");
                    var element = $"PyTyped.GetItem({container}, {index})";
                    var elementNum = $"PyTyped.GetNum({container}, {index})";
                    W.Line($"PyTyped.SetItem({container}, {index}, {TryNumericInPlace(aug.Op, element, aug.Value, elementNum) ?? $"PyOps.InPlace({op}, {element}, {Expr(aug.Value)})"});");
                    W.Close();
                    break;
                }

                var key = NewTemp();
                W.Line($"{key} = {Expr(s.Slice)};");
                var item = $"PyOps.GetItem({container}, {key})";
                W.Line($"PyOps.SetItem({container}, {key}, {TryNumericInPlace(aug.Op, item, aug.Value) ?? $"PyOps.InPlace({op}, {item}, {Expr(aug.Value)})"});");
                break;
            default:
                Unsupported(aug.Target, "this augmented assignment target");
                break;
        }
    }

    private void EmitAnnAssign(AnnAssign ann)
    {
        if (!TryEmitTypedAnnAssign(ann))
        {
            EmitAnnAssignValue(ann);
        }

        // Python/compile.c, compiler_annassign: class and module bodies record simple annotations in
        // __annotations__ (dataclasses read them); under `from __future__ import annotations` the record is the
        // annotation's source text and nothing is evaluated.
        if (ann.Simple == 0 || ann.Target is not Name target)
        {
            return;
        }

        var annotation = _futureAnnotations
            ? CSharpNames.StringLiteral(_module.Text.Text[ann.Annotation.Span.Start..ann.Annotation.Span.End])
            : null;
        if (_class is not null)
        {
            W.Line($"PyEmit.Annotate({_class.NamespaceVar}, {CSharpNames.StringLiteral(Mangle(target.Id))}, {annotation ?? Expr(ann.Annotation)});");
        }
        else if (!_fn.Scope.IsFunctionLike)
        {
            W.Line($"PyEmit.AnnotateModule(__module, {CSharpNames.StringLiteral(target.Id)}, {annotation ?? Expr(ann.Annotation)});");
        }
    }

    private void EmitAnnAssignValue(AnnAssign ann)
    {
        if (ann.Value is not null)
        {
            if (ann.Target is Name n)
            {
                W.Line(StoreNameStatement(n.Id, Expr(ann.Value)));
            }
            else
            {
                var value = NewTemp();
                W.Line($"{value} = {Expr(ann.Value)};");
                AssignTarget(ann.Target, value);
            }
        }
    }

    private void EmitIf(If node)
    {
        W.Open($"if ({Condition(node.Test)})");
        EmitStatements(node.Body);
        W.Close();
        if (node.Orelse.Count > 0)
        {
            // elif chains nest inside else blocks so helper declarations for their conditions have a block.
            W.Open("else");
            EmitStatements(node.Orelse);
            W.Close();
        }
    }

    private void EmitWhile(While node)
    {
        var label = node.Orelse.Count > 0 ? NewId("brk") : null;
        _fn.Loops.Push(new LoopContext(label, _fn.FinallyDepth));
        W.Open("while (true)");
        // A thread switch point, as CPython's eval loop has at each back-edge (PyEmit.LoopBackEdge), unless the
        // loop cannot be waiting for another thread.
        if (!(_class is null && ReferenceEquals(CurrentScope, _fn.Scope) && FrameLocalLoops.TouchesOnlyFrameLocals(node, _fn.Scope, Types)))
        {
            W.Line("PyEmit.LoopBackEdge();");
        }

        W.Line($"if (!{Condition(node.Test)}) break;");
        EmitStatements(node.Body);
        W.Close();
        _fn.Loops.Pop();
        EmitLoopElse(node.Orelse, label);
    }

    private void EmitFor(For node)
    {
        if (TryEmitTypedFor(node))
        {
            return;
        }

        var label = node.Orelse.Count > 0 ? NewId("brk") : null;
        var item = NewId("x");
        var iterable = Expr(node.Iter);
        _fn.Loops.Push(new LoopContext(label, _fn.FinallyDepth));
        // A generator made by the call in the loop header belongs to the loop (closed when it is left early).
        var iterate = node.Iter is Call ? "PyOps.IterateOwned" : "PyOps.Iterate";
        W.Open($"foreach (var {item} in {iterate}({iterable}))");
        AssignTarget(node.Target, item);
        EmitStatements(node.Body);
        W.Close();
        _fn.Loops.Pop();
        EmitLoopElse(node.Orelse, label);
    }

    private void EmitLoopElse(IReadOnlyList<Stmt> orelse, string? label)
    {
        if (label is null)
        {
            return;
        }

        W.Open();
        EmitStatements(orelse);
        W.Close();
        W.Line($"{label}:;");
    }

    private void EmitBreak(Break node)
    {
        if (_fn.Loops.Count == 0)
        {
            Unsupported(node, "'break' outside a loop");
            return;
        }

        var loop = _fn.Loops.Peek();
        if (loop.FinallyDepth != _fn.FinallyDepth)
        {
            Unsupported(node, "'break' inside 'finally'");
        }

        EmitBreakCore();
    }

    /// <summary>break to the innermost loop, through any routed try (try/finally lowered as code) in between.</summary>
    private void EmitBreakCore()
    {
        if (!TryRouteLoopJump(2))
        {
            var loop = _fn.Loops.Peek();
            W.Line(loop.BreakLabel is null ? "break;" : $"goto {loop.BreakLabel};");
        }
    }

    /// <summary>continue the innermost loop, through any routed try in between.</summary>
    private void EmitContinueCore()
    {
        if (!TryRouteLoopJump(3))
        {
            W.Line("continue;");
        }
    }

    private void EmitReturn(Return node)
    {
        if (TryRouteReturn(node) || TryEmitTypedReturn(node))
        {
            return;
        }

        var value = node.Value is null ? "null" : Expr(node.Value);
        if (_fn.Scope.Kind == Binding.ScopeKind.Module || _class is not null)
        {
            Unsupported(node, "'return' outside function");
            return;
        }

        if (_fn.FinallyDepth > 0)
        {
            // C# cannot leave a finally block; Python's return there discards the pending exception.
            Unsupported(node, "'return' inside 'finally'");
        }

        W.Line($"return {value};");
    }

    private void EmitDelete(Expr target)
    {
        switch (target)
        {
            case Name n:
                W.Line(DeleteNameStatement(n.Id));
                break;
            case Attribute a:
                W.Line($"PyOps.DelAttr({Expr(a.Value)}, {CSharpNames.StringLiteral(Mangle(a.Attr))});");
                break;
            case Subscript s:
                W.Line($"PyOps.DelItem({Expr(s.Value)}, {Expr(s.Slice)});");
                break;
            case Syntax.Ast.Tuple t:
                foreach (var e in t.Elts)
                {
                    EmitDelete(e);
                }

                break;
            case List l:
                foreach (var e in l.Elts)
                {
                    EmitDelete(e);
                }

                break;
            default:
                Unsupported(target, "this 'del' target");
                break;
        }
    }

    private void EmitFunctionDef(FunctionDef def)
    {
        var decorators = EvaluateDecorators(def.DecoratorList);
        var creation = FunctionObject(def, def.Args, def.Body, def.Name);
        Line(def);
        if (DirectField(def) is { } field && _fn.Scope.Kind == Binding.ScopeKind.Module && _class is null)
        {
            creation = $"({field} = {creation})";
        }

        W.Line(StoreNameStatement(def.Name, ApplyDecorators(decorators, creation)));
    }

    /// <summary>Decorators are evaluated before the decorated definition (top to bottom) into temporaries.</summary>
    private List<string> EvaluateDecorators(IReadOnlyList<Expr> decorators)
    {
        var temps = new List<string>();
        foreach (var d in decorators)
        {
            var t = NewTemp();
            W.Line($"{t} = {Expr(d)};");
            temps.Add(t);
        }

        return temps;
    }

    private static string ApplyDecorators(List<string> decorators, string value)
    {
        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            value = $"PyOps.Call({decorators[i]}, {value})";
        }

        return value;
    }
}
