using System.Runtime.CompilerServices;
using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Hosting;

// PyRuntime and PyImport state is process-wide: these tests run one at a time.
[Collection(nameof(HostCollection))]
public sealed class PyRuntimeTests
{
    private const string File = "/virtual/host_test.py";

    [Fact]
    public void RunOnCurrentThread_NormalEnd_ReturnsZeroAndSetsArgv()
    {
        object? argv = null;
        var status = PyRuntime.RunOnCurrentThread(["app.py", "x"], Register(_ => argv = PyOps.Repr(PyRuntime.Argv)), "__main__");
        Assert.Equal(0, status);
        Assert.Equal("['app.py', 'x']", argv);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(3L, 3)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void RunOnCurrentThread_SystemExit_ReturnsItsCode(object? code, int expected)
    {
        var status = PyRuntime.RunOnCurrentThread(["app.py"], Register(_ => throw (code is null ? new PySystemExit() : new PySystemExit(code))), "__main__");
        Assert.Equal(expected, status);
    }

    [Fact]
    public void RunMain_RunsOnThreadWithLargeStack()
    {
        var depth = 0;
        var status = PyRuntime.RunMain(["app.py"], Register(_ => depth = Recurse(0, 200_000)), "__main__");
        Assert.Equal(0, status);
        Assert.Equal(200_000, depth);
    }

    [Fact]
    public void FormatUncaught_GeneratedStyleFrames_PrintsPythonTraceback()
    {
        var error = Assert.Throws<PyZeroDivisionError>(() => ModuleBody());
        Assert.Equal(
            $"Traceback (most recent call last):\n  File \"{File}\", line 11, in <module>\n  File \"{File}\", line 7, in outer\n"
            + $"  File \"{File}\", line 3, in inner\nZeroDivisionError: division by zero\n",
            PyRuntime.FormatUncaught(error));
    }

    [Fact]
    public void FormatUncaught_ExceptionChain_EachExceptionHasItsOwnFrames()
    {
        var error = Assert.Throws<PyValueError>(() => HandlerBody());
        Assert.Equal(
            $"Traceback (most recent call last):\n  File \"{File}\", line 19, in handler\n  File \"{File}\", line 7, in outer\n"
            + $"  File \"{File}\", line 3, in inner\nZeroDivisionError: division by zero\n"
            + "\nDuring handling of the above exception, another exception occurred:\n\n"
            + $"Traceback (most recent call last):\n  File \"{File}\", line 23, in handler\nValueError: wrapped\n",
            PyRuntime.FormatUncaught(error));
    }

    [Fact]
    public void FormatUncaught_DotNetException_IsMappedWithItsFrames()
    {
        var error = Assert.Throws<InsufficientExecutionStackException>(() => ThrowsDotNet());
        Assert.Equal(
            $"Traceback (most recent call last):\n  File \"{File}\", line 29, in deep\nRecursionError: maximum recursion depth exceeded\n",
            PyRuntime.FormatUncaught(error));
    }

    [Fact]
    public void TracebackBuilder_AsyncStateMachine_UsesKickoffMethodName()
    {
        var gen = new PyGenerator("gen", "gen", g => GeneratorBody(g));
        gen.Next();
        var error = Assert.Throws<PyKeyError>(() => gen.Next());
        var frames = TracebackBuilder.FramesOf(error);
        Assert.Equal(["gen"], frames.Select(f => f.Function));
        Assert.Equal(35, frames[0].Line);
    }

    private static Action Register(Action<PyModule> body) => () => PyImport.RegisterSource("__main__", "/virtual/app.py", isPackage: false, body);

    private static int Recurse(int level, int limit) => level == limit ? level : Recurse(level + 1, limit) + 0 * level;

#line 1 "/virtual/host_test.py"
    [PyFrame("inner")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? Inner() => PyOps.TrueDiv(1L, 0L);

    [PyFrame("outer")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object? Outer() => Inner();

    [PyFrame("<module>")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ModuleBody() => Outer();

    [PyFrame("handler")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void HandlerBody()
    {
        try
        {
            Outer();
        }
        catch (PyBaseException e)
        {
            throw new PyValueError("wrapped") { Context = e };
        }
    }

    [PyFrame("deep")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowsDotNet() => throw new InsufficientExecutionStackException();

    [PyFrame("gen")]
    private static async Task<object?> GeneratorBody(PyGenerator g)
    {
        await g.Yield(1L);
        throw new PyKeyError("k");
    }
#line default
}

[CollectionDefinition(nameof(HostCollection), DisableParallelization = true)]
public sealed class HostCollection;
