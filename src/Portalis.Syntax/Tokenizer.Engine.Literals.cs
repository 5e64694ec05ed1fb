using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

internal sealed partial class TokenizerEngine
{
    private const int Failed = -2;

    // The string part of tok_get (label letter_quote). The prefix, if any, was read by the caller;
    // f-strings are one STRING token, as in 3.11. quote was just read.
    private TokenKind ReadString(int quote, int start, out int end)
    {
        var quoteSize = 1;
        var endQuoteSize = 0;
        var c = NextChar();
        if (c == quote)
        {
            c = NextChar();
            if (c == quote)
            {
                quoteSize = 3;
            }
            else
            {
                endQuoteSize = 1; // an empty string
            }
        }

        if (c != quote)
        {
            Backup(c);
        }

        while (endQuoteSize != quoteSize)
        {
            c = NextChar();
            if (c == Eof || (quoteSize == 1 && c is '\n' or '\r'))
            {
                // Reported at the start of the token, with the line where the end of input or of line was seen.
                var detectedAt = c == Eof ? _source.GetLine(Math.Max(0, _length - 1)) : _source.GetLine(_pos - 1);
                var message = quoteSize == 3
                    ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
                    : $"unterminated string literal (detected at line {detectedAt})";
                RaiseAt(start, message);
                end = _pos;
                return TokenKind.Error;
            }

            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    SkipLineFeedAfterReturn(NextChar());
                }
            }
        }

        end = _pos;
        return TokenKind.String;
    }

    // The number part of tok_get; first is the first digit, already read.
    private TokenKind ReadNumber(int first, int start, out int end)
    {
        end = _pos;
        int c;
        if (first == '0')
        {
            c = NextChar();
            if (c is 'x' or 'X')
            {
                c = NextChar();
                do
                {
                    if (c == '_')
                    {
                        c = NextChar();
                    }

                    if (!IsHexDigit(c))
                    {
                        Backup(c);
                        return RaiseAtCursor("invalid hexadecimal literal");
                    }

                    do
                    {
                        c = NextChar();
                    }
                    while (IsHexDigit(c));
                }
                while (c == '_');

                if (!VerifyEndOfNumber(c, "hexadecimal"))
                {
                    return TokenKind.Error;
                }
            }
            else if (c is 'o' or 'O' or 'b' or 'B')
            {
                var binary = c is 'b' or 'B';
                var kind = binary ? "binary" : "octal";
                var limit = binary ? '2' : '8';
                c = NextChar();
                do
                {
                    if (c == '_')
                    {
                        c = NextChar();
                    }

                    if (c < '0' || c >= limit)
                    {
                        if (IsDigit(c))
                        {
                            return RaiseAtCursor($"invalid digit '{(char)c}' in {kind} literal");
                        }

                        Backup(c);
                        return RaiseAtCursor($"invalid {kind} literal");
                    }

                    do
                    {
                        c = NextChar();
                    }
                    while (c >= '0' && c < limit);
                }
                while (c == '_');

                if (IsDigit(c))
                {
                    return RaiseAtCursor($"invalid digit '{(char)c}' in {kind} literal");
                }

                if (!VerifyEndOfNumber(c, kind))
                {
                    return TokenKind.Error;
                }
            }
            else
            {
                // Maybe an old-style octal; in any case "0" is a literal.
                var nonZero = false;
                while (true)
                {
                    if (c == '_')
                    {
                        c = NextChar();
                        if (!IsDigit(c))
                        {
                            Backup(c);
                            return RaiseAtCursor("invalid decimal literal");
                        }
                    }

                    if (c != '0')
                    {
                        break;
                    }

                    c = NextChar();
                }

                var zerosEnd = _pos;
                if (IsDigit(c))
                {
                    nonZero = true;
                    c = DecimalTail();
                    if (c == Failed)
                    {
                        return TokenKind.Error;
                    }
                }

                if (c == '.')
                {
                    return ReadFraction(NextChar(), out end);
                }

                if (c is 'e' or 'E' or 'j' or 'J')
                {
                    return ReadExponentOrImaginary(c, out end);
                }

                if (nonZero)
                {
                    Backup(c);
                    Raise(
                        start,
                        zerosEnd - 1,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                    return TokenKind.Error;
                }

                if (!VerifyEndOfNumber(c, "decimal"))
                {
                    return TokenKind.Error;
                }
            }
        }
        else
        {
            c = DecimalTail();
            if (c == Failed)
            {
                return TokenKind.Error;
            }

            if (c == '.')
            {
                return ReadFraction(NextChar(), out end);
            }

            return ReadExponentOrImaginary(c, out end);
        }

        Backup(c);
        end = _pos;
        return TokenKind.Number;
    }

    // Label fraction of tok_get: c is the character after the '.'.
    private TokenKind ReadFraction(int c, out int end)
    {
        end = _pos;
        if (IsDigit(c))
        {
            c = DecimalTail();
            if (c == Failed)
            {
                return TokenKind.Error;
            }
        }

        return ReadExponentOrImaginary(c, out end);
    }

    // Labels exponent and imaginary of tok_get, and the end of a decimal literal; c was read.
    private TokenKind ReadExponentOrImaginary(int c, out int end)
    {
        end = _pos;
        if (c is 'e' or 'E')
        {
            var e = c;
            c = NextChar();
            if (c is '+' or '-')
            {
                c = NextChar();
                if (!IsDigit(c))
                {
                    Backup(c);
                    return RaiseAtCursor("invalid decimal literal");
                }
            }
            else if (!IsDigit(c))
            {
                Backup(c);
                if (!VerifyEndOfNumber(e, "decimal"))
                {
                    return TokenKind.Error;
                }

                Backup(e);
                end = _pos;
                return TokenKind.Number;
            }

            c = DecimalTail();
            if (c == Failed)
            {
                return TokenKind.Error;
            }
        }

        if (c is 'j' or 'J')
        {
            c = NextChar();
            if (!VerifyEndOfNumber(c, "imaginary"))
            {
                return TokenKind.Error;
            }
        }
        else if (!VerifyEndOfNumber(c, "decimal"))
        {
            return TokenKind.Error;
        }

        Backup(c);
        end = _pos;
        return TokenKind.Number;
    }

    // tok_decimal_tail: digits with single underscores between them; returns the first other character.
    private static bool IsHexDigit(int c) => c >= 0 && char.IsAsciiHexDigit((char)c);

    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
            {
                c = NextChar();
            }
            while (IsDigit(c));

            if (c != '_')
            {
                break;
            }

            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                RaiseAtCursor("invalid decimal literal");
                return Failed;
            }
        }

        return c;
    }

    // verify_end_of_number: a literal directly followed by a keyword that may follow a number in valid
    // code (1if x else y) is only deprecated; followed by another ASCII name character it is an error.
    private bool VerifyEndOfNumber(int c, string kind)
    {
        var r = c switch
        {
            'a' => LookAhead("nd"),
            'e' => LookAhead("lse"),
            'f' => LookAhead("or"),
            'i' => Peek(_pos) is 'f' or 'n' or 's',
            'o' => LookAhead("r"),
            'n' => LookAhead("ot"),
            _ => false,
        };
        if (r)
        {
            return true;
        }

        if (c is >= 0 and < 128 && IsPotentialIdentifierChar(c))
        {
            Backup(c);
            RaiseAtCursor($"invalid {kind} literal");
            return false;
        }

        return true;
    }

    // lookahead: the text at the cursor is test, not followed by a name character.
    private bool LookAhead(string test)
    {
        for (var i = 0; i < test.Length; i++)
        {
            if (Peek(_pos + i) != test[i])
            {
                return false;
            }
        }

        return !IsPotentialIdentifierChar(Peek(_pos + test.Length));
    }

    // verify_identifier: a name with non-ASCII characters must be XID_Start XID_Continue*.
    private bool VerifyIdentifier(int start)
    {
        var i = start;
        var first = true;
        while (i < _pos)
        {
            var cp = (int)_text[i];
            var width = 1;
            if (char.IsHighSurrogate(_text[i]) && i + 1 < _pos && char.IsLowSurrogate(_text[i + 1]))
            {
                cp = char.ConvertToUtf32(_text[i], _text[i + 1]);
                width = 2;
            }

            var ok = first ? TokenizerUnicode.IsIdentifierStart(cp) : TokenizerUnicode.IsIdentifierContinue(cp);
            if (!ok)
            {
                _pos = i + width;
                var hex = cp.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                var message = TokenizerUnicode.IsPrintable(cp)
                    ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{hex})"
                    : $"invalid non-printable character U+{hex}";
                RaiseAt(i, message);
                return false;
            }

            first = false;
            i += width;
        }

        return true;
    }
}
