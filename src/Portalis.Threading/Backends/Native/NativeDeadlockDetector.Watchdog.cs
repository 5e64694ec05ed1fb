using Portalis.Threading.Errors;

namespace Portalis.Threading.Backends.Native;

/// <summary>The watchdog loop and the report.</summary>
internal static partial class NativeDeadlockDetector
{
    private static void Watch()
    {
        var participants = new List<NativeThread>();
        long candidate = -1;
        long reported = -1;
        while (true)
        {
            Thread.Sleep(CheckInterval);
            var before = Volatile.Read(ref s_epoch);
            participants.Clear();
            lock (s_lock)
            {
                if (s_roots == 0)
                {
                    s_watchdogRunning = false;
                    return;
                }

                for (var thread = s_first; thread is not null; thread = thread.NextParticipant)
                {
                    participants.Add(thread);
                }
            }

            var stuck = AllStuck(participants);
            var after = Volatile.Read(ref s_epoch);
            if (!stuck || before != after)
            {
                candidate = -1;
                continue;
            }

            if (candidate != before)
            {
                // First sighting: confirm on the next look.
                candidate = before;
                continue;
            }

            if (reported == before)
            {
                continue;
            }

            reported = before;
            Report(participants);
        }
    }

    private static bool AllStuck(List<NativeThread> participants)
    {
        var anyNonDaemon = false;
        foreach (var thread in participants)
        {
            if (!IsStuck(thread))
            {
                return false;
            }

            anyNonDaemon |= !thread.IsDaemon || thread.RootDepth > 0;
        }

        return anyNonDaemon;
    }

    private static bool IsStuck(NativeThread thread)
    {
        switch (thread.BlockedKind)
        {
            case BlockKind.MonitorEnter:
                var holder = thread.BlockMonitor?.Holder;
                return holder is not null && holder != thread && holder.IsParticipant && holder.BlockedKind != BlockKind.None;
            case BlockKind.MonitorWait:
                return thread.BlockMonitor is { } monitor && monitor.Pulses == thread.PulseSnapshot;
            case BlockKind.Join:
                return thread.BlockTarget is { IsRunning: true };
            default:
                return false;
        }
    }

    private static void Report(List<NativeThread> participants)
    {
        // Each blocked thread annotates itself (the hook reads the caller's stack); they all wake
        // within one check interval, so the wait is short, and bounded if one does not answer.
        var ordered = participants.OrderBy(static t => t.Id).ToList();
        var requests = DeadlockReport.ThreadAnnotator is null ? null : ordered.Select(static t => t.RequestAnnotation()).ToList();
        var limit = DateTime.UtcNow + (CheckInterval * 5);
        var threads = ordered
            .Select((t, i) => new BlockedThreadInfo(t.Id, t.Name, t.IsDaemon && t.RootDepth == 0, Describe(t), requests?[i].Wait(Max(limit - DateTime.UtcNow, TimeSpan.Zero))))
            .ToList();
        var report = new DeadlockReport("deadlock: every live thread is blocked", threads);

        DeadlockAction action;
        try
        {
            action = DeadlockDetection.Handler(report);
        }
#pragma warning disable CA1031 // A failing handler must not kill the watchdog; the default action still applies.
        catch (Exception)
#pragma warning restore CA1031
        {
            action = DeadlockAction.ThrowInBlockedThreads;
        }

        if (action == DeadlockAction.ThrowInBlockedThreads)
        {
            foreach (var thread in participants)
            {
                thread.RequestDeadlockError(new DeadlockError(report));
            }
        }
    }

    private static string Describe(NativeThread thread)
    {
        var monitor = thread.BlockMonitor;
        return thread.BlockedKind switch
        {
            BlockKind.MonitorEnter => $"waits to enter {monitor} held by {Name(monitor?.Holder)}",
            BlockKind.MonitorWait => $"waits on {monitor} with no timeout",
            BlockKind.Join => $"waits to join {Name(thread.BlockTarget)}",
            _ => "is not blocked",
        };
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Name(NativeThread? thread) => thread is null ? "nobody" : $"'{thread.Name}' (id {thread.Id})";
}
