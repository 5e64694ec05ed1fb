namespace Portalis.Syntax;

/// <summary>Options for <see cref="Tokenizer.Tokenize"/>.</summary>
public sealed record class TokenizerOptions
{
    /// <summary>
    /// Also produce <see cref="Tokens.TokenKind.Comment"/> and <see cref="Tokens.TokenKind.NonLogicalNewline"/>
    /// tokens, where Lib/tokenize.py produces COMMENT and NL. The parser does not want them.
    /// </summary>
    public bool IncludeTrivia { get; init; }
}
