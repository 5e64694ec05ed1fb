using System.Text;

namespace Portalis.Syntax.Text;

/// <summary>
/// The text of one source file and its line map. Nodes and tokens keep offsets into it; lines and
/// CPython's UTF-8 columns are computed from the map only when a position is rendered.
/// </summary>
public sealed partial class SourceText
{
    private int[]? _lineStarts;
    private bool? _hasSurrogates;

    /// <summary>Creates a source from already-decoded text.</summary>
    /// <param name="text">The decoded source.</param>
    /// <param name="path">The file name shown in diagnostics and tracebacks.</param>
    public SourceText(string text, string path = "<unknown>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        Text = text;
        Path = path;
    }

    /// <summary>The decoded source.</summary>
    public string Text { get; }

    /// <summary>The file name shown in diagnostics and tracebacks.</summary>
    public string Path { get; }

    /// <summary>
    /// The encoding the text was decoded from, named as Lib/tokenize.py's <c>detect_encoding</c> names it
    /// (<c>utf-8</c>, <c>utf-8-sig</c> after a byte order mark, <c>iso-8859-1</c>, or the coding
    /// declaration's name); <c>utf-8</c> for text that was never bytes.
    /// </summary>
    public string EncodingName { get; init; } = "utf-8";

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines; a text that ends with a newline has an empty last line.</summary>
    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    /// <summary>The 1-based line that contains <paramref name="offset"/>.</summary>
    public int GetLine(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        var index = Array.BinarySearch(LineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>The position of <paramref name="offset"/> in CPython's units (line, UTF-8 column) and in code units.</summary>
    public SourcePosition GetPosition(int offset)
    {
        var line = GetLine(offset);
        var lineStart = LineStarts[line - 1];
        var utf8Column = Encoding.UTF8.GetByteCount(Text.AsSpan(lineStart, offset - lineStart));
        return new SourcePosition(line, utf8Column, offset - lineStart);
    }

    /// <summary>
    /// The 0-based column of <paramref name="offset"/> in code points, as Python's <c>str</c> indexes a
    /// line (Lib/tokenize.py positions, <c>SyntaxError.offset</c> minus one).
    /// </summary>
    public int GetCodePointColumn(int offset)
    {
        var lineStart = LineStarts[GetLine(offset) - 1];
        _hasSurrogates ??= Text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        if (!_hasSurrogates.Value)
        {
            return offset - lineStart;
        }

        var column = 0;
        for (var i = lineStart; i < offset; i++)
        {
            if (!(char.IsLowSurrogate(Text[i]) && i > lineStart && char.IsHighSurrogate(Text[i - 1])))
            {
                column++;
            }
        }

        return column;
    }

    /// <summary>The offset where 1-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => LineStarts[line - 1];

    /// <summary>The text of 1-based <paramref name="line"/>, without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = LineStarts[line - 1];
        var end = line < LineStarts.Length ? LineStarts[line] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return Text[start..end];
    }

    // Python's universal newlines: "\r\n", "\r" and "\n" each end a line.
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
