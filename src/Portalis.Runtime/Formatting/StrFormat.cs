using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// <c>str.format(*args, **kwargs)</c> and <c>str.format_map(mapping)</c> (Objects/stringlib/unicode_format.h):
/// automatic and manual numbering, keyword fields, <c>.attr</c> and <c>[index]</c> lookups, <c>!r !s !a</c>
/// conversions and nested replacement fields in the format spec.
/// </summary>
public static class StrFormat
{
    /// <summary><c>format.format(*args, **kwargs)</c>; <paramref name="kwargs"/> may be null.</summary>
    public static string Format(string format, object?[] args, PyDict? kwargs)
    {
        var auto = new AutoNumber();
        return Render(format, args, kwargs, recursionDepth: 2, auto);
    }

    /// <summary><c>format.format_map(mapping)</c></summary>
    public static string FormatMap(string format, object? mapping)
    {
        var auto = new AutoNumber();
        return Render(format, [], mapping, recursionDepth: 2, auto);
    }

    private static string Render(string format, object?[] args, object? kwargs, int recursionDepth, AutoNumber auto)
    {
        if (recursionDepth <= 0)
        {
            throw new PyValueError("Max string recursion exceeded");
        }

        // Objects/stringlib/unicode_format.h, MarkupIterator_next and parse_field.
        var builder = new StringBuilder(format.Length + 16);
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c is not ('{' or '}'))
            {
                builder.Append(c);
                continue;
            }

            var atEnd = i >= format.Length;
            if (c == '}' && (atEnd || format[i] != '}'))
            {
                throw new PyValueError("Single '}' encountered in format string");
            }

            if (atEnd && c == '{')
            {
                throw new PyValueError("Single '{' encountered in format string");
            }

            if (format[i] == c)
            {
                builder.Append(c);
                i++;
                continue;
            }

            builder.Append(RenderField(format, ref i, args, kwargs, recursionDepth, auto));
        }

        return builder.ToString();
    }

    private static string RenderField(string format, ref int i, object?[] args, object? kwargs, int recursionDepth, AutoNumber auto)
    {
        var nameStart = i;
        var c = '\0';
        while (i < format.Length)
        {
            c = format[i++];
            if (c == '{')
            {
                throw new PyValueError("unexpected '{' in field name");
            }

            if (c == '[')
            {
                while (i < format.Length && format[i] != ']')
                {
                    i++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                break;
            }
        }

        if (c is not ('}' or ':' or '!'))
        {
            throw new PyValueError("expected '}' before end of string");
        }

        var name = format[nameStart..(i - 1)];
        var conversion = '\0';
        var spec = string.Empty;
        var expand = false;
        if (c is '!' or ':')
        {
            var done = false;
            if (c == '!')
            {
                if (i >= format.Length)
                {
                    throw new PyValueError("end of string while looking for conversion specifier");
                }

                conversion = format[i++];
                if (i < format.Length)
                {
                    var next = format[i++];
                    if (next == '}')
                    {
                        done = true;
                    }
                    else if (next != ':')
                    {
                        throw new PyValueError("expected ':' after conversion specifier");
                    }
                }
            }

            if (!done)
            {
                var specStart = i;
                var count = 1;
                while (true)
                {
                    if (i >= format.Length)
                    {
                        throw new PyValueError("unmatched '{' in format spec");
                    }

                    var ch = format[i++];
                    if (ch == '{')
                    {
                        expand = true;
                        count++;
                    }
                    else if (ch == '}' && --count == 0)
                    {
                        spec = format[specStart..(i - 1)];
                        break;
                    }
                }
            }
        }

        var value = Lookup(name, args, kwargs, auto);
        value = conversion switch
        {
            '\0' => value,
            'r' => PyOps.Repr(value),
            's' => PyOps.Str(value),
            'a' => PyOps.Ascii(value),
            _ => throw new PyValueError($"Unknown conversion specifier {conversion}"),
        };

        if (expand)
        {
            spec = Render(spec, args, kwargs, recursionDepth - 1, auto);
        }

        return PyFormat.Format(value, spec);
    }

    private static object? Lookup(string name, object?[] args, object? kwargs, AutoNumber auto)
    {
        var end = 0;
        while (end < name.Length && name[end] is not ('.' or '['))
        {
            end++;
        }

        var first = name[..end];
        object? value;
        if (first.Length == 0)
        {
            if (auto.Manual)
            {
                throw new PyValueError("cannot switch from manual field specification to automatic field numbering");
            }

            auto.Automatic = true;
            value = Positional(args, auto.Next++);
        }
        else if (first.All(char.IsAsciiDigit))
        {
            if (auto.Automatic)
            {
                throw new PyValueError("cannot switch from automatic field numbering to manual field specification");
            }

            auto.Manual = true;
            value = Positional(args, int.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            if (kwargs is null)
            {
                throw new PyKeyError(first);
            }

            value = PyOps.GetItem(kwargs, first);
        }

        var i = end;
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                var start = ++i;
                while (i < name.Length && name[i] is not ('.' or '['))
                {
                    i++;
                }

                if (i == start)
                {
                    throw new PyValueError("Empty attribute in format string");
                }

                value = PyOps.GetAttr(value, name[start..i]);
            }
            else
            {
                var close = name.IndexOf(']', i);
                if (close < 0)
                {
                    throw new PyValueError("Missing ']' in format string");
                }

                var key = name[(i + 1)..close];
                if (key.Length == 0)
                {
                    throw new PyValueError("Empty attribute in format string");
                }

                value = PyOps.GetItem(value, key.All(char.IsAsciiDigit) ? long.Parse(key, System.Globalization.CultureInfo.InvariantCulture) : key);
                i = close + 1;
                if (i < name.Length && name[i] is not ('.' or '['))
                {
                    throw new PyValueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
        }

        return value;
    }

    private static object? Positional(object?[] args, int index) =>
        index < args.Length ? args[index] : throw new PyIndexError($"Replacement index {index} out of range for positional args tuple");

    private sealed class AutoNumber
    {
        public bool Automatic { get; set; }

        public bool Manual { get; set; }

        public int Next { get; set; }
    }
}
