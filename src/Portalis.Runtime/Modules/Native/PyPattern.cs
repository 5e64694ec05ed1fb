using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Portalis.Runtime;

/// <summary>
/// <c>re.Pattern</c>: a compiled Python regular expression over .NET's engine (see <see cref="RegexTranslator"/>).
/// A bytes pattern runs over the Latin-1 decoding of its subject (one char per byte, so indices are byte
/// offsets) with ASCII-only classes, as CPython's bytes patterns are; its results are encoded back to bytes.
/// </summary>
public sealed class PyPattern : NativeObject
{
    private static readonly (long Flag, string Name)[] s_flagNames =
    [
        (ReModule.TEMPLATE, "re.TEMPLATE"), (ReModule.IGNORECASE, "re.IGNORECASE"), (ReModule.LOCALE, "re.LOCALE"), (ReModule.MULTILINE, "re.MULTILINE"),
        (ReModule.DOTALL, "re.DOTALL"), (ReModule.UNICODE, "re.UNICODE"), (ReModule.VERBOSE, "re.VERBOSE"), (ReModule.DEBUG, "re.DEBUG"), (ReModule.ASCII, "re.ASCII"),
    ];

    private static readonly ConcurrentDictionary<(string, long, bool), PyPattern> s_cache = new();
    private readonly Regex _search;
    private readonly Regex _match;
    private readonly Regex _fullMatch;
    private readonly string[] _groupNames;

    private PyPattern(string pattern, long flags, bool isBytes)
    {
        Pattern = pattern;
        IsBytes = isBytes;
        if (isBytes && (flags & ReModule.UNICODE) != 0)
        {
            throw new PyValueError("cannot use UNICODE flag with a bytes pattern");
        }

        var verbose = (flags & ReModule.VERBOSE) != 0;
        var translated = RegexTranslator.Translate(pattern, verbose, isBytes || (flags & ReModule.ASCII) != 0);
        flags |= translated.GlobalFlags;
        Flags = flags | ((flags & ReModule.ASCII) == 0 && !isBytes ? ReModule.UNICODE : 0);
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

    /// <summary>The pattern's text (for a bytes pattern, its Latin-1 decoding).</summary>
    public string Pattern { get; }

    /// <summary>Whether this is a bytes pattern (its subjects and results are bytes).</summary>
    public bool IsBytes { get; }

    /// <summary><c>pattern</c>: the str or bytes the pattern was compiled from.</summary>
    [PyExport("pattern")]
    public object PatternValue => Wrap(Pattern)!;

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
                return s_cache.GetOrAdd((s, flags, false), static k => new PyPattern(k.Item1, k.Item2, k.Item3));
            case PyBytesLike b:
                return s_cache.GetOrAdd((Encoding.Latin1.GetString(b.Span), flags, true), static k => new PyPattern(k.Item1, k.Item2, k.Item3));
            default:
                throw new PyTypeError("first argument must be string or compiled pattern");
        }
    }

    /// <summary>A matched text as the pattern's kind of string: bytes for a bytes pattern (null stays null).</summary>
    internal object? Wrap(string? text) => text is null || !IsBytes ? text : new PyBytes(Encoding.Latin1.GetBytes(text));

    /// <summary>The name of group <paramref name="index"/>, or null.</summary>
    internal string? GroupName(int index) => _groupNames[index];

    /// <inheritdoc/>
    public override string Repr()
    {
        var shown = Flags & ~ReModule.UNICODE;
        var text = PyOps.Repr(Wrap(Pattern.Length > 200 ? Pattern[..200] : Pattern));
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
                result.Append(Wrap(m.Group(0)));
            }
            else if (Groups == 1)
            {
                result.Append(Wrap(m.Group(1) ?? string.Empty));
            }
            else
            {
                var items = new object?[Groups];
                for (var g = 1; g <= Groups; g++)
                {
                    items[g - 1] = Wrap(m.Group(g) ?? string.Empty);
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
        foreach (var m in All(@string, s, 0, long.MaxValue))
        {
            if (maxsplit > 0 && count >= maxsplit)
            {
                break;
            }

            result.Append(Wrap(s[last..m.Raw.Index]));
            for (var g = 1; g <= Groups; g++)
            {
                result.Append(Wrap(m.Group(g)));
            }

            last = m.Raw.Index + m.Raw.Length;
            count++;
        }

        result.Append(Wrap(s[last..]));
        return result;
    }

    /// <summary><c>sub(repl, string, count=0)</c></summary>
    [PyExport("sub")]
    public object? Sub(object? repl, object? @string, long count = 0) => Wrap(SubCore(repl, @string, count).Text);

    /// <summary><c>subn(repl, string, count=0)</c></summary>
    [PyExport("subn")]
    public PyTuple SubN(object? repl, object? @string, long count = 0)
    {
        var (text, n) = SubCore(repl, @string, count);
        return new PyTuple(Wrap(text), n);
    }

    private (string Text, long Count) SubCore(object? repl, object? @string, long count)
    {
        var s = Text(@string);
        var template = TemplateText(repl) is { } r ? ReplacementTemplate.Parse(r, this) : null;
        var callable = template is null && BuiltinsModule.Callable(repl);
        if (template is null && !callable && repl is not (string or PyBytesLike))
        {
            throw new PyTypeError(IsBytes ? $"a bytes-like object is required, not '{PyOps.TypeName(repl)}'" : $"decoding to str: need a bytes-like object, {PyOps.TypeName(repl)} found");
        }

        var builder = new StringBuilder();
        var last = 0;
        var n = 0L;
        var items = 0L; // pattern_subx joins a list of pieces: the errors name the piece's index in it
        foreach (var m in All(@string, s, 0, long.MaxValue))
        {
            if (count > 0 && n >= count)
            {
                break;
            }

            if (m.Raw.Index > last)
            {
                items++;
            }

            builder.Append(s, last, m.Raw.Index - last);
            if (template is not null)
            {
                template.Expand(m, builder);
                items++;
            }
            else if ((callable ? PyOps.Call(repl, m) : repl) is { } piece)
            {
                builder.Append(TemplateText(piece) ?? throw new PyTypeError(IsBytes
                    ? $"sequence item {items}: expected a bytes-like object, {PyOps.TypeName(piece)} found"
                    : $"sequence item {items}: expected str instance, {PyOps.TypeName(piece)} found"));
                items++;
            }

            last = m.Raw.Index + m.Raw.Length;
            n++;
        }

        builder.Append(s, last, s.Length - last);
        return (builder.ToString(), n);
    }

    /// <summary>A replacement (a template, or what a replacement function returned) of the pattern's kind, as text; null when of the other kind.</summary>
    private string? TemplateText(object? value) => value switch
    {
        string s when !IsBytes => s,
        PyBytesLike b when IsBytes => Encoding.Latin1.GetString(b.Span),
        _ => null,
    };

    /// <summary>The subject as the text the regex runs over, with CPython's errors for the wrong kind.</summary>
    internal string Text(object? value) => (value, IsBytes) switch
    {
        (string s, false) => s,
        (PyBytesLike b, true) => Encoding.Latin1.GetString(b.Span),
        (PyMemoryView m, true) => Encoding.Latin1.GetString(m.ToArray()),
        (string, true) => throw new PyTypeError("cannot use a bytes pattern on a string-like object"),
        (PyBytesLike or PyMemoryView, false) => throw new PyTypeError("cannot use a string pattern on a bytes-like object"),
        _ => throw new PyTypeError($"expected string or bytes-like object, got '{PyOps.TypeName(value)}'"),
    };

    private PyMatch? Run(Regex regex, object? @string, long pos, long endpos)
    {
        var s = Text(@string);
        var (start, subject) = Window(s, pos, endpos);
        if (start > subject.Length)
        {
            return null;
        }

        var m = regex.Match(subject, start);
        return m.Success ? new PyMatch(this, @string, s, m, pos, endpos) : null;
    }

    private IEnumerable<PyMatch> All(object? @string, long pos, long endpos) => All(@string, Text(@string), pos, endpos);

    // The matches over subject's text s (already converted by the caller).
    private IEnumerable<PyMatch> All(object? @string, string s, long pos, long endpos)
    {
        var (start, subject) = Window(s, pos, endpos);
        if (start > subject.Length)
        {
            yield break;
        }

        for (var m = _search.Match(subject, start); m.Success; m = m.NextMatch())
        {
            yield return new PyMatch(this, @string, s, m, pos, endpos);
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
