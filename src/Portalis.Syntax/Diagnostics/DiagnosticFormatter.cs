using System.Globalization;
using System.Text;

namespace Portalis.Syntax.Diagnostics;

/// <summary>Renders diagnostics as text, in CPython's form and in the compiler form.</summary>
public static class DiagnosticFormatter
{
    /// <summary>
    /// What <c>python3 file.py</c> prints for the error (CPython 3.11, Python/pythonrun.c:
    /// <c>print_exception</c>, <c>parse_syntax_error</c>, <c>print_error_text</c>):
    /// <code>
    ///   File "x.py", line 1
    ///     print "x"
    ///     ^^^^^^^^^
    /// SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
    /// </code>
    /// Every line ends with <c>\n</c>. CPython's quirks are kept: leading blanks are stripped and the
    /// caret shifted; the caret column counts UTF-8 bytes of the line where SyntaxError.offset counts
    /// characters; subclasses (IndentationError, TabError) get one caret; a caret that would point into
    /// the stripped indentation is not printed.
    /// </summary>
    public static string FormatPython(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var builder = new StringBuilder();
        if (diagnostic.ShowsLocation)
        {
            var source = diagnostic.Source;
            var lineNumber = source.GetLine(diagnostic.Span.Start);
            builder.Append("  File \"").Append(source.Path).Append("\", line ")
                .Append(lineNumber.ToString(CultureInfo.InvariantCulture)).Append('\n');
            AppendErrorText(builder, diagnostic, lineNumber);
        }

        builder.Append(diagnostic.ErrorType).Append(": ").Append(diagnostic.Message).Append('\n');
        return builder.ToString();
    }

    /// <summary>
    /// The compiler form: <c>path:line:col: error PT0001: message</c> (1-based line and UTF-16 column),
    /// then the source line and a caret line under the span (one caret for an empty span; tabs are
    /// kept in the caret line so that it lines up). Every line ends with <c>\n</c>.
    /// </summary>
    public static string FormatCompiler(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var builder = new StringBuilder();
        var source = diagnostic.Source;
        if (!diagnostic.ShowsLocation)
        {
            builder.Append(source.Path).Append(": ").Append(diagnostic.Severity).Append(' ').Append(diagnostic.Code).Append(": ").Append(diagnostic.Message).Append('\n');
            return builder.ToString();
        }

        var start = source.GetPosition(diagnostic.Span.Start);
        builder.Append(source.Path).Append(':')
            .Append(start.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
            .Append((start.Column + 1).ToString(CultureInfo.InvariantCulture))
            .Append(": ").Append(diagnostic.Severity).Append(' ').Append(diagnostic.Code).Append(": ").Append(diagnostic.Message).Append('\n');
        var line = source.GetLineText(start.Line);
        builder.Append(line).Append('\n');
        var endColumn = source.GetLine(diagnostic.Span.End) == start.Line
            ? diagnostic.Span.End - source.GetLineStart(start.Line)
            : line.Length;
        for (var i = 0; i < start.Column && i < line.Length; i++)
        {
            builder.Append(line[i] == '\t' ? '\t' : ' ');
        }

        builder.Append('^', Math.Max(1, endColumn - start.Column)).Append('\n');
        return builder.ToString();
    }

    private static void AppendErrorText(StringBuilder builder, Diagnostic diagnostic, int lineNumber)
    {
        var source = diagnostic.Source;
        var lineStart = source.GetLineStart(lineNumber);
        var text = source.GetLineText(lineNumber);

        // The line travels as a C string: it ends at a null byte.
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            text = text[..nul];
        }
        var hasNewline = lineNumber < source.LineCount;
        var lineSize = Encoding.UTF8.GetByteCount(text) + (hasNewline ? 1 : 0);

        // SyntaxError.offset and end_offset: 1-based, in characters.
        long offset = source.GetCodePointColumn(diagnostic.Span.Start) + 1;
        long endOffset;
        if (diagnostic.ErrorType != "SyntaxError")
        {
            endOffset = -1;
        }
        else if (diagnostic.Span.End > lineStart + text.Length + (hasNewline ? 1 : 0) && source.GetLine(diagnostic.Span.End) > lineNumber)
        {
            endOffset = lineSize;
        }
        else
        {
            endOffset = diagnostic.Span.Length == 0 ? offset : source.GetCodePointColumn(diagnostic.Span.End) + 1;
        }

        if (endOffset > lineSize + 1)
        {
            endOffset = lineSize + 1;
        }

        var caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

        // print_error_text works on the UTF-8 bytes with the character offset.
        offset--;
        var stripped = 0;
        while (stripped < text.Length && text[stripped] is ' ' or '\t' or '\f')
        {
            stripped++;
            offset--;
        }

        var shown = text[stripped..];
        var length = Encoding.UTF8.GetByteCount(shown);
        if (offset > length)
        {
            offset = length;
        }

        builder.Append("    ").Append(shown).Append('\n');
        if (offset < 0 || !diagnostic.ShowsCaret)
        {
            return;
        }

        builder.Append("    ").Append(' ', (int)offset).Append('^', (int)caretRepetitions).Append('\n');
    }
}
