using System.Globalization;
using Portalis.Threading.Errors;
using Portalis.Threading.Exploration;

namespace Portalis.Threading.Backends.Controlled;

/// <summary>Choosing the next thread, passing the baton, ending threads and failing runs.</summary>
internal sealed partial class ControlledScheduler
{
    /// <summary>
    /// The scheduling point of the running thread <paramref name="me"/>, whose block state says
    /// what it waits for (<see cref="BlockKind.None"/> when it can go on). Returns once the strategy
    /// has picked <paramref name="me"/> and its condition holds.
    /// </summary>
    private void Reschedule(ControlledThread me, TraceOp op, object? subject)
    {
        ThrowIfAborting();
        _trace.Record(_steps + 1, me, op, subject);
        if (++_steps > _options.MaxSteps)
        {
            Fail(Exploration.FailureKind.StepLimit, StepLimitReport(), exception: null);
            throw new ScheduleAbortedException();
        }

        if (me.Block != BlockKind.None)
        {
            me.RunLength = 0;
        }
        else if (++me.RunLength >= SwitchInterval)
        {
            // The switch interval is up: hand over as a yield does (CPython's GIL drop request).
            me.RunLength = 0;
            _strategy.OnYield(me);
        }

        var next = ChooseNext(me);
        if (next is null)
        {
            FailDeadlock();
            AnnotateDeadlocked(me);
            throw new ScheduleAbortedException();
        }

        if (next != me)
        {
            me.RunLength = 0;
            next.Baton.Release();
            me.Baton.Wait();
            AnnotateDeadlocked(me);
            ThrowIfAborting();
        }
    }

    /// <summary>
    /// Picks the next thread among the enabled ones, advancing virtual time to the earliest
    /// deadline when none is enabled. Null means deadlock: nothing can run, and nothing will.
    /// </summary>
    private ControlledThread? ChooseNext(ControlledThread? current)
    {
        while (true)
        {
            _candidates.Clear();
            foreach (var thread in _threads)
            {
                if (!thread.Finished && IsEnabled(thread))
                {
                    _candidates.Add(thread);
                }
            }

            if (_candidates.Count > 0)
            {
                break;
            }

            var deadline = NextDeadline();
            if (deadline == long.MaxValue)
            {
                return null;
            }

            _now = deadline;
        }

        // Spurious wake-ups are offered only while some thread can make real progress, so that
        // a deadlock is never hidden behind waiters that keep waking up and waiting again.
        var enabled = _candidates.Count;
        if (_spuriousLeft > 0 && _random.Next(SpuriousOdds) == 0)
        {
            foreach (var thread in _threads)
            {
                if (!thread.Finished && thread.Block == BlockKind.MonitorWait && !thread.Notified
                    && _now < thread.Deadline && thread.BlockMonitor!.Holder is null)
                {
                    _candidates.Add(thread);
                }
            }
        }

        var pick = _strategy.Pick(_candidates, current, _steps);
        var chosen = _candidates[pick];
        if (pick >= enabled)
        {
            chosen.SpuriousWake = true;
            _spuriousLeft--;
        }

        return chosen;
    }

    private bool IsEnabled(ControlledThread thread) => thread.Block switch
    {
        BlockKind.None => true,
        BlockKind.MonitorEnter => thread.BlockMonitor!.Holder is null,
        BlockKind.MonitorWait => (thread.Notified || _now >= thread.Deadline) && thread.BlockMonitor!.Holder is null,
        BlockKind.Join => thread.JoinTarget!.Finished || _now >= thread.Deadline,
        BlockKind.Sleep => _now >= thread.Deadline,
        _ => false,
    };

    private long NextDeadline()
    {
        var earliest = long.MaxValue;
        foreach (var thread in _threads)
        {
            if (!thread.Finished && thread.Block != BlockKind.None && thread.Deadline > _now && thread.Deadline < earliest)
            {
                earliest = thread.Deadline;
            }
        }

        return earliest;
    }

    /// <summary>
    /// Called by a thread whose body has returned or thrown: decides who runs next and records it
    /// in <see cref="ControlledThread.Successor"/>; <see cref="HandOver"/> releases it once the OS
    /// worker is idle again, so that the next run reuses the worker instead of creating a thread.
    /// </summary>
    private void ThreadEnded(ControlledThread thread)
    {
        if (!_aborting)
        {
            _trace.Record(_steps, thread, TraceOp.End, subject: null);
        }

        thread.Finished = true;
        thread.Block = BlockKind.None;

        // As at CPython's exit (threading._shutdown joins only non-daemon threads), the run is
        // over when every non-daemon thread has ended; daemon threads are then unwound.
        if (!_aborting && !_threads.Exists(static t => !t.Finished && !t.IsDaemon))
        {
            _aborting = true;
        }

        if (!_aborting)
        {
            var next = ChooseNext(current: null);
            if (next is not null)
            {
                thread.Successor = next;
                return;
            }

            FailDeadlock();
        }

        // Unwind the remaining threads one at a time: each wakes at its scheduling point, throws
        // ScheduleAbortedException, and ends here, naming the next. The last one ends the run.
        thread.Successor = _threads.Find(static t => !t.Finished);
    }

    /// <summary>Passes the baton of an ended thread on: to its successor, or ends the run.</summary>
    private static void HandOver(object? state)
    {
        var thread = (ControlledThread)state!;
        if (thread.Successor is { } next)
        {
            next.Baton.Release();
        }
        else
        {
            thread.Scheduler._done.Set();
        }
    }

    private void Fail(FailureKind kind, string report, Exception? exception)
    {
        if (FailureKind is null)
        {
            FailureKind = kind;
            FailureReport = $"{report}\n{_trace.Render()}";
            FailureException = exception;
        }

        _aborting = true;
    }

    private void FailDeadlock()
    {
        // The annotations come later: each blocked thread annotates itself from its own stack when it
        // wakes to unwind (AnnotateDeadlocked), and the report is rendered once the run is over.
        _deadlocked = _threads.Where(static t => !t.Finished).Select(t => (t, Describe(t))).ToList();
        _deadlockTrace = _trace.Render();
        Fail(Exploration.FailureKind.Deadlock, DeadlockReportNow().ToString(), exception: null);
    }

    private string StepLimitReport()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"step limit of {_options.MaxSteps} reached (a livelock, or raise ExplorationOptions.MaxSteps); threads:");
        foreach (var thread in _threads)
        {
            if (!thread.Finished)
            {
                text += $"\n  {thread} {Describe(thread)}";
            }
        }

        return text;
    }

    private string Describe(ControlledThread thread)
    {
        var monitor = thread.BlockMonitor;
        return thread.Block switch
        {
            BlockKind.None => thread.Started ? "is runnable" : "has not started",
            BlockKind.MonitorEnter => $"waits to enter {monitor} held by {monitor!.Holder?.ToString() ?? "nobody"}",
            BlockKind.MonitorWait when thread.Notified => $"was woken on {monitor} and waits to re-enter it, held by {monitor!.Holder?.ToString() ?? "nobody"}",
            BlockKind.MonitorWait => thread.Deadline == long.MaxValue
                ? $"waits on {monitor} with no timeout"
                : $"waits on {monitor} with a timeout",
            BlockKind.Join => $"waits to join {thread.JoinTarget}",
            BlockKind.Sleep => thread.Deadline == long.MaxValue ? "sleeps forever" : "sleeps",
            _ => "is in an unknown state",
        };
    }
}
