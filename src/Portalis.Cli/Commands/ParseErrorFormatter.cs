using System.Text;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Cli.Commands;

/// <summary>Renders a syntax error the way CPython's traceback module prints a SyntaxError.</summary>
internal static class ParseErrorFormatter
{
    public static string Format(Diagnostic error)
    {
        var builder = new StringBuilder();
        var source = error.Source;
        if (error.ShowsLocation && source.Length >= 0)
        {
            var start = error.Start;
            builder.Append("  File \"").Append(source.Path).Append("\", line ").Append(start.Line).Append('\n');
            if (start.Line <= source.LineCount)
            {
                var line = source.GetLineText(start.Line);
                var trimmed = line.TrimStart(' ', '\t', '\f');
                var indent = line.Length - trimmed.Length;
                builder.Append("    ").Append(trimmed).Append('\n');
                if (error.ShowsCaret)
                {
                    var column = Math.Max(0, start.Column - indent);
                    var endOffset = error.Span.End;
                    var width = 1;
                    if (source.GetLine(Math.Min(endOffset, source.Length)) == start.Line && error.Span.Length > 1)
                    {
                        width = error.Span.Length;
                    }

                    builder.Append("    ").Append(' ', column).Append('^', Math.Max(1, Math.Min(width, trimmed.Length - column + 1))).Append('\n');
                }
            }
        }

        builder.Append(error.ErrorType).Append(": ").Append(error.Message).Append('\n');
        return builder.ToString();
    }
}
