using Portalis.Threading;

namespace Portalis.Runtime;

/// <summary>
/// <c>_portalis_mp</c>: the native support of the Python-source <c>multiprocessing</c> package
/// (src/Portalis.Compiler/Lib/multiprocessing). Processes are logical threads; this module gives them
/// what the package cannot write in Python: the calling worker's process object, CPython's
/// <c>SemLock</c> (Modules/_multiprocessing/semaphore.c) and a condition variable for queues and pipes,
/// all blocking through <see cref="ThreadingBackend.Current"/>.
/// </summary>
[PyNativeModule("_portalis_mp")]
public static class MultiprocessingModule
{
    // The process object of the worker running on this OS thread; null in the main process. Set by the
    // package's Process._bootstrap for the duration of the worker body (a recycled OS thread is reset).
    [ThreadStatic]
    private static object? t_current;

    // The forked heap the worker on this OS thread runs in; null in the main process.
    [ThreadStatic]
    private static ForkedHeap? t_heap;

    // The kill switch of the worker running on this OS thread (Process.terminate/kill set it); null in the main process.
    [ThreadStatic]
    private static PyKillSwitch? t_kill;

    /// <summary><c>SemLock</c> kind of a recursive lock (semaphore.c, <c>RECURSIVE_MUTEX</c>).</summary>
    [PyExport("RECURSIVE_MUTEX")]
    public const long RecursiveMutex = 0;

    /// <summary><c>SemLock</c> kind of a semaphore or plain lock (semaphore.c, <c>SEMAPHORE</c>).</summary>
    [PyExport("SEMAPHORE")]
    public const long SemaphoreKind = 1;

    /// <summary><c>SEM_VALUE_MAX</c> of Linux (<c>INT_MAX</c>).</summary>
    [PyExport("SEM_VALUE_MAX")]
    public const long SemValueMax = int.MaxValue;

    /// <summary><c>get_current()</c>: the process object of the calling worker, or None in the main process.</summary>
    [PyExport("get_current")]
    public static object? GetCurrent() => t_current;

    /// <summary><c>set_current(process)</c>: marks the calling thread as running <paramref name="process"/> (None clears).</summary>
    [PyExport("set_current")]
    public static void SetCurrent(object? process) => t_current = process;

    /// <summary><c>get_heap()</c>: the calling worker's <see cref="ForkedHeap"/>, or None in the main process.</summary>
    [PyExport("get_heap")]
    public static ForkedHeap? GetHeap() => t_heap;

    /// <summary><c>set_heap(heap)</c>: marks the calling thread as running in <paramref name="heap"/> (None clears).</summary>
    [PyExport("set_heap")]
    public static void SetHeap(ForkedHeap? heap) => t_heap = heap;

    /// <summary><c>KillSwitch()</c>: what <c>terminate()</c> and <c>kill()</c> of a process set (<see cref="PyKillSwitch"/>).</summary>
    [PyExport("KillSwitch")]
    public static PyKillSwitch KillSwitch() => new();

    /// <summary><c>set_kill_switch(switch)</c>: the calling thread runs the process that <paramref name="kill"/> stops (None clears).</summary>
    [PyExport("set_kill_switch")]
    public static void SetKillSwitch(PyKillSwitch? kill) => t_kill = kill;

    /// <summary>
    /// Where a terminated process stops: a worker whose process was terminated or killed never comes back
    /// from here (it parks, as a daemon, until the program ends), so it has no further visible effect,
    /// as a process killed by a signal has none. Called where a worker shows activity: <c>time.sleep</c>
    /// and <c>print</c>. Code that only computes runs to its next such call; its result is dropped.
    /// </summary>
    public static void StopIfTerminated()
    {
        if (t_kill is { IsSet: true })
        {
            Park();
        }
    }

    private static void Park()
    {
        while (true)
        {
            ThreadingBackend.Current.Sleep(Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary><c>fork()</c>: a copy of the program's module state for a new child (<see cref="ForkedHeap.Fork"/>).</summary>
    [PyExport("fork")]
    public static ForkedHeap Fork() => ForkedHeap.Fork();

    /// <summary><c>SemLock(kind, value, maxvalue)</c></summary>
    [PyExport("SemLock")]
    public static PySemLock SemLock(long kind, long value, long maxvalue) => new(kind, value, maxvalue);

    /// <summary><c>Cond()</c>: a lock with one condition, for the package's queues and pipes.</summary>
    [PyExport("Cond")]
    public static PyMpCondition Cond() => new();

    /// <summary><c>cpu_count()</c>: the number of logical processors.</summary>
    [PyExport("cpu_count")]
    public static long CpuCount() => Environment.ProcessorCount;

    /// <summary><c>thread_id()</c>: the calling logical thread's id (SemLock ownership, the worker "pid").</summary>
    [PyExport("thread_id")]
    public static long ThreadId() => ThreadingBackend.Current.CurrentThread.Id;

    /// <summary><c>getpid()</c>: the id of the real OS process (every logical process shares it).</summary>
    [PyExport("getpid")]
    public static long GetPid() => Environment.ProcessId;

    /// <summary>
    /// <c>format_exception(e)</c>: the traceback CPython's <c>traceback.print_exc()</c> prints for
    /// <paramref name="exception"/>, as <see cref="PyRuntime.FormatUncaught"/> renders it. Only a child
    /// process that ends with an exception asks for it, so this counts the exception as uncaught.
    /// </summary>
    [PyExport("format_exception")]
    public static string FormatException(object? exception)
    {
        PyRuntime.NoteUncaughtException();
        return exception is Exception e ? PyRuntime.FormatUncaught(e) : string.Empty;
    }
}
