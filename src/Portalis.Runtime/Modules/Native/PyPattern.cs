using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Portalis.Runtime;

/// <summary><c>re.Pattern</c>: a compiled Python regular expression over .NET's engine (see <see cref="RegexTranslator"/>).</summary>
public sealed class PyPattern : NativeObject
{
    private static readonly (long Flag, string Name)[] s_flagNames =
    [
        (ReModule.TEMPLATE, "re.TEMPLATE"), (ReModule.IGNORECASE, "re.IGNORECASE"), (ReModule.LOCALE, "re.LOCALE"), (ReModule.MULTILINE, "re.MULTILINE"),
        (ReModule.DOTALL, "re.DOTALL"), (ReModule.UNICODE, "re.UNICODE"), (ReModule.VERBOSE, "re.VERBOSE"), (ReModule.DEBUG, "re.DEBUG"), (ReModule.ASCII, "re.ASCII"),
    ];

    private static readonly ConcurrentDictionary<(string, long), PyPattern> s_cache = new();
    private readonly Regex _search;
    private readonly Regex _match;
    private readonly Regex _fullMatch;
    private readonly string[] _groupNames;

    private PyPattern(string pattern, long flags)
    {
        Pattern = pattern;
        var verbose = (flags & ReModule.VERBOSE) != 0;
        var translated = RegexTranslator.Translate(pattern, verbose, (flags & ReModule.ASCII) != 0);
        flags |= translated.GlobalFlags;
        Flags = flags | ((flags & ReModule.ASCII) == 0 ? ReModule.UNICODE : 0);
        Groups = translated.Groups;
        GroupIndex = translated.GroupIndex;
        _groupNames = new string[Groups + 1];
        foreach (var (name, index) in GroupIndex)
        {
            _groupNames[index] = name;
        }

        var options = RegexOptions.CultureInvariant;
        if ((flags & ReModule.IGNORECASE) != 0)
        {
            options |= RegexOptions.IgnoreCase;
        }

        if ((flags & ReModule.MULTILINE) != 0)
        {
            options |= RegexOptions.Multiline;
        }

        if ((flags & ReModule.DOTALL) != 0)
        {
            options |= RegexOptions.Singleline;
        }

        if (verbose)
        {
            options |= RegexOptions.IgnorePatternWhitespace;
        }

        var body = translated.Result;
        var end = verbose || body.Contains("(?x", StringComparison.Ordinal) ? "\n" : string.Empty;
        try
        {
            _search = new Regex(body, options);
            _match = new Regex(@"\G(?:" + body + end + ")", options);
            _fullMatch = new Regex(@"\G(?:" + body + end + @")\z", options);
        }
        catch (ArgumentException e)
        {
            throw new PyReError(e.Message);
        }
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "re.Pattern";

    /// <summary><c>pattern</c></summary>
    [PyExport("pattern")]
    public string Pattern { get; }

    /// <summary><c>flags</c></summary>
    [PyExport("flags")]
    public long Flags { get; }

    /// <summary><c>groups</c></summary>
    [PyExport("groups")]
    public long Groups { get; }

    /// <summary><c>groupindex</c>: name → group number.</summary>
    public IReadOnlyDictionary<string, int> GroupIndex { get; }

    /// <summary>The compiled pattern for (pattern, flags), cached as <c>re._compile</c> does.</summary>
    public static PyPattern Compile(object? pattern, long flags)
    {
        switch (pattern)
        {
            case PyPattern p:
                return flags == 0 ? p : throw new PyValueError("cannot process flags argument with a compiled pattern");
            case string s:
                return s_cache.GetOrAdd((s, flags), static k => new PyPattern(k.Item1, k.Item2));
            default:
                throw new PyTypeError("first argument must be string or compiled pattern");
        }
    }

    /// <summary>The name of group <paramref name="index"/>, or null.</summary>
    internal string? GroupName(int index) => _groupNames[index];

    /// <inheritdoc/>
    public override string Repr()
    {
        var shown = Flags & ~ReModule.UNICODE;
        var text = PyOps.Repr(Pattern.Length > 200 ? Pattern[..200] : Pattern);
        if (shown == 0)
        {
            return $"re.compile({text})";
        }

        var names = s_flagNames.Where(f => (shown & f.Flag) != 0).Select(f => f.Name);
        return $"re.compile({text}, {string.Join('|', names)})";
    }

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name == "groupindex")
        {
            var d = new PyDict();
            foreach (var (k, v) in GroupIndex.OrderBy(p => p.Value))
            {
                d.SetItem(k, (long)v);
            }

            value = d;
            return true;
        }

        return base.TryGetAttribute(name, out value);
    }

    /// <summary><c>match(string, pos=0, endpos=sys.maxsize)</c></summary>
    [PyExport("match")]
    public PyMatch? Match(object? @string, long pos = 0, long endpos = long.MaxValue) => Run(_match, @string, pos, endpos);

    /// <summary><c>fullmatch(string, pos=0, endpos=sys.maxsize)</c></summary>
    [PyExport("fullmatch")]
    public PyMatch? FullMatch(object? @string, long pos = 0, long endpos = long.MaxValue) => Run(_fullMatch, @string, pos, endpos);

    /// <summary><c>search(string, pos=0, endpos=sys.maxsize)</c></summary>
    [PyExport("search")]
    public PyMatch? Search(object? @string, long pos = 0, long endpos = long.MaxValue) => Run(_search, @string, pos, endpos);

    /// <summary><c>finditer(string, pos=0, endpos=sys.maxsize)</c></summary>
    [PyExport("finditer")]
    public PyIterator FindIter(object? @string, long pos = 0, long endpos = long.MaxValue) =>
        new(All(@string, pos, endpos).Select(m => (object?)m).GetEnumerator());

    /// <summary><c>findall(string, pos=0, endpos=sys.maxsize)</c>: whole matches, the one group, or tuples of groups ('' when unmatched).</summary>
    [PyExport("findall")]
    public PyList FindAll(object? @string, long pos = 0, long endpos = long.MaxValue)
    {
        var result = new PyList();
        foreach (var m in All(@string, pos, endpos))
        {
            if (Groups == 0)
            {
                result.Append(m.Group(0));
            }
            else if (Groups == 1)
            {
                result.Append(m.Group(1) ?? string.Empty);
            }
            else
            {
                var items = new object?[Groups];
                for (var g = 1; g <= Groups; g++)
                {
                    items[g - 1] = m.Group(g) ?? string.Empty;
                }

                result.Append(new PyTuple(items));
            }
        }

        return result;
    }

    /// <summary><c>split(string, maxsplit=0)</c>: groups are included; empty matches split (3.7+).</summary>
    [PyExport("split")]
    public PyList Split(object? @string, long maxsplit = 0)
    {
        var s = Text(@string);
        var result = new PyList();
        var last = 0;
        var count = 0;
        foreach (var m in All(s, 0, long.MaxValue))
        {
            if (maxsplit > 0 && count >= maxsplit)
            {
                break;
            }

            result.Append(s[last..m.Raw.Index]);
            for (var g = 1; g <= Groups; g++)
            {
                result.Append(m.Group(g));
            }

            last = m.Raw.Index + m.Raw.Length;
            count++;
        }

        result.Append(s[last..]);
        return result;
    }

    /// <summary><c>sub(repl, string, count=0)</c></summary>
    [PyExport("sub")]
    public string Sub(object? repl, object? @string, long count = 0) => SubCore(repl, @string, count).Text;

    /// <summary><c>subn(repl, string, count=0)</c></summary>
    [PyExport("subn")]
    public PyTuple SubN(object? repl, object? @string, long count = 0)
    {
        var (text, n) = SubCore(repl, @string, count);
        return new PyTuple(text, n);
    }

    private (string Text, long Count) SubCore(object? repl, object? @string, long count)
    {
        var s = Text(@string);
        var template = repl is string r ? ReplacementTemplate.Parse(r, this) : null;
        if (template is null && !BuiltinsModule.Callable(repl))
        {
            throw new PyTypeError($"expected str instance, {PyOps.TypeName(repl)} found");
        }

        var builder = new StringBuilder();
        var last = 0;
        var n = 0L;
        foreach (var m in All(s, 0, long.MaxValue))
        {
            if (count > 0 && n >= count)
            {
                break;
            }

            builder.Append(s, last, m.Raw.Index - last);
            if (template is not null)
            {
                template.Expand(m, builder);
            }
            else
            {
                var piece = PyOps.Call(repl, m);
                builder.Append(piece as string ?? throw new PyTypeError($"expected str instance, {PyOps.TypeName(piece)} found"));
            }

            last = m.Raw.Index + m.Raw.Length;
            n++;
        }

        builder.Append(s, last, s.Length - last);
        return (builder.ToString(), n);
    }

    private static string Text(object? value) => value as string
        ?? throw new PyTypeError(value is PyBytes ? "cannot use a string pattern on a bytes-like object" : $"expected string or bytes-like object, got '{PyOps.TypeName(value)}'");

    private PyMatch? Run(Regex regex, object? @string, long pos, long endpos)
    {
        var s = Text(@string);
        var (start, subject) = Window(s, pos, endpos);
        if (start > subject.Length)
        {
            return null;
        }

        var m = regex.Match(subject, start);
        return m.Success ? new PyMatch(this, s, m, pos, endpos) : null;
    }

    private IEnumerable<PyMatch> All(object? @string, long pos, long endpos)
    {
        var s = Text(@string);
        var (start, subject) = Window(s, pos, endpos);
        if (start > subject.Length)
        {
            yield break;
        }

        for (var m = _search.Match(subject, start); m.Success; m = m.NextMatch())
        {
            yield return new PyMatch(this, s, m, pos, endpos);
        }
    }

    // pos/endpos are code-point indices clamped as in CPython's getslice.
    private static (int Start, string Subject) Window(string s, long pos, long endpos)
    {
        var length = PyStr.Length(s);
        pos = Math.Clamp(pos, 0, length);
        endpos = Math.Clamp(endpos, 0, length);
        var end = PyMatch.ToUtf16(s, endpos);
        var start = PyMatch.ToUtf16(s, pos);
        return (start, end == s.Length ? s : s[..end]);
    }
}
