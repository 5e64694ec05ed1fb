using Portalis.Threading.Errors;

namespace Portalis.Threading.Backends.Controlled;

/// <summary>
/// The deadlock report of a controlled run, with each blocked thread's own annotation
/// (<see cref="DeadlockReport.ThreadAnnotator"/>, run by the thread itself when it wakes to unwind,
/// so that a hook reading the calling thread's stack sees where that thread blocked).
/// </summary>
internal sealed partial class ControlledScheduler
{
    private List<(ControlledThread Thread, string WaitsOn)>? _deadlocked;
    private string? _deadlockTrace;

    /// <summary>The report of the deadlock, with the annotations gathered so far (all of them once the run is over).</summary>
    private DeadlockReport DeadlockReportNow()
    {
        var threads = _deadlocked!
            .Select(static d => new BlockedThreadInfo(d.Thread.Id, d.Thread.Name, d.Thread.IsDaemon, d.WaitsOn, d.Thread.DeadlockAnnotation))
            .ToList();
        return new DeadlockReport("deadlock: every live thread is blocked and no timeout is pending", threads);
    }

    /// <summary>Called by a thread of a deadlocked run before it unwinds: it annotates itself, once.</summary>
    private void AnnotateDeadlocked(ControlledThread me)
    {
        if (_deadlocked is null || me.DeadlockAnnotated || !_deadlocked.Exists(d => d.Thread == me))
        {
            return;
        }

        me.DeadlockAnnotated = true;
        me.DeadlockAnnotation = DeadlockReport.Annotate(me);
    }

    /// <summary>The failure's report and exception once every thread has unwound: for a deadlock, rendered with the annotations.</summary>
    private (string? Report, Exception? Exception) FinalFailure()
    {
        if (_deadlocked is null)
        {
            return (FailureReport, FailureException);
        }

        var report = DeadlockReportNow();
        return ($"{report}\n{_deadlockTrace}", new DeadlockError(report));
    }
}
