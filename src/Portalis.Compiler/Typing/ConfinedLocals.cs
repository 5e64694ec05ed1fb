using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;

namespace Portalis.Compiler.Typing;

/// <summary>
/// Finds the native locals whose object never leaves the frame (docs/EMISSION.md, "Native locals"): every read of
/// the local is the receiver of a direct native call (<see cref="FunctionTypes.NativeCalls"/>), so the object is
/// never passed, stored, returned or captured, and only the thread running this activation can reach it. Such an
/// object may drop the lock that keeps each of its calls atomic when threads share it (a <c>random.Random</c> per
/// worker: two uncontended lock round trips per <c>random()</c> were most of a Monte-Carlo loop). Native locals
/// exist only in plain functions without frame introspection (no generators, no <c>locals()</c>), and a local an
/// inner scope reads is not one, so the reads seen here are all there are.
/// </summary>
internal sealed class ConfinedLocals : AstVisitor
{
    private readonly FunctionTypes _types;
    private readonly HashSet<string> _escaped = new(StringComparer.Ordinal);

    private ConfinedLocals(FunctionTypes types)
    {
        _types = types;
    }

    /// <summary>The native locals of <paramref name="types"/> that <paramref name="body"/> never lets escape.</summary>
    public static HashSet<string> Find(IReadOnlyList<Stmt> body, FunctionTypes types)
    {
        if (types.NativeLocals.Count == 0)
        {
            return [];
        }

        var finder = new ConfinedLocals(types);
        foreach (var statement in body)
        {
            statement.Accept(finder);
        }

        return types.NativeLocals.Keys.Where(n => !finder._escaped.Contains(n)).ToHashSet(StringComparer.Ordinal);
    }

    public override void VisitCall(Call node)
    {
        if (_types.NativeCalls.ContainsKey(node) && node.Func is Attribute { Value: Name })
        {
            // The receiver is used only to make the call; the arguments are visited as any other expression.
            foreach (var arg in node.Args)
            {
                arg.Accept(this);
            }

            foreach (var keyword in node.Keywords)
            {
                keyword.Value.Accept(this);
            }

            return;
        }

        DefaultVisit(node);
    }

    public override void VisitName(Name node)
    {
        if (node.Ctx == ExprContext.Load && _types.NativeLocals.ContainsKey(node.Id))
        {
            _escaped.Add(node.Id);
        }
    }
}
