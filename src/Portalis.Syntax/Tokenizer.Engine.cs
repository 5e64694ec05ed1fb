using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

/// <summary>
/// The state of one tokenization: a transcription of CPython 3.11's Parser/tokenizer.c, <c>tok_get</c>,
/// over UTF-16 text instead of UTF-8 bytes. <c>tok_nextc</c> and <c>tok_backup</c> become
/// <see cref="NextChar"/> and <see cref="Backup"/>. CPython appends a newline to a last line that lacks
/// one (<c>tok_underflow_file</c>, <c>translate_newlines</c>); here that newline is virtual, sits at
/// offset <c>Length</c>, and spans that reach it are clamped to the text.
/// </summary>
internal sealed partial class TokenizerEngine
{
    private const int Eof = -1;

    // Parser/tokenizer.h: MAXINDENT, MAXLEVEL; tokenizer.c: TABSIZE and ALTTABSIZE.
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;
    private const int TabSize = 8;
    private const int AltTabSize = 1;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly int _length;
    private readonly bool _virtualNewline;
    private readonly bool _trivia;

    private int _pos;
    private Token[] _tokens;
    private int _count;

    private readonly int[] _indentStack = new int[MaxIndent];
    private readonly int[] _altIndentStack = new int[MaxIndent];
    private int _indent;
    private int _pendingIndents;
    private bool _atLineStart = true;

    private readonly char[] _parenStack = new char[MaxLevel];
    private readonly int[] _parenOffsets = new int[MaxLevel];
    private int _level;

    // Where CPython's tok->buf starts: the physical line where the tokenizer last began reading a
    // fresh line. A backslash continuation or a multi-line string keeps appending to the buffer.
    private int _bufferStart;

    private Diagnostic? _error;
    private bool _errorTakesPrecedence;

    // Set after a stray character ($ ? `): tokens are no longer recorded, but scanning goes on to find
    // a tokenizer error that CPython would report in its place.
    private bool _scanningAfterStray;
    private Diagnostic? _strayError;
    private int _strayOffset;

    public TokenizerEngine(SourceText source, bool trivia)
    {
        _source = source;
        _text = source.Text;
        _length = _text.Length;
        _virtualNewline = _length > 0 && _text[_length - 1] is not ('\n' or '\r');
        _trivia = trivia;
        _tokens = new Token[Math.Max(16, _length / 4)];
    }

    public TokenizeResult Run()
    {
        var nul = _text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            // Python 3.11.4+ rejects the file before tokenizing (Parser/tokenizer.c, tok_nextc); the line
            // is shown but no caret.
            var line = _source.GetLine(nul);
            var lineStart = _source.GetLineStart(line);
            _error = new Diagnostic(DiagnosticCodes.InvalidToken, "SyntaxError", "source code cannot contain null bytes", _source, new TextSpan(lineStart, lineStart))
            {
                ShowsCaret = false,
            };
            _errorTakesPrecedence = true;
            Add(TokenKind.Error, lineStart, lineStart);
            return new TokenizeResult(_source, _tokens, _count, _error, _errorTakesPrecedence);
        }

        while (true)
        {
            var kind = NextToken(out var start, out var end);
            if (kind == TokenKind.Error)
            {
                if (_scanningAfterStray)
                {
                    if (!_errorTakesPrecedence)
                    {
                        _error = _strayError;
                    }

                    _scanningAfterStray = false;
                    Add(TokenKind.Error, _strayOffset, _strayOffset);
                }
                else
                {
                    // At the error, unless that lies before tokens already produced (an unclosed
                    // bracket): tokens stay in source order.
                    var at = _error!.Span.Start;
                    if (_count > 0 && at < _tokens[_count - 1].Span.Start)
                    {
                        at = _tokens[_count - 1].Span.End;
                    }

                    Add(TokenKind.Error, at, at);
                }

                break;
            }

            if (kind == TokenKind.EndMarker)
            {
                if (_scanningAfterStray)
                {
                    _error = _strayError;
                    _errorTakesPrecedence = false;
                    _scanningAfterStray = false;
                    Add(TokenKind.Error, _strayOffset, _strayOffset);
                }
                else
                {
                    Add(TokenKind.EndMarker, start, end);
                }

                break;
            }

            Add(kind, start, end);
        }

        return new TokenizeResult(_source, _tokens, _count, _error, _errorTakesPrecedence);
    }

    private void Add(TokenKind kind, int start, int end)
    {
        if (_scanningAfterStray)
        {
            return;
        }

        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_count++] = new Token(kind, new TextSpan(Math.Min(start, _length), Math.Min(end, _length)));
    }

    private int Peek(int offset)
    {
        if ((uint)offset < (uint)_length)
        {
            return _text[offset];
        }

        return offset == _length && _virtualNewline ? '\n' : Eof;
    }

    // tok_nextc: the next character, and advance; EOF does not advance.
    private int NextChar()
    {
        var pos = _pos;
        if ((uint)pos < (uint)_length)
        {
            _pos = pos + 1;
            return _text[pos];
        }

        if (pos == _length && _virtualNewline)
        {
            _pos = pos + 1;
            return '\n';
        }

        return Eof;
    }

    // tok_backup
    private void Backup(int c)
    {
        if (c != Eof)
        {
            _pos--;
        }
    }

    // After NextChar returned '\r': CPython reads "\r\n" as one '\n' (universal newlines).
    private void SkipLineFeedAfterReturn(int c)
    {
        if (c == '\r' && _pos < _length && _text[_pos] == '\n')
        {
            _pos++;
        }
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    // is_potential_identifier_start / is_potential_identifier_char: any non-ASCII character qualifies;
    // verify_identifier decides later.
    private static bool IsPotentialIdentifierStart(int c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 128;

    private static bool IsPotentialIdentifierChar(int c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c >= 128;
}
