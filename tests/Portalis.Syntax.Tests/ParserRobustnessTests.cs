using Portalis.Syntax.Ast;
using Portalis.Syntax.Diagnostics;
using Assert = Xunit.Assert;

namespace Portalis.Syntax.Tests;

/// <summary>Inputs that would overflow a naive recursive parser end in a diagnostic, never a crash.</summary>
public sealed class ParserRobustnessTests
{
    [Fact]
    public void ParseModule_HundredThousandTermSum_ParsesAsLoop()
    {
        var source = "x = " + string.Join("+", Enumerable.Repeat("1", 100_000)) + "\n";

        var result = Parser.ParseModule(new SourceText(source));

        Assert.True(result.Success);
        var assign = Assert.IsType<Assign>(result.Module!.Body[0]);
        Assert.IsType<BinOp>(assign.Value);
    }

    [Fact]
    public void ParseModule_LongAttributeChain_ParsesAsLoop()
    {
        var source = "x = a" + string.Concat(Enumerable.Repeat(".b", 100_000)) + "\n";

        Assert.True(Parser.ParseModule(new SourceText(source)).Success);
    }

    [Theory]
    [InlineData("-", "1")]
    [InlineData("not ", "x")]
    [InlineData("lambda: ", "x")]
    [InlineData("a if b else ", "c")]
    [InlineData("2**", "2")]
    public void ParseModule_HundredThousandNestedPrefixes_ReportsTooDeep(string prefix, string last)
    {
        var source = "x = " + string.Concat(Enumerable.Repeat(prefix, 100_000)) + last + "\n";

        var result = Parser.ParseModule(new SourceText(source));

        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.TooDeep, result.Diagnostics[0].Code);
    }

    [Fact]
    public void ParseModule_OnSmallStack_ReportsTooDeepInsteadOfOverflowing()
    {
        // 199 nested parentheses cost a few thousand frames, more than a 192 KB stack holds.
        var source = "x = " + string.Concat(Enumerable.Repeat("-(", 199)) + "1" + new string(')', 199) + "\n";
        ParseResult? result = null;
        var thread = new Thread(() => result = Parser.ParseModule(new SourceText(source)), 192 * 1024);

        thread.Start();
        thread.Join();

        Assert.NotNull(result);
        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.TooDeep, result.Diagnostics[0].Code);
    }

    [Fact]
    public void ParseModule_TwoHundredNestedCalls_Parses()
    {
        var source = "x = " + string.Concat(Enumerable.Repeat("f(", 199)) + new string(')', 199) + "\n";

        Assert.True(Parser.ParseModule(new SourceText(source)).Success);
    }

    [Fact]
    public void ParseExpression_EvalMode_ReturnsExpression()
    {
        var result = Parser.ParseExpression(new SourceText("a + 1\n"));

        Assert.True(result.Success);
        Assert.Equal("Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))", result.Expression!.Dump());
    }
}
