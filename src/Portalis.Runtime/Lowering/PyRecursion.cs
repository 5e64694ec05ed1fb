using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// CPython's recursion limit (Python/ceval.c, <c>_Py_EnterRecursivePy</c>): each translated function counts
/// its activation on a per-thread depth, and going past <c>sys.getrecursionlimit()</c> (1000 by default)
/// raises <c>RecursionError: maximum recursion depth exceeded</c> at once, as CPython does, instead of
/// recursing until the 512 MB stack runs out. Called only by generated code.
/// </summary>
public static class PyRecursion
{
    [ThreadStatic]
    private static int t_depth;

    private static int s_limit = 1000;

    /// <summary>The limit <c>sys.setrecursionlimit</c> sets.</summary>
    public static int Limit
    {
        get => Volatile.Read(ref s_limit);
        set => Volatile.Write(ref s_limit, value);
    }

    /// <summary>
    /// Enters a function activation; raises RecursionError past the limit. Returns the thread's depth counter, so
    /// the function's <c>finally</c> leaves with <c>depth--</c> and a call finds its thread's counter once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref int Enter()
    {
        ref var depth = ref t_depth;
        if (++depth > s_limit)
        {
            Overflow();
        }

        return ref depth;
    }

    /// <summary>
    /// The calling thread's depth counter, not entered. A typed entry is called with it (or with its caller's own
    /// counter, the same one, which a typed caller already holds) and enters with <see cref="Enter(ref int)"/>, so a
    /// chain of typed calls finds the thread's counter once instead of at every activation.
    /// </summary>
    public static ref int Depth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref t_depth;
    }

    /// <summary>Enters an activation on <paramref name="depth"/>, the thread's counter (<see cref="Depth"/>); raises RecursionError past the limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(ref int depth)
    {
        if (++depth > s_limit)
        {
            Overflow();
        }
    }

    /// <summary>
    /// Checks the native stack (<see cref="RuntimeHelpers.EnsureSufficientExecutionStack"/>, a call into the
    /// runtime that reads the thread's stack bounds) at every fourth activation depth only: a check that passes
    /// leaves at least 64 KiB, far more than the frames of four activations between two checks, so a deep
    /// recursion on a thread with a small stack still ends in InsufficientExecutionStackException (RecursionError)
    /// and not a crash, while a call at a depth in between pays one thread-local read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckStack()
    {
        if ((t_depth & 3) == 0)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Overflow()
    {
        t_depth--;
        throw new PyRecursionError("maximum recursion depth exceeded");
    }
}
