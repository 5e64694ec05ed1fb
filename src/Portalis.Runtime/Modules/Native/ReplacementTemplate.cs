using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

/// <summary>A <c>sub()</c> replacement string parsed as Lib/re/_parser.py's <c>parse_template</c>: literals and group references.</summary>
internal sealed class ReplacementTemplate
{
    private readonly List<(string? Literal, int Group)> _parts = [];

    public static ReplacementTemplate Parse(string template, PyPattern pattern)
    {
        var t = new ReplacementTemplate();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '\\')
            {
                literal.Append(c);
                continue;
            }

            if (i + 1 >= template.Length)
            {
                throw new PyReError($"bad escape (end of pattern) at position {i}");
            }

            var e = template[i + 1];
            switch (e)
            {
                case 'g':
                {
                    var open = i + 2;
                    if (open >= template.Length || template[open] != '<')
                    {
                        throw new PyReError($"missing < at position {i + 2}");
                    }

                    var close = template.IndexOf('>', open);
                    if (close < 0)
                    {
                        throw new PyReError($"missing >, unterminated name at position {open + 1}");
                    }

                    var name = template[(open + 1)..close];
                    int group;
                    if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        if (number > pattern.Groups)
                        {
                            throw new PyReError($"invalid group reference {number} at position {open + 1}");
                        }

                        group = number;
                    }
                    else if (!pattern.GroupIndex.TryGetValue(name, out group))
                    {
                        throw name.Length == 0
                            ? new PyReError($"missing group name at position {open + 1}")
                            : new PyIndexError($"unknown group name '{name}'");
                    }

                    t.Flush(literal);
                    t._parts.Add((null, group));
                    i = close;
                    break;
                }

                case >= '0' and <= '9':
                {
                    var j = i + 1;
                    var digits = new StringBuilder();
                    while (j < template.Length && char.IsAsciiDigit(template[j]) && digits.Length < 2)
                    {
                        digits.Append(template[j++]);
                    }

                    // Three octal digits (or a leading 0) are an octal escape.
                    if (e == '0' || (digits.Length == 2 && j < template.Length && template[j] is >= '0' and <= '7' && digits.ToString().All(d => d <= '7')))
                    {
                        var oct = new StringBuilder();
                        var k = i + 1;
                        while (k < template.Length && oct.Length < 3 && template[k] is >= '0' and <= '7')
                        {
                            oct.Append(template[k++]);
                        }

                        literal.Append((char)Convert.ToInt32(oct.ToString(), 8));
                        i = k - 1;
                        break;
                    }

                    var group = int.Parse(digits.ToString(), CultureInfo.InvariantCulture);
                    if (group > pattern.Groups)
                    {
                        throw new PyReError($"invalid group reference {group} at position {i + 1}");
                    }

                    t.Flush(literal);
                    t._parts.Add((null, group));
                    i = j - 1;
                    break;
                }

                default:
                    var escaped = e switch
                    {
                        'n' => "\n",
                        't' => "\t",
                        'r' => "\r",
                        'a' => "\a",
                        'b' => "\b",
                        'f' => "\f",
                        'v' => "\v",
                        '\\' => "\\",
                        _ when char.IsAsciiLetter(e) => throw new PyReError($"bad escape \\{e} at position {i}"),
                        _ => "\\" + e,
                    };
                    literal.Append(escaped);
                    i++;
                    break;
            }
        }

        t.Flush(literal);
        return t;
    }

    public void Expand(PyMatch m, StringBuilder builder)
    {
        foreach (var (literal, group) in _parts)
        {
            builder.Append(literal ?? m.Group(group) ?? string.Empty);
        }
    }

    private void Flush(StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            _parts.Add((literal.ToString(), 0));
            literal.Clear();
        }
    }
}
