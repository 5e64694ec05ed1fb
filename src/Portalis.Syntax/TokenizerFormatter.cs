using System.Globalization;
using System.Text;
using Portalis.Syntax.Tokens;

namespace Portalis.Syntax;

/// <summary>Prints tokens as text.</summary>
public static class TokenizerFormatter
{
    // Lib/token.py tok_name for each TokenKind up to ColonEqual; keywords are NAME.
    private static readonly string[] s_pythonNames =
    [
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "COMMENT", "NL", "TYPE_COMMENT",
        "ERRORTOKEN", "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS", "STAR", "SLASH",
        "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL",
        "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL",
        "MINEQUAL", "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
        "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT", "ATEQUAL",
        "RARROW", "ELLIPSIS", "COLONEQUAL",
    ];

    /// <summary>CPython's exact token type name (Lib/token.py) of a kind: <c>LPAR</c>, <c>NAME</c> for keywords.</summary>
    public static string PythonName(TokenKind kind)
        => (int)kind < s_pythonNames.Length ? s_pythonNames[(int)kind] : "NAME";

    /// <summary>
    /// Writes the tokens as <c>python3 -m tokenize -e</c> prints them (Lib/tokenize.py, <c>main</c>):
    /// an ENCODING line, then one line per token with <c>%-20s%-15s%-15r</c> of its range, type and text.
    /// Lib/tokenize.py's layout is reproduced: INDENT holds the indentation, DEDENT and the ENDMARKER at
    /// end of input sit at column 0 of the line after the last, and a NEWLINE the file lacks is one
    /// column wide. Pass tokens made with <see cref="TokenizerOptions.IncludeTrivia"/>; an error token
    /// is not printed.
    /// </summary>
    public static void WritePythonFormat(TextWriter writer, TokenizeResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var source = result.Source;
        var text = source.Text;
        var endLine = EndLine(source);
        var line = new StringBuilder(64);
        // Lib/tokenize.py, _tokenize: "utf-8-sig" is announced as "utf-8" (the BOM is already stripped).
        var encoding = source.EncodingName == "utf-8-sig" ? "utf-8" : source.EncodingName;
        WriteLine(writer, line, "0,0-0,0:", "ENCODING", encoding);
        foreach (var token in result.AsSpan())
        {
            if (token.Kind == TokenKind.Error)
            {
                break;
            }

            var span = token.Span;
            string range;
            string value;
            switch (token.Kind)
            {
                case TokenKind.Indent:
                {
                    var position = Position(source, span.Start);
                    var lineStart = source.GetLineStart(position.Line);
                    range = Range(position.Line, 0, position.Line, position.Column);
                    value = text[lineStart..span.Start];
                    break;
                }

                case TokenKind.Dedent or TokenKind.EndMarker when span.Start == text.Length:
                    range = Range(endLine, 0, endLine, 0);
                    value = string.Empty;
                    break;
                case TokenKind.Newline when span.Length == 0:
                {
                    var position = Position(source, span.Start);
                    range = Range(position.Line, position.Column, position.Line, position.Column + 1);
                    value = string.Empty;
                    break;
                }

                default:
                {
                    var start = Position(source, span.Start);
                    var end = Position(source, span.End);
                    if (span.Length > 0 && text[span.End - 1] is '\n' or '\r')
                    {
                        // A line break ends on its own line, one column past its last character.
                        var last = Position(source, span.End - 1);
                        end = (last.Line, last.Column + 1);
                    }

                    range = Range(start.Line, start.Column, end.Line, end.Column);
                    value = text[span.Start..span.End];
                    break;
                }
            }

            WriteLine(writer, line, range, PythonName(token.Kind), value);
        }
    }

    /// <summary>
    /// Writes one line per token in Portalis's own form: <c>line:col-line:col Kind 'text'</c>, with
    /// 1-based lines, 0-based UTF-16 columns and the text as a Python repr.
    /// </summary>
    public static void WriteNativeFormat(TextWriter writer, TokenizeResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var source = result.Source;
        foreach (var token in result.AsSpan())
        {
            var start = source.GetPosition(token.Span.Start);
            var end = source.GetPosition(token.Span.End);
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{start.Line}:{start.Column}-{end.Line}:{end.Column} {token.Kind} "));
            writer.WriteLine(Text.PythonRepr.String(source.Text[token.Span.Start..token.Span.End]));
        }
    }

    private static (int Line, int Column) Position(SourceText source, int offset)
        => (source.GetLine(offset), source.GetCodePointColumn(offset));

    private static string Range(int startLine, int startColumn, int endLine, int endColumn)
        => string.Create(CultureInfo.InvariantCulture, $"{startLine},{startColumn}-{endLine},{endColumn}:");

    private static void WriteLine(TextWriter writer, StringBuilder line, string range, string type, string value)
    {
        line.Clear();
        line.Append(range);
        Pad(line, 20);
        var typeStart = line.Length;
        line.Append(type);
        Pad(line, typeStart + 15);
        var valueStart = line.Length;
        Text.PythonRepr.AppendString(line, value);

        // %-15r pads to 15 code points, not UTF-16 units.
        var surrogatePairs = 0;
        for (var i = valueStart; i < line.Length; i++)
        {
            if (char.IsLowSurrogate(line[i]))
            {
                surrogatePairs++;
            }
        }

        Pad(line, valueStart + 15 + surrogatePairs);
        writer.WriteLine(line.ToString());
    }

    private static void Pad(StringBuilder builder, int width)
    {
        if (builder.Length < width)
        {
            builder.Append(' ', width - builder.Length);
        }
    }

    // Lib/tokenize.py numbers the line after the last one read: lines read, plus one.
    private static int EndLine(SourceText source)
    {
        var text = source.Text;
        if (text.Length == 0)
        {
            return 1;
        }

        var lines = source.LineCount;
        return text[^1] is '\n' or '\r' ? lines : lines + 1;
    }
}
