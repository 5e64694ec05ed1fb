using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    private Expr? ParseExpressions()
    {
        var start = CurrentStart;
        var first = ParseExpression();
        if (first is null || Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = ParseCommaTail(first, static parser => parser.ParseExpression());

        return new Tuple(elts, ExprContext.Load, SpanFrom(start));
    }

    // expression:
    //     | invalid_expression | invalid_legacy_expression
    //     | disjunction 'if' disjunction 'else' expression
    //     | disjunction
    //     | lambdef
    private Expr? ParseExpression()
    {
        if (Kind == TokenKind.LambdaKeyword)
        {
            return ParseLambda();
        }

        EnterRecursion();
        var start = CurrentStart;
        var body = ParseDisjunction();
        if (body is not null && Kind == TokenKind.IfKeyword)
        {
            var mark = _pos;
            Advance();
            var test = ParseDisjunction();
            if (test is not null && Accept(TokenKind.ElseKeyword))
            {
                var orElse = ParseExpression();
                if (orElse is not null)
                {
                    LeaveRecursion();
                    return new IfExp(test, body, orElse, SpanFrom(start));
                }
            }
            else if (test is not null && _invalidPass && Kind is not TokenKind.Colon)
            {
                // invalid_expression: disjunction 'if' disjunction !('else'|':')
                throw Error("expected 'else' after 'if' expression", body.Span.Start, test.Span.End);
            }

            _pos = mark;
        }
        else if (body is not null && _invalidPass)
        {
            CheckInvalidExpression(body);
        }

        LeaveRecursion();
        return body;
    }

    // invalid_expression:
    //     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    //       { "invalid syntax. Perhaps you forgot a comma?" } (only inside brackets)
    // invalid_legacy_expression: NAME !'(' star_expressions  (print / exec)
    private void CheckInvalidExpression(Expr body)
    {
        if (body is Name name && (name.Id == "print" || name.Id == "exec") && Kind is not (TokenKind.LeftParen or TokenKind.Newline or TokenKind.Semicolon or TokenKind.EndMarker))
        {
            var mark = _pos;
            var saved = _depth;
            Expr? rest;
            try
            {
                rest = StartsExpression(Kind) ? ParseStarExpressionsNoCheck() : null;
            }
            catch (SyntaxErrorException)
            {
                rest = null;
            }

            _depth = saved;
            _pos = mark;
            if (rest is not null)
            {
                throw Error($"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?", body.Span.Start, rest.Span.End);
            }
        }

        if (ParenLevel(_pos - 1) > 0 && StartsExpression(Kind) && Kind is not (TokenKind.Star or TokenKind.DoubleStar)
            && !(body is Name && Kind == TokenKind.String) && !IsSoftKeywordExpr(body))
        {
            var mark = _pos;
            var saved = _depth;
            Expr? next;
            var oldInvalid = _suppressInvalid;
            _suppressInvalid = true;
            try
            {
                next = ParseExpression();
            }
            catch (SyntaxErrorException)
            {
                next = null;
            }
            finally
            {
                _suppressInvalid = oldInvalid;
            }

            _depth = saved;
            _pos = mark;
            if (next is not null && !_suppressInvalid)
            {
                throw Error("invalid syntax. Perhaps you forgot a comma?", body.Span.Start, next.Span.End);
            }
        }
    }

    private bool IsSoftKeywordExpr(Expr e)
        => e is Name { Id: "match" or "case" or "_" };

    private Expr? ParseStarExpressionsNoCheck()
    {
        var old = _suppressInvalid;
        _suppressInvalid = true;
        try
        {
            return ParseStarExpressions();
        }
        finally
        {
            _suppressInvalid = old;
        }
    }

    private static bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.LeftParen or TokenKind.LeftBracket
            or TokenKind.LeftBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Star
            or TokenKind.Ellipsis or TokenKind.NotKeyword or TokenKind.LambdaKeyword or TokenKind.AwaitKeyword
            or TokenKind.TrueKeyword or TokenKind.FalseKeyword or TokenKind.NoneKeyword or TokenKind.DoubleStar => true,
        _ => false,
    };

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    private Expr ParseYieldExpression()
    {
        var start = CurrentStart;
        Advance();
        if (Accept(TokenKind.FromKeyword))
        {
            var value = ParseExpression() ?? throw Fail();
            return new YieldFrom(value, SpanFrom(start));
        }

        var mark = _pos;
        var result = ParseStarExpressions();
        if (result is null)
        {
            _pos = mark;
        }

        return new Yield(result, SpanFrom(start));
    }

    // star_expressions:
    //     | star_expression (',' star_expression)+ [',']
    //     | star_expression ','
    //     | star_expression
    private Expr? ParseStarExpressions()
    {
        var start = CurrentStart;
        var first = ParseStarExpression();
        if (first is null || Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = ParseCommaTail(first, static parser => parser.ParseStarExpression());

        return new Tuple(elts, ExprContext.Load, SpanFrom(start));
    }

    // star_expression: '*' bitwise_or | expression
    private Expr? ParseStarExpression()
    {
        if (Kind == TokenKind.Star)
        {
            var start = CurrentStart;
            var mark = _pos;
            Advance();
            var value = ParseBitwiseOr();
            if (value is null)
            {
                _pos = mark;
                return null;
            }

            return new Starred(value, ExprContext.Load, SpanFrom(start));
        }

        return ParseExpression();
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    private List<Expr> ParseStarNamedExpressions(Expr first)
        => ParseCommaTail(first, static parser => parser.ParseStarNamedExpression());

    // The tail of every gather with an optional trailing comma, `first (',' element)* [',']`: a
    // comma not followed by an element is the trailing one, so the element's tokens are given back.
    private List<Expr> ParseCommaTail(Expr first, Func<Parser, Expr?> parseElement)
    {
        var elements = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            var mark = _pos;
            var next = parseElement(this);
            if (next is null)
            {
                _pos = mark;
                break;
            }

            elements.Add(next);
        }

        return elements;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    private Expr? ParseStarNamedExpression()
    {
        if (Kind == TokenKind.Star)
        {
            var start = CurrentStart;
            var mark = _pos;
            Advance();
            var value = ParseBitwiseOr();
            if (value is null)
            {
                _pos = mark;
                return null;
            }

            return new Starred(value, ExprContext.Load, SpanFrom(start));
        }

        return ParseNamedExpression();
    }

    // assignment_expression: NAME ':=' ~ expression
    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    private Expr? ParseNamedExpression()
    {
        if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual)
        {
            return ParseAssignmentExpression();
        }

        var start = CurrentStart;
        var mark = _pos;
        var e = ParseExpression();
        if (e is null)
        {
            return null;
        }

        if (Kind == TokenKind.ColonEqual)
        {
            if (_invalidPass)
            {
                // invalid_named_expression: a=expression ':=' expression
                throw Error($"cannot use assignment expressions with {ExprName(e)}", e.Span);
            }

            _pos = mark;
            return null;
        }

        if (_invalidPass && !_suppressInvalid && Kind == TokenKind.Equal && PeekKind(1) is not TokenKind.Equal)
        {
            CheckInvalidNamedExpression(e, start);
        }

        return e;
    }

    // invalid_named_expression:
    //     | a=NAME '=' b=bitwise_or !('='|':=') { "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" }
    //     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    //         { "cannot assign to %s here. Maybe you meant '==' instead of '='?" }
    private void CheckInvalidNamedExpression(Expr e, int start)
    {
        var mark = _pos;
        Advance();
        Expr? rhs;
        try
        {
            rhs = ParseBitwiseOr();
        }
        catch (SyntaxErrorException)
        {
            rhs = null;
        }

        var follows = Kind is TokenKind.Equal or TokenKind.ColonEqual;
        _pos = mark;
        if (rhs is null || follows)
        {
            return;
        }

        if (e is Name)
        {
            throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.Span.Start, rhs.Span.End);
        }

        if (e is not (List or Tuple or GeneratorExp) && !(e is Constant { Value: null or bool }) && IsBitwiseOrLevel(e))
        {
            throw Error($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e.Span);
        }
    }

    private static bool IsBitwiseOrLevel(Expr e)
        => e is not (BoolOp or UnaryOp { Op: UnaryOperator.Not } or Compare or IfExp or Lambda or NamedExpr);

    private Expr? ParseAssignmentExpression()
    {
        var start = CurrentStart;
        var mark = _pos;
        var name = NameText(_tokens[_pos]);
        var nameSpan = CurrentSpan;
        Advance();
        Advance();
        var value = ParseExpression();
        if (value is null)
        {
            // The cut (~) after ':=' makes this a hard failure.
            _pos = mark;
            throw Fail();
        }

        return new NamedExpr(new Name(name, ExprContext.Store, nameSpan), value, SpanFrom(start));
    }

    // disjunction: conjunction ('or' conjunction)+ | conjunction
    private Expr? ParseDisjunction()
    {
        var start = CurrentStart;
        var first = ParseConjunction();
        if (first is null || Kind != TokenKind.OrKeyword)
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (Kind == TokenKind.OrKeyword)
        {
            var mark = _pos;
            Advance();
            var next = ParseConjunction();
            if (next is null)
            {
                _pos = mark;
                break;
            }

            values.Add(next);
        }

        return values.Count == 1 ? first : new BoolOp(BoolOperator.Or, values, SpanFrom(start));
    }

    // conjunction: inversion ('and' inversion)+ | inversion
    private Expr? ParseConjunction()
    {
        var start = CurrentStart;
        var first = ParseInversion();
        if (first is null || Kind != TokenKind.AndKeyword)
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (Kind == TokenKind.AndKeyword)
        {
            var mark = _pos;
            Advance();
            var next = ParseInversion();
            if (next is null)
            {
                _pos = mark;
                break;
            }

            values.Add(next);
        }

        return values.Count == 1 ? first : new BoolOp(BoolOperator.And, values, SpanFrom(start));
    }

    // inversion: 'not' inversion | comparison
    private Expr? ParseInversion()
    {
        if (Kind != TokenKind.NotKeyword)
        {
            return ParseComparison();
        }

        EnterRecursion();
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var operand = ParseInversion();
        LeaveRecursion();
        if (operand is null)
        {
            _pos = mark;
            return null;
        }

        return new UnaryOp(UnaryOperator.Not, operand, SpanFrom(start));
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    // compare_op_bitwise_or_pair: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is' (each followed by bitwise_or)
    private Expr? ParseComparison()
    {
        var start = CurrentStart;
        var left = ParseBitwiseOr();
        if (left is null)
        {
            return null;
        }

        List<CompareOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            var mark = _pos;
            CompareOperator op;
            switch (Kind)
            {
                case TokenKind.EqualEqual: op = CompareOperator.Eq; Advance(); break;
                case TokenKind.NotEqual: op = CompareOperator.NotEq; Advance(); break;
                case TokenKind.LessEqual: op = CompareOperator.LtE; Advance(); break;
                case TokenKind.Less: op = CompareOperator.Lt; Advance(); break;
                case TokenKind.GreaterEqual: op = CompareOperator.GtE; Advance(); break;
                case TokenKind.Greater: op = CompareOperator.Gt; Advance(); break;
                case TokenKind.InKeyword: op = CompareOperator.In; Advance(); break;
                case TokenKind.NotKeyword when PeekKind(1) == TokenKind.InKeyword:
                    op = CompareOperator.NotIn;
                    Advance();
                    Advance();
                    break;
                case TokenKind.IsKeyword:
                    Advance();
                    op = Accept(TokenKind.NotKeyword) ? CompareOperator.IsNot : CompareOperator.Is;
                    break;
                default:
                    goto done;
            }

            var right = ParseBitwiseOr();
            if (right is null)
            {
                _pos = mark;
                break;
            }

            (ops ??= []).Add(op);
            (comparators ??= []).Add(right);
        }

    done:
        return ops is null ? left : new Compare(left, ops, comparators!, SpanFrom(start));
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    // shift_expr: shift_expr ('<<' | '>>') sum | sum
    // sum: sum ('+' | '-') term | term
    // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    // Left recursion becomes a loop per precedence level.
    private Expr? ParseBitwiseOr() => ParseBinary(0);

    private Expr? ParseBinary(int level)
    {
        var start = CurrentStart;
        var left = level == 5 ? ParseFactor() : ParseBinary(level + 1);
        if (left is null)
        {
            return null;
        }

        while (true)
        {
            BinaryOperator op;
            var kind = Kind;
            switch (level)
            {
                case 0 when kind == TokenKind.VerticalBar: op = BinaryOperator.BitOr; break;
                case 1 when kind == TokenKind.Caret: op = BinaryOperator.BitXor; break;
                case 2 when kind == TokenKind.Ampersand: op = BinaryOperator.BitAnd; break;
                case 3 when kind == TokenKind.LeftShift: op = BinaryOperator.LShift; break;
                case 3 when kind == TokenKind.RightShift: op = BinaryOperator.RShift; break;
                case 4 when kind == TokenKind.Plus: op = BinaryOperator.Add; break;
                case 4 when kind == TokenKind.Minus: op = BinaryOperator.Sub; break;
                case 5 when kind == TokenKind.Star: op = BinaryOperator.Mult; break;
                case 5 when kind == TokenKind.Slash: op = BinaryOperator.Div; break;
                case 5 when kind == TokenKind.DoubleSlash: op = BinaryOperator.FloorDiv; break;
                case 5 when kind == TokenKind.Percent: op = BinaryOperator.Mod; break;
                case 5 when kind == TokenKind.At: op = BinaryOperator.MatMult; break;
                default: return left;
            }

            var mark = _pos;
            Advance();
            var right = level == 5 ? ParseFactor() : ParseBinary(level + 1);
            if (right is null)
            {
                _pos = mark;
                return left;
            }

            left = new BinOp(left, op, right, SpanFrom(start));
        }
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    private Expr? ParseFactor()
    {
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }

        EnterRecursion();
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var operand = ParseFactor();
        LeaveRecursion();
        if (operand is null)
        {
            _pos = mark;
            return null;
        }

        return new UnaryOp(op, operand, SpanFrom(start));
    }

    // power: await_primary '**' factor | await_primary
    private Expr? ParsePower()
    {
        var start = CurrentStart;
        var left = ParseAwaitPrimary();
        if (left is null || Kind != TokenKind.DoubleStar)
        {
            return left;
        }

        var mark = _pos;
        Advance();
        EnterRecursion();
        var right = ParseFactor();
        LeaveRecursion();
        if (right is null)
        {
            _pos = mark;
            return left;
        }

        return new BinOp(left, BinaryOperator.Pow, right, SpanFrom(start));
    }

    // await_primary: AWAIT primary | primary
    private Expr? ParseAwaitPrimary()
    {
        if (Kind != TokenKind.AwaitKeyword)
        {
            return ParsePrimary();
        }

        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var value = ParsePrimary();
        if (value is null)
        {
            _pos = mark;
            return null;
        }

        return new Await(value, SpanFrom(start));
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private Expr? ParseLambda()
    {
        EnterRecursion();
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var args = ParseParameters(lambda: true);
        if (args is null || !Accept(TokenKind.Colon))
        {
            _pos = mark;
            LeaveRecursion();
            return null;
        }

        var body = ParseExpression();
        LeaveRecursion();
        if (body is null)
        {
            _pos = mark;
            return null;
        }

        return new Lambda(args, body, SpanFrom(start));
    }

    // The failure of a rule after a cut (~ in the grammar): no other alternative may be tried, so the
    // whole pass fails and the generic error is reported as for any other failed pass.
    private static CutFailureException Fail() => CutFailureException.Instance;
}
