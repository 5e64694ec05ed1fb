using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

public class FormattingTests
{
    private static object? Evaluate(Case c)
    {
        var a = c.Args;
        return c.Op switch
        {
            "repr" => PyOps.Repr(a[0]),
            "format" => PyFormat.Format(a[0], (string)a[1]!),
            "round1" => PyBuiltins.Round(a[0]),
            "round2" => PyBuiltins.Round(a[0], a[1]),
            "bin" => PyBuiltins.Bin(a[0]),
            "oct" => PyBuiltins.Oct(a[0]),
            "hex" => PyBuiltins.Hex(a[0]),
            _ => throw new InvalidOperationException("unknown op " + c.Op),
        };
    }

    [Fact]
    public void FloatRepr_CPythonTable_Matches() => CaseFile.AssertAll("formatting.jsonl", Evaluate, c => c.Op == "repr");

    [Fact]
    public void Format_CPythonTable_Matches() => CaseFile.AssertAll("formatting.jsonl", Evaluate, c => c.Op == "format");

    [Fact]
    public void Round_CPythonTable_Matches() => CaseFile.AssertAll("formatting.jsonl", Evaluate, c => c.Op.StartsWith("round", StringComparison.Ordinal));

    [Fact]
    public void BinOctHex_CPythonTable_Matches() => CaseFile.AssertAll("formatting.jsonl", Evaluate, c => c.Op is "bin" or "oct" or "hex");
}
