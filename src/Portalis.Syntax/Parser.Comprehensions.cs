using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // for_if_clauses: for_if_clause+
    // for_if_clause:
    //     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | invalid_for_target
    private List<Comprehension>? ParseForIfClauses()
    {
        var generators = new List<Comprehension>();
        while (Kind is TokenKind.ForKeyword || (Kind == TokenKind.AsyncKeyword && PeekKind(1) == TokenKind.ForKeyword))
        {
            var start = CurrentStart;
            var isAsync = Accept(TokenKind.AsyncKeyword);
            var forToken = _pos;
            Advance();
            var target = ParseStarTargets();
            if (target is null || !Accept(TokenKind.InKeyword))
            {
                if (_invalidPass)
                {
                    ReportInvalidForTarget(forToken);
                }

                return null;
            }

            var iter = ParseDisjunction() ?? throw Fail();
            var ifs = new List<Expr>();
            while (Kind == TokenKind.IfKeyword)
            {
                var mark = _pos;
                Advance();
                var cond = ParseDisjunction();
                if (cond is null)
                {
                    _pos = mark;
                    break;
                }

                ifs.Add(cond);
            }

            generators.Add(new Comprehension(target, iter, ifs, isAsync ? 1 : 0, new TextSpan(start, LastEnd())));
        }

        return generators.Count == 0 ? null : generators;
    }

    // invalid_for_target: ASYNC? 'for' a=star_expressions { RAISE_SYNTAX_ERROR_INVALID_TARGET(FOR_TARGETS, a) }
    private void ReportInvalidForTarget(int forToken)
    {
        var mark = _pos;
        _pos = forToken + 1;
        var saved = _suppressInvalid;
        _suppressInvalid = true;
        Expr? e;
        try
        {
            e = ParseStarExpressions();
        }
        catch (SyntaxErrorException)
        {
            e = null;
        }
        finally
        {
            _suppressInvalid = saved;
        }

        _pos = mark;
        if (e is not null && InvalidTarget(e, TargetKind.For) is { } bad)
        {
            throw InvalidTargetError(bad, TargetKind.For);
        }
    }
}
