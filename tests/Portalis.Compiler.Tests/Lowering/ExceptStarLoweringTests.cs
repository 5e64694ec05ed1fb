using Portalis.Compiler.Tests.Build;
using Xunit;
using Assert = Xunit.Assert;

namespace Portalis.Compiler.Tests.Lowering;

/// <summary>The C# a <c>try ... except*</c> statement lowers to (docs/EMISSION.md, "except*") and its compile-time errors.</summary>
public sealed class ExceptStarLoweringTests
{
    [Fact]
    public void TryStar_SplitsPerHandlerAndReraisesAfterTheLast()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            def f(g):
                try:
                    g()
                except* ValueError as e:
                    print(e)
                except* TypeError:
                    pass
            """);
        Assert.Contains("PyOps.BeginExceptStar(", code);
        Assert.Equal(2, CountOf(code, ".Matches("));
        Assert.Equal(2, CountOf(code, ".Raised("));
        Assert.Contains(".Leave();", code);
        Assert.Contains(".Reraise();", code);
    }

    [Theory]
    [InlineData("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", 5, 9)]
    [InlineData("for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n", 5, 9)]
    [InlineData("for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        if i:\n            continue\n", 6, 13)]
    public void JumpOutOfExceptStarHandler_IsASyntaxError(string source, int line, int column)
    {
        var result = Translator.Translate(GeneratedPrograms.WriteScript(source));
        Assert.False(result.Success);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains($":{line}:{column}: error PT0001: 'break', 'continue' and 'return' cannot appear in an except* block", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LoopInsideExceptStarHandler_MayBreakAndContinue()
    {
        var result = Translator.Translate(GeneratedPrograms.WriteScript("""
            def f(items):
                try:
                    pass
                except* ValueError:
                    for x in items:
                        if x:
                            continue
                        break
                return 1
            """));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
