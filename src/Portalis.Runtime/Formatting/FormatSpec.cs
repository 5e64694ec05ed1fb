namespace Portalis.Runtime;

/// <summary>
/// A parsed format-spec mini-language string (Python/formatter_unicode.c,
/// <c>parse_internal_render_format_spec</c>): <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.
/// </summary>
internal sealed class FormatSpec
{
    public char Fill { get; private set; } = ' ';

    public char Align { get; private set; }

    public char Sign { get; private set; }

    public bool NoNegativeZero { get; private set; }

    public bool Alternate { get; private set; }

    public int Width { get; private set; } = -1;

    /// <summary>'\0' none, ',' or '_' (every 3 digits), '4' for '_' every 4 digits (b, o, x, X).</summary>
    public char Grouping { get; private set; }

    public int Precision { get; private set; } = -1;

    public char Type { get; private set; }

    public static FormatSpec Parse(string spec, char defaultType, char defaultAlign, object? value)
    {
        var f = new FormatSpec { Align = defaultAlign, Type = defaultType };
        var pos = 0;
        var end = spec.Length;
        var fillSpecified = false;
        var alignSpecified = false;
        if (end - pos >= 2 && IsAlign(spec[pos + 1]))
        {
            f.Align = spec[pos + 1];
            f.Fill = spec[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(spec[pos]))
        {
            f.Align = spec[pos];
            alignSpecified = true;
            pos++;
        }

        if (end - pos >= 1 && spec[pos] is '+' or '-' or ' ')
        {
            f.Sign = spec[pos];
            pos++;
        }

        if (end - pos >= 1 && spec[pos] == 'z')
        {
            f.NoNegativeZero = true;
            pos++;
        }

        if (end - pos >= 1 && spec[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }

        if (!fillSpecified && end - pos >= 1 && spec[pos] == '0')
        {
            f.Fill = '0';
            if (!alignSpecified && defaultAlign == '>')
            {
                f.Align = '=';
            }

            pos++;
        }

        var consumed = ReadInteger(spec, ref pos, out var width);
        f.Width = consumed == 0 ? -1 : width;
        if (end - pos >= 1 && spec[pos] == ',')
        {
            f.Grouping = ',';
            pos++;
        }

        if (end - pos >= 1 && spec[pos] == '_')
        {
            if (f.Grouping != '\0')
            {
                throw new PyValueError("Cannot specify both ',' and '_'.");
            }

            f.Grouping = '_';
            pos++;
        }

        if (end - pos >= 1 && spec[pos] == ',' && f.Grouping == '_')
        {
            throw new PyValueError("Cannot specify both ',' and '_'.");
        }

        if (end - pos >= 1 && spec[pos] == '.')
        {
            pos++;
            consumed = ReadInteger(spec, ref pos, out var precision);
            if (consumed == 0)
            {
                throw new PyValueError("Format specifier missing precision");
            }

            f.Precision = precision;
        }

        if (end - pos > 1)
        {
            throw new PyValueError($"Invalid format specifier '{spec}' for object of type '{PyOps.TypeName(value)}'");
        }

        if (end - pos == 1)
        {
            f.Type = spec[pos];
        }

        if (f.Grouping != '\0')
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == '_':
                    f.Grouping = '4';
                    break;
                default:
                    throw new PyValueError(f.Type is > (char)32 and < (char)128
                        ? $"Cannot specify '{f.Grouping}' with '{f.Type}'."
                        : $"Cannot specify '{f.Grouping}' with '\\x{(int)f.Type:x}'.");
            }
        }

        return f;
    }

    /// <summary>This spec without padding (fill, width, align '&lt;') and with <paramref name="sign"/>, for composing complex parts.</summary>
    public FormatSpec WithoutPadding(char sign) => new()
    {
        Fill = ' ',
        Align = '<',
        Sign = sign,
        NoNegativeZero = NoNegativeZero,
        Alternate = Alternate,
        Width = -1,
        Grouping = Grouping,
        Precision = Precision,
        Type = Type,
    };

    public static PyValueError UnknownType(char type, object? value) =>
        new(type is > (char)32 and < (char)128
            ? $"Unknown format code '{type}' for object of type '{PyOps.TypeName(value)}'"
            : $"Unknown format code '\\x{(int)type:x}' for object of type '{PyOps.TypeName(value)}'");

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static int ReadInteger(string spec, ref int pos, out int value)
    {
        value = 0;
        var start = pos;
        while (pos < spec.Length && spec[pos] is >= '0' and <= '9')
        {
            var digit = spec[pos] - '0';
            if (value > (int.MaxValue - digit) / 10)
            {
                throw new PyValueError("Too many decimal digits in format string");
            }

            value = (value * 10) + digit;
            pos++;
        }

        return pos - start;
    }
}
