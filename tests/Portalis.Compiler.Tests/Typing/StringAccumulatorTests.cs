using Portalis.Compiler.Tests.Build;
using Portalis.Compiler.Typing;
using Portalis.Syntax;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Text;
using Xunit;
using Assert = Xunit.Assert;

namespace Portalis.Compiler.Tests.Typing;

/// <summary>Which names a loop only extends (Typing/StringAccumulators), and the accumulator the lowering emits for them.</summary>
public sealed class StringAccumulatorTests
{
    [Theory]
    [InlineData("for i in r:\n    s += str(i)", "s")]
    [InlineData("for i in r:\n    s = s + str(i)", "s")]
    [InlineData("while k:\n    s += 'a'\n    t += s2\n    k -= 1", "s,t")]
    [InlineData("for i in r:\n    for j in r:\n        s += 'x'\n    s += '|'", "s")]
    [InlineData("for i in r:\n    s += 'a'\n    if len(s) > 3:\n        pass", "")]
    [InlineData("for s in r:\n    s += 'a'", "")]
    [InlineData("while s:\n    s += 'a'", "")]
    [InlineData("for i in r:\n    s += s", "")]
    [InlineData("for i in r:\n    s = 'a' + s", "")]
    [InlineData("for i in r:\n    s += 'a'\nelse:\n    print(s)", "")]
    [InlineData("for i in r:\n    s += 'a'\n    f = lambda: s", "")]
    [InlineData("for i in r:\n    def g():\n        s += 'a'", "")]
    [InlineData("for i in r:\n    s -= 1", "")]
    public void Find_OnlyExtendedNames(string loop, string expected)
    {
        var statement = Parser.ParseModule(new SourceText(loop + "\n", "app.py")).Module!.Body.Single();
        Assert.Equal(expected, string.Join(",", StringAccumulators.Find(statement)));
    }

    [Fact]
    public void Emitted_PlainLocal_AccumulatesAndFlushesInFinally()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            def f(n):
                s = ""
                for i in range(n):
                    s += str(i)
                return s
            print(f(3))
            """);
        Assert.Contains("= new PyStrConcat(l_s, \"s\");", code);
        Assert.Contains(".Add(acc", code);
        Assert.Contains("l_s = acc", code);
    }

    [Fact]
    public void Emitted_GlobalOrCapturedName_StaysGeneric()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            s = ""
            for i in range(3):
                s += str(i)
            def f(n):
                t = ""
                for i in range(n):
                    t += "a"
                return lambda: t
            print(s, f(2)())
            """);
        Assert.DoesNotContain("PyStrConcat", code);
    }
}
