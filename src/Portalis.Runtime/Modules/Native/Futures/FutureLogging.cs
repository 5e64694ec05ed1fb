using Portalis.Threading.Pool;

namespace Portalis.Runtime;

/// <summary>
/// CPython's <c>concurrent.futures</c> logger (Lib/concurrent/futures/_base.py, <c>LOGGER =
/// logging.getLogger("concurrent.futures")</c>). When the program has imported <c>logging</c>, records go
/// through that logger, so its handlers, levels and formats apply. Otherwise nothing is configured and
/// logging's last-resort handler would write the message, then the formatted exception, to the current
/// <c>sys.stderr</c> (Lib/logging/__init__.py, <c>_StderrHandler</c> with the default <c>%(message)s</c>
/// format): that is written directly, without importing logging. The pool's own records
/// (<see cref="FutureLog"/>: a failed initializer) take the same path.
/// </summary>
internal static class FutureLogging
{
    private static int s_listening;

    /// <summary>Routes <see cref="FutureLog"/> records to <see cref="Write"/> (once per process).</summary>
    public static void Listen()
    {
        if (Interlocked.Exchange(ref s_listening, 1) == 0)
        {
            FutureLog.AddListener(static record => Write(record.Message, record.Exception, record.IsCritical));
        }
    }

    /// <summary>
    /// Logs <paramref name="message"/> and, if any, the traceback of <paramref name="exception"/> on the
    /// <c>concurrent.futures</c> logger (ERROR, or CRITICAL as <c>_initializer_failed</c> logs).
    /// </summary>
    public static void Write(string message, Exception? exception, bool critical = false)
    {
        if (PyImport.Modules.TryGetValue("logging", out var logging) && logging is PyModule)
        {
            var logger = PyOps.CallMethod(logging, "getLogger", "concurrent.futures");
            object? excInfo = exception is null ? false : FutureErrors.ToPython(exception);
            PyOps.CallMethodKw(logger, critical ? "critical" : "error", [message, excInfo], ["exc_info"]);
            return;
        }

        var text = message + "\n";
        if (exception is not null)
        {
            text += PyRuntime.FormatUncaught(FutureErrors.ToPython(exception));
        }

        // One write of the whole record, as logging.StreamHandler.emit does, so records from different
        // threads do not interleave. No lock is held around the call: the stream is Python code, which
        // may block on the threading backend's primitives.
        var stderr = SysModule.StderrObject;
        if (stderr is null)
        {
            return;
        }

        NativeCalls.CallMethod(stderr, "write", text);
        if (NativeCalls.TryGetAttr(stderr, "flush", out var flush))
        {
            PyOps.Call(flush);
        }
    }
}
