using Portalis.Compiler.Build;
using Portalis.Runtime;

namespace Portalis.Compiler.Tests.Build;

[Collection(nameof(ProgramCollection))]
public sealed class TracebackTests
{
    private const string Expected = """
        Traceback (most recent call last):
          File "{0}", line 5, in <module>
            a()
          File "{0}", line 4, in a
            return b()
          File "{0}", line 2, in b
            return 1 / 0
        ZeroDivisionError: division by zero

        """;

    [Theory]
    [InlineData("[MethodImpl(MethodImplOptions.NoInlining)]")]
    [InlineData("")]
    [InlineData("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]")]
    public void Traceback_ReturnCallChain_KeepsEveryFrame(string attributes)
    {
        var path = GeneratedPrograms.WriteScript(GeneratedPrograms.TailCallSource);
        var traceback = RunAndFormat(GeneratedPrograms.TailCallChain(path, attributes));
        Assert.Equal(string.Format(Expected, path), traceback);
    }

    // def gen():          line 1
    //     yield 1         line 2
    //     raise KeyError  line 3
    // for x in gen():     line 4
    //     pass            line 5
    [Fact]
    public void Traceback_GeneratorBody_ShowsConsumerThenGeneratorFrame()
    {
        var path = GeneratedPrograms.WriteScript("def gen():\n    yield 1\n    raise KeyError('k')\nfor x in gen():\n    pass\n");
        var translation = GeneratedPrograms.SingleModule(
            path,
            $$"""
            #line 4 "{{path}}"
                    foreach (var x in PyOps.Iterate(gen()))
                    {
                    }
            """,
            $$"""
                private static object? gen() => new PyGenerator("gen", "gen", static g => gen__body(g));

                [PyFrame("gen")]
                [MethodImpl(MethodImplOptions.NoInlining)]
                private static async System.Threading.Tasks.Task<object?> gen__body(PyGenerator __g)
                {
            #line 2 "{{path}}"
                    await __g.Yield(1L);
            #line 3 "{{path}}"
                    throw new PyKeyError("k");
            #line default
                }
            """);
        Assert.Equal(
            $"Traceback (most recent call last):\n  File \"{path}\", line 4, in <module>\n    for x in gen():\n"
            + $"  File \"{path}\", line 3, in gen\n    raise KeyError('k')\nKeyError: 'k'\n",
            RunAndFormat(translation));
    }

    internal static string RunAndFormat(TranslationResult translation)
    {
        var built = ProgramBuilder.Load(translation);
        Assert.Null(built.InternalError);
        var entry = built.Main!.Method.DeclaringType!;
        var register = entry.GetMethod("Register", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        PyImport.Reset();
        register.Invoke(null, null);
        var error = Assert.ThrowsAny<Exception>(() => PyImport.Import("__main__"));
        return PyRuntime.FormatUncaught(error);
    }
}
