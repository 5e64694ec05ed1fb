using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

internal sealed partial class TokenizerEngine
{
    // Parser/tokenizer.c, tok_get. Trivia (COMMENT, NL) is added directly; the returned token is added by Run.
    private TokenKind NextToken(out int start, out int end)
    {
        int c;
        bool blankLine;

    NextLine:
        blankLine = false;
        if (_atLineStart)
        {
            _atLineStart = false;
            _bufferStart = _pos;
            if (!MeasureIndentation(out blankLine))
            {
                start = end = _pos;
                return TokenKind.Error;
            }
        }

        start = end = _pos;
        if (_pendingIndents != 0)
        {
            var kind = _pendingIndents < 0 ? TokenKind.Dedent : TokenKind.Indent;
            while (_pendingIndents < -1)
            {
                Add(TokenKind.Dedent, _pos, _pos);
                _pendingIndents++;
            }

            _pendingIndents = 0;
            return kind;
        }

    Again:
        do
        {
            c = NextChar();
        }
        while (c is ' ' or '\t' or '\f');

        start = _pos - 1;
        if (c == '#')
        {
            while (c != Eof && c is not ('\n' or '\r'))
            {
                c = NextChar();
            }

            if (_trivia)
            {
                var commentEnd = c == Eof ? _pos : _pos - 1;
                Add(TokenKind.Comment, start, commentEnd);
            }

            start = _pos - 1;
        }

        if (c == Eof)
        {
            start = end = Math.Min(_pos, _length);
            if (_level > 0)
            {
                UnclosedBracket();
                return TokenKind.Error;
            }

            return TokenKind.EndMarker;
        }

        if (IsPotentialIdentifierStart(c))
        {
            // The legal combinations of b, r, u and f string prefixes.
            bool sawB = false, sawR = false, sawU = false, sawF = false;
            while (true)
            {
                if (!(sawB || sawU || sawF) && c is 'b' or 'B')
                {
                    sawB = true;
                }
                else if (!(sawB || sawU || sawR || sawF) && c is 'u' or 'U')
                {
                    sawU = true;
                }
                else if (!(sawR || sawU) && c is 'r' or 'R')
                {
                    sawR = true;
                }
                else if (!(sawF || sawB || sawU) && c is 'f' or 'F')
                {
                    sawF = true;
                }
                else
                {
                    break;
                }

                c = NextChar();
                if (c is '"' or '\'')
                {
                    return ReadString(c, start, out end);
                }
            }

            var nonAscii = false;
            while (IsPotentialIdentifierChar(c))
            {
                nonAscii |= c >= 128;
                c = NextChar();
            }

            Backup(c);
            end = _pos;
            if (nonAscii && !VerifyIdentifier(start))
            {
                return TokenKind.Error;
            }

            return Keyword(_text.AsSpan(start, end - start));
        }

        if (c is '\n' or '\r')
        {
            SkipLineFeedAfterReturn(c);
            _atLineStart = true;
            if (blankLine || _level > 0)
            {
                if (_trivia)
                {
                    Add(TokenKind.NonLogicalNewline, start, _pos);
                }

                goto NextLine;
            }

            end = _pos;
            return TokenKind.Newline;
        }

        if (c == '.')
        {
            c = NextChar();
            if (IsDigit(c))
            {
                return ReadFraction(c, out end);
            }

            if (c == '.' && Peek(_pos) == '.')
            {
                _pos++;
                end = _pos;
                return TokenKind.Ellipsis;
            }

            Backup(c);
            end = _pos;
            return TokenKind.Dot;
        }

        if (IsDigit(c))
        {
            return ReadNumber(c, start, out end);
        }

        if (c is '\'' or '"')
        {
            return ReadString(c, start, out end);
        }

        if (c == '\\')
        {
            if (!ContinuationLine())
            {
                return TokenKind.Error;
            }

            goto Again;
        }

        var op = ReadOperator(c, start);
        end = _pos;
        if (op == TokenKind.Error && _scanningAfterStray && _error is null)
        {
            // A stray character while already scanning past one: keep scanning.
            goto Again;
        }

        return op;
    }

    // The indentation part of tok_get, run at the start of each line. Lines holding only whitespace
    // and a comment are blank: they neither produce NEWLINE nor change the indentation.
    private bool MeasureIndentation(out bool blankLine)
    {
        int col = 0, altCol = 0, contLineCol = 0;
        int c;
        while (true)
        {
            c = NextChar();
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = ((col / TabSize) + 1) * TabSize;
                altCol = ((altCol / AltTabSize) + 1) * AltTabSize;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else if (c == '\\')
            {
                // Indentation cannot be split over physical lines with backslashes: the first
                // backslash found decides the indentation of what follows.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                if (!ContinuationLine())
                {
                    blankLine = false;
                    return false;
                }
            }
            else
            {
                break;
            }
        }

        Backup(c);
        blankLine = c is '#' or '\n' or '\r';
        if (blankLine || _level != 0)
        {
            return true;
        }

        if (contLineCol != 0)
        {
            col = contLineCol;
            altCol = contLineCol;
        }

        if (col == _indentStack[_indent])
        {
            if (altCol != _altIndentStack[_indent])
            {
                InconsistentTabs();
                return false;
            }
        }
        else if (col > _indentStack[_indent])
        {
            if (_indent + 1 >= MaxIndent)
            {
                TooDeepIndentation();
                return false;
            }

            if (altCol <= _altIndentStack[_indent])
            {
                InconsistentTabs();
                return false;
            }

            _pendingIndents++;
            _indent++;
            _indentStack[_indent] = col;
            _altIndentStack[_indent] = altCol;
        }
        else
        {
            while (_indent > 0 && col < _indentStack[_indent])
            {
                _pendingIndents--;
                _indent--;
            }

            if (col != _indentStack[_indent])
            {
                UnindentMismatch();
                return false;
            }

            if (altCol != _altIndentStack[_indent])
            {
                InconsistentTabs();
                return false;
            }
        }

        return true;
    }

    // tok_continuation_line: called after a backslash was read.
    private bool ContinuationLine()
    {
        var c = NextChar();
        if (c is not ('\n' or '\r'))
        {
            BadLineContinuation();
            return false;
        }

        SkipLineFeedAfterReturn(c);
        var newline = _pos - 1;
        c = NextChar();
        if (c == Eof)
        {
            if (_level > 0)
            {
                UnclosedBracket();
            }
            else
            {
                UnexpectedEof(newline);
            }

            return false;
        }

        Backup(c);
        return true;
    }

    private static TokenKind Keyword(ReadOnlySpan<char> name) => name switch
    {
        "False" => TokenKind.FalseKeyword,
        "None" => TokenKind.NoneKeyword,
        "True" => TokenKind.TrueKeyword,
        "and" => TokenKind.AndKeyword,
        "as" => TokenKind.AsKeyword,
        "assert" => TokenKind.AssertKeyword,
        "async" => TokenKind.AsyncKeyword,
        "await" => TokenKind.AwaitKeyword,
        "break" => TokenKind.BreakKeyword,
        "class" => TokenKind.ClassKeyword,
        "continue" => TokenKind.ContinueKeyword,
        "def" => TokenKind.DefKeyword,
        "del" => TokenKind.DelKeyword,
        "elif" => TokenKind.ElifKeyword,
        "else" => TokenKind.ElseKeyword,
        "except" => TokenKind.ExceptKeyword,
        "finally" => TokenKind.FinallyKeyword,
        "for" => TokenKind.ForKeyword,
        "from" => TokenKind.FromKeyword,
        "global" => TokenKind.GlobalKeyword,
        "if" => TokenKind.IfKeyword,
        "import" => TokenKind.ImportKeyword,
        "in" => TokenKind.InKeyword,
        "is" => TokenKind.IsKeyword,
        "lambda" => TokenKind.LambdaKeyword,
        "nonlocal" => TokenKind.NonlocalKeyword,
        "not" => TokenKind.NotKeyword,
        "or" => TokenKind.OrKeyword,
        "pass" => TokenKind.PassKeyword,
        "raise" => TokenKind.RaiseKeyword,
        "return" => TokenKind.ReturnKeyword,
        "try" => TokenKind.TryKeyword,
        "while" => TokenKind.WhileKeyword,
        "with" => TokenKind.WithKeyword,
        "yield" => TokenKind.YieldKeyword,
        _ => TokenKind.Name,
    };
}
