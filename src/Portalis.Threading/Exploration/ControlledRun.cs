using System.Runtime.CompilerServices;
using Portalis.Threading.Backends.Controlled;

namespace Portalis.Threading.Exploration;

/// <summary>What code that runs inside an explored body needs to know about the Controlled backend.</summary>
public static class ControlledRun
{
    /// <summary>
    /// True when <paramref name="exception"/> is the signal with which the Controlled backend unwinds
    /// the logical threads of a run that has failed or ended (daemon threads at exit). Code that
    /// catches every exception (a language's catch-all handler, a thread's top-level reporter) must
    /// let it pass, or the run cannot end cleanly.
    /// </summary>
    public static bool IsUnwinding(Exception exception) => exception is ScheduleAbortedException;

    // Controlled runs in progress in the process: while there are none, a back-edge costs one read.
    private static int s_activeRuns;

    /// <summary>
    /// Called by translated code each time a loop goes round (a <c>while</c> loop's back-edge). Under the
    /// Controlled backend every few back-edges of a thread are a scheduling point, so a loop that touches
    /// no primitive (<c>while not flag: pass</c>) is preempted as CPython's GIL would preempt it; natively,
    /// and on any thread that is not part of a controlled run, it does nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LoopBackEdge()
    {
        if (s_activeRuns != 0)
        {
            LoopBackEdgeControlled();
        }
    }

    internal static void RunStarted() => Interlocked.Increment(ref s_activeRuns);

    internal static void RunEnded() => Interlocked.Decrement(ref s_activeRuns);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoopBackEdgeControlled()
    {
        if (ThreadingBackend.Current is ControlledScheduler scheduler)
        {
            scheduler.LoopBackEdge();
        }
    }
}
