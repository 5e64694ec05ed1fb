using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // compound_stmt:
    //     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
    //     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
    //     | &'while' while_stmt | match_stmt
    private Stmt? ParseCompoundStatement()
    {
        switch (Kind)
        {
            case TokenKind.DefKeyword:
                return ParseFunctionDef([], CurrentStart);
            case TokenKind.At:
                return ParseDecorated();
            case TokenKind.ClassKeyword:
                return ParseClassDef([]);
            case TokenKind.IfKeyword:
                return ParseIf();
            case TokenKind.WhileKeyword:
                return ParseWhile();
            case TokenKind.ForKeyword:
                return ParseFor(CurrentStart, isAsync: false);
            case TokenKind.WithKeyword:
                return ParseWith(CurrentStart, isAsync: false);
            case TokenKind.TryKeyword:
                return ParseTry();
            case TokenKind.AsyncKeyword:
            {
                var start = CurrentStart;
                switch (PeekKind(1))
                {
                    case TokenKind.DefKeyword:
                        return ParseFunctionDef([], start);
                    case TokenKind.ForKeyword:
                        Advance();
                        return ParseFor(start, isAsync: true);
                    case TokenKind.WithKeyword:
                        Advance();
                        return ParseWith(start, isAsync: true);
                    default:
                        return null;
                }
            }

            case TokenKind.Name when IsSoftKeyword("match"):
                return ParseMatch();
            default:
                return null;
        }
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    private List<Stmt>? ParseBlock(string what, int headerStart)
    {
        if (Kind == TokenKind.Newline)
        {
            if (PeekKind(1) == TokenKind.Indent)
            {
                var mark = _pos;
                Advance();
                Advance();
                var body = ParseStatements();
                if (body.Count == 0 || !Accept(TokenKind.Dedent))
                {
                    _pos = mark;
                    return null;
                }

                return body;
            }

            if (_invalidPass)
            {
                // invalid_*_stmt: ... ':' NEWLINE !INDENT
                throw IndentationErrorAtLastToken($"expected an indented block after {what} on line {_source.GetLine(headerStart)}");
            }

            return null;
        }

        var simple = new List<Stmt>();
        return ParseSimpleStatements(simple) ? simple : null;
    }

    // A ':' that ends a compound statement's header; in the second pass a NEWLINE in its place is
    // reported as CPython's invalid_*_stmt rules do ("expected ':'").
    private bool ExpectColon()
    {
        if (Accept(TokenKind.Colon))
        {
            return true;
        }

        if (_invalidPass && Kind == TokenKind.Newline)
        {
            throw ErrorAtLastToken("expected ':'");
        }

        return false;
    }

    // &&':' — a forced token: anything else is an error at once, in either pass.
    private void ForceColon()
    {
        if (!Accept(TokenKind.Colon))
        {
            throw Error("expected ':'", CurrentSpan);
        }
    }

    // decorators: ('@' named_expression NEWLINE)+
    // function_def: decorators function_def_raw | function_def_raw
    // class_def: decorators class_def_raw | class_def_raw
    private Stmt? ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            var decorator = ParseNamedExpression();
            if (decorator is null || !Accept(TokenKind.Newline))
            {
                return null;
            }

            decorators.Add(decorator);
        }

        switch (Kind)
        {
            case TokenKind.DefKeyword:
                return ParseFunctionDef(decorators, CurrentStart);
            case TokenKind.AsyncKeyword when PeekKind(1) == TokenKind.DefKeyword:
                return ParseFunctionDef(decorators, CurrentStart);
            case TokenKind.ClassKeyword:
                return ParseClassDef(decorators);
            default:
                return null;
        }
    }

    // function_def_raw:
    //     | invalid_def_raw
    //     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    //     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    private Stmt? ParseFunctionDef(List<Expr> decorators, int start)
    {
        var isAsync = Accept(TokenKind.AsyncKeyword);
        Advance();
        var name = AcceptName();
        if (name is null)
        {
            return null;
        }

        if (!Accept(TokenKind.LeftParen))
        {
            throw Error("expected '('", CurrentSpan);
        }

        var args = ParseParameters(lambda: false);
        if (args is null || !Accept(TokenKind.RightParen))
        {
            return null;
        }

        Expr? returns = null;
        if (Kind == TokenKind.Arrow)
        {
            var arrow = _pos;
            Advance();
            returns = ParseExpression();
            if (returns is null)
            {
                // ['->' expression] is optional: without an expression the forced ':' sees the '->'.
                _pos = arrow;
            }
        }

        ForceColon();
        var body = ParseBlock("function definition", start);
        if (body is null)
        {
            return null;
        }

        return isAsync
            ? new AsyncFunctionDef(name, args, body, decorators, returns, null, SpanFrom(start))
            : new FunctionDef(name, args, body, decorators, returns, null, SpanFrom(start));
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
    private Stmt? ParseClassDef(List<Expr> decorators)
    {
        var start = CurrentStart;
        Advance();
        var name = AcceptName();
        if (name is null)
        {
            return null;
        }

        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (Kind == TokenKind.LeftParen)
        {
            var open = _pos;
            Advance();
            if (!Accept(TokenKind.RightParen) && !ParseCallArguments(bases, keywords, open, TokenKind.RightParen, allowGenerator: false))
            {
                return null;
            }
        }

        if (!ExpectColon())
        {
            return null;
        }

        var body = ParseBlock("class definition", start);
        return body is null ? null : new ClassDef(name, bases, keywords, body, decorators, SpanFrom(start));
    }

    // if_stmt:
    //     | invalid_if_stmt
    //     | 'if' named_expression ':' block elif_stmt
    //     | 'if' named_expression ':' block [else_block]
    // elif_stmt: the same with 'elif'
    private Stmt? ParseIf()
    {
        var start = CurrentStart;
        var keyword = Kind == TokenKind.IfKeyword ? "'if' statement" : "'elif' statement";
        Advance();
        var test = ParseNamedExpression();
        if (test is null || !ExpectColon())
        {
            return null;
        }

        var body = ParseBlock(keyword, start);
        if (body is null)
        {
            return null;
        }

        List<Stmt> orElse;
        if (Kind == TokenKind.ElifKeyword)
        {
            var elif = ParseIf();
            if (elif is null)
            {
                return null;
            }

            orElse = [elif];
        }
        else
        {
            var elseBlock = ParseElseBlock();
            if (elseBlock is null)
            {
                return null;
            }

            orElse = elseBlock;
        }

        return new If(test, body, orElse, SpanFrom(start));
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    // Returns an empty list when there is no else, null when the else is malformed.
    private List<Stmt>? ParseElseBlock()
    {
        if (Kind != TokenKind.ElseKeyword)
        {
            return [];
        }

        var start = CurrentStart;
        Advance();
        ForceColon();
        return ParseBlock("'else' statement", start);
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    private Stmt? ParseWhile()
    {
        var start = CurrentStart;
        Advance();
        var test = ParseNamedExpression();
        if (test is null || !ExpectColon())
        {
            return null;
        }

        var body = ParseBlock("'while' statement", start);
        if (body is null)
        {
            return null;
        }

        var orElse = ParseElseBlock();
        return orElse is null ? null : new While(test, body, orElse, SpanFrom(start));
    }

    // for_stmt:
    //     | invalid_for_stmt
    //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | invalid_for_target
    private Stmt? ParseFor(int start, bool isAsync)
    {
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

        var iter = ParseStarExpressions() ?? throw Fail();
        if (!ExpectColon())
        {
            throw Fail();
        }

        var body = ParseBlock("'for' statement", start) ?? throw Fail();
        var orElse = ParseElseBlock() ?? throw Fail();
        return isAsync
            ? new AsyncFor(target, iter, body, orElse, null, SpanFrom(start))
            : new For(target, iter, body, orElse, null, SpanFrom(start));
    }

    // with_stmt:
    //     | invalid_with_stmt_indent
    //     | 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | invalid_with_stmt
    private Stmt? ParseWith(int start, bool isAsync)
    {
        Advance();
        List<WithItem>? items = null;
        if (Kind == TokenKind.LeftParen)
        {
            var mark = _pos;
            Advance();
            items = ParseWithItems(parenthesized: true);
            if (items is null || !Accept(TokenKind.RightParen) || Kind != TokenKind.Colon)
            {
                _pos = mark;
                items = null;
            }
        }

        var itemsStart = _pos;
        items ??= ParseWithItems(parenthesized: false);
        if (items is null || !ExpectColon())
        {
            if (_invalidPass)
            {
                CheckInvalidWithStatement(itemsStart);
            }

            return null;
        }

        var body = ParseBlock("'with' statement", start);
        if (body is null)
        {
            return null;
        }

        return isAsync ? new AsyncWith(items, body, null, SpanFrom(start)) : new With(items, body, null, SpanFrom(start));
    }

    // invalid_with_stmt:
    //     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { "expected ':'" }
    //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { "expected ':'" }
    private void CheckInvalidWithStatement(int itemsStart)
    {
        var mark = _pos;
        _pos = itemsStart;
        var parenthesized = Accept(TokenKind.LeftParen);
        while (true)
        {
            if ((parenthesized ? ParseExpressions() : ParseExpression()) is null)
            {
                break;
            }

            if (Accept(TokenKind.AsKeyword) && ParseStarTarget() is null)
            {
                break;
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        if ((!parenthesized || Accept(TokenKind.RightParen)) && Kind == TokenKind.Newline)
        {
            throw ErrorAtLastToken("expected ':'");
        }

        _pos = mark;
    }

    // with_item:
    //     | expression 'as' star_target &(',' | ')' | ':')
    //     | invalid_with_item
    //     | expression
    private List<WithItem>? ParseWithItems(bool parenthesized)
    {
        var items = new List<WithItem>();
        while (true)
        {
            var context = ParseExpression();
            if (context is null)
            {
                return items.Count > 0 && parenthesized ? items : null;
            }

            Expr? vars = null;
            if (Kind == TokenKind.AsKeyword)
            {
                var mark = _pos;
                Advance();
                var targetStart = _pos;
                vars = ParseStarTarget();
                if (vars is null || Kind is not (TokenKind.Comma or TokenKind.RightParen or TokenKind.Colon))
                {
                    if (_invalidPass)
                    {
                        // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
                        _pos = targetStart;
                        var e = ParseExpression();
                        if (e is not null && Kind is TokenKind.Comma or TokenKind.RightParen or TokenKind.Colon)
                        {
                            throw InvalidTargetError(e, TargetKind.Star);
                        }
                    }

                    _pos = mark;
                    return null;
                }
            }

            items.Add(new WithItem(context, vars, default));
            if (!Accept(TokenKind.Comma))
            {
                return items;
            }

            if (parenthesized && Kind == TokenKind.RightParen)
            {
                return items;
            }
        }
    }

    // try_stmt:
    //     | invalid_try_stmt
    //     | 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
    // except_star_block: 'except' '*' expression ['as' NAME] ':' block
    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    private Stmt? ParseTry()
    {
        var start = CurrentStart;
        Advance();
        ForceColon();
        var body = ParseBlock("'try' statement", start);
        if (body is null)
        {
            return null;
        }

        var handlers = new List<ExceptHandler>();
        var star = false;
        while (Kind == TokenKind.ExceptKeyword)
        {
            var handlerStart = CurrentStart;
            Advance();
            var isStar = Accept(TokenKind.Star);
            if (handlers.Count > 0 && isStar != star)
            {
                // invalid_try_stmt: RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a='except', ...)
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", _tokens[_pos - (isStar ? 2 : 1)].Span);
            }

            star = isStar;
            Expr? type = null;
            string? name = null;
            if (Kind is not (TokenKind.Colon or TokenKind.Newline) || isStar)
            {
                type = ParseExpression();
                if (type is null)
                {
                    if (isStar && _invalidPass)
                    {
                        throw ErrorAtLastToken("expected one or more exception types");
                    }

                    return null;
                }

                if (Kind == TokenKind.Comma && _invalidPass)
                {
                    // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
                    var mark = _pos;
                    Advance();
                    var rest = ParseExpressions();
                    if (rest is not null)
                    {
                        throw Error("multiple exception types must be parenthesized", type.Span.Start, rest.Span.End);
                    }

                    _pos = mark;
                }

                if (Accept(TokenKind.AsKeyword))
                {
                    name = AcceptName();
                    if (name is null)
                    {
                        return null;
                    }
                }
            }

            if (!ExpectColon())
            {
                return null;
            }

            var handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", handlerStart);
            if (handlerBody is null)
            {
                return null;
            }

            handlers.Add(new ExceptHandler(type, name, handlerBody, SpanFrom(handlerStart)));
        }

        List<Stmt> orElse = [];
        if (handlers.Count > 0)
        {
            var elseBlock = ParseElseBlock();
            if (elseBlock is null)
            {
                return null;
            }

            orElse = elseBlock;
        }

        List<Stmt> finalBody = [];
        if (Kind == TokenKind.FinallyKeyword)
        {
            var finallyStart = CurrentStart;
            Advance();
            ForceColon();
            var block = ParseBlock("'finally' statement", finallyStart);
            if (block is null)
            {
                return null;
            }

            finalBody = block;
        }
        else if (handlers.Count == 0)
        {
            if (_invalidPass)
            {
                throw ErrorAtLastToken("expected 'except' or 'finally' block");
            }

            return null;
        }

        return star
            ? new TryStar(body, handlers, orElse, finalBody, SpanFrom(start))
            : new Try(body, handlers, orElse, finalBody, SpanFrom(start));
    }
}
