namespace Portalis.Runtime;

/// <summary>
/// The native helpers of Lib/signal.py. Python keeps the handler table (module state, so each
/// multiprocessing worker has its own, as each CPython process does); the runtime answers where
/// <c>signal.signal</c> may be called, provides the builtin SIGINT handler and carries out a default action.
/// </summary>
[PyNativeModule("_signal")]
public static class SignalSupportModule
{
    /// <summary>
    /// <c>_main_context()</c>: whether the caller is a main thread in CPython's sense: the program's main
    /// thread, or the thread a multiprocessing worker runs on (the main thread of that process in CPython).
    /// </summary>
    [PyExport("_main_context")]
    public static bool MainContext() => PyRuntime.IsMainThread || MultiprocessingModule.GetHeap() is not null;

    /// <summary><c>default_int_handler(signalnum, frame, /)</c>: the default handler for SIGINT; it raises KeyboardInterrupt.</summary>
    [PyExport("default_int_handler")]
    public static void DefaultIntHandler(params object?[] args) => throw new PyKeyboardInterrupt();

    /// <summary>
    /// <c>_default_action(signum)</c>: the default action of a terminating signal the program raises at itself:
    /// the process exits with status 128 + signum, what a shell reports for a process killed by that signal
    /// (.NET's own SIGTERM and SIGINT handling exits the same way).
    /// </summary>
    [PyExport("_default_action")]
    public static void DefaultAction(long signum)
    {
        PyBuiltins.FlushStdout();
        Environment.Exit(128 + (int)signum);
    }
}
