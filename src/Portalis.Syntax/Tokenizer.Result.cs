using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

/// <summary>The tokens of one source, and the tokenizer error that ended them, if any.</summary>
public sealed class TokenizeResult
{
    internal TokenizeResult(SourceText source, Token[] tokens, int count, Diagnostic? error, bool errorTakesPrecedence)
    {
        Source = source;
        Tokens = tokens;
        Count = count;
        Error = error;
        ErrorTakesPrecedence = errorTakesPrecedence;
    }

    /// <summary>The source that was tokenized.</summary>
    public SourceText Source { get; }

    /// <summary>
    /// The tokens. The array may be longer than <see cref="Count"/>; only the first <see cref="Count"/>
    /// entries are tokens. The last token is <see cref="TokenKind.EndMarker"/>, or <see cref="TokenKind.Error"/>
    /// when tokenization stopped at an error. Tokens are in source order; the error token, which has an
    /// empty span, sits at the error's position, or right after the last token when the error lies
    /// before it (an unclosed bracket is reported where it opens).
    /// </summary>
    public Token[] Tokens { get; }

    /// <summary>The number of tokens in <see cref="Tokens"/>.</summary>
    public int Count { get; }

    /// <summary>The tokenizer error that ended the list, or <see langword="null"/>.</summary>
    public Diagnostic? Error { get; }

    /// <summary>
    /// True when CPython raises <see cref="Error"/> from inside its tokenizer (Parser/tokenizer.c,
    /// <c>syntaxerror</c>): such an error wins over a syntax error the parser finds earlier in the file,
    /// because after a parser error CPython tokenizes the rest of the file and lets a raised tokenizer
    /// error replace it (Parser/pegen_errors.c, <c>_PyPegen_tokenize_full_source_to_check_for_errors</c>).
    /// False for the errors CPython's parser reports only when it reaches the error token: unindent
    /// mismatch, inconsistent tabs, too many indentation levels, unexpected EOF, an unclosed bracket,
    /// a bad character after a line continuation, and the "invalid syntax" of a stray <c>$ ? `</c>.
    /// </summary>
    public bool ErrorTakesPrecedence { get; }

    /// <summary>The tokens as a span of exactly <see cref="Count"/> entries.</summary>
    public ReadOnlySpan<Token> AsSpan() => Tokens.AsSpan(0, Count);
}
