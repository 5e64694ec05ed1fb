using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// Decides which <c>while</c> loops need no thread switch point (<c>PyEmit.LoopBackEdge</c>). The switch point lets
/// the Controlled backend preempt a loop that waits for another thread (<c>while not flag: pass</c>), as CPython's
/// eval loop can switch threads at every back-edge. A loop whose test and body read and write only unboxed locals
/// of its own frame (proven ints, floats and bools, which no other thread can reach), combined by operators, cannot
/// be waiting for anything another thread does; it is left without the check, which in a tight arithmetic loop
/// (Collatz steps) cost about a tenth of its time. Any other node (a call, an attribute, a subscript, a global, a
/// yield) keeps the switch point.
/// </summary>
internal sealed class FrameLocalLoops : AstVisitor
{
    private readonly Scope _scope;
    private readonly FunctionTypes _types;
    private bool _reachesShared;

    private FrameLocalLoops(Scope scope, FunctionTypes types)
    {
        _scope = scope;
        _types = types;
    }

    /// <summary>True when <paramref name="loop"/> touches only unboxed locals of <paramref name="scope"/>, a function scope.</summary>
    public static bool TouchesOnlyFrameLocals(While loop, Scope scope, FunctionTypes types)
    {
        if (scope.Kind is not ScopeKind.Function || scope.IsResumable)
        {
            return false;
        }

        var visitor = new FrameLocalLoops(scope, types);
        loop.Accept(visitor);
        return !visitor._reachesShared;
    }

    public override void DefaultVisit(Node node)
    {
        switch (node)
        {
            case While or If or Assign or AugAssign or ExprStmt or Pass or Break or Continue
                or Constant or BinOp or UnaryOp or BoolOp or Compare or IfExp:
                base.DefaultVisit(node);
                break;
            default:
                _reachesShared = true;
                break;
        }
    }

    public override void VisitName(Name node)
    {
        if (_scope.Resolve(node.Id) != NameResolution.Local || !_types.LocalType(node.Id).IsUnboxed() || IsCaptured(_scope, node.Id))
        {
            _reachesShared = true;
        }
    }

    // A local an inner scope reads is a cell the inner function (perhaps run by another thread) can write.
    private static bool IsCaptured(Scope scope, string name) =>
        scope.Children.Any(child => child.Resolve(name) == NameResolution.Free || IsCaptured(child, name));
}
