using Portalis.Threading;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>_thread</c> module (Modules/_threadmodule.c) on the Portalis threading backend: threads are
/// logical threads of <see cref="ThreadingBackend.Current"/> (recycled OS threads natively), locks are
/// <c>Portalis.Threading.Sync</c> locks. <c>Lib/threading.py</c> builds on it as CPython's does.
/// </summary>
[PyNativeModule("_thread")]
public static class ThreadModule
{
    // Modules/_threadmodule.c, thread_stack_size: THREAD_STACK_MIN on Linux.
    private const long StackMin = 0x8000;

    private static long s_count;
    private static long s_stackSize;

    // The tstate locks (_set_sentinel) of the logical thread running on this OS thread; released when its body returns.
    [ThreadStatic]
    private static List<PyThreadLock>? t_sentinels;

    /// <summary>The <c>_thread.lock</c> class (<c>LockType</c>).</summary>
    public static PyType LockType { get; } = PyType.RegisterNative(typeof(PyThreadLock), "lock", "_thread", static (args, kwnames) =>
        throw new PyTypeError("cannot create '_thread.lock' instances"));

    /// <summary>The <c>_thread.RLock</c> class.</summary>
    public static PyType RLockType { get; } = PyType.RegisterNative(typeof(PyThreadRLock), "RLock", "_thread", static (args, kwnames) => new PyThreadRLock());

    /// <summary>The <c>_thread._localdict</c> class: per-thread dictionaries for <c>threading.local</c>.</summary>
    public static PyType LocalDictType { get; } = PyType.RegisterNative(typeof(PyLocalDicts), "_localdict", "_thread", static (args, kwnames) => new PyLocalDicts());

    /// <summary><c>TIMEOUT_MAX</c>: the largest timeout in seconds (CPython's value on 64-bit Linux).</summary>
    [PyExport("TIMEOUT_MAX")]
    public const double TimeoutMax = 9223372036.0;

    /// <summary><c>allocate_lock()</c> (also <c>allocate</c>): a new unlocked <c>_thread.lock</c>.</summary>
    [PyExport("allocate_lock")]
    [PyExport("allocate")]
    public static PyThreadLock AllocateLock() => new();

    /// <summary><c>get_ident()</c>: the calling logical thread's id, never reused.</summary>
    [PyExport("get_ident")]
    public static long GetIdent() => ThreadingBackend.Current.CurrentThread.Id;

    /// <summary>
    /// <c>get_native_id()</c>: natively the OS thread's managed id; the logical id under other backends, so
    /// that a replayed schedule sees the same values.
    /// </summary>
    [PyExport("get_native_id")]
    public static long GetNativeId() => ThreadingBackend.Current.IsControlled ? GetIdent() : Environment.CurrentManagedThreadId;

    /// <summary><c>_count()</c>: how many threads started by this module are still running their function.</summary>
    [PyExport("_count")]
    public static long Count() => Interlocked.Read(ref s_count);

    /// <summary><c>daemon_threads_allowed()</c>: always true (there are no subinterpreters).</summary>
    [PyExport("daemon_threads_allowed")]
    public static bool DaemonThreadsAllowed() => true;

    /// <summary>
    /// <c>stack_size([size])</c>: returns the previous setting and records the new one (0 or at least 32 KiB).
    /// Logical threads are recycled OS threads of a fixed size, so the setting does not change them.
    /// </summary>
    [PyExport("stack_size")]
    public static long StackSize(long size = 0)
    {
        if (size != 0 && size < StackMin)
        {
            throw new PyValueError(size < 0 ? "size must be 0 or a positive value" : $"size not valid: {size} bytes");
        }

        return Interlocked.Exchange(ref s_stackSize, size);
    }

    /// <summary><c>start_new_thread(function, args, kwargs=None)</c> (also <c>start_new</c>): the new thread's id.</summary>
    [PyExport("start_new_thread")]
    [PyExport("start_new")]
    public static long StartNewThread([PyPositionalOnly] object? function, object? args, object? kwargs = null)
    {
        if (!BuiltinsModule.Callable(function))
        {
            throw new PyTypeError("first arg must be callable");
        }

        if (args is not PyTuple)
        {
            throw new PyTypeError("2nd arg must be a tuple");
        }

        if (kwargs is not null and not PyDict)
        {
            throw new PyTypeError("optional 3rd arg must be a dictionary");
        }

        return Start(function, args, kwargs, null, false);
    }

    /// <summary>
    /// <c>_start_named_thread(function, name, daemon)</c>: Portalis's <c>start_new_thread</c> for
    /// <c>threading.Thread.start</c>, which names the logical thread (deadlock reports, the trace) and tells the
    /// backend whether it is a daemon.
    /// </summary>
    [PyExport("_start_named_thread")]
    public static long StartNamedThread(object? function, string name, bool daemon) => Start(function, PyTuple.Empty, null, name, daemon);

    /// <summary><c>_thread_name()</c>: the name the runtime gave the calling logical thread (for <c>threading._DummyThread</c>).</summary>
    [PyExport("_thread_name")]
    public static string ThreadName() => ThreadingBackend.Current.CurrentThread.Name;

    /// <summary>
    /// <c>_set_sentinel()</c>: a lock, which the caller acquires, that is released when the calling thread's function has returned
    /// (CPython's thread-state lock, which <c>Thread.join</c> waits on). For a thread this module did not
    /// start (the main thread) it stays locked.
    /// </summary>
    [PyExport("_set_sentinel")]
    public static PyThreadLock SetSentinel()
    {
        // Lib/threading.py acquires it (Thread._set_tstate_lock).
        var sentinel = new PyThreadLock();
        t_sentinels?.Add(sentinel);
        return sentinel;
    }

    /// <summary>
    /// <c>_excepthook(args)</c>: the default <c>threading.excepthook</c> (Modules/_threadmodule.c,
    /// <c>thread_excepthook</c>): SystemExit is ignored; anything else prints "Exception in thread NAME:" and the
    /// traceback to <c>sys.stderr</c>.
    /// </summary>
    [PyExport("_excepthook")]
    public static void ExceptHook([PyPositionalOnly] object? args)
    {
        var type = PyOps.GetAttr(args, "exc_type");
        if (type is PyType t && t.IsSubclassOf(PyType.ForException(typeof(PySystemExit))))
        {
            return;
        }

        PyRuntime.NoteUncaughtException();
        var file = SysModule.StderrObject;
        if (file is null)
        {
            return;
        }

        var value = PyOps.GetAttr(args, "exc_value");
        var thread = PyOps.GetAttr(args, "thread");
        var name = thread is null ? GetIdent().ToString(System.Globalization.CultureInfo.InvariantCulture) : PyOps.Str(PyOps.GetAttr(thread, "name"));
        var text = value is PyBaseException e ? PyRuntime.FormatUncaught(e) : $"{PyOps.Str(PyOps.GetAttr(type, "__name__"))}: {PyOps.Str(value)}\n";
        PyBuiltins.FlushStdout();
        PyOps.CallMethod(file, "write", $"Exception in thread {name}:\n");
        PyOps.CallMethod(file, "flush");
        PyOps.CallMethod(file, "write", text);
        PyOps.CallMethod(file, "flush");
    }

    /// <summary>
    /// <c>_print_exception(exc_type, exc_value, exc_traceback)</c>: prints the traceback of <c>exc_value</c> to
    /// <c>sys.stderr</c> as the default <c>sys.excepthook</c> does (what <c>threading</c> falls back to when its
    /// hook fails).
    /// </summary>
    [PyExport("_print_exception")]
    public static void PrintException(object? excType, object? excValue, object? excTraceback)
    {
        PyRuntime.NoteUncaughtException();
        var file = SysModule.StderrObject;
        if (file is null)
        {
            return;
        }

        var text = excValue is PyBaseException e ? PyRuntime.FormatUncaught(e) : $"{PyOps.Str(PyOps.GetAttr(excType, "__name__"))}: {PyOps.Str(excValue)}\n";
        PyBuiltins.FlushStdout();
        PyOps.CallMethod(file, "write", text);
        PyOps.CallMethod(file, "flush");
    }

    /// <summary>
    /// <c>_format_exception(exc_value)</c>: the text <c>traceback.print_exception</c> writes for <c>exc_value</c>
    /// ("Traceback (most recent call last):", the frames, chained exceptions, the exception line), ending in a
    /// newline. <c>logging.Formatter.formatException</c> uses it, since the runtime has no traceback objects.
    /// </summary>
    [PyExport("_format_exception")]
    public static string FormatException([PyPositionalOnly] object? excValue) =>
        excValue is PyBaseException e ? PyRuntime.FormatUncaught(e) : $"{PyOps.Str(PyOps.GetAttr(PyOps.TypeOf(excValue), "__name__"))}: {PyOps.Str(excValue)}\n";

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("LockType", LockType);
        module.Set("lock", LockType);
        module.Set("RLock", RLockType);
        module.Set("_localdict", LocalDictType);
        module.Set("error", PyType.ForException(typeof(PyRuntimeError)));
    }

    private static long Start(object? function, object? args, object? kwargs, string? name, bool daemon)
    {
        Interlocked.Increment(ref s_count);
        try
        {
            var thread = ThreadingBackend.Current.StartThread(() => Run(function, args, kwargs), new ThreadStartOptions { Name = name, IsDaemon = daemon });
            return thread.Id;
        }
        catch
        {
            Interlocked.Decrement(ref s_count);
            throw new PyRuntimeError("can't start new thread");
        }
    }

    private static void Run(object? function, object? args, object? kwargs)
    {
        var sentinels = new List<PyThreadLock>();
        t_sentinels = sentinels;
        try
        {
            PyOps.CallEx(function, args, kwargs);
        }
        catch (PySystemExit)
        {
            // Modules/_threadmodule.c, thread_run: SystemExit ends the thread silently.
        }
        catch (Exception e) when (PyOps.IsCatchable(e))
        {
            // thread_run: _PyErr_WriteUnraisableMsg("in thread started by", func).
            var text = PyRuntime.FormatUncaught(e);
            PyBuiltins.FlushStdout();
            lock (SysModule.Stderr)
            {
                SysModule.Stderr.Write($"Exception ignored in thread started by: {PyOps.Repr(function)}\n{text}");
                SysModule.Stderr.Flush();
            }
        }
        finally
        {
            t_sentinels = null;
            Interlocked.Decrement(ref s_count);
            foreach (var sentinel in sentinels)
            {
                if (sentinel.Locked())
                {
                    sentinel.Release();
                }
            }
        }
    }
}
