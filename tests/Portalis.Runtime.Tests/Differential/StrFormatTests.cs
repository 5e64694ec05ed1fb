using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

public class StrFormatTests
{
    private static PyDict Pairs(object? list)
    {
        var dict = new PyDict();
        foreach (var pair in (PyList)list!)
        {
            var t = (PyTuple)pair!;
            dict.SetItem(t[0], t[1]);
        }

        return dict;
    }

    private static object? Evaluate(Case c)
    {
        var a = c.Args;
        return c.Op switch
        {
            "percent" => PyOps.Mod(a[0], a[1]),
            "percent_dict" => PyOps.Mod(a[0], Pairs(a[1])),
            "strformat" => StrFormat.Format((string)a[0]!, ((PyList)a[1]!).ToArray(), Pairs(a[2])),
            _ => throw new InvalidOperationException("unknown op " + c.Op),
        };
    }

    [Fact]
    public void PercentFormat_CPythonTable_Matches() => CaseFile.AssertAll("strformat.jsonl", Evaluate, c => c.Op.StartsWith("percent", StringComparison.Ordinal));

    [Fact]
    public void StrFormat_CPythonTable_Matches() => CaseFile.AssertAll("strformat.jsonl", Evaluate, c => c.Op == "strformat");
}
