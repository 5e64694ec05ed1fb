using System.Globalization;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Rewrites Python regular-expression syntax (Lib/re/_parser.py) as .NET syntax. Every capturing group
/// becomes an explicitly numbered group <c>(?&lt;N&gt;...)</c> so .NET numbers groups left to right as
/// Python does (it would otherwise number named groups after unnamed ones); <c>(?P&lt;name&gt;...)</c>,
/// <c>(?P=name)</c> and <c>(?(name)...)</c> map to those numbers; <c>\Z</c> becomes <c>\z</c>;
/// <c>\UXXXXXXXX</c> becomes the character; the flags <c>a</c>/<c>u</c>/<c>L</c> are removed from inline
/// groups. Unsupported: possessive quantifiers (<c>*+</c>, <c>++</c>, <c>?+</c>, <c>{m,n}+</c>), which
/// raise re.error.
/// </summary>
internal sealed class RegexTranslator
{
    private readonly string _p;
    private readonly StringBuilder _out = new();
    private readonly bool _verbose;
    private int _i;

    private RegexTranslator(string pattern, bool verbose)
    {
        _p = pattern;
        _verbose = verbose;
    }

    public Dictionary<string, int> GroupIndex { get; } = new(StringComparer.Ordinal);

    public int Groups { get; private set; }

    public bool Ascii { get; private set; }

    /// <summary>The flags of standalone inline groups such as <c>(?i)</c>, as <c>re</c> flag bits (they apply to the whole pattern).</summary>
    public long GlobalFlags { get; private set; }

    public static RegexTranslator Translate(string pattern, bool verbose, bool ascii)
    {
        var t = new RegexTranslator(pattern, verbose || StartsWithVerboseFlag(pattern)) { Ascii = ascii };
        t.Run();
        return t;
    }

    public string Result => _out.ToString();

    private static bool StartsWithVerboseFlag(string p)
    {
        if (!p.StartsWith("(?", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < p.Length && char.IsAsciiLetter(p[i]); i++)
        {
            if (p[i] == 'x')
            {
                return true;
            }
        }

        return false;
    }

    private PyReError Error(string message, int position) => new($"{message} at position {position}");

    private void Run()
    {
        var depth = new Stack<int>();
        while (_i < _p.Length)
        {
            var c = _p[_i];
            switch (c)
            {
                case '\\':
                    Escape(inClass: false);
                    break;
                case '[':
                    CharClass();
                    break;
                case '#' when _verbose:
                    while (_i < _p.Length && _p[_i] != '\n')
                    {
                        _out.Append(_p[_i++]);
                    }

                    break;
                case '(':
                    var open = _i;
                    if (Group())
                    {
                        depth.Push(open);
                    }

                    break;
                case ')':
                    if (depth.Count == 0)
                    {
                        throw Error("unbalanced parenthesis", _i);
                    }

                    depth.Pop();
                    _out.Append(c);
                    _i++;
                    break;
                case '*' or '+' or '?':
                    _out.Append(c);
                    _i++;
                    if (_i < _p.Length && _p[_i] == '?')
                    {
                        _out.Append('?');
                        _i++;
                    }
                    else
                    {
                        CheckPossessive();
                    }

                    break;
                case '}':
                    _out.Append(c);
                    _i++;
                    CheckPossessive();
                    break;
                default:
                    _out.Append(c);
                    _i++;
                    break;
            }
        }

        if (depth.Count > 0)
        {
            throw Error("missing ), unterminated subpattern", depth.Peek());
        }
    }

    private void CheckPossessive()
    {
        if (_i < _p.Length && _p[_i] == '+')
        {
            throw Error("possessive quantifiers are not supported by Portalis", _i);
        }
    }

    private void Escape(bool inClass)
    {
        if (_i + 1 >= _p.Length)
        {
            throw Error("bad escape (end of pattern)", _i);
        }

        var e = _p[_i + 1];
        switch (e)
        {
            case 'Z' when !inClass:
                _out.Append("\\z");
                _i += 2;
                return;
            case 'U':
                var hex = _i + 10 <= _p.Length ? _p.Substring(_i + 2, 8) : string.Empty;
                if (!int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp) || cp > 0x10FFFF)
                {
                    throw Error("bad escape \\U", _i);
                }

                var text = char.ConvertFromUtf32(cp);
                _out.Append(inClass || text.Length == 1 ? System.Text.RegularExpressions.Regex.Escape(text) : "(?:" + text + ")");
                _i += 10;
                return;
            case 'd' or 'w' or 's' or 'D' or 'W' or 'S' when Ascii:
                _out.Append(e switch
                {
                    'd' => inClass ? "0-9" : "[0-9]",
                    'w' => inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]",
                    's' => inClass ? " \\t\\n\\r\\f\\v" : "[ \\t\\n\\r\\f\\v]",
                    'D' => "[^0-9]",
                    'W' => "[^a-zA-Z0-9_]",
                    _ => "[^ \\t\\n\\r\\f\\v]",
                });
                _i += 2;
                return;
            default:
                if (char.IsAsciiLetter(e) && "abfnrtvxuAbBdDsSwWZ0123456789".IndexOf(e, StringComparison.Ordinal) < 0 && !(e == 'N'))
                {
                    throw Error("bad escape \\" + e, _i);
                }

                _out.Append('\\').Append(e);
                _i += 2;
                return;
        }
    }

    private void CharClass()
    {
        var start = _i;
        _out.Append('[');
        _i++;
        if (_i < _p.Length && _p[_i] == '^')
        {
            _out.Append('^');
            _i++;
        }

        if (_i < _p.Length && _p[_i] == ']')
        {
            // A leading ']' is literal in Python.
            _out.Append("\\]");
            _i++;
        }

        while (true)
        {
            if (_i >= _p.Length)
            {
                throw Error("unterminated character set", start);
            }

            var c = _p[_i];
            if (c == ']')
            {
                _out.Append(']');
                _i++;
                return;
            }

            if (c == '\\')
            {
                Escape(inClass: true);
                continue;
            }

            if (c == '[')
            {
                // A literal '[' inside a class (.NET would read "[:" or subtraction syntax).
                _out.Append("\\[");
                _i++;
                continue;
            }

            _out.Append(c);
            _i++;
        }
    }

    // Returns whether a group was opened (false for back references, comments and global flags).
    private bool Group()
    {
        var start = _i;
        if (_i + 1 < _p.Length && _p[_i + 1] == '?')
        {
            var k = _i + 2;
            if (k < _p.Length && _p[k] == 'P')
            {
                if (k + 1 < _p.Length && _p[k + 1] == '<')
                {
                    var close = _p.IndexOf('>', k + 2);
                    if (close < 0)
                    {
                        throw Error("missing >, unterminated name", k + 2);
                    }

                    var name = _p[(k + 2)..close];
                    if (name.Length == 0 || !PyStr.IsIdentifier(name))
                    {
                        throw Error($"bad character in group name '{name}'", k + 2);
                    }

                    if (GroupIndex.ContainsKey(name))
                    {
                        throw Error($"redefinition of group name '{name}' as group {Groups + 1}; was group {GroupIndex[name]}", k + 2);
                    }

                    Groups++;
                    GroupIndex[name] = Groups;
                    _out.Append("(?<").Append(Groups.ToString(CultureInfo.InvariantCulture)).Append('>');
                    _i = close + 1;
                    return true;
                }

                if (k + 1 < _p.Length && _p[k + 1] == '=')
                {
                    var close = _p.IndexOf(')', k + 2);
                    var name = close < 0 ? string.Empty : _p[(k + 2)..close];
                    if (!GroupIndex.TryGetValue(name, out var number))
                    {
                        throw Error($"unknown group name '{name}'", k + 2);
                    }

                    _out.Append("\\k<").Append(number.ToString(CultureInfo.InvariantCulture)).Append('>');
                    _i = close + 1;
                    return false;
                }

                throw Error("unknown extension ?P" + (k + 1 < _p.Length ? _p[k + 1].ToString() : string.Empty), _i + 1);
            }

            if (k < _p.Length && _p[k] == '(')
            {
                // Conditional: (?(name)yes|no) or (?(1)yes|no).
                var close = _p.IndexOf(')', k + 1);
                var reference = close < 0 ? string.Empty : _p[(k + 1)..close];
                if (!int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && !GroupIndex.TryGetValue(reference, out number))
                {
                    throw Error($"unknown group name '{reference}'", k + 1);
                }

                _out.Append("(?(").Append(number.ToString(CultureInfo.InvariantCulture)).Append(')');
                _i = close + 1;
                return true;
            }

            if (k < _p.Length && (char.IsAsciiLetter(_p[k]) || _p[k] == '-'))
            {
                // Inline flags: drop a/u/L, which .NET does not know.
                var j = k;
                var flags = new StringBuilder();
                while (j < _p.Length && (char.IsAsciiLetter(_p[j]) || _p[j] == '-'))
                {
                    var f = _p[j];
                    if (f == 'a')
                    {
                        Ascii = true;
                    }
                    else if (f is not ('u' or 'L'))
                    {
                        if ("imsx-".IndexOf(f, StringComparison.Ordinal) < 0)
                        {
                            throw Error("unknown flag", j);
                        }

                        flags.Append(f);
                    }

                    j++;
                }

                if (flags.Length == 0 && j < _p.Length && _p[j] == ')')
                {
                    foreach (var f in _p[k..j])
                    {
                        GlobalFlags |= f switch { 'L' => 4L, 'u' => 32L, 'a' => 256L, _ => 0L };
                    }

                    _i = j + 1;
                    return false;
                }

                _out.Append("(?").Append(flags);
                _i = j;
                if (j < _p.Length && _p[j] == ')')
                {
                    foreach (var f in _p[k..j])
                    {
                        GlobalFlags |= f switch { 'i' => 2L, 'L' => 4L, 'm' => 8L, 's' => 16L, 'u' => 32L, 'x' => 64L, 'a' => 256L, _ => 0L };
                    }

                    // Global flags "(?i)": the group closes at once.
                    _out.Append(')');
                    _i++;
                    return false;
                }

                return true;
            }

            if (k < _p.Length && _p[k] == '#')
            {
                var close = _p.IndexOf(')', k);
                if (close < 0)
                {
                    throw Error("missing ), unterminated comment", _i);
                }

                _i = close + 1;
                return false;
            }

            // (?:  (?=  (?!  (?<=  (?<!  (?>  are the same in .NET.
            _out.Append("(?");
            _i += 2;
            return true;
        }

        Groups++;
        _out.Append("(?<").Append(Groups.ToString(CultureInfo.InvariantCulture)).Append('>');
        _i = start + 1;
        return true;
    }
}
