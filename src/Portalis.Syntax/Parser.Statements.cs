using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // statements: statement+
    // statement: compound_stmt | simple_stmts
    private List<Stmt> ParseStatements()
    {
        var body = new List<Stmt>();
        while (Kind is not (TokenKind.EndMarker or TokenKind.Dedent or TokenKind.Error))
        {
            if (!ParseStatement(body))
            {
                break;
            }
        }

        return body;
    }

    private bool ParseStatement(List<Stmt> body)
    {
        var mark = _pos;
        var compound = ParseCompoundStatement();
        if (compound is not null)
        {
            body.Add(compound);
            return true;
        }

        _pos = mark;

        return ParseSimpleStatements(body);
    }

    // simple_stmts:
    //     | simple_stmt !';' NEWLINE
    //     | ';'.simple_stmt+ [';'] NEWLINE
    private bool ParseSimpleStatements(List<Stmt> body)
    {
        var mark = _pos;
        var count = body.Count;
        while (true)
        {
            var stmt = ParseSimpleStatement();
            if (stmt is null)
            {
                break;
            }

            body.Add(stmt);
            if (!Accept(TokenKind.Semicolon))
            {
                break;
            }

            if (Kind == TokenKind.Newline)
            {
                break;
            }
        }

        if (body.Count > count && Accept(TokenKind.Newline))
        {
            return true;
        }

        body.RemoveRange(count, body.Count - count);
        _pos = mark;
        return false;
    }

    // simple_stmt:
    //     | assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
    //     | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
    //     | 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt
    private Stmt? ParseSimpleStatement()
    {
        var token = _tokens[_pos];
        var start = token.Span.Start;
        switch (token.Kind)
        {
            case TokenKind.PassKeyword:
                Advance();
                return new Pass(token.Span);
            case TokenKind.BreakKeyword:
                Advance();
                return new Break(token.Span);
            case TokenKind.ContinueKeyword:
                Advance();
                return new Continue(token.Span);
            case TokenKind.ReturnKeyword:
            {
                Advance();
                var mark = _pos;
                var value = ParseStarExpressions();
                if (value is null)
                {
                    _pos = mark;
                }

                return new Return(value, SpanFrom(start));
            }

            case TokenKind.ImportKeyword:
                return ParseImportName();
            case TokenKind.FromKeyword:
                return ParseImportFrom();
            case TokenKind.RaiseKeyword:
                return ParseRaise();
            case TokenKind.DelKeyword:
                return ParseDel();
            case TokenKind.YieldKeyword:
            {
                var mark = _pos;
                var yield = ParseYieldExpression();
                if (Kind is TokenKind.Equal)
                {
                    if (_invalidPass)
                    {
                        // invalid_assignment: (star_targets '=')* a=yield_expr '='
                        throw Error("assignment to yield expression not possible", yield.Span);
                    }

                    _pos = mark;
                    return null;
                }

                return new ExprStmt(yield, SpanFrom(start));
            }

            case TokenKind.AssertKeyword:
            {
                Advance();
                var test = ParseExpression();
                if (test is null)
                {
                    return null;
                }

                Expr? msg = null;
                if (Accept(TokenKind.Comma))
                {
                    msg = ParseExpression();
                    if (msg is null)
                    {
                        return null;
                    }
                }

                return new Assert(test, msg, SpanFrom(start));
            }

            case TokenKind.GlobalKeyword:
            case TokenKind.NonlocalKeyword:
            {
                Advance();
                var names = new List<string>();
                do
                {
                    var name = AcceptName();
                    if (name is null)
                    {
                        return null;
                    }

                    names.Add(name);
                }
                while (Accept(TokenKind.Comma));

                return token.Kind == TokenKind.GlobalKeyword ? new Global(names, SpanFrom(start)) : new Nonlocal(names, SpanFrom(start));
            }

            default:
                return ParseExpressionStatement();
        }
    }

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    //     | single_target augassign ~ (yield_expr | star_expressions)
    //     | invalid_assignment
    // star_expressions (as an Expr statement)
    //
    // The left side is read as star_expressions and then turned into targets once the token after it
    // shows which alternative applies.
    private Stmt? ParseExpressionStatement()
    {
        var start = CurrentStart;
        var startToken = _pos;
        var first = ParseStarExpressions();
        if (first is null)
        {
            return null;
        }

        switch (Kind)
        {
            case TokenKind.Colon:
                return ParseAnnotatedAssignment(first, start, startToken);
            case TokenKind.Equal:
                return ParseAssignment(first, start);
            case TokenKind.PlusEqual: return ParseAugmentedAssignment(first, BinaryOperator.Add, start);
            case TokenKind.MinusEqual: return ParseAugmentedAssignment(first, BinaryOperator.Sub, start);
            case TokenKind.StarEqual: return ParseAugmentedAssignment(first, BinaryOperator.Mult, start);
            case TokenKind.AtEqual: return ParseAugmentedAssignment(first, BinaryOperator.MatMult, start);
            case TokenKind.SlashEqual: return ParseAugmentedAssignment(first, BinaryOperator.Div, start);
            case TokenKind.PercentEqual: return ParseAugmentedAssignment(first, BinaryOperator.Mod, start);
            case TokenKind.AmpersandEqual: return ParseAugmentedAssignment(first, BinaryOperator.BitAnd, start);
            case TokenKind.VerticalBarEqual: return ParseAugmentedAssignment(first, BinaryOperator.BitOr, start);
            case TokenKind.CaretEqual: return ParseAugmentedAssignment(first, BinaryOperator.BitXor, start);
            case TokenKind.LeftShiftEqual: return ParseAugmentedAssignment(first, BinaryOperator.LShift, start);
            case TokenKind.RightShiftEqual: return ParseAugmentedAssignment(first, BinaryOperator.RShift, start);
            case TokenKind.DoubleStarEqual: return ParseAugmentedAssignment(first, BinaryOperator.Pow, start);
            case TokenKind.DoubleSlashEqual: return ParseAugmentedAssignment(first, BinaryOperator.FloorDiv, start);
            case TokenKind.ColonEqual when _invalidPass && first is not Name:
                // invalid_named_expression: a=expression ':=' expression
                throw Error($"cannot use assignment expressions with {ExprName(first)}", first.Span);
            default:
                if (_invalidPass && first is Name && Kind is not (TokenKind.Newline or TokenKind.Semicolon))
                {
                    CheckInvalidExpression(first);
                }

                return new ExprStmt(first, SpanFrom(start));
        }
    }

    private Stmt? ParseAnnotatedAssignment(Expr first, int start, int startToken)
    {
        var parenthesized = _tokens[startToken].Kind == TokenKind.LeftParen;
        Expr? target = first switch
        {
            Name or Attribute or Subscript => ToTarget(first, ExprContext.Store),
            _ => null,
        };
        if (target is null)
        {
            if (_invalidPass && IsFollowedByAnnotation())
            {
                // invalid_ann_assign_target / invalid_assignment
                throw first switch
                {
                    Tuple => Error("only single target (not tuple) can be annotated", first.Span),
                    List => Error("only single target (not list) can be annotated", first.Span),
                    _ => Error("illegal target for annotation", first.Span),
                };
            }

            return null;
        }

        Advance();
        var annotation = ParseExpression();
        if (annotation is null)
        {
            return null;
        }

        Expr? value = null;
        if (Accept(TokenKind.Equal))
        {
            value = ParseAnnotatedRhs();
            if (value is null)
            {
                return null;
            }
        }

        var simple = first is Name && !parenthesized ? 1 : 0;
        return new AnnAssign(target, annotation, value, simple, SpanFrom(start));
    }

    // The invalid_assignment alternatives for annotations need `':' expression` to follow.
    private bool IsFollowedByAnnotation()
    {
        var mark = _pos;
        Advance();
        var saved = _suppressInvalid;
        _suppressInvalid = true;
        try
        {
            return ParseExpression() is not null;
        }
        catch (SyntaxErrorException)
        {
            return false;
        }
        finally
        {
            _suppressInvalid = saved;
            _pos = mark;
        }
    }

    // annotated_rhs: yield_expr | star_expressions
    private Expr? ParseAnnotatedRhs()
        => Kind == TokenKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();

    private Stmt? ParseAssignment(Expr first, int start)
    {
        var targets = new List<Expr>();
        var value = first;
        while (Kind == TokenKind.Equal)
        {
            var target = ToTarget(value, ExprContext.Store);
            if (target is null)
            {
                if (_invalidPass)
                {
                    // invalid_assignment: (star_targets '=')* a=star_expressions '='
                    if (value is Yield or YieldFrom)
                    {
                        throw Error("assignment to yield expression not possible", value.Span);
                    }

                    var bad = InvalidTarget(value, TargetKind.Star) ?? value;
                    if (targets.Count == 0 && value == bad && value is not (Tuple or List or GeneratorExp or Constant { Value: null or bool }) && IsBitwiseOrLevel(value) && value is not (Lambda or Starred))
                    {
                        throw Error($"cannot assign to {ExprName(bad)} here. Maybe you meant '==' instead of '='?", bad.Span);
                    }

                    throw InvalidTargetError(value, TargetKind.Star);
                }

                return null;
            }

            targets.Add(target);
            Advance();
            value = ParseAnnotatedRhs();
            if (value is null)
            {
                return null;
            }
        }

        return new Assign(targets, value, null, SpanFrom(start));
    }

    // augassign: '+=' | '-=' | ... ; single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    private Stmt? ParseAugmentedAssignment(Expr first, BinaryOperator op, int start)
    {
        if (first is not (Name or Attribute or Subscript))
        {
            if (_invalidPass)
            {
                // invalid_ann_assign / invalid_aug_assign
                throw Error($"'{ExprName(first)}' is an illegal expression for augmented assignment", first.Span);
            }

            return null;
        }

        var target = ToTarget(first, ExprContext.Store)!;
        Advance();
        var value = ParseAnnotatedRhs() ?? throw Fail();
        return new AugAssign(target, op, value, SpanFrom(start));
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private Stmt? ParseRaise()
    {
        var start = CurrentStart;
        Advance();
        if (!StartsExpression(Kind))
        {
            return new Raise(null, null, SpanFrom(start));
        }

        var exc = ParseExpression();
        if (exc is null)
        {
            return new Raise(null, null, SpanFrom(start));
        }

        Expr? cause = null;
        if (Accept(TokenKind.FromKeyword))
        {
            cause = ParseExpression();
            if (cause is null)
            {
                return null;
            }
        }

        return new Raise(exc, cause, SpanFrom(start));
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    private Stmt? ParseDel()
    {
        var start = CurrentStart;
        var mark = _pos;
        Advance();
        var targets = ParseDelTargets();
        if (targets is not null && Kind is TokenKind.Semicolon or TokenKind.Newline)
        {
            return new Delete(targets, SpanFrom(start));
        }

        if (_invalidPass)
        {
            // invalid_del_stmt: 'del' a=star_expressions
            _pos = mark + 1;
            var e = ParseStarExpressionsNoCheck();
            if (e is not null && InvalidTarget(e, TargetKind.Del) is { } bad)
            {
                throw InvalidTargetError(bad, TargetKind.Del);
            }
        }

        _pos = mark;
        return null;
    }

    // import_name: 'import' dotted_as_names
    // dotted_as_name: dotted_name ['as' NAME]
    private Stmt? ParseImportName()
    {
        var start = CurrentStart;
        Advance();
        var names = new List<Alias>();
        do
        {
            var aliasStart = CurrentStart;
            var name = ParseDottedName();
            if (name is null)
            {
                return null;
            }

            string? asName = null;
            if (Accept(TokenKind.AsKeyword))
            {
                asName = AcceptName();
                if (asName is null)
                {
                    return null;
                }
            }

            names.Add(new Alias(name, asName, SpanFrom(aliasStart)));
        }
        while (Accept(TokenKind.Comma));

        return new Import(names, SpanFrom(start));
    }

    // dotted_name: dotted_name '.' NAME | NAME
    private string? ParseDottedName()
    {
        var first = AcceptName();
        if (first is null || Kind != TokenKind.Dot)
        {
            return first;
        }

        var builder = new System.Text.StringBuilder(first);
        while (Kind == TokenKind.Dot && PeekKind(1) == TokenKind.Name)
        {
            Advance();
            builder.Append('.').Append(AcceptName());
        }

        return _names.Get(builder.ToString());
    }

    // import_from:
    //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    private Stmt? ParseImportFrom()
    {
        var start = CurrentStart;
        Advance();
        var level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                level++;
            }
            else if (Accept(TokenKind.Ellipsis))
            {
                level += 3;
            }
            else
            {
                break;
            }
        }

        string? module = null;
        if (Kind == TokenKind.Name)
        {
            module = ParseDottedName();
        }
        else if (level == 0)
        {
            return null;
        }

        if (!Accept(TokenKind.ImportKeyword))
        {
            return null;
        }

        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            names.Add(new Alias("*", null, CurrentSpan));
            Advance();
            return new ImportFrom(module, names, level, SpanFrom(start));
        }

        var parenthesized = Accept(TokenKind.LeftParen);
        while (true)
        {
            var aliasStart = CurrentStart;
            var name = AcceptName();
            if (name is null)
            {
                break;
            }

            string? asName = null;
            if (Accept(TokenKind.AsKeyword))
            {
                asName = AcceptName();
                if (asName is null)
                {
                    return null;
                }
            }

            names.Add(new Alias(name, asName, SpanFrom(aliasStart)));
            if (!Accept(TokenKind.Comma))
            {
                break;
            }

            if (Kind == TokenKind.Name)
            {
                continue;
            }

            if (!parenthesized)
            {
                if (_invalidPass && Kind == TokenKind.Newline)
                {
                    // invalid_import_from_targets: import_from_as_names ',' NEWLINE
                    throw ErrorAtLastToken("trailing comma not allowed without surrounding parentheses");
                }

                return null;
            }

            break;
        }

        if (names.Count == 0 || (parenthesized && !Accept(TokenKind.RightParen)))
        {
            return null;
        }

        return new ImportFrom(module, names, level, SpanFrom(start));
    }
}
