using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Literals;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // primary:
    //     | primary '.' NAME
    //     | primary genexp
    //     | primary '(' [arguments] ')'
    //     | primary '[' slices ']'
    //     | atom
    private Expr? ParsePrimary()
    {
        var start = CurrentStart;
        var e = ParseAtom();
        if (e is null)
        {
            return null;
        }

        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                {
                    if (PeekKind(1) != TokenKind.Name)
                    {
                        return e;
                    }

                    Advance();
                    var attr = NameText(_tokens[_pos]);
                    Advance();
                    e = new Attribute(e, attr, ExprContext.Load, SpanFrom(start));
                    break;
                }

                case TokenKind.LeftParen:
                {
                    var call = ParseCall(e, start);
                    if (call is null)
                    {
                        return e;
                    }

                    e = call;
                    break;
                }

                case TokenKind.LeftBracket:
                {
                    var mark = _pos;
                    Advance();
                    var slice = ParseSlices();
                    if (slice is null || !Accept(TokenKind.RightBracket))
                    {
                        _pos = mark;
                        return e;
                    }

                    e = new Subscript(e, slice, ExprContext.Load, SpanFrom(start));
                    break;
                }

                default:
                    return e;
            }
        }
    }

    // slices:
    //     | slice !','
    //     | ','.(slice | starred_expression)+ [',']
    private Expr? ParseSlices()
    {
        var start = CurrentStart;
        var first = ParseSliceOrStarred();
        if (first is null)
        {
            return null;
        }

        if (Kind != TokenKind.Comma && first is not Starred)
        {
            return first;
        }

        var elts = ParseCommaTail(first, static parser => parser.ParseSliceOrStarred());

        return new Tuple(elts, ExprContext.Load, SpanFrom(start));
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    // starred_expression: '*' expression
    private Expr? ParseSliceOrStarred()
    {
        var start = CurrentStart;
        if (Kind == TokenKind.Star)
        {
            var mark = _pos;
            Advance();
            var value = ParseExpression();
            if (value is null)
            {
                _pos = mark;
                return null;
            }

            return new Starred(value, ExprContext.Load, SpanFrom(start));
        }

        Expr? lower = null;
        if (Kind != TokenKind.Colon)
        {
            var markBefore = _pos;
            lower = ParseExpression();
            if (lower is null)
            {
                _pos = markBefore;
                return null;
            }

            if (Kind != TokenKind.Colon)
            {
                // Not a slice: re-read it as a named_expression (it may be NAME ':=' ...).
                if (Kind == TokenKind.ColonEqual || (_invalidPass && Kind == TokenKind.Equal))
                {
                    _pos = markBefore;
                    return ParseNamedExpression();
                }

                return lower;
            }
        }

        Advance();
        Expr? upper = null;
        Expr? step = null;
        if (Kind is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RightBracket))
        {
            upper = ParseExpression();
        }

        if (Accept(TokenKind.Colon))
        {
            if (Kind is not (TokenKind.Comma or TokenKind.RightBracket))
            {
                step = ParseExpression();
            }
        }

        return new Slice(lower, upper, step, SpanFrom(start));
    }

    // atom:
    //     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
    //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp)
    //     | '...'
    private Expr? ParseAtom()
    {
        var token = _tokens[_pos];
        switch (token.Kind)
        {
            case TokenKind.Name:
                Advance();
                return new Name(NameText(token), ExprContext.Load, token.Span);
            case TokenKind.Number:
                Advance();
                return new Constant(NumberLiteralParser.Parse(_text.AsSpan(token.Span.Start, token.Span.Length)), null, token.Span);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.TrueKeyword:
                Advance();
                return new Constant(true, null, token.Span);
            case TokenKind.FalseKeyword:
                Advance();
                return new Constant(false, null, token.Span);
            case TokenKind.NoneKeyword:
                Advance();
                return new Constant(null, null, token.Span);
            case TokenKind.Ellipsis:
                Advance();
                return new Constant(EllipsisValue.Instance, null, token.Span);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseBraceDisplay();
            default:
                return null;
        }
    }

    // strings: STRING+
    private Expr ParseStrings()
    {
        var first = _pos;
        while (Kind == TokenKind.String)
        {
            Advance();
        }

        return StringConcatenation(first, _pos);
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
    private Expr? ParseParenthesized()
    {
        EnterRecursion();
        try
        {
            var start = CurrentStart;
            var mark = _pos;
            Advance();
            if (Accept(TokenKind.RightParen))
            {
                return new Tuple([], ExprContext.Load, SpanFrom(start));
            }

            if (Kind == TokenKind.YieldKeyword)
            {
                var yield = ParseYieldExpression();
                if (Accept(TokenKind.RightParen))
                {
                    return yield;
                }

                _pos = mark;
                return null;
            }

            var first = ParseStarNamedExpression();
            if (first is null)
            {
                _pos = mark;
                return null;
            }

            if (Kind == TokenKind.Comma)
            {
                var elts = ParseStarNamedExpressions(first);
                if (!Accept(TokenKind.RightParen))
                {
                    _pos = mark;
                    return null;
                }

                return new Tuple(elts, ExprContext.Load, SpanFrom(start));
            }

            if (_invalidPass && first is Starred && Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword)
            {
                CheckInvalidComprehension(first);
            }

            if (Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword && first is not Starred)
            {
                var generators = ParseForIfClauses();
                if (generators is null || !Accept(TokenKind.RightParen))
                {
                    _pos = mark;
                    return null;
                }

                return new GeneratorExp(first, generators, SpanFrom(start));
            }

            if (!Accept(TokenKind.RightParen))
            {
                _pos = mark;
                return null;
            }

            if (first is Starred)
            {
                if (_invalidPass)
                {
                    // invalid_group: '(' starred_expression ')'
                    throw Error("cannot use starred expression here", first.Span);
                }

                _pos = mark;
                return null;
            }

            return first;
        }
        finally
        {
            LeaveRecursion();
        }
    }

    // list: '[' [star_named_expressions] ']'
    // listcomp: '[' named_expression for_if_clauses ']'
    private Expr? ParseListDisplay()
    {
        EnterRecursion();
        try
        {
            var start = CurrentStart;
            var mark = _pos;
            Advance();
            if (Accept(TokenKind.RightBracket))
            {
                return new List([], ExprContext.Load, SpanFrom(start));
            }

            var first = ParseStarNamedExpression();
            if (first is null)
            {
                _pos = mark;
                return null;
            }

            CheckInvalidComprehension(first);
            if (Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword && first is not Starred)
            {
                var generators = ParseForIfClauses();
                if (generators is null || !Accept(TokenKind.RightBracket))
                {
                    _pos = mark;
                    return null;
                }

                return new ListComp(first, generators, SpanFrom(start));
            }

            var elts = ParseStarNamedExpressions(first);
            if (!Accept(TokenKind.RightBracket))
            {
                _pos = mark;
                return null;
            }

            return new List(elts, ExprContext.Load, SpanFrom(start));
        }
        finally
        {
            LeaveRecursion();
        }
    }

    // dict: '{' [double_starred_kvpairs] '}'
    // set: '{' star_named_expressions '}'
    // dictcomp: '{' kvpair for_if_clauses '}'
    // setcomp: '{' named_expression for_if_clauses '}'
    // double_starred_kvpair: '**' bitwise_or | kvpair
    // kvpair: expression ':' expression
    private Expr? ParseBraceDisplay()
    {
        EnterRecursion();
        try
        {
            var start = CurrentStart;
            var mark = _pos;
            Advance();
            if (Accept(TokenKind.RightBrace))
            {
                return new Dict([], [], SpanFrom(start));
            }

            if (Kind == TokenKind.DoubleStar)
            {
                if (_invalidPass)
                {
                    // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
                    var starMark = _pos;
                    var starSpan = CurrentSpan;
                    Advance();
                    if (ParseBitwiseOr() is not null && Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword && ParseForIfClauses() is not null && Kind == TokenKind.RightBrace)
                    {
                        throw Error("dict unpacking cannot be used in dict comprehension", starSpan);
                    }

                    _pos = starMark;
                }

                return ParseDictRest(start, mark, null, null);
            }

            var bareWalrus = Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual;
            var first = ParseStarNamedExpression();
            if (first is null)
            {
                _pos = mark;
                return null;
            }

            if (Kind == TokenKind.Colon && first is not Starred && !bareWalrus)
            {
                Advance();
                CheckInvalidDictValue();
                var value = ParseExpression();
                if (value is null)
                {
                    _pos = mark;
                    return null;
                }

                if (Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword)
                {
                    var generators = ParseForIfClauses();
                    if (generators is null || !Accept(TokenKind.RightBrace))
                    {
                        _pos = mark;
                        return null;
                    }

                    return new DictComp(first, value, generators, SpanFrom(start));
                }

                return ParseDictRest(start, mark, first, value);
            }

            CheckInvalidComprehension(first);

            if (Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword && first is not Starred)
            {
                var generators = ParseForIfClauses();
                if (generators is null || !Accept(TokenKind.RightBrace))
                {
                    _pos = mark;
                    return null;
                }

                return new SetComp(first, generators, SpanFrom(start));
            }

            var elts = ParseStarNamedExpressions(first);
            if (!Accept(TokenKind.RightBrace))
            {
                _pos = mark;
                return null;
            }

            return new Set(elts, SpanFrom(start));
        }
        finally
        {
            LeaveRecursion();
        }
    }

    // invalid_comprehension:
    //     | ('[' | '(' | '{') a=starred_expression for_if_clauses
    //     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
    //     | ('[' | '{') a=star_named_expression b=',' for_if_clauses
    private void CheckInvalidComprehension(Expr first)
    {
        if (!_invalidPass || _suppressInvalid)
        {
            return;
        }

        if (first is Starred && Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword)
        {
            var mark = _pos;
            if (ParseForIfClauses() is not null)
            {
                throw Error("iterable unpacking cannot be used in comprehension", first.Span);
            }

            _pos = mark;
            return;
        }

        if (Kind == TokenKind.Comma)
        {
            var mark = _pos;
            var elts = ParseStarNamedExpressions(first);
            if (Kind is TokenKind.ForKeyword or TokenKind.AsyncKeyword && ParseForIfClauses() is not null)
            {
                var end = elts.Count > 1 ? elts[^1].Span.End : _tokens[mark].Span.End;
                throw Error("did you forget parentheses around the comprehension target?", first.Span.Start, end);
            }

            _pos = mark;
        }
    }

    // invalid_kvpair / invalid_double_starred_kvpairs, after the ':' of a key:
    //     | expression ':' a='*' bitwise_or { "cannot use a starred expression in a dictionary value" }
    //     | expression ':' &('}'|',') { "expression expected after dictionary key and ':'" }
    private void CheckInvalidDictValue()
    {
        if (!_invalidPass || _suppressInvalid)
        {
            return;
        }

        if (Kind == TokenKind.Star)
        {
            var mark = _pos;
            var start = CurrentStart;
            Advance();
            if (ParseBitwiseOr() is not null)
            {
                throw Error("cannot use a starred expression in a dictionary value", start, LastEnd());
            }

            _pos = mark;
        }
        else if (Kind is TokenKind.RightBrace or TokenKind.Comma)
        {
            throw Error("expression expected after dictionary key and ':'", _tokens[_pos - 1].Span);
        }
    }

    private Expr? ParseDictRest(int start, int mark, Expr? firstKey, Expr? firstValue)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        var needComma = false;
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            needComma = true;
        }

        while (true)
        {
            if (needComma)
            {
                if (!Accept(TokenKind.Comma))
                {
                    break;
                }

                if (Kind == TokenKind.RightBrace)
                {
                    break;
                }
            }

            needComma = true;
            if (Accept(TokenKind.DoubleStar))
            {
                var value = ParseBitwiseOr();
                if (value is null)
                {
                    _pos = mark;
                    return null;
                }

                keys.Add(null);
                values.Add(value);
                continue;
            }

            Expr? key;
            var savedSuppress = _suppressInvalid;
            _suppressInvalid = true;
            try
            {
                key = ParseExpression();
            }
            finally
            {
                _suppressInvalid = savedSuppress;
            }

            if (key is not null && Kind != TokenKind.Colon && _invalidPass && !_suppressInvalid)
            {
                // invalid_kvpair: a=expression !(':')
                throw Error("':' expected after dictionary key", key.Span.End - 1, key.Span.End);
            }

            if (key is null || !Accept(TokenKind.Colon))
            {
                _pos = mark;
                return null;
            }

            CheckInvalidDictValue();
            var v = ParseExpression();
            if (v is null)
            {
                _pos = mark;
                return null;
            }

            keys.Add(key);
            values.Add(v);
        }

        if (!Accept(TokenKind.RightBrace))
        {
            _pos = mark;
            return null;
        }

        return new Dict(keys, values, SpanFrom(start));
    }
}
