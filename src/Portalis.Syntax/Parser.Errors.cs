using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

/// <summary>Carries a syntax error out of the recursive descent to <see cref="Parser.Run"/>.</summary>
internal sealed class SyntaxErrorException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

/// <summary>A rule failed after a cut: the pass fails without trying other alternatives.</summary>
internal sealed class CutFailureException : Exception
{
    public static readonly CutFailureException Instance = new();
}

public sealed partial class Parser
{
    private int[]? _parenLevels;

    // The tokenizer's bracket nesting level at a token (CPython keeps it on each token as `level`).
    private int ParenLevel(int tokenIndex)
    {
        if (_parenLevels is null)
        {
            var levels = new int[_last + 1];
            var level = 0;
            for (var i = 0; i <= _last; i++)
            {
                var kind = _tokens[i].Kind;
                if (kind is TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace && level > 0)
                {
                    level--;
                }

                levels[i] = level;
                if (kind is TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace)
                {
                    level++;
                }
            }

            _parenLevels = levels;
        }

        return tokenIndex < 0 ? 0 : _parenLevels[tokenIndex];
    }

    // _Pypegen_set_syntax_error (Parser/pegen_errors.c): the generic error at the furthest token the
    // first pass fetched, unless the tokenizer fails somewhere in the rest of the file.
    private Diagnostic GenericError(int lastTokenIndex)
    {
        var token = _tokens[lastTokenIndex];
        if (token.Kind == TokenKind.Indent)
        {
            return new Diagnostic(DiagnosticCodes.Indentation, "IndentationError", "unexpected indent", _source, ErrorLocation(token));
        }

        if (token.Kind == TokenKind.Dedent)
        {
            return new Diagnostic(DiagnosticCodes.Indentation, "IndentationError", "unexpected unindent", _source, ErrorLocation(token));
        }

        // _PyPegen_tokenize_full_source_to_check_for_errors: a bracket left open on an earlier line
        // than the generic error replaces it.
        if (_tokenError is not null && _tokenError.Message.EndsWith("was never closed", StringComparison.Ordinal)
            && _source.GetLine(token.Span.Start) > _tokenError.Start.Line)
        {
            return _tokenError;
        }

        return new Diagnostic(DiagnosticCodes.InvalidSyntax, "SyntaxError", "invalid syntax", _source, token.Span);
    }

    private SyntaxErrorException Error(string message, TextSpan span)
        => new(new Diagnostic(DiagnosticCodes.InvalidSyntax, "SyntaxError", message, _source, span));

    private SyntaxErrorException Error(string message, int start, int end)
        => Error(message, new TextSpan(start, end));

    // RAISE_SYNTAX_ERROR without a location: the last token fetched.
    private SyntaxErrorException ErrorAtLastToken(string message) => Error(message, ErrorLocation(_tokens[_furthest]));

    private SyntaxErrorException IndentationErrorAtLastToken(string message)
        => new(new Diagnostic(DiagnosticCodes.Indentation, "IndentationError", message, _source, ErrorLocation(_tokens[_furthest])));

    // CPython's INDENT, DEDENT and ENDMARKER tokens have no column (-1); _PyPegen_raise_error then uses
    // the tokenizer's cursor, which reads as one column before the token (Parser/pegen_errors.c).
    private TextSpan ErrorLocation(Token token)
    {
        if (token.Kind is not (TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker))
        {
            return token.Span;
        }

        var at = token.Span.Start;
        if (at >= _text.Length && at > 0 && _text[at - 1] == '\n')
        {
            at--;
        }
        else
        {
            at = Math.Max(_source.GetLineStart(_source.GetLine(at)), at - 1);
        }

        return new TextSpan(at, at);
    }

    // _PyPegen_get_expr_name (Parser/pegen.c): how messages name an expression.
    private static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    // _PyPegen_get_invalid_target (Parser/action_helpers.c): the first sub-expression that cannot be
    // a target, or null when the whole expression can be one.
    private static Expr? InvalidTarget(Expr e, TargetKind kind)
    {
        switch (e)
        {
            case List list:
                return FirstInvalid(list.Elts, kind);
            case Tuple tuple:
                return FirstInvalid(tuple.Elts, kind);
            case Starred starred:
                return kind == TargetKind.Del ? e : InvalidTarget(starred.Value, kind);
            case Compare compare:
                // "for x in y in z" is read as a comparison; blame the left side when it is the target.
                if (kind == TargetKind.For)
                {
                    return compare.Ops[0] == CompareOperator.In ? InvalidTarget(compare.Left, kind) : null;
                }

                return e;
            case Name or Subscript or Attribute:
                return null;
            default:
                return e;
        }

        static Expr? FirstInvalid(IReadOnlyList<Expr> elts, TargetKind kind)
        {
            foreach (var elt in elts)
            {
                if (InvalidTarget(elt, kind) is { } bad)
                {
                    return bad;
                }
            }

            return null;
        }
    }

    // RAISE_SYNTAX_ERROR_INVALID_TARGET.
    private SyntaxErrorException InvalidTargetError(Expr e, TargetKind kind)
    {
        var bad = InvalidTarget(e, kind) ?? e;
        var verb = kind == TargetKind.Del ? "delete" : "assign to";
        return Error($"cannot {verb} {ExprName(bad)}", bad.Span);
    }

    private enum TargetKind
    {
        Star,
        Del,
        For,
    }
}
