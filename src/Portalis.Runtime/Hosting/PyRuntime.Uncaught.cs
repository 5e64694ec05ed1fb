namespace Portalis.Runtime;

/// <summary>
/// A count of the uncaught exceptions a run reported: one that ended the program, one that ended a thread
/// and reached the default <c>threading.excepthook</c>, one that ended a multiprocessing child. The explorer
/// reads it to call a schedule's exception uncaught: looking for "Traceback" on stderr cannot tell these from
/// the tracebacks a program prints itself and goes on (<c>traceback.print_exc()</c>,
/// <c>logging.exception</c>, an exception in a future's done callback that concurrent.futures logs).
/// </summary>
public static partial class PyRuntime
{
    private static int s_uncaughtExceptions;

    /// <summary>The uncaught exceptions reported since the last <see cref="ResetUncaughtExceptions"/>.</summary>
    internal static int UncaughtExceptions => Volatile.Read(ref s_uncaughtExceptions);

    /// <summary>Counts one uncaught exception (called where the runtime reports it, before printing).</summary>
    internal static void NoteUncaughtException() => Interlocked.Increment(ref s_uncaughtExceptions);

    /// <summary>Starts a new count (the explorer, before each schedule).</summary>
    internal static void ResetUncaughtExceptions() => Volatile.Write(ref s_uncaughtExceptions, 0);
}
