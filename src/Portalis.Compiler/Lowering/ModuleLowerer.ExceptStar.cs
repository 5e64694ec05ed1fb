using Portalis.Syntax.Ast;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Compiler.Lowering;

/// <summary>The parts of a <c>try</c> or <c>try ... except*</c> statement: both lower through one path.</summary>
internal sealed record TryParts(IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers, IReadOnlyList<Stmt> Orelse, IReadOnlyList<Stmt> Finalbody, bool Star)
{
    public static TryParts Of(Try node) => new(node.Body, node.Handlers, node.Orelse, node.Finalbody, Star: false);

    public static TryParts Of(TryStar node) => new(node.Body, node.Handlers, node.Orelse, node.Finalbody, Star: true);
}

internal sealed partial class ModuleLowerer
{
    // try: body / except* T1 as n: h1 / except* T2: h2      (PEP 654; else and finally as for try)
    //
    //   try { body }
    //   catch (Exception e) when (PyOps.IsCatchable(e)) {
    //     var st = PyOps.BeginExceptStar(e);               the caught exception is the handled one
    //     try {
    //       if (st.Matches(T1)) {                          splits off the part matching T1
    //         var h = st.Enter();                          the matched part is handled (n, sys.exc_info)
    //         try { n = h.Exception; h1 }
    //         catch (Exception x) when (st.Raised(x)) { }  kept for the re-raise; the next handlers run
    //         finally { PyOps.ExitHandler(h); n = unbound; }
    //       }
    //       if (st.Matches(T2)) { ... }
    //     }
    //     finally { st.Leave(); }
    //     st.Reraise();                                    the unmatched rest and what the handlers raised
    //   }
    //
    // break, continue and return cannot leave an except* handler (a SyntaxError in CPython 3.11), so a handler
    // always ends normally or by an exception.
    private void EmitStarHandlers(IReadOnlyList<ExceptHandler> handlers)
    {
        var e = NewId("e");
        var st = NewId("st");
        W.Open($"catch (Exception {e}) when (PyOps.IsCatchable({e}))");
        W.Line($"var {st} = PyOps.BeginExceptStar({e});");
        W.Open("try");
        foreach (var handler in handlers)
        {
            EmitStarHandler(handler, st);
        }

        W.Close();
        W.Open("finally");
        W.Line($"{st}.Leave();");
        W.Close();
        W.Line($"{st}.Reraise();");
        W.Close();
    }

    private void EmitStarHandler(ExceptHandler handler, string st)
    {
        var h = NewId("h");
        Line(handler);
        W.Open($"if ({st}.Matches({Expr(handler.Type!)}))");
        W.Line($"var {h} = {st}.Enter();");
        _fn.ExceptStarLoops.Push(_fn.Loops.Count);
        EmitHandlerBody(handler, h, x => $"{st}.Raised({x})");
        _fn.ExceptStarLoops.Pop();
        W.Close();
    }

    /// <summary>
    /// A break or continue whose loop encloses the innermost <c>except*</c> handler, or a return inside one: reports
    /// CPython's SyntaxError (Python/compile.c, <c>compiler_unwind_fblock</c> for an EXCEPTION_GROUP_HANDLER); true then.
    /// </summary>
    private bool LeavesExceptStar(Stmt jump)
    {
        if (_fn.ExceptStarLoops.Count == 0 || (jump is not Return && _fn.Loops.Count > _fn.ExceptStarLoops.Peek()))
        {
            return false;
        }

        _diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidSyntax, "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", _module.Text, jump.Span));
        return true;
    }
}
