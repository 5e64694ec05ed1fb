using System.Text;
using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Literals;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

public sealed partial class Parser
{
    // strings: STRING+ — implicit concatenation of the tokens [first, end), as
    // _PyPegen_concatenate_strings (Parser/string_parser.c) does: bytes join into one bytes constant;
    // plain strings into one str constant (kind 'u' when the first token starts with 'u'); as soon as
    // one f-string takes part, the whole is a JoinedStr whose adjacent literal parts are merged.
    private Expr StringConcatenation(int first, int end)
    {
        var span = new TextSpan(_tokens[first].Span.Start, _tokens[end - 1].Span.End);
        var firstParts = StringLiteralParser.Split(_text, _tokens[first].Span.Start, _tokens[first].Span.End);
        var bytesMode = firstParts.IsBytes;
        var kind = firstParts.IsUnicode ? "u" : null;

        if (end - first == 1 && !firstParts.IsFormatted && !bytesMode)
        {
            var body = _text.AsSpan(firstParts.BodyStart, firstParts.BodyEnd - firstParts.BodyStart);
            if (firstParts.IsRaw || (body.IndexOf('\\') < 0 && body.IndexOf('\r') < 0))
            {
                return new Constant(body.IndexOf('\r') < 0 ? body.ToString() : Decode(body, raw: true, _tokens[first]), kind, span);
            }
        }

        List<byte>? bytes = bytesMode ? [] : null;
        FStringBuilder? fstring = null;
        var literal = new StringBuilder();
        for (var i = first; i < end; i++)
        {
            var token = _tokens[i];
            var parts = i == first ? firstParts : StringLiteralParser.Split(_text, token.Span.Start, token.Span.End);
            if (parts.IsBytes != bytesMode)
            {
                throw ErrorAtLastToken("cannot mix bytes and nonbytes literals");
            }

            var body = _text.AsSpan(parts.BodyStart, parts.BodyEnd - parts.BodyStart);
            if (bytesMode)
            {
                if (StringLiteralParser.DecodeBytes(body, parts.IsRaw, bytes!) is { } error)
                {
                    throw Error(error, token.Span);
                }
            }
            else if (parts.IsFormatted)
            {
                fstring ??= new FStringBuilder(this, literal, span, kind);
                fstring.Parse(token, parts);
            }
            else
            {
                if (StringLiteralParser.Decode(body, parts.IsRaw, literal) is { } error)
                {
                    throw Error(error, token.Span);
                }
            }
        }

        if (bytesMode)
        {
            return new Constant(bytes!.ToArray(), null, span);
        }

        if (fstring is not null)
        {
            return fstring.Finish();
        }

        return new Constant(literal.ToString(), kind, span);
    }

    private string Decode(ReadOnlySpan<char> body, bool raw, Token token)
    {
        var builder = new StringBuilder(body.Length);
        if (StringLiteralParser.Decode(body, raw, builder) is { } error)
        {
            throw Error(error, token.Span);
        }

        return builder.ToString();
    }

    // The f-string scanner raises without a location (RAISE_SYNTAX_ERROR in Parser/string_parser.c):
    // CPython points at the last token fetched, the one after the strings.
    internal SyntaxErrorException FStringError(string message) => ErrorAtLastToken(message);

    internal string Text => _text;

    // fstring: star_expressions
    private Expr? ParseFStringTokens()
    {
        try
        {
            // The text is parsed wrapped in parentheses, so "{yield x}" and "{a, b}" read as a group
            // and a parenthesized tuple, as in CPython.
            Touch(0);
            var expr = ParseStarExpressions();
            return expr is not null && Kind is TokenKind.Newline or TokenKind.EndMarker ? expr : null;
        }
        catch (SyntaxErrorException e)
        {
            throw Error("f-string: " + e.Diagnostic.Message, e.Diagnostic.Span);
        }
        catch (CutFailureException)
        {
            return null;
        }
    }

    // fstring_compile_expr (Parser/string_parser.c): the expression between the braces is parsed on
    // its own, as "(" + text + ")" with the rule `fstring: star_expressions`. Its tokens are shifted so
    // that node spans point into this file.
    internal Expr ParseFStringExpression(int start, int end, Token token)
    {
        var allBlank = true;
        for (var i = start; i < end; i++)
        {
            if (_text[i] is not (' ' or '\t' or '\n' or '\r' or '\f'))
            {
                allBlank = false;
                break;
            }
        }

        if (allBlank)
        {
            throw ErrorAtLastToken("f-string: empty expression not allowed");
        }

        var inner = new SourceText("(" + _text[start..end] + ")", _source.Path);
        var result = Tokenizer.Tokenize(inner);
        var tokens = new Token[result.Count];
        var shift = start - 1;
        for (var i = 0; i < result.Count; i++)
        {
            var t = result.Tokens[i];
            var s = Math.Min(t.Span.Start + shift, _text.Length);
            var e = Math.Min(t.Span.End + shift, _text.Length);
            tokens[i] = new Token(t.Kind, new TextSpan(s, e));
        }

        if (result.Error is not null)
        {
            throw Error("f-string: " + result.Error.Message, token.Span);
        }

        var parser = new Parser(_source, tokens, result.Count, null, invalidPass: false, _names) { _depth = _depth };
        var expr = parser.ParseFStringTokens();
        if (expr is null)
        {
            // As for a whole file: a second pass with the invalid_* rules for a specific message.
            var second = new Parser(_source, tokens, result.Count, null, invalidPass: true, _names) { _depth = _depth, _furthest = parser._furthest };
            second.ParseFStringTokens();
            var at = parser._tokens[Math.Max(parser._furthest, 0)].Span;
            throw Error("f-string: invalid syntax", at);
        }

        return expr;
    }
}
