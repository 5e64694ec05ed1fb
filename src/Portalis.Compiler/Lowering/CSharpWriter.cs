using System.Globalization;
using System.Text;

namespace Portalis.Compiler.Lowering;

/// <summary>An indenting text writer for generated C#.</summary>
internal sealed class CSharpWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>
    /// The <c>#line</c> directive that maps the following C# lines to a Python line. It is repeated before every
    /// line written, because a <c>#line N</c> directive numbers the lines after it N, N+1, ... while all C#
    /// lines of one Python statement must map to that statement's line.
    /// </summary>
    public string? LineDirective { get; set; }

    public void Line(string text)
    {
        if (LineDirective is not null && text.Length > 0)
        {
            _builder.Append(LineDirective).Append('\n');
        }

        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
    }

    public void Line() => _builder.Append('\n');

    /// <summary>A preprocessor line (<c>#line</c>), written at column 0.</summary>
    public void Directive(string text) => _builder.Append(text).Append('\n');

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>Copies another writer's text, indented to this writer's level; its directives are kept as they are.</summary>
    public void Append(CSharpWriter other)
    {
        foreach (var line in other.ToString().Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] != '#')
            {
                _builder.Append(' ', _indent * 4);
            }

            _builder.Append(line).Append('\n');
        }
    }

    public override string ToString() => _builder.ToString();
}

/// <summary>C# spellings of Python names and constants.</summary>
internal static class CSharpNames
{
    /// <summary>A Python identifier as a C# identifier fragment: ASCII letters, digits and '_' kept, anything else escaped.</summary>
    public static string Identifier(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == '_'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append("_u").Append(rune.Value.ToString("x", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return builder.ToString();
    }

    /// <summary>A C# string literal for any .NET string (every non-printable-ASCII char escaped).</summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case >= ' ' and <= '~':
                    builder.Append(c);
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A C# array expression of string literals.</summary>
    public static string StringArray(IEnumerable<string> values) =>
        "new string[] { " + string.Join(", ", values.Select(StringLiteral)) + " }";
}
