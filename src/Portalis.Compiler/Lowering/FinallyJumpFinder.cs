using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// Whether a <c>finally</c> body contains a jump that leaves it: a <c>return</c> anywhere in it (not in a
/// nested function or class), or a <c>break</c>/<c>continue</c> not inside a loop of its own. Such a body
/// cannot be a C# finally block, so the try statement is lowered with explicit pending state instead.
/// </summary>
internal static class FinallyJumpFinder
{
    public static bool Escapes(IReadOnlyList<Stmt> body) => Any(body, inLoop: false);

    private static bool Any(IReadOnlyList<Stmt> statements, bool inLoop)
    {
        foreach (var statement in statements)
        {
            if (Escapes(statement, inLoop))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Escapes(Stmt statement, bool inLoop) => statement switch
    {
        Return => true,
        Break or Continue => !inLoop,
        If i => Any(i.Body, inLoop) || Any(i.Orelse, inLoop),

        // A loop's own body may break and continue; its else clause jumps on behalf of the enclosing loop.
        While w => Any(w.Body, inLoop: true) || Any(w.Orelse, inLoop),
        For f => Any(f.Body, inLoop: true) || Any(f.Orelse, inLoop),
        Try t => Any(t.Body, inLoop) || t.Handlers.Any(h => Any(h.Body, inLoop)) || Any(t.Orelse, inLoop) || Any(t.Finalbody, inLoop),
        TryStar t => Any(t.Body, inLoop) || t.Handlers.Any(h => Any(h.Body, inLoop)) || Any(t.Orelse, inLoop) || Any(t.Finalbody, inLoop),
        With w => Any(w.Body, inLoop),
        Match m => m.Cases.Any(c => Any(c.Body, inLoop)),
        _ => false,
    };
}
