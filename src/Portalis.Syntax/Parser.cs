// A hand-written recursive-descent parser for CPython 3.11's PEG grammar (Grammar/python.gram at
// tag v3.11.7; the grammar rules are quoted above the Parse* methods that implement them).
//
// How it follows CPython (Parser/pegen.c, Parser/pegen_errors.c):
// - Each Parse* method either matches and returns a node, or restores the cursor and returns null
//   (PEG ordered choice with backtracking). Left-recursive rules (binary operators, primary) are loops.
// - Two passes: the first without the invalid_* rules; when it fails, a second pass runs with them
//   (_invalidPass) so that the first invalid_* rule reached raises CPython's specific message. When the
//   second pass finds nothing specific, the generic "invalid syntax" points at the furthest token the
//   first pass fetched (_PyPegen_run_parser and _Pypegen_set_syntax_error).
// - Tokenizer errors surface when the parser fetches the Error token, as in _PyPegen_fill_token.
// - Node spans run from the first token of the rule to the last non-whitespace token consumed
//   (the EXTRA macro and _PyPegen_get_last_nonnwhitespace_token).
using System.Runtime.CompilerServices;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

/// <summary>Parses Python 3.11 source into CPython's <c>ast</c> tree (what <c>ast.parse</c> returns).</summary>
public sealed partial class Parser
{
    // Nesting of expression rules beyond which the parser gives up cleanly (CPython's parser stops at
    // MAXSTACK rule calls with a MemoryError; its tokenizer stops at 200 nested parentheses).
    private const int MaxDepth = 1500;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly int _last;
    private readonly Diagnostic? _tokenError;
    private readonly bool _invalidPass;
    private readonly NameTable _names;
    private int _pos;
    private int _furthest = -1;
    private int _depth;
    private int _lastFetched = -1;
    private bool _suppressInvalid;

    private Parser(SourceText source, Token[] tokens, int count, Diagnostic? tokenError, bool invalidPass, NameTable names)
    {
        _source = source;
        _text = source.Text;
        _tokens = tokens;
        _last = count - 1;
        _tokenError = tokenError;
        _invalidPass = invalidPass;
        _names = names;
    }

    /// <summary>Parses a whole file, as <c>ast.parse(source)</c> (mode <c>exec</c>) does.</summary>
    public static ParseResult ParseModule(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokens = Tokenizer.Tokenize(source);
        return Run(tokens, static p => p.ParseFile(), expression: false);
    }

    /// <summary>Parses one expression, as <c>ast.parse(source, mode="eval")</c> does.</summary>
    public static ParseResult ParseExpression(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokens = Tokenizer.Tokenize(source);
        return Run(tokens, static p => p.ParseEval(), expression: true);
    }

    internal static ParseResult Run(SourceText source, Token[] tokens, int count, Diagnostic? tokenError, Func<Parser, Mod?> start, bool expression)
        => Run(source, tokens, count, tokenError, tokenErrorWins: false, start, expression);

    private static ParseResult Run(TokenizeResult tokens, Func<Parser, Mod?> start, bool expression)
        => Run(tokens.Source, tokens.Tokens, tokens.Count, tokens.Error, tokens.ErrorTakesPrecedence, start, expression);

    // _PyPegen_run_parser (Parser/pegen.c).
    private static ParseResult Run(SourceText source, Token[] tokens, int count, Diagnostic? tokenError, bool tokenErrorWins, Func<Parser, Mod?> start, bool expression)
    {
        var names = new NameTable();
        var first = new Parser(source, tokens, count, tokenError, invalidPass: false, names);
        Diagnostic error;
        try
        {
            var tree = start(first);
            if (tree is not null)
            {
                return expression ? new ParseResult(null, (Expression)tree, []) : new ParseResult((Module)tree, null, []);
            }

            error = SecondPass(first, start);
        }
        catch (SyntaxErrorException e)
        {
            error = e.Diagnostic;
        }
        catch (CutFailureException)
        {
            error = SecondPass(first, start);
        }
        catch (InsufficientExecutionStackException)
        {
            error = TooDeep(source);
        }

        // After a parser error CPython tokenizes the rest of the file, and an error its tokenizer
        // raises replaces the parser's; so does a bracket left open on an earlier line than the
        // parser's error (_PyPegen_tokenize_full_source_to_check_for_errors).
        if (tokenError is not null && !ReferenceEquals(error, tokenError) && error.Code is not (DiagnosticCodes.TooDeep or DiagnosticCodes.Indentation)
            && (tokenErrorWins
                || (tokenError.Message.EndsWith("was never closed", StringComparison.Ordinal)
                    && source.GetLine(first._tokens[Math.Max(Math.Max(first._furthest, first._lastFetched), 0)].Span.Start) > tokenError.Start.Line)))
        {
            error = tokenError;
        }

        return new ParseResult(null, null, [error]);
    }

    private static Diagnostic SecondPass(Parser first, Func<Parser, Mod?> start)
    {
        try
        {
            // The second pass shares the first pass's fetched tokens (p->fill in CPython): errors raised
            // without a location point at the furthest token either pass fetched.
            var second = new Parser(first._source, first._tokens, first._last + 1, first._tokenError, invalidPass: true, first._names)
            {
                _furthest = first._furthest,
            };
            try
            {
                start(second);
            }
            finally
            {
                // The furthest token fetched by either pass decides whether an unclosed bracket wins.
                first._lastFetched = second._furthest;
            }

            return first.GenericError(Math.Max(first._furthest, 0));
        }
        catch (CutFailureException)
        {
            return first.GenericError(Math.Max(first._furthest, 0));
        }
        catch (SyntaxErrorException e)
        {
            return e.Diagnostic;
        }
        catch (InsufficientExecutionStackException)
        {
            return TooDeep(first._source);
        }
    }

    private static Diagnostic TooDeep(SourceText source)
        => new(DiagnosticCodes.TooDeep, "SyntaxError", "too complex: nesting too deep", source, default);

    // file: [statements] ENDMARKER
    private Module? ParseFile()
    {
        Touch(0);
        var body = ParseStatements();
        if (Kind != TokenKind.EndMarker)
        {
            return null;
        }

        return new Module(body, [], default);
    }

    // eval: expressions NEWLINE* ENDMARKER
    private Expression? ParseEval()
    {
        Touch(0);
        var body = ParseExpressions();
        if (body is null)
        {
            return null;
        }

        while (Kind == TokenKind.Newline)
        {
            Advance();
        }

        return Kind == TokenKind.EndMarker ? new Expression(body, default) : null;
    }

    // ---- token cursor ----

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens[_pos].Kind;
    }

    private TextSpan CurrentSpan => _tokens[_pos].Span;

    private int CurrentStart => _tokens[_pos].Span.Start;

    private TokenKind PeekKind(int ahead)
    {
        var index = Math.Min(_pos + ahead, _last);
        Touch(index);
        return _tokens[index].Kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        if (_pos < _last)
        {
            _pos++;
            if (_pos > _furthest)
            {
                Touch(_pos);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Accept(TokenKind kind)
    {
        if (_tokens[_pos].Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    // Fetching a token: the first time the parser looks at the tokenizer's Error token, the
    // tokenizer's error is raised (Parser/pegen.c, _PyPegen_fill_token / tokenizer_error).
    private void Touch(int index)
    {
        if (index > _furthest)
        {
            _furthest = index;
            if (_tokens[index].Kind == TokenKind.Error)
            {
                throw new SyntaxErrorException(_tokenError
                    ?? new Diagnostic(DiagnosticCodes.InvalidToken, "SyntaxError", "invalid token", _source, _tokens[index].Span));
            }
        }
    }

    // The end of the last token consumed that is not NEWLINE, INDENT or DEDENT
    // (Parser/pegen.c, _PyPegen_get_last_nonnwhitespace_token).
    private int LastEnd()
    {
        var i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
        {
            i--;
        }

        return i >= 0 ? _tokens[i].Span.End : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TextSpan SpanFrom(int start) => new(start, LastEnd());

    private bool IsSoftKeyword(string keyword)
    {
        var token = _tokens[_pos];
        return token.Kind == TokenKind.Name && _text.AsSpan(token.Span.Start, token.Span.Length).SequenceEqual(keyword);
    }

    private string TokenText(Token token) => _text.Substring(token.Span.Start, token.Span.Length);

    // NAME: the identifier, NFKC-normalized when it is not ASCII (Parser/pegen.c, _PyPegen_new_identifier).
    private string NameText(Token token) => _names.Get(_text.AsSpan(token.Span.Start, token.Span.Length));

    private string? AcceptName()
    {
        if (Kind != TokenKind.Name)
        {
            return null;
        }

        var name = NameText(_tokens[_pos]);
        Advance();
        return name;
    }

    private void EnterRecursion()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new SyntaxErrorException(new Diagnostic(
                DiagnosticCodes.TooDeep, "SyntaxError", "too complex: nesting too deep", _source, CurrentSpan));
        }
    }

    private void LeaveRecursion() => _depth--;
}
