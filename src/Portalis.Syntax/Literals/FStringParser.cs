using System.Text;
using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Tuple = Portalis.Syntax.Ast.Tuple;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax.Literals;

/// <summary>
/// Builds the JoinedStr of a run of string tokens that contains f-strings, following CPython 3.11's
/// FstringParser (Parser/string_parser.c: _PyPegen_FstringParser_ConcatFstring, fstring_find_literal,
/// fstring_find_expr, _PyPegen_FstringParser_Finish). Literal text accumulates until an expression
/// needs it flushed as a Constant; empty literals are dropped.
/// </summary>
internal sealed class FStringBuilder
{
    private const int MaxNesting = 200;

    private readonly Parser _parser;
    private readonly string _text;
    private readonly StringBuilder _literal;
    private readonly TextSpan _span;
    private readonly string? _kind;
    private readonly List<Expr> _values = [];

    public FStringBuilder(Parser parser, StringBuilder pendingLiteral, TextSpan span, string? kind)
    {
        _parser = parser;
        _text = parser.Text;
        _literal = pendingLiteral;
        _span = span;
        _kind = kind;
    }

    /// <summary>Adds one f-string token's contents.</summary>
    public void Parse(Token token, StringToken parts)
    {
        var position = parts.BodyStart;
        ParseInto(token, parts, ref position, parts.BodyEnd, 0, _values, _literal, _kind);
        if (position < parts.BodyEnd)
        {
            throw _parser.FStringError("f-string: single '}' is not allowed");
        }
    }

    /// <summary>The JoinedStr of everything added.</summary>
    public JoinedStr Finish()
    {
        Flush(_values, _literal, _span, _kind);
        return new JoinedStr(_values, _span);
    }

    private void Flush(List<Expr> values, StringBuilder literal, TextSpan span, string? kind)
    {
        if (literal.Length > 0)
        {
            values.Add(new Constant(literal.ToString(), kind, span));
            literal.Clear();
        }
    }

    // _PyPegen_FstringParser_ConcatFstring: literals and expressions until the end of the body, or,
    // inside a format spec (level 1), until its closing '}'.
    private void ParseInto(Token token, StringToken parts, ref int position, int end, int level, List<Expr> values, StringBuilder literal, string? kind)
    {
        while (true)
        {
            var more = FindLiteral(token, parts, ref position, end, level, literal);
            if (more)
            {
                continue;
            }

            if (position >= end || _text[position] == '}')
            {
                return;
            }

            // '{' starts an expression.
            ParseExpression(token, parts, ref position, end, level, values, literal, kind);
        }
    }

    // fstring_find_literal: returns true when a doubled brace was read and scanning should go on.
    private bool FindLiteral(Token token, StringToken parts, ref int position, int end, int level, StringBuilder literal)
    {
        var start = position;
        var s = position;
        var doubled = false;
        while (s < end)
        {
            var ch = _text[s++];
            if (!parts.IsRaw && ch == '\\' && s < end)
            {
                ch = _text[s++];
                if (ch == 'N')
                {
                    if (s < end && _text[s++] == '{')
                    {
                        while (s < end && _text[s++] != '}')
                        {
                        }
                    }

                    continue;
                }
            }

            if (ch is '{' or '}')
            {
                if (level == 0)
                {
                    if (s < end && _text[s] == ch)
                    {
                        doubled = true;
                        break;
                    }

                    if (ch == '}')
                    {
                        throw _parser.FStringError("f-string: single '}' is not allowed");
                    }
                }

                s--;
                break;
            }
        }

        var literalEnd = s;
        position = doubled ? s + 1 : s;
        if (literalEnd > start)
        {
            var body = _text.AsSpan(start, literalEnd - start);
            if (StringLiteralParser.Decode(body, parts.IsRaw, literal) is { } error)
            {
                throw _parser.FStringError(error);
            }
        }

        return doubled;
    }

    // fstring_find_expr
    private void ParseExpression(Token token, StringToken parts, ref int position, int end, int level, List<Expr> values, StringBuilder literal, string? kind)
    {
        if (level >= 2)
        {
            throw _parser.FStringError("f-string: expressions nested too deeply");
        }

        position++;
        var exprStart = position;
        var quote = '\0';
        var tripleQuoted = false;
        Span<char> stack = stackalloc char[MaxNesting];
        var depth = 0;
        for (; position < end; position++)
        {
            var ch = _text[position];
            if (ch == '\\')
            {
                throw _parser.FStringError("f-string expression part cannot include a backslash");
            }

            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (tripleQuoted)
                    {
                        if (position + 2 < end && _text[position + 1] == ch && _text[position + 2] == ch)
                        {
                            position += 2;
                            quote = '\0';
                        }
                    }
                    else
                    {
                        quote = '\0';
                    }
                }

                continue;
            }

            if (ch is '\'' or '"')
            {
                if (position + 2 < end && _text[position + 1] == ch && _text[position + 2] == ch)
                {
                    tripleQuoted = true;
                    position += 2;
                }
                else
                {
                    tripleQuoted = false;
                }

                quote = ch;
            }
            else if (ch is '[' or '{' or '(')
            {
                if (depth >= MaxNesting)
                {
                    throw _parser.FStringError("f-string: too many nested parenthesis");
                }

                stack[depth++] = ch;
            }
            else if (ch == '#')
            {
                throw _parser.FStringError("f-string expression part cannot include '#'");
            }
            else if (depth == 0 && ch is '!' or ':' or '}' or '=' or '>' or '<')
            {
                if (position + 1 < end)
                {
                    var next = _text[position + 1];
                    if (next == '=' && ch is '!' or '=' or '<' or '>')
                    {
                        position++;
                        continue;
                    }
                }

                if (ch is '>' or '<')
                {
                    continue;
                }

                break;
            }
            else if (ch is ']' or '}' or ')')
            {
                if (depth == 0)
                {
                    throw _parser.FStringError($"f-string: unmatched '{ch}'");
                }

                var opening = stack[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                {
                    throw _parser.FStringError($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{opening}'");
                }
            }
        }

        var exprEnd = position;
        if (quote != '\0')
        {
            throw _parser.FStringError("f-string: unterminated string");
        }

        if (depth > 0)
        {
            throw _parser.FStringError($"f-string: unmatched '{stack[depth - 1]}'");
        }

        if (position >= end)
        {
            throw _parser.FStringError("f-string: expecting '}'");
        }

        var expression = _parser.ParseFStringExpression(exprStart, exprEnd, token);
        string? exprText = null;
        if (_text[position] == '=')
        {
            position++;
            while (position < end && _text[position] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                position++;
            }

            if (position >= end)
            {
                throw _parser.FStringError("f-string: expecting '}'");
            }

            exprText = _text[exprStart..position];
        }

        var conversion = -1;
        if (_text[position] == '!')
        {
            position++;
            if (position >= end)
            {
                throw _parser.FStringError("f-string: expecting '}'");
            }

            conversion = _text[position];
            position++;
            if (conversion is not ('s' or 'r' or 'a'))
            {
                throw _parser.FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }

        Expr? formatSpec = null;
        if (position < end && _text[position] == ':')
        {
            position++;
            if (position >= end)
            {
                throw _parser.FStringError("f-string: expecting '}'");
            }

            // fstring_parse: the spec is its own JoinedStr, spanning the current token.
            var specValues = new List<Expr>();
            var specLiteral = new StringBuilder();
            var tokenKind = parts.IsUnicode ? "u" : null;
            ParseInto(token, parts, ref position, end, level + 1, specValues, specLiteral, kind);
            Flush(specValues, specLiteral, token.Span, tokenKind);
            formatSpec = new JoinedStr(specValues, token.Span);
        }

        if (position >= end || _text[position] != '}')
        {
            throw _parser.FStringError("f-string: expecting '}'");
        }

        position++;
        if (exprText is not null)
        {
            literal.Append(exprText);
            if (formatSpec is null && conversion == -1)
            {
                conversion = 'r';
            }
        }

        Flush(values, literal, _span, kind);
        values.Add(new FormattedValue(expression, conversion, formatSpec, _span));
    }
}
