using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // match_stmt:
    //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    //     | invalid_match_stmt
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private Stmt? ParseMatch()
    {
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var subjectStart = CurrentStart;
        Expr? subject;
        var first = ParseStarNamedExpression();
        if (first is not null && Kind == TokenKind.Comma)
        {
            subject = new Tuple(ParseStarNamedExpressions(first), ExprContext.Load, SpanFrom(subjectStart));
        }
        else
        {
            subject = first is Starred ? null : first;
        }

        if (subject is null)
        {
            _pos = mark;
            return null;
        }

        if (Kind != TokenKind.Colon)
        {
            if (_invalidPass && Kind == TokenKind.Newline)
            {
                // invalid_match_stmt: "match" subject_expr NEWLINE
                throw ErrorAtLastToken("expected ':'");
            }

            _pos = mark;
            return null;
        }

        Advance();
        if (!Accept(TokenKind.Newline))
        {
            _pos = mark;
            return null;
        }

        if (!Accept(TokenKind.Indent))
        {
            if (_invalidPass)
            {
                throw IndentationErrorAtLastToken($"expected an indented block after 'match' statement on line {_source.GetLine(start)}");
            }

            _pos = mark;
            return null;
        }

        var cases = new List<MatchCase>();
        while (IsSoftKeyword("case"))
        {
            var matchCase = ParseCaseBlock();
            if (matchCase is null)
            {
                break;
            }

            cases.Add(matchCase);
        }

        if (cases.Count == 0 || !Accept(TokenKind.Dedent))
        {
            _pos = mark;
            return null;
        }

        return new Match(subject, cases, SpanFrom(start));
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    // guard: 'if' named_expression
    private MatchCase? ParseCaseBlock()
    {
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var pattern = ParsePatterns();
        if (pattern is null)
        {
            _pos = mark;
            return null;
        }

        Expr? guard = null;
        if (Accept(TokenKind.IfKeyword))
        {
            guard = ParseNamedExpression();
            if (guard is null)
            {
                _pos = mark;
                return null;
            }
        }

        if (!ExpectColon())
        {
            _pos = mark;
            return null;
        }

        var body = ParseBlock("'case' statement", start);
        if (body is null)
        {
            _pos = mark;
            return null;
        }

        return new MatchCase(pattern, guard, body, default);
    }

    // patterns: open_sequence_pattern | pattern
    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private Pattern? ParsePatterns()
    {
        var start = CurrentStart;
        var first = ParseMaybeStarPattern();
        if (first is null)
        {
            return null;
        }

        if (Kind != TokenKind.Comma)
        {
            return first is MatchStar ? null : first;
        }

        var patterns = ParseMaybeSequenceRest(first);
        return new MatchSequence(patterns, SpanFrom(start));
    }

    private List<Pattern> ParseMaybeSequenceRest(Pattern first)
    {
        var patterns = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            var mark = _pos;
            var next = ParseMaybeStarPattern();
            if (next is null)
            {
                _pos = mark;
                break;
            }

            patterns.Add(next);
        }

        return patterns;
    }

    // maybe_star_pattern: star_pattern | pattern
    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    private Pattern? ParseMaybeStarPattern()
    {
        if (Kind != TokenKind.Star)
        {
            return ParsePattern();
        }

        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var name = AcceptName();
        if (name is null)
        {
            _pos = mark;
            return null;
        }

        return new MatchStar(name == "_" ? null : name, SpanFrom(start));
    }

    // pattern: as_pattern | or_pattern
    // as_pattern: or_pattern 'as' pattern_capture_target
    private Pattern? ParsePattern()
    {
        EnterRecursion();
        try
        {
            var start = CurrentStart;
            var pattern = ParseOrPattern();
            if (pattern is null || Kind != TokenKind.AsKeyword)
            {
                return pattern;
            }

            var mark = _pos;
            Advance();
            if (Kind == TokenKind.Name && !IsSoftKeyword("_") && PeekKind(1) is not (TokenKind.Dot or TokenKind.LeftParen or TokenKind.Equal))
            {
                var name = AcceptName()!;
                return new MatchAs(pattern, name, SpanFrom(start));
            }

            if (_invalidPass)
            {
                if (IsSoftKeyword("_"))
                {
                    throw Error("cannot use '_' as a target", CurrentSpan);
                }

                var e = ParseExpression();
                if (e is not null)
                {
                    throw Error($"invalid pattern target", e.Span);
                }
            }

            _pos = mark;
            return pattern;
        }
        finally
        {
            LeaveRecursion();
        }
    }

    // or_pattern: '|'.closed_pattern+
    private Pattern? ParseOrPattern()
    {
        var start = CurrentStart;
        var first = ParseClosedPattern();
        if (first is null || Kind != TokenKind.VerticalBar)
        {
            return first;
        }

        var patterns = new List<Pattern> { first };
        while (Kind == TokenKind.VerticalBar)
        {
            var mark = _pos;
            Advance();
            var next = ParseClosedPattern();
            if (next is null)
            {
                _pos = mark;
                break;
            }

            patterns.Add(next);
        }

        return new MatchOr(patterns, SpanFrom(start));
    }

    // closed_pattern:
    //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    private Pattern? ParseClosedPattern()
    {
        var start = CurrentStart;
        switch (Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            case TokenKind.String:
            {
                var value = ParseLiteralExpr();
                return value is null ? null : new MatchValue(value, value.Span);
            }

            case TokenKind.NoneKeyword:
            case TokenKind.TrueKeyword:
            case TokenKind.FalseKeyword:
            {
                var token = _tokens[_pos];
                Advance();
                object? constant = token.Kind == TokenKind.NoneKeyword ? null : token.Kind == TokenKind.TrueKeyword;
                return new MatchSingleton(constant, token.Span);
            }

            case TokenKind.LeftParen:
                return ParseGroupOrSequencePattern();
            case TokenKind.LeftBracket:
            {
                var mark = _pos;
                Advance();
                var patterns = new List<Pattern>();
                if (Kind != TokenKind.RightBracket)
                {
                    var first = ParseMaybeStarPattern();
                    if (first is null)
                    {
                        _pos = mark;
                        return null;
                    }

                    patterns = ParseMaybeSequenceRest(first);
                }

                if (!Accept(TokenKind.RightBracket))
                {
                    _pos = mark;
                    return null;
                }

                return new MatchSequence(patterns, SpanFrom(start));
            }

            case TokenKind.LeftBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                return ParseNamePattern();
            default:
                return null;
        }
    }

    // capture_pattern: pattern_capture_target       pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    // wildcard_pattern: "_"
    // value_pattern: attr !('.' | '(' | '=')        attr: name_or_attr '.' NAME
    // class_pattern: name_or_attr '(' [positional_patterns ','?] [keyword_patterns ','?] ')'
    private Pattern? ParseNamePattern()
    {
        var start = CurrentStart;
        var mark = _pos;
        var nameToken = _tokens[_pos];
        Expr e = new Name(NameText(nameToken), ExprContext.Load, nameToken.Span);
        Advance();
        while (Kind == TokenKind.Dot && PeekKind(1) == TokenKind.Name)
        {
            Advance();
            var attr = AcceptName()!;
            e = new Attribute(e, attr, ExprContext.Load, SpanFrom(start));
        }

        if (Kind == TokenKind.LeftParen)
        {
            return ParseClassPattern(e, start, mark);
        }

        if (e is Attribute)
        {
            return new MatchValue(e, e.Span);
        }

        var id = ((Name)e).Id;
        return id == "_" ? new MatchAs(null, null, nameToken.Span) : new MatchAs(null, id, nameToken.Span);
    }

    private Pattern? ParseClassPattern(Expr cls, int start, int mark)
    {
        Advance();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (Kind != TokenKind.RightParen)
        {
            if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                var attr = AcceptName()!;
                Advance();
                var value = ParsePattern();
                if (value is null)
                {
                    _pos = mark;
                    return null;
                }

                kwdAttrs.Add(attr);
                kwdPatterns.Add(value);
            }
            else
            {
                var patternStart = CurrentStart;
                var pattern = ParsePattern();
                if (pattern is null)
                {
                    _pos = mark;
                    return null;
                }

                if (kwdAttrs.Count > 0)
                {
                    if (_invalidPass)
                    {
                        throw Error("positional patterns follow keyword patterns", patternStart, pattern.Span.End);
                    }

                    _pos = mark;
                    return null;
                }

                patterns.Add(pattern);
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        if (!Accept(TokenKind.RightParen))
        {
            _pos = mark;
            return null;
        }

        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, SpanFrom(start));
    }

    // group_pattern: '(' pattern ')'
    // sequence_pattern: '(' open_sequence_pattern? ')'
    private Pattern? ParseGroupOrSequencePattern()
    {
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        if (Accept(TokenKind.RightParen))
        {
            return new MatchSequence([], SpanFrom(start));
        }

        var first = ParseMaybeStarPattern();
        if (first is null)
        {
            _pos = mark;
            return null;
        }

        if (Kind == TokenKind.RightParen && first is not MatchStar)
        {
            Advance();
            return first;
        }

        if (Kind != TokenKind.Comma)
        {
            _pos = mark;
            return null;
        }

        var patterns = ParseMaybeSequenceRest(first);
        if (!Accept(TokenKind.RightParen))
        {
            _pos = mark;
            return null;
        }

        return new MatchSequence(patterns, SpanFrom(start));
    }

    // mapping_pattern:
    //     | '{' '}'
    //     | '{' double_star_pattern ','? '}'
    //     | '{' items_pattern ',' double_star_pattern ','? '}'
    //     | '{' items_pattern ','? '}'
    // key_value_pattern: (literal_expr | attr) ':' pattern
    // double_star_pattern: '**' pattern_capture_target
    private Pattern? ParseMappingPattern()
    {
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (Kind != TokenKind.RightBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                // double_star_pattern: '**' pattern_capture_target, which is !"_" NAME.
                rest = IsSoftKeyword("_") ? null : AcceptName();
                if (rest is null)
                {
                    _pos = mark;
                    return null;
                }

                Accept(TokenKind.Comma);
                break;
            }

            Expr? key;
            if (Kind == TokenKind.Name)
            {
                var keyStart = CurrentStart;
                var nameToken = _tokens[_pos];
                key = new Name(NameText(nameToken), ExprContext.Load, nameToken.Span);
                Advance();
                if (Kind != TokenKind.Dot)
                {
                    _pos = mark;
                    return null;
                }

                while (Kind == TokenKind.Dot && PeekKind(1) == TokenKind.Name)
                {
                    Advance();
                    key = new Attribute(key, AcceptName()!, ExprContext.Load, SpanFrom(keyStart));
                }
            }
            else if (Kind is TokenKind.NoneKeyword or TokenKind.TrueKeyword or TokenKind.FalseKeyword)
            {
                var token = _tokens[_pos];
                Advance();
                key = new Constant(token.Kind == TokenKind.NoneKeyword ? null : token.Kind == TokenKind.TrueKeyword, null, token.Span);
            }
            else
            {
                key = ParseLiteralExpr();
            }

            if (key is null || !Accept(TokenKind.Colon))
            {
                _pos = mark;
                return null;
            }

            var value = ParsePattern();
            if (value is null)
            {
                _pos = mark;
                return null;
            }

            keys.Add(key);
            patterns.Add(value);
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        if (!Accept(TokenKind.RightBrace))
        {
            _pos = mark;
            return null;
        }

        return new MatchMapping(keys, patterns, rest, SpanFrom(start));
    }

    // literal_expr (without None/True/False):
    //     | signed_number !('+' | '-') | complex_number | strings
    // signed_number: NUMBER | '-' NUMBER
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    private Expr? ParseLiteralExpr()
    {
        if (Kind == TokenKind.String)
        {
            return ParseStrings();
        }

        var start = CurrentStart;
        var mark = _pos;
        var negative = Accept(TokenKind.Minus);
        if (Kind != TokenKind.Number)
        {
            _pos = mark;
            return null;
        }

        var token = _tokens[_pos];
        Advance();
        Expr number = new Constant(Literals.NumberLiteralParser.Parse(_text.AsSpan(token.Span.Start, token.Span.Length)), null, token.Span);
        if (negative)
        {
            number = new UnaryOp(UnaryOperator.USub, number, SpanFrom(start));
        }

        if (Kind is TokenKind.Plus or TokenKind.Minus && PeekKind(1) == TokenKind.Number)
        {
            var op = Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Sub;
            Advance();
            var imagToken = _tokens[_pos];
            Advance();
            var imag = new Constant(Literals.NumberLiteralParser.Parse(_text.AsSpan(imagToken.Span.Start, imagToken.Span.Length)), null, imagToken.Span);
            return new BinOp(number, op, imag, SpanFrom(start));
        }

        return number;
    }
}
