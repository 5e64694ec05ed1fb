using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    // star_target: '*' (!'*' star_target) | target_with_star_atom
    // target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    // star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
    //
    // A target is read as a primary and then checked and given the Store context: the primary rule
    // accepts exactly the shapes above plus expressions that are then rejected.
    private Expr? ParseStarTargets()
    {
        var start = CurrentStart;
        var first = ParseStarTarget();
        if (first is null)
        {
            return null;
        }

        if (Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = ParseCommaTail(first, static parser => parser.ParseStarTarget());

        return new Tuple(elts, ExprContext.Store, SpanFrom(start));
    }

    private Expr? ParseStarTarget()
    {
        var start = CurrentStart;
        var mark = _pos;
        if (Kind == TokenKind.Star)
        {
            Advance();
            if (Kind == TokenKind.Star)
            {
                _pos = mark;
                return null;
            }

            EnterRecursion();
            var inner = ParseStarTarget();
            LeaveRecursion();
            if (inner is null)
            {
                _pos = mark;
                return null;
            }

            return new Starred(inner, ExprContext.Store, SpanFrom(start));
        }

        var e = ParsePrimary();
        if (e is null)
        {
            return null;
        }

        var target = ToTarget(e, ExprContext.Store);
        if (target is null)
        {
            _pos = mark;
            return null;
        }

        return target;
    }

    // _PyPegen_set_expr_context (Parser/action_helpers.c): the same tree with a Store or Del context,
    // or null when the expression cannot be a target.
    private static Expr? ToTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name name:
                return new Name(name.Id, ctx, name.Span);
            case Attribute attribute:
                return new Attribute(attribute.Value, attribute.Attr, ctx, attribute.Span);
            case Subscript subscript:
                return new Subscript(subscript.Value, subscript.Slice, ctx, subscript.Span);
            case Starred starred when ctx == ExprContext.Store:
            {
                var inner = ToTarget(starred.Value, ctx);
                return inner is null ? null : new Starred(inner, ctx, starred.Span);
            }

            case Tuple tuple:
            {
                var elts = ToTargets(tuple.Elts, ctx);
                return elts is null ? null : new Tuple(elts, ctx, tuple.Span);
            }

            case List list:
            {
                var elts = ToTargets(list.Elts, ctx);
                return elts is null ? null : new List(elts, ctx, list.Span);
            }

            default:
                return null;
        }
    }

    private static List<Expr>? ToTargets(IReadOnlyList<Expr> elts, ExprContext ctx)
    {
        var result = new List<Expr>(elts.Count);
        foreach (var elt in elts)
        {
            var target = ToTarget(elt, ctx);
            if (target is null)
            {
                return null;
            }

            result.Add(target);
        }

        return result;
    }

    // del_targets: ','.del_target+ [',']
    // del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    private List<Expr>? ParseDelTargets()
    {
        var targets = new List<Expr>();
        while (true)
        {
            var e = ParsePrimary();
            if (e is null)
            {
                break;
            }

            var target = ToTarget(e, ExprContext.Del);
            if (target is null)
            {
                return null;
            }

            targets.Add(target);
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        return targets.Count == 0 ? null : targets;
    }
}
