using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Differential;

public class ArithmeticTests
{
    internal static object? Evaluate(Case c)
    {
        var a = c.Args;
        return c.Op switch
        {
            "add" => PyOps.Add(a[0], a[1]),
            "sub" => PyOps.Sub(a[0], a[1]),
            "mul" => PyOps.Mul(a[0], a[1]),
            "truediv" => PyOps.TrueDiv(a[0], a[1]),
            "floordiv" => PyOps.FloorDiv(a[0], a[1]),
            "mod" => PyOps.Mod(a[0], a[1]),
            "pow" => PyOps.Pow(a[0], a[1]),
            "pow3" => PyOps.Pow(a[0], a[1], a[2]),
            "lshift" => PyOps.LShift(a[0], a[1]),
            "rshift" => PyOps.RShift(a[0], a[1]),
            "and" => PyOps.And(a[0], a[1]),
            "or" => PyOps.Or(a[0], a[1]),
            "xor" => PyOps.Xor(a[0], a[1]),
            "divmod" => PyOps.DivMod(a[0], a[1]),
            "neg" => PyOps.Neg(a[0]),
            "pos" => PyOps.Pos(a[0]),
            "invert" => PyOps.Invert(a[0]),
            "abs" => PyOps.Abs(a[0]),
            "truth" => PyOps.IsTrue(a[0]),
            "repr" => PyOps.Repr(a[0]),
            "str" => PyOps.Str(a[0]),
            "eq" => PyOps.Eq(a[0], a[1]),
            "ne" => PyOps.Ne(a[0], a[1]),
            "lt" => PyOps.Lt(a[0], a[1]),
            "le" => PyOps.Le(a[0], a[1]),
            "gt" => PyOps.Gt(a[0], a[1]),
            "ge" => PyOps.Ge(a[0], a[1]),
            "hash" => PyOps.Hash(a[0]),
            _ => throw new InvalidOperationException("unknown op " + c.Op),
        };
    }

    [Fact]
    public void Arithmetic_CPythonTable_Matches() => CaseFile.AssertAll("arithmetic.jsonl", Evaluate);

    [Fact]
    public void Comparisons_CPythonTable_Matches() => CaseFile.AssertAll("compare.jsonl", Evaluate);
}
