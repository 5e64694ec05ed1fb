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
}
