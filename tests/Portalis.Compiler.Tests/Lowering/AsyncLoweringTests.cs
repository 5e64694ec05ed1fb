using Portalis.Compiler.Tests.Build;
using Xunit;
using Assert = Xunit.Assert;

namespace Portalis.Compiler.Tests.Lowering;

/// <summary>The C# that coroutines, async generators and the async statements lower to (docs/EMISSION.md, "Coroutines").</summary>
public sealed class AsyncLoweringTests
{
    [Fact]
    public void AsyncDef_ReturnsACoroutineOverAGeneratorFrame()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            async def f(x):
                return await g(x)
            async def g(x):
                return x
            """);
        Assert.Contains("return new PyCoroutine(", code);
        Assert.Contains("async Task<object?> ", code);
        Assert.Contains("(await __g.YieldFrom(PyAwait.Awaitable(", code);
        Assert.Contains("{ IsCoroutine = true }", code);
    }

    [Fact]
    public void AsyncDefWithYield_IsAnAsyncGeneratorWithWrappedValues()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            async def f():
                yield 1
            """);
        Assert.Contains("return new PyAsyncGenerator(", code);
        Assert.Contains("__g.Yield(PyAsyncGenerator.Wrap(", code);
        Assert.Contains("{ IsAsyncGenerator = true }", code);
    }

    [Fact]
    public void AsyncWith_AwaitsEnterAndBothExitPaths()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            async def f(cm):
                async with cm as value:
                    print(value)
            """);
        Assert.Contains("PyAwait.AsyncWithEnter(", code);
        Assert.Contains("if (!PyOps.IsTrue(await __g.YieldFrom(PyAwait.AsyncWithExit(", code);
        Assert.Contains("await __g.YieldFrom(PyAwait.AsyncWithExit(", code);
    }

    [Fact]
    public void AsyncFor_LoopsUntilStopAsyncIteration()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            async def f(items):
                async for item in items:
                    print(item)
                else:
                    print("done")
            """);
        Assert.Contains("PyAwait.AsyncIter(", code);
        Assert.Contains("await __g.YieldFrom(PyAwait.AsyncNext(", code);
        Assert.Contains("catch (PyStopAsyncIteration)", code);
    }

    [Fact]
    public void AsyncComprehension_IsACoroutineTheEnclosingFrameAwaits()
    {
        var code = GeneratedPrograms.TranslateToCSharp("""
            async def f(items):
                return [x async for x in items]
            """);
        Assert.Contains("return new PyCoroutine(", code);
        Assert.Contains("PyAwait.AsyncIter(", code);
        Assert.Contains("(await __g.YieldFrom(PyAwait.Awaitable(c_listcomp_", code);
    }

    [Theory]
    [InlineData("def f(x):\n    return await x\n", "'await' outside an async function")]
    [InlineData("def f(x):\n    async with x:\n        pass\n", "'async with' outside an async function")]
    [InlineData("def f(x):\n    async for y in x:\n        pass\n", "'async for' outside an async function")]
    public void AsyncConstructOutsideAsyncFunction_IsADiagnostic(string source, string message)
    {
        var result = Translator.Translate(GeneratedPrograms.WriteScript(source));
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains(message, StringComparison.Ordinal));
    }
}
