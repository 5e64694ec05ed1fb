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
