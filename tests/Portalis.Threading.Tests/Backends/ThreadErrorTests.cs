using System.Runtime.CompilerServices;
using Portalis.Threading.Errors;

namespace Portalis.Threading.Tests.Backends;

public sealed class ThreadErrorTests
{
    [Fact]
    public void ThreadFaultedError_Wrap_KeepsOriginalAndItsStack()
    {
        var original = Record.Exception(ThrowFromWorker)!;
        var error = ThreadFaultedError.Wrap("worker", original);

        Assert.Same(original, error.InnerException);
        Assert.Equal("worker", error.ThreadName);
        Assert.Equal("thread 'worker' ended with FormatException: bad digit", error.Message);
        Assert.IsAssignableFrom<ThreadError>(error);

        var rethrown = Assert.Throws<FormatException>(error.ThrowOriginal);
        Assert.Same(original, rethrown);
        Assert.Contains(nameof(ThrowFromWorker), rethrown.StackTrace, StringComparison.Ordinal);
        Assert.Contains(nameof(ThreadFaultedError.ThrowOriginal), rethrown.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreadFaultedError_NoInner_ThrowOriginalThrowsItself()
    {
        var error = new ThreadFaultedError("lost");

        Assert.Same(error, Assert.Throws<ThreadFaultedError>(error.ThrowOriginal));
    }

    [Fact]
    public void DeadlockReport_ToString_ListsThreadsAndIndentsAnnotations()
    {
        var report = new DeadlockReport(
            "deadlock: every live thread is blocked",
            [
                new BlockedThreadInfo(1, "MainThread", false, "waits to join 'worker' (id 2)", "File \"app.py\", line 9, in main\n  t.join()"),
                new BlockedThreadInfo(2, "worker", true, "waits on Event#4 with no timeout", null),
            ]);

        Assert.Equal(
            "deadlock: every live thread is blocked\n"
            + "  'MainThread' (id 1) waits to join 'worker' (id 2)\n"
            + "      File \"app.py\", line 9, in main\n"
            + "        t.join()\n"
            + "  'worker' (id 2, daemon) waits on Event#4 with no timeout",
            report.ToString());
        Assert.Equal(report.ToString(), new DeadlockError(report).Message);
        Assert.IsAssignableFrom<ThreadError>(new DeadlockError(report));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowFromWorker() => throw new FormatException("bad digit");
}
