using Portalis.Syntax.Diagnostics;

namespace Portalis.Syntax.Text;

/// <summary>The outcome of <see cref="SourceText.FromBytes"/>: the text, or the reason it cannot be decoded.</summary>
/// <param name="Source">
/// The decoded text. When <paramref name="Error"/> is set, the bytes decoded with replacement characters,
/// so that the diagnostic still has lines to point into.
/// </param>
/// <param name="Error">Why the bytes are not valid source (CPython's message), or <see langword="null"/>.</param>
public sealed record class SourceDecodeResult(SourceText Source, Diagnostic? Error);
