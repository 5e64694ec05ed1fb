using Portalis.Threading;

namespace Portalis.Runtime;

/// <summary>
/// The host of a translated program: runs the main module on a thread with a large stack, sets
/// <c>sys.argv</c>, turns <c>SystemExit</c> into the exit status and prints uncaught exceptions as
/// CPython does (Python/pythonrun.c, <c>_Py_HandleSystemExit</c> and <c>PyErr_Print</c>).
/// </summary>
public static partial class PyRuntime
{
    /// <summary>The main thread's stack: deep Python recursion runs on it (CPython's limit is 1000 frames; this allows far more).</summary>
    public const int MainThreadStackSize = 512 * 1024 * 1024;

    private static PyList s_argv = new();
    private static Thread? s_mainThread;

    /// <summary><c>sys.argv</c>: argv[0] is the script path as given on the command line.</summary>
    public static PyList Argv => Volatile.Read(ref s_argv);

    /// <summary>Whether the calling thread is the thread running the program's main module.</summary>
    internal static bool IsMainThread => ReferenceEquals(Thread.CurrentThread, Volatile.Read(ref s_mainThread));

    /// <summary>
    /// Runs a program: sets <see cref="Argv"/> to <paramref name="argv"/>, calls
    /// <paramref name="registerModules"/> (which registers every translated and native module with
    /// <see cref="PyImport"/>), then imports <paramref name="mainModule"/> (normally <c>__main__</c>) on a
    /// new thread with a <see cref="MainThreadStackSize"/> stack. Returns the process exit status: 0,
    /// the <c>SystemExit</c> code, or 1 after printing an uncaught exception's traceback to stderr.
    /// stdout and stderr are flushed before returning.
    /// </summary>
    /// <param name="argv">The Python <c>sys.argv</c>, script path first.</param>
    /// <param name="registerModules">Registers the program's modules.</param>
    /// <param name="mainModule">The registered name of the entry module.</param>
    public static int RunMain(string[] argv, Action registerModules, string mainModule)
    {
        ArgumentNullException.ThrowIfNull(argv);
        ArgumentNullException.ThrowIfNull(registerModules);
        ArgumentNullException.ThrowIfNull(mainModule);
        if (TryRunHosted(argv, registerModules, mainModule, out var hosted))
        {
            return hosted;
        }

        return RunNative(new PyProgram(argv, registerModules, mainModule));
    }

    /// <summary>
    /// <see cref="RunMain"/> without the dedicated thread: runs on the calling thread and returns the
    /// exit status (tests, hosts that manage their own threads).
    /// </summary>
    public static int RunOnCurrentThread(string[] argv, Action registerModules, string mainModule)
    {
        ArgumentNullException.ThrowIfNull(argv);
        ArgumentNullException.ThrowIfNull(registerModules);
        Volatile.Write(ref s_argv, new PyList([.. argv]));
        Volatile.Write(ref s_mainThread, Thread.CurrentThread);

        // Natively, the main thread is a deadlock-detection root: if it and the threads it starts all
        // block for good, the watchdog reports it instead of letting the program hang.
        using var root = ThreadingBackend.Current.IsControlled ? default : DeadlockDetection.RegisterRoot();
        try
        {
            // A run owns the process's import state (a host may run several programs one after another).
            StartupTrace.Mark("main thread started");
            PyImport.Reset();

            // sys.setrecursionlimit of an earlier run in this process must not carry over (CPython starts at 1000).
            PyRecursion.Limit = 1000;
            AtexitModule.Clear();
            SysModule.ResetHooks();
            SysModule.Module.Set("argv", Argv);
            SysModule.Module.Set("modules", PyImport.Modules);
            StartupTrace.Mark("sys ready");
            registerModules();
            StartupTrace.Mark("modules registered");
            // The main module's frame counts toward the recursion limit as in CPython, so a runaway recursion
            // stops one call earlier and its traceback ends with the <module> line.
            ref var depth = ref PyRecursion.Enter();
            try
            {
                PyImport.Import(mainModule);
            }
            finally
            {
                depth--;
            }

            StartupTrace.Mark("main module done");
            return 0;
        }
        catch (PySystemExit exit)
        {
            return HandleSystemExit(exit);
        }
        catch (Exception e) when (PyOps.IsCatchable(e))
        {
            ReportUncaught(e);

            // Python/pythonrun.c sets _Py_UnhandledKeyboardInterrupt for exactly KeyboardInterrupt (not a subclass);
            // Py_RunMain then kills the process with SIGINT after finalizing, which a shell reports as 130.
            return e is PyKeyboardInterrupt && ReferenceEquals(PyOps.TypeOf(e), PyType.ForException(typeof(PyKeyboardInterrupt))) ? KeyboardInterruptExitStatus : 1;
        }
        finally
        {
            ThreadingShutdown.Run();
            StartupTrace.Mark("threads shut down");

            // Py_FinalizeEx: the atexit functions run after the threads are joined.
            AtexitModule.RunExitFuncs();
            PyBuiltins.FlushStdout();
            SysModule.Stderr.Flush();
        }
    }

    /// <summary>
    /// The text CPython prints for an uncaught <paramref name="exception"/> (Traceback header, frames from
    /// the .NET stack trace, chained exceptions, exception line). .NET exceptions are first mapped to
    /// their Python equivalent.
    /// </summary>
    public static string FormatUncaught(Exception exception)
    {
        var python = ToPythonForHost(exception);
        TracebackBuilder.Attach(python);
        return Traceback.FormatUncaught(python);
    }

    /// <summary>
    /// What CPython does with an exception that ends the program (Python/pythonrun.c, <c>_PyErr_PrintEx</c>):
    /// calls <c>sys.excepthook(type, value, None)</c> (there are no traceback objects); when the hook fails,
    /// prints its error, then the original exception; when <c>sys.excepthook</c> is gone, says so and prints it.
    /// </summary>
    public static void ReportUncaught(Exception exception)
    {
        NoteUncaughtException();
        if (!SysModule.Module.TryGetAttribute("excepthook", out var hook) || hook is null)
        {
            PyBuiltins.FlushStdout();
            SysModule.Stderr.Write("sys.excepthook is missing\n");
            PrintUncaught(exception);
            return;
        }

        if (ReferenceEquals(hook, SysModule.DefaultExceptHook))
        {
            PrintUncaught(exception);
            return;
        }

        var python = ToPythonForHost(exception);
        TracebackBuilder.Attach(python);
        try
        {
            PyOps.Call(hook, PyOps.TypeOf(python), python, null);
        }
        catch (Exception e) when (PyOps.IsCatchable(e))
        {
            var text = "Error in sys.excepthook:\n" + FormatUncaught(e) + "\nOriginal exception was:\n" + FormatUncaught(exception);
            PyBuiltins.FlushStdout();
            SysModule.Stderr.Write(text);
        }

        PyBuiltins.FlushStdout();
        SysModule.Stderr.Flush();
    }

    /// <summary>Flushes stdout, then writes <see cref="FormatUncaught"/> to stderr.</summary>
    public static void PrintUncaught(Exception exception)
    {
        var text = FormatUncaught(exception);
        PyBuiltins.FlushStdout();
        SysModule.Stderr.Write(text);
        SysModule.Stderr.Flush();
    }

    // Python/pythonrun.c, _Py_HandleSystemExit: None -> 0, an int -> itself, anything else is printed
    // (str of it) to stderr and the status is 1.
    private static int HandleSystemExit(PySystemExit exit)
    {
        switch (exit.Code)
        {
            case null:
                return 0;
            case bool b:
                return b ? 1 : 0;
            case long l:
                return unchecked((int)l);
            case System.Numerics.BigInteger big:
                return unchecked((int)(long)(big & long.MaxValue));
            case var other:
                PyBuiltins.FlushStdout();
                SysModule.Stderr.Write(PyOps.Str(other) + "\n");
                return 1;
        }
    }

    // The host's own mapping of .NET failures that reach the top (PyOps.ToPython does this for handlers);
    // the original keeps the stack trace, so the Python exception takes its frames.
    private static PyBaseException ToPythonForHost(Exception exception)
    {
        if (exception is PyBaseException python)
        {
            return python;
        }

        PyBaseException mapped = exception switch
        {
            InsufficientExecutionStackException => new PyRecursionError("maximum recursion depth exceeded"),
            OutOfMemoryException => new PyMemoryError(),
            _ => new PySystemError($"{exception.GetType().FullName}: {exception.Message}"),
        };
        mapped.Frames = TracebackBuilder.FramesOf(exception);
        return mapped;
    }
}
