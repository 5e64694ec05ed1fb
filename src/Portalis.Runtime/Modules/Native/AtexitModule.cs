namespace Portalis.Runtime;

/// <summary>
/// Python's <c>atexit</c> module (Modules/atexitmodule.c): functions registered to run when the program
/// ends. The host calls <see cref="RunExitFuncs"/> after <c>threading._shutdown()</c>, as
/// <c>Py_FinalizeEx</c> calls <c>_PyAtExit_Call</c> after <c>wait_for_thread_shutdown</c>.
/// </summary>
/// <remarks>
/// As in CPython, the callbacks are slots: <c>unregister</c> empties a slot without shrinking the list
/// (so <c>_ncallbacks()</c> still counts it), the run goes from the last slot to the first, and a
/// callback registered while they run is not called. A worker of <c>multiprocessing</c> runs in the
/// same process here; what it registers is dropped, as a forked child exits with <c>os._exit</c> and
/// never runs its handlers.
/// </remarks>
[PyNativeModule("atexit")]
public static class AtexitModule
{
    private static readonly Lock s_gate = new();
    private static List<Callback?> s_callbacks = [];

    /// <summary><c>register(func, /, *args, **kwargs)</c>: adds <paramref name="func"/> and returns it (so it works as a decorator).</summary>
    [PyExport("register")]
    public static object? Register([PyVarArgs] object?[] args, [PyKwArgs] PyDict? kwargs = null)
    {
        // Modules/atexitmodule.c, atexit_register.
        if (args.Length == 0)
        {
            throw new PyTypeError("register() takes at least 1 argument (0 given)");
        }

        var func = args[0];
        if (!BuiltinsModule.Callable(func))
        {
            throw new PyTypeError("the first argument must be callable");
        }

        if (MultiprocessingModule.GetHeap() is null)
        {
            lock (s_gate)
            {
                s_callbacks.Add(new Callback(func, new PyTuple(args[1..]), kwargs is { Count: > 0 } ? kwargs : null));
            }
        }

        return func;
    }

    /// <summary><c>unregister(func)</c>: removes every registration of a function equal to <paramref name="func"/>.</summary>
    [PyExport("unregister")]
    public static void Unregister(object? func)
    {
        // atexit_unregister compares with ==, which may run Python code: compare outside the lock.
        Callback?[] snapshot;
        lock (s_gate)
        {
            snapshot = [.. s_callbacks];
        }

        foreach (var callback in snapshot)
        {
            if (callback is not null && PyOps.Eq(callback.Func, func))
            {
                lock (s_gate)
                {
                    var index = s_callbacks.IndexOf(callback);
                    if (index >= 0)
                    {
                        s_callbacks[index] = null;
                    }
                }
            }
        }
    }

    /// <summary><c>_clear()</c>: forgets every registered function.</summary>
    [PyExport("_clear")]
    public static void Clear()
    {
        lock (s_gate)
        {
            s_callbacks = [];
        }
    }

    /// <summary><c>_ncallbacks()</c>: the number of slots, emptied ones included (as CPython counts them).</summary>
    [PyExport("_ncallbacks")]
    public static long NCallbacks()
    {
        lock (s_gate)
        {
            return s_callbacks.Count;
        }
    }

    /// <summary>
    /// <c>_run_exitfuncs()</c>, and what the host calls at exit: runs the registered functions, last first,
    /// then forgets them. An exception from one is printed as CPython's unraisable hook prints it
    /// (<c>Exception ignored in atexit callback: repr</c> and the traceback) and the others still run.
    /// </summary>
    [PyExport("_run_exitfuncs")]
    public static void RunExitFuncs()
    {
        Callback?[] callbacks;
        lock (s_gate)
        {
            callbacks = [.. s_callbacks];
        }

        for (var i = callbacks.Length - 1; i >= 0; i--)
        {
            // A callback may unregister one that has not run yet (atexit_callfuncs re-reads the slot).
            Callback? callback;
            lock (s_gate)
            {
                callback = i < s_callbacks.Count ? s_callbacks[i] : null;
            }

            if (callback is null)
            {
                continue;
            }

            try
            {
                PyOps.CallEx(callback.Func, callback.Args, callback.Kwargs);
            }
            catch (Exception e) when (PyOps.IsCatchable(e))
            {
                WriteUnraisable(callback.Func, e);
            }
        }

        Clear();
    }

    // Python/errors.c, write_unraisable_exc_file with the message "Exception ignored in atexit callback".
    private static void WriteUnraisable(object? func, Exception exception)
    {
        string repr;
        try
        {
            repr = PyOps.Repr(func);
        }
        catch (Exception e) when (PyOps.IsCatchable(e))
        {
            repr = "<object repr() failed>";
        }

        PyBuiltins.FlushStdout();
        SysModule.Stderr.Write($"Exception ignored in atexit callback: {repr}\n{PyRuntime.FormatUncaught(exception)}");
        SysModule.Stderr.Flush();
    }

    private sealed record class Callback(object? Func, PyTuple Args, PyDict? Kwargs);
}
