using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // primary genexp | primary '(' [arguments] ')'
    // arguments: args [','] &')'
    // args:
    //     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //     | kwargs
    // kwargs: kwarg_or_starred (',' ...)* then kwarg_or_double_starred (',' ...)*
    // kwarg_or_starred: NAME '=' expression | starred_expression
    // kwarg_or_double_starred: NAME '=' expression | '**' expression
    private Expr? ParseCall(Expr func, int start)
    {
        var mark = _pos;
        Advance();
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        if (Accept(TokenKind.RightParen))
        {
            return new Call(func, args, keywords, SpanFrom(start));
        }

        if (!ParseCallArguments(args, keywords, mark, closing: TokenKind.RightParen, allowGenerator: true))
        {
            _pos = mark;
            return null;
        }

        return new Call(func, args, keywords, SpanFrom(start));
    }

    // Reads the arguments after '(' up to and including the closing parenthesis; also used for a
    // class's bases. A lone generator expression argument spans the parentheses (genexp rule).
    private bool ParseCallArguments(List<Expr> args, List<Keyword> keywords, int openParen, TokenKind closing, bool allowGenerator)
    {
        string? orderError = null;
        var result = ParseCallArguments(args, keywords, openParen, closing, allowGenerator, ref orderError);
        if (orderError is not null)
        {
            // invalid_arguments: a=args ',' args — raised once the second args has been read, at
            // the last token fetched.
            throw ErrorAtLastToken(orderError);
        }

        return result;
    }

    private bool ParseCallArguments(List<Expr> args, List<Keyword> keywords, int openParen, TokenKind closing, bool allowGenerator, ref string? orderError)
    {
        var sawKeyword = false;
        var sawDoubleStar = false;
        while (true)
        {
            var itemStart = CurrentStart;
            if (Kind == TokenKind.Star)
            {
                var starSpan = CurrentSpan;
                Advance();
                var value = ParseExpression();
                if (value is null)
                {
                    if (_invalidPass && (args.Count > 0 || keywords.Count > 0) && Kind is TokenKind.RightParen or TokenKind.Comma)
                    {
                        // invalid_arguments: a=args ',' '*'
                        throw Error("iterable argument unpacking follows keyword argument unpacking", starSpan);
                    }

                    return false;
                }

                if (sawDoubleStar)
                {
                    if (!_invalidPass)
                    {
                        return false;
                    }

                    throw Error("iterable argument unpacking follows keyword argument unpacking", itemStart, value.Span.End);
                }

                args.Add(new Starred(value, ExprContext.Load, SpanFrom(itemStart)));
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                var value = ParseExpression();
                if (value is null)
                {
                    return false;
                }

                sawDoubleStar = true;
                keywords.Add(new Keyword(null, value, SpanFrom(itemStart)));
            }
            else if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                var name = NameText(_tokens[_pos]);
                Advance();
                Advance();
                var value = ParseExpression();
                if (value is null)
                {
                    return false;
                }

                if (_invalidPass && Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword)
                {
                    throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", itemStart, value.Span.End);
                }

                sawKeyword = true;
                keywords.Add(new Keyword(name, value, SpanFrom(itemStart)));
            }
            else
            {
                if (_invalidPass && Kind is TokenKind.TrueKeyword or TokenKind.FalseKeyword or TokenKind.NoneKeyword && PeekKind(1) == TokenKind.Equal)
                {
                    throw Error($"cannot assign to {TokenText(_tokens[_pos])}", CurrentStart, _tokens[_pos + 1].Span.End);
                }

                var value = Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual ? ParseAssignmentExpression() : ParseExpression();
                if (value is null || Kind == TokenKind.ColonEqual)
                {
                    return false;
                }

                if (Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword)
                {
                    if (args.Count == 0 && keywords.Count == 0 && !allowGenerator)
                    {
                        // _PyPegen_nonparen_genexp_in_call: a lone generator in a class's bases is
                        // plain invalid syntax.
                        return false;
                    }

                    if (args.Count == 0 && keywords.Count == 0)
                    {
                        var generators = ParseForIfClauses();
                        if (generators is null)
                        {
                            return false;
                        }

                        if (Kind == closing)
                        {
                            Advance();
                            var genStart = _tokens[openParen].Span.Start;
                            args.Add(new GeneratorExp(value, generators, SpanFrom(genStart)));
                            return true;
                        }

                        if (_invalidPass && Kind == TokenKind.Comma)
                        {
                            // invalid_arguments: a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
                            throw Error("Generator expression must be parenthesized", value.Span.Start, LastEnd());
                        }

                        return false;
                    }

                    if (_invalidPass)
                    {
                        var generators = ParseForIfClauses();
                        if (generators is not null)
                        {
                            throw Error("Generator expression must be parenthesized", value.Span.Start, LastEnd());
                        }
                    }

                    return false;
                }

                if (Kind == TokenKind.Equal)
                {
                    if (_invalidPass)
                    {
                        // invalid_kwarg: !(NAME '=') a=expression b='='
                        throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", value.Span.Start, CurrentSpan.End);
                    }

                    return false;
                }

                if (sawKeyword || sawDoubleStar)
                {
                    if (!_invalidPass)
                    {
                        return false;
                    }

                    orderError ??= sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
                }

                args.Add(value);
            }

            if (orderError is not null && (Kind != TokenKind.Comma || PeekKind(1) == closing))
            {
                throw ErrorAtLastToken(orderError);
            }

            if (Accept(TokenKind.Comma))
            {
                if (Accept(closing))
                {
                    return true;
                }

                continue;
            }

            return Accept(closing);
        }
    }

    // params / lambda_params: the parameter list of a def (up to ')') or of a lambda (up to ':').
    // parameters:
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    // star_etc:
    //     | '*' param_no_default param_maybe_default* [kwds]
    //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    //     | '*' ',' param_maybe_default+ [kwds]
    //     | kwds
    // kwds: '**' param_no_default
    // param: NAME annotation?      (lambda_param: NAME)
    // The invalid_parameters / invalid_star_etc / invalid_kwds messages are raised where they apply.
    private Arguments? ParseParameters(bool lambda)
    {
        var end = lambda ? TokenKind.Colon : TokenKind.RightParen;
        List<Arg>? posonly = null;
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        Arg? vararg = null;
        List<Arg>? kwonly = null;
        List<Expr?>? kwDefaults = null;
        Arg? kwarg = null;
        var sawStar = false;
        var bareStarSpan = default(TextSpan);
        while (Kind != end)
        {
            if (kwarg is not null)
            {
                throw Error("arguments cannot follow var-keyword argument", CurrentSpan);
            }

            if (Kind == TokenKind.Slash)
            {
                if (posonly is not null)
                {
                    throw Error("/ may appear only once", CurrentSpan);
                }

                if (sawStar)
                {
                    throw Error("/ must be ahead of *", CurrentSpan);
                }

                if (args.Count == 0)
                {
                    throw Error("at least one argument must precede /", CurrentSpan);
                }

                Advance();
                if (Kind == TokenKind.Star)
                {
                    // invalid_parameters: param_maybe_default+ '/' a='*'
                    throw Error("expected comma between / and *", CurrentSpan);
                }

                posonly = args;
                args = [];
            }
            else if (Kind == TokenKind.Star)
            {
                if (sawStar)
                {
                    throw Error("* argument may appear only once", CurrentSpan);
                }

                sawStar = true;
                kwonly = [];
                kwDefaults = [];
                bareStarSpan = CurrentSpan;
                Advance();
                if (Kind == TokenKind.Name)
                {
                    vararg = ParseParam(lambda, starAnnotation: !lambda);
                    if (Kind == TokenKind.Equal)
                    {
                        throw Error("var-positional argument cannot have default value", CurrentSpan);
                    }
                }
                else if (Kind != TokenKind.Comma)
                {
                    if (Kind == end)
                    {
                        // invalid_star_etc points at the '*'; invalid_lambda_star_etc at the last token.
                        throw lambda ? ErrorAtLastToken("named arguments must follow bare *") : Error("named arguments must follow bare *", bareStarSpan);
                    }

                    return null;
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                if (Kind != TokenKind.Name)
                {
                    return null;
                }

                kwarg = ParseParam(lambda, starAnnotation: false);
                if (Kind == TokenKind.Equal)
                {
                    throw Error("var-keyword argument cannot have default value", CurrentSpan);
                }
            }
            else if (Kind == TokenKind.Name)
            {
                var param = ParseParam(lambda, starAnnotation: false);
                Expr? value = null;
                if (Accept(TokenKind.Equal))
                {
                    value = ParseExpression();
                    if (value is null)
                    {
                        if (_invalidPass && (Kind == TokenKind.Comma || (!lambda && Kind == TokenKind.RightParen)))
                        {
                            throw Error("expected default value expression", _tokens[_pos - 1].Span);
                        }

                        return null;
                    }
                }

                if (sawStar)
                {
                    kwonly!.Add(param);
                    kwDefaults!.Add(value);
                }
                else
                {
                    if (value is not null)
                    {
                        defaults.Add(value);
                    }
                    else if (defaults.Count > 0)
                    {
                        throw Error("non-default argument follows default argument", param.Span);
                    }

                    args.Add(param);
                }
            }
            else
            {
                if (Kind == TokenKind.LeftParen && _invalidPass)
                {
                    // invalid_parameters: param_no_default* a='(' param_no_default+ ','? b=')'
                    var open = CurrentSpan;
                    var mark = _pos;
                    Advance();
                    while (Kind == TokenKind.Name && PeekKind(1) is TokenKind.Comma or TokenKind.RightParen)
                    {
                        Advance();
                        Accept(TokenKind.Comma);
                    }

                    if (Kind == TokenKind.RightParen && _pos > mark + 1)
                    {
                        throw Error(
                            lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized",
                            open.Start,
                            CurrentSpan.End);
                    }

                    _pos = mark;
                }

                return null;
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        if (Kind != end)
        {
            return null;
        }

        if (sawStar && vararg is null && kwonly!.Count == 0)
        {
            throw lambda ? ErrorAtLastToken("named arguments must follow bare *") : Error("named arguments must follow bare *", bareStarSpan);
        }

        return new Arguments(posonly ?? [], args, vararg, kwonly ?? [], kwDefaults ?? [], kwarg, defaults, default);
    }

    // param: NAME annotation?   annotation: ':' expression   star_annotation: ':' star_expression
    private Arg ParseParam(bool lambda, bool starAnnotation)
    {
        var start = CurrentStart;
        var name = NameText(_tokens[_pos]);
        Advance();
        Expr? annotation = null;
        if (!lambda && Accept(TokenKind.Colon))
        {
            annotation = (starAnnotation ? ParseStarExpression() : ParseExpression()) ?? throw Fail();
        }

        return new Arg(name, annotation, null, SpanFrom(start));
    }
}
