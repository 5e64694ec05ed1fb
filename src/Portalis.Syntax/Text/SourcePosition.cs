namespace Portalis.Syntax.Text;

/// <summary>A position in CPython's units.</summary>
/// <param name="Line">1-based line number (<c>lineno</c>).</param>
/// <param name="Utf8Column">0-based column in UTF-8 bytes from the start of the line (<c>col_offset</c>).</param>
/// <param name="Column">0-based column in UTF-16 code units, for editors and carets.</param>
public readonly record struct SourcePosition(int Line, int Utf8Column, int Column);
