using Portalis.Compiler.Tests.Build;
using Xunit;
using Assert = Xunit.Assert;

namespace Portalis.Compiler.Tests.Lowering;

/// <summary>
/// The C# written for method calls <c>o.m(...)</c>: up to two positional arguments use the fixed-arity
/// <c>PyOps.CallMethod</c> overloads (no argument span, the method's fixed-arity delegate); more arguments, or
/// keywords, keep the span forms.
/// </summary>
public sealed class MethodCallShapeTests
{
    [Fact]
    public void MethodCalls_UpToTwoPositional_FixedArityOverloads()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            def f(o, a, b, c):
                o.m0()
                o.m1(a)
                o.m2(a, b)
                o.m3(a, b, c)
                o.mk(a, k=b)
            """);
        Assert.Matches(@"PyOps\.CallMethod\(l_o, a\d+\)", code);
        Assert.Matches(@"PyOps\.CallMethod\(l_o, a\d+, l_a\)", code);
        Assert.Matches(@"PyOps\.CallMethod\(l_o, a\d+, l_a, l_b\)", code);
        Assert.Matches(@"PyOps\.CallMethod\(l_o, a\d+, \[l_a, l_b, l_c\]\)", code);
        Assert.Matches(@"PyOps\.CallMethodKw\(l_o, a\d+, \[l_a, l_b\], k\d+\)", code);
    }
}
