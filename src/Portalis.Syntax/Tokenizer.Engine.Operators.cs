using System.Globalization;
using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

internal sealed partial class TokenizerEngine
{
    // The operator part of tok_get: PyToken_ThreeChars, PyToken_TwoChars and PyToken_OneChar
    // (Parser/token.c, generated from Grammar/Tokens), the bracket nesting checks, and the check for
    // non-printable characters. c was read at start.
    private TokenKind ReadOperator(int c, int start)
    {
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel)
                {
                    RaiseAt(start, "too many nested parentheses", DiagnosticCodes.TooDeep);
                    return TokenKind.Error;
                }

                _parenStack[_level] = (char)c;
                _parenOffsets[_level] = start;
                _level++;
                return c == '(' ? TokenKind.LeftParen : c == '[' ? TokenKind.LeftBracket : TokenKind.LeftBrace;
            case ')':
            case ']':
            case '}':
                return CloseBracket((char)c, start);
            case ':':
                return Match('=') ? TokenKind.ColonEqual : TokenKind.Colon;
            case ',':
                return TokenKind.Comma;
            case ';':
                return TokenKind.Semicolon;
            case '+':
                return Match('=') ? TokenKind.PlusEqual : TokenKind.Plus;
            case '-':
                return Match('=') ? TokenKind.MinusEqual : Match('>') ? TokenKind.Arrow : TokenKind.Minus;
            case '*':
                if (Match('*'))
                {
                    return Match('=') ? TokenKind.DoubleStarEqual : TokenKind.DoubleStar;
                }

                return Match('=') ? TokenKind.StarEqual : TokenKind.Star;
            case '/':
                if (Match('/'))
                {
                    return Match('=') ? TokenKind.DoubleSlashEqual : TokenKind.DoubleSlash;
                }

                return Match('=') ? TokenKind.SlashEqual : TokenKind.Slash;
            case '|':
                return Match('=') ? TokenKind.VerticalBarEqual : TokenKind.VerticalBar;
            case '&':
                return Match('=') ? TokenKind.AmpersandEqual : TokenKind.Ampersand;
            case '<':
                if (Match('<'))
                {
                    return Match('=') ? TokenKind.LeftShiftEqual : TokenKind.LeftShift;
                }

                // "<>" is NOTEQUAL in CPython's tokenizer; the parser accepts it only under
                // barry_as_FLUFL, so it must check the token's text.
                return Match('=') ? TokenKind.LessEqual : Match('>') ? TokenKind.NotEqual : TokenKind.Less;
            case '>':
                if (Match('>'))
                {
                    return Match('=') ? TokenKind.RightShiftEqual : TokenKind.RightShift;
                }

                return Match('=') ? TokenKind.GreaterEqual : TokenKind.Greater;
            case '=':
                return Match('=') ? TokenKind.EqualEqual : TokenKind.Equal;
            case '!':
                return Match('=') ? TokenKind.NotEqual : Stray(start);
            case '%':
                return Match('=') ? TokenKind.PercentEqual : TokenKind.Percent;
            case '~':
                return TokenKind.Tilde;
            case '^':
                return Match('=') ? TokenKind.CaretEqual : TokenKind.Caret;
            case '@':
                return Match('=') ? TokenKind.AtEqual : TokenKind.At;
            default:
                if (!TokenizerUnicode.IsPrintable(c))
                {
                    RaiseAt(start, "invalid non-printable character U+" + c.ToString("X4", CultureInfo.InvariantCulture));
                    return TokenKind.Error;
                }

                return Stray(start);
        }
    }

    private bool Match(char expected)
    {
        if (_pos < _length && _text[_pos] == expected)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private TokenKind CloseBracket(char c, int start)
    {
        if (_level == 0)
        {
            RaiseAt(start, $"unmatched '{c}'");
            return TokenKind.Error;
        }

        _level--;
        var opening = _parenStack[_level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
        {
            var openingLine = _source.GetLine(_parenOffsets[_level]);
            var message = openingLine != _source.GetLine(start)
                ? $"closing parenthesis '{c}' does not match opening parenthesis '{opening}' on line {openingLine}"
                : $"closing parenthesis '{c}' does not match opening parenthesis '{opening}'";
            RaiseAt(start, message);
            return TokenKind.Error;
        }

        return c == ')' ? TokenKind.RightParen : c == ']' ? TokenKind.RightBracket : TokenKind.RightBrace;
    }

    // A character that is no token ($, ?, !, `): CPython's tokenizer returns it as an OP that no grammar
    // rule accepts, so the parser reports "invalid syntax" there, unless a tokenizer error raised later
    // in the file replaces it (Parser/pegen_errors.c, _PyPegen_tokenize_full_source_to_check_for_errors).
    // Tokens stop here; scanning continues, unrecorded, to find such an error.
    private TokenKind Stray(int start)
    {
        if (!_scanningAfterStray)
        {
            _scanningAfterStray = true;
            _strayOffset = start;
            _strayError = new Diagnostic(DiagnosticCodes.InvalidSyntax, "SyntaxError", "invalid syntax", _source, new TextSpan(start, _pos));
        }

        return TokenKind.Error;
    }
}
