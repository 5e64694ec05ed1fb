using System.Text;
using System.Text.RegularExpressions;

namespace Portalis.Runtime;

/// <summary><c>re.Match</c>: positions are code-point indices, as in CPython.</summary>
public sealed class PyMatch : NativeObject
{
    private readonly PyPattern _pattern;
    private readonly string _string;
    private readonly object? _subject;

    internal PyMatch(PyPattern pattern, object? subject, string text, Match raw, long pos, long endpos)
    {
        _pattern = pattern;
        _subject = subject;
        _string = text;
        Raw = raw;
        Pos = pos;
        EndPos = Math.Min(endpos, PyStr.Length(text));
    }

    internal Match Raw { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => "re.Match";

    /// <summary><c>string</c></summary>
    [PyExport("string")]
    public object? String => _subject;

    /// <summary><c>re</c></summary>
    [PyExport("re")]
    public PyPattern Re => _pattern;

    /// <summary><c>pos</c></summary>
    [PyExport("pos")]
    public long Pos { get; }

    /// <summary><c>endpos</c></summary>
    [PyExport("endpos")]
    public long EndPos { get; }

    /// <summary><c>lastindex</c>: the last matched group (by closing position), or None.</summary>
    [PyExport("lastindex")]
    public long? LastIndex
    {
        get
        {
            long? best = null;
            var bestEnd = -1;
            for (var g = 1; g <= _pattern.Groups; g++)
            {
                var group = Raw.Groups[g];
                if (group.Success && group.Index + group.Length >= bestEnd)
                {
                    // CPython's lastindex is the group closed last; with equal ends the outer (lower) group closes last.
                    if (group.Index + group.Length > bestEnd || best is null)
                    {
                        best = g;
                        bestEnd = group.Index + group.Length;
                    }
                }
            }

            return best;
        }
    }

    /// <summary><c>lastgroup</c></summary>
    [PyExport("lastgroup")]
    public string? LastGroup => LastIndex is { } i ? _pattern.GroupName((int)i) : null;

    /// <summary><c>group([group1, ...])</c></summary>
    [PyExport("group")]
    public object? GroupMany(params object?[] groups)
    {
        if (groups.Length == 0)
        {
            return _pattern.Wrap(Group(0));
        }

        if (groups.Length == 1)
        {
            return _pattern.Wrap(Group(Resolve(groups[0])));
        }

        return new PyTuple([.. groups.Select(g => _pattern.Wrap(Group(Resolve(g))))]);
    }

    /// <summary><c>m[g]</c></summary>
    [PyExport("__getitem__")]
    public object? GetItem(object? g) => _pattern.Wrap(Group(Resolve(g)));

    /// <summary><c>groups(default=None)</c></summary>
    [PyExport("groups")]
    public PyTuple GroupsTuple(object? @default = null)
    {
        var items = new object?[_pattern.Groups];
        for (var g = 1; g <= _pattern.Groups; g++)
        {
            items[g - 1] = _pattern.Wrap(Group(g)) ?? @default;
        }

        return new PyTuple(items);
    }

    /// <summary><c>groupdict(default=None)</c></summary>
    [PyExport("groupdict")]
    public PyDict GroupDict(object? @default = null)
    {
        var d = new PyDict();
        foreach (var (name, index) in _pattern.GroupIndex.OrderBy(p => p.Value))
        {
            d.SetItem(name, _pattern.Wrap(Group(index)) ?? @default);
        }

        return d;
    }

    /// <summary><c>start(group=0)</c>: -1 when the group did not match.</summary>
    [PyExport("start")]
    public long Start(object? group = null) => Span(group).Start;

    /// <summary><c>end(group=0)</c></summary>
    [PyExport("end")]
    public long End(object? group = null) => Span(group).End;

    /// <summary><c>span(group=0)</c></summary>
    [PyExport("span")]
    public PyTuple SpanTuple(object? group = null)
    {
        var (start, end) = Span(group);
        return new PyTuple(start, end);
    }

    /// <summary><c>expand(template)</c></summary>
    [PyExport("expand")]
    public object? Expand(object? template)
    {
        var text = (template, _pattern.IsBytes) switch
        {
            (string s, false) => s,
            (PyBytesLike b, true) => Encoding.Latin1.GetString(b.Span),
            _ => throw new PyTypeError(_pattern.IsBytes ? $"a bytes-like object is required, not '{PyOps.TypeName(template)}'" : $"expected str instance, {PyOps.TypeName(template)} found"),
        };
        var builder = new StringBuilder();
        ReplacementTemplate.Parse(text, _pattern).Expand(this, builder);
        return _pattern.Wrap(builder.ToString());
    }

    /// <inheritdoc/>
    public override bool? Bool() => true;

    /// <inheritdoc/>
    public override string Repr() => $"<re.Match object; span=({Start()}, {End()}), match={PyOps.Repr(_pattern.Wrap(Group(0)))}>";

    /// <summary>Group <paramref name="index"/>'s text, or null when it did not participate.</summary>
    internal string? Group(int index)
    {
        var g = Raw.Groups[index];
        return g.Success ? g.Value : null;
    }

    internal static int ToUtf16(string s, long codePoint)
    {
        var i = 0;
        for (var k = 0L; k < codePoint && i < s.Length; k++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return i;
    }

    private static long ToCodePoint(string s, int utf16)
    {
        var n = 0L;
        for (var i = 0; i < utf16; i++)
        {
            if (!(char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1])))
            {
                n++;
            }
        }

        return n;
    }

    private (long Start, long End) Span(object? group)
    {
        var g = Raw.Groups[group is null ? 0 : Resolve(group)];
        if (!g.Success)
        {
            return (-1, -1);
        }

        return (ToCodePoint(_string, g.Index), ToCodePoint(_string, g.Index + g.Length));
    }

    private int Resolve(object? group)
    {
        switch (group)
        {
            case string name when _pattern.GroupIndex.TryGetValue(name, out var index):
                return index;
            case long or bool:
                var i = PyArg.ToLong(group);
                if (i >= 0 && i <= _pattern.Groups)
                {
                    return (int)i;
                }

                break;
        }

        throw new PyIndexError("no such group");
    }
}
