namespace Portalis.Syntax.Tokens;

/// <summary>
/// One token: its kind and its extent in the <see cref="Text.SourceText"/>. The text is not copied;
/// the parser slices it from the source when it needs it (names, numbers, string literals).
/// <see cref="TokenKind.Indent"/>, <see cref="TokenKind.Dedent"/>, <see cref="TokenKind.EndMarker"/>
/// and a <see cref="TokenKind.Newline"/> synthesised at end of input have empty spans.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Span">The extent in UTF-16 code units.</param>
public readonly record struct Token(TokenKind Kind, TextSpan Span)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Span}";
}
