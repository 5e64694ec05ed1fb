using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

public sealed class ReModuleTests
{
    private static readonly string[] s_subs = [@"<\1>", @"\g<0>\g<0>", @"[\n]", "-"];

    [Fact]
    public void PatternsMatchesSubSplit_MatchCPython()
    {
        var failures = new List<string>();
        foreach (var row in ModuleCases.Load("re"))
        {
            var pattern = row.GetProperty("pattern").GetString()!;
            var text = row.GetProperty("text").GetString()!;
            var flags = row.GetProperty("flags").GetInt64();
            var actual = PyOps.Repr(Run(pattern, text, flags));
            var expected = row.GetProperty("expect").GetString();
            if (actual != expected)
            {
                failures.Add($"{pattern} on {text}:\n  expected {expected}\n  actual   {actual}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void CompileErrors_MatchCPython()
    {
        foreach (var row in ModuleCases.Load("re_errors"))
        {
            if (row.TryGetProperty("f", out _))
            {
                Assert.Null(ModuleCases.Check(row));
                continue;
            }

            var pattern = row.GetProperty("pattern").GetString()!;
            var expected = row.GetProperty("expect").GetString()!;
            var actual = Py.Error(() => Py.Call("_portalis_re", "compile", pattern));
            if (pattern == "a{2}+")
            {
                // 3.11's possessive quantifiers are the documented gap.
                Assert.Equal("re.error: possessive quantifiers are not supported by Portalis at position 4", actual);
                continue;
            }

            Assert.Equal(expected == "ok" ? "no error" : "re.error: " + expected, actual);
        }
    }

    private static PyList Run(string pattern, string text, long flags)
    {
        var p = (PyPattern)Py.Call("_portalis_re", "compile", pattern, flags)!;
        var m = p.Search(text);
        var row = new PyList(
            p.Repr(), PyOps.Repr(m), p.FindAll(text), new PyList([.. PyOps.Iterate(p.FindIter(text)).Select(x => (object?)((PyMatch)x!).SpanTuple())]),
            p.Split(text), p.Split(text, 1), PyOps.Repr(p.Match(text)), PyOps.Repr(p.FullMatch(text)));
        if (m is not null)
        {
            var spans = new PyList();
            for (var i = 0L; i <= p.Groups; i++)
            {
                spans.Append(m.SpanTuple(i));
            }

            row.Extend(new PyList(m.GroupMany(), m.GroupsTuple(), m.GroupDict(), m.GroupsTuple("-"), m.Start(), m.End(), m.LastIndex, m.LastGroup, spans));
        }

        foreach (var t in s_subs)
        {
            try
            {
                row.Append(p.SubN(t, text));
            }
            catch (PyBaseException e)
            {
                row.Append("!" + e.PythonTypeName + ": " + e.PyStr());
            }
        }

        var upper = new PyBuiltinFunction("f", (a, _) => PyStr.Upper((string)((PyMatch)a[0]!).GroupMany()!) + "!");
        row.Append(p.Sub(upper, text, 2));
        return row;
    }
}
