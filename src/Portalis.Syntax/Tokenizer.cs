namespace Portalis.Syntax;

/// <summary>
/// Python 3.11's tokenizer, as CPython's C tokenizer (Parser/tokenizer.c, <c>tok_get</c>) hands tokens to
/// the PEG parser: NEWLINE, INDENT and DEDENT with CPython's tab rules, hard keywords as their own kinds,
/// f-strings as single STRING tokens, and CPython's error messages and positions.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Tokenizes the whole source. On the first error tokenization stops: the list ends with a
    /// <see cref="Tokens.TokenKind.Error"/> token at the error position and <see cref="TokenizeResult.Error"/>
    /// holds the diagnostic. CPython reports tokenizer errors when its parser reaches them, so the parser
    /// reports it when it reaches that token, unless it found a syntax error earlier (but see
    /// <see cref="TokenizeResult.ErrorTakesPrecedence"/>).
    /// </summary>
    /// <param name="source">The source to tokenize.</param>
    /// <param name="options">Options; <see langword="null"/> for the parser's defaults.</param>
    public static TokenizeResult Tokenize(SourceText source, TokenizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new TokenizerEngine(source, options?.IncludeTrivia ?? false).Run();
    }
}
