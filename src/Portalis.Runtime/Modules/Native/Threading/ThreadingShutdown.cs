namespace Portalis.Runtime;

/// <summary>
/// What the host does at exit for threads (Python/pylifecycle.c, <c>Py_FinalizeEx</c> and
/// <c>wait_for_thread_shutdown</c>): when the program imported <c>threading</c>, call <c>threading._shutdown()</c>,
/// which joins every non-daemon thread. Daemon threads are left running; the process ends without them.
/// </summary>
public static class ThreadingShutdown
{
    /// <summary>Joins the non-daemon threads; an exception from <c>_shutdown</c> is printed, as CPython's <c>PyErr_WriteUnraisable</c> does.</summary>
    public static void Run()
    {
        if (!PyImport.Modules.TryGetValue("threading", out var threading) || threading is null)
        {
            return;
        }

        try
        {
            PyOps.CallMethod(threading, "_shutdown");
        }
        catch (Exception e) when (e is not PySystemExit && PyOps.IsCatchable(e))
        {
            PyBuiltins.FlushStdout();
            SysModule.Stderr.Write("Exception ignored on threading shutdown:\n" + PyRuntime.FormatUncaught(e));
        }
    }
}
