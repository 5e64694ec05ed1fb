using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

// Errors, placed where CPython 3.11 places them. A diagnostic's span starts at the character CPython's
// 1-based SyntaxError.offset designates and ends where its end_offset does (an empty span when CPython
// gives no end, 0, -1 or the same offset: one caret).
internal sealed partial class TokenizerEngine
{
    // syntaxerror(): offset is the length of the line up to tok->cur, so it designates the last
    // character read.
    private TokenKind RaiseAtCursor(string message)
    {
        RaiseAt(_pos - 1, message);
        return TokenKind.Error;
    }

    private void RaiseAt(int offset, string message, string code = DiagnosticCodes.InvalidToken)
        => Raise(offset, offset, message, code);

    // A raised tokenizer error: it takes precedence over parser errors.
    private void Raise(int start, int end, string message, string code = DiagnosticCodes.InvalidToken)
    {
        start = Math.Min(start, _length);
        _error = new Diagnostic(code, "SyntaxError", message, _source, new TextSpan(start, Math.Max(start, Math.Min(end, _length))));
        _errorTakesPrecedence = true;
    }

    // The errors below are ERRORTOKENs with tok->done set, reported by the parser when it reaches them
    // (Parser/pegen_errors.c, tokenizer_error); they do not take precedence.
    private void Report(int offset, string errorType, string message, string code)
    {
        offset = Math.Min(offset, _length);
        _error = new Diagnostic(code, errorType, message, _source, new TextSpan(offset, offset));
        _errorTakesPrecedence = false;
    }

    // E_TABSPACE: column offset 0 of the current line.
    private void InconsistentTabs()
        => Report(CurrentLineStart(), "TabError", "inconsistent use of tabs and spaces in indentation", DiagnosticCodes.Indentation);

    // E_TOODEEP
    private void TooDeepIndentation()
        => Report(CurrentLineStart(), "IndentationError", "too many levels of indentation", DiagnosticCodes.TooDeep);

    // E_DEDENT: tok->cur is moved to the end of the line, so the offset designates its newline.
    private void UnindentMismatch()
        => Report(CurrentLineEnd(), "IndentationError", "unindent does not match any outer indentation level", DiagnosticCodes.Indentation);

    // E_EOF after a backslash: the offset designates the newline after the backslash.
    private void UnexpectedEof(int newline)
        => Report(newline, "SyntaxError", "unexpected EOF while parsing", DiagnosticCodes.InvalidSyntax);

    // E_EOF inside brackets: raise_unclosed_parentheses_error, at the innermost open bracket.
    private void UnclosedBracket()
        => Report(_parenOffsets[_level - 1], "SyntaxError", $"'{_parenStack[_level - 1]}' was never closed", DiagnosticCodes.InvalidSyntax);

    // E_LINECONT: the column is tok->cur - tok->buf - 1, counted from the first line in CPython's
    // buffer but shown on the current line; CPython's caret printing clips it to the line's end.
    private void BadLineContinuation()
    {
        var lineStart = CurrentLineStart();
        var offset = Math.Min(lineStart + (_pos - 1 - _bufferStart), CurrentLineEnd());
        Report(offset, "SyntaxError", "unexpected character after line continuation character", DiagnosticCodes.InvalidToken);
    }

    private int CurrentLineStart()
    {
        var i = Math.Min(_pos, _length);
        while (i > 0 && _text[i - 1] is not ('\n' or '\r'))
        {
            i--;
        }

        return i;
    }

    private int CurrentLineEnd()
    {
        var i = CurrentLineStart();
        while (i < _length && _text[i] is not ('\n' or '\r'))
        {
            i++;
        }

        return i;
    }
}
