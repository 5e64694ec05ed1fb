namespace Portalis.Syntax.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a <see cref="SourceText"/>.</summary>
/// <param name="Start">The 0-based offset of the first code unit.</param>
/// <param name="End">The 0-based offset just past the last code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The smallest span covering both.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last) => new(first.Start, last.End);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
