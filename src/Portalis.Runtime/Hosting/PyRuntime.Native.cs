using System.Diagnostics;
using System.Text;
using Portalis.Threading;
using Portalis.Threading.Errors;
using Portalis.Threading.Tracing;

namespace Portalis.Runtime;

public static partial class PyRuntime
{
    private static readonly Lock s_nativeRunLock = new();
    private static ManualResetEventSlim? s_deadlocked;

    /// <summary>
    /// Runs <paramref name="program"/> natively: its main module on a new thread with a
    /// <see cref="MainThreadStackSize"/> stack, with deadlock detection armed for that thread and every
    /// thread it starts. Returns the exit status; when the program deadlocks, prints the report (each
    /// blocked thread's Python name, what it waits on, its Python frames) to stderr and returns
    /// <see cref="DeadlockExitStatus"/> at once, leaving the deadlocked threads blocked (they are
    /// background threads: they do not keep the process alive).
    /// </summary>
    /// <param name="program">The program.</param>
    public static int RunNative(PyProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var done = new ManualResetEventSlim(false);
        var deadlocked = new ManualResetEventSlim(false);
        var status = 0;
        var thread = new Thread(
            () =>
            {
                var trace = ThreadingTrace.Listener;
                var me = ThreadingBackend.Current.CurrentThread;
                trace?.ThreadStarted(me, ThreadingTrace.Now());
                try
                {
                    status = program.RunOnCurrentThread();
                }
                finally
                {
                    trace?.ThreadEnded(me, ThreadingTrace.Now());
                    done.Set();
                }
            },
            MainThreadStackSize)
        {
            Name = "MainThread",

            // A deadlocked program's threads stay blocked; they must not keep the process alive.
            IsBackground = true,
        };

        lock (s_nativeRunLock)
        {
            s_deadlocked = deadlocked;
            DeadlockDetection.Handler = OnDeadlock;
            DeadlockReport.ThreadAnnotator = PythonFramesOfCurrentThread;
        }

        try
        {
            thread.Start();
            if (WaitHandle.WaitAny([done.WaitHandle, deadlocked.WaitHandle]) == 1 && !done.IsSet)
            {
                return DeadlockExitStatus;
            }

            thread.Join();
            return status;
        }
        finally
        {
            lock (s_nativeRunLock)
            {
                if (s_deadlocked == deadlocked)
                {
                    s_deadlocked = null;
                }
            }
        }
    }

    /// <summary>
    /// The text printed for a deadlock: the headline, then each blocked thread (its Python name, what it
    /// waits on) followed by its Python frames, outermost first, as a traceback shows them.
    /// </summary>
    public static string FormatDeadlock(DeadlockReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"portalis: {report}\n";
    }

    // The native watchdog's handler: print the report and let the host return DeadlockExitStatus.
    private static DeadlockAction OnDeadlock(DeadlockReport report)
    {
        ManualResetEventSlim? deadlocked;
        lock (s_nativeRunLock)
        {
            deadlocked = s_deadlocked;
        }

        if (deadlocked is null)
        {
            return DeadlockAction.ThrowInBlockedThreads;
        }

        PyBuiltins.FlushStdout();
        var stderr = SysModule.Stderr;
        stderr.Write(FormatDeadlock(report));
        stderr.Flush();
        deadlocked.Set();
        return DeadlockAction.KeepWaiting;
    }

    /// <summary>
    /// <see cref="DeadlockReport.ThreadAnnotator"/>: the Python frames of the calling thread (the native
    /// watchdog runs it on each blocked thread), outermost first, in a traceback's <c>File ..., line N, in f</c>
    /// form with the source line. Under the Controlled backend only the calling thread's own frames can
    /// be read, so other threads get none.
    /// </summary>
    internal static string? PythonFramesOfCurrentThread(LogicalThread thread)
    {
        var backend = ThreadingBackend.Current;
        if (backend.IsControlled && backend.CurrentThread != thread)
        {
            return null;
        }

        var frames = TracebackBuilder.FramesOf(new StackTrace(fNeedFileInfo: true));
        if (frames.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var frame in frames)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append($"File \"{frame.File}\", line {frame.Line}, in {frame.Function}");
            if (frame.SourceLine is { } source && source.Trim() is { Length: > 0 } trimmed)
            {
                text.Append("\n  ").Append(trimmed);
            }
        }

        return text.ToString();
    }
}
