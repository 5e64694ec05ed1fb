namespace Portalis.Threading.Backends.Controlled;

/// <summary>The monitor operations; each is a scheduling point.</summary>
internal sealed partial class ControlledScheduler
{
    public void MonitorEnter(ControlledMonitor monitor)
    {
        var me = CurrentOrThrow();
        ThrowIfAborting();
        if (monitor.Holder == me)
        {
            throw new SynchronizationLockException($"{monitor} is not reentrant: thread {me} already holds it");
        }

        me.Block = BlockKind.MonitorEnter;
        me.BlockMonitor = monitor;
        Reschedule(me, TraceOp.Enter, monitor);
        me.Block = BlockKind.None;
        me.BlockMonitor = null;
        monitor.Holder = me;
    }

    public void MonitorExit(ControlledMonitor monitor)
    {
        var me = CurrentOrThrow();
        if (_aborting)
        {
            // Let finally blocks release what they hold while the run unwinds.
            if (monitor.Holder == me)
            {
                monitor.Holder = null;
            }

            return;
        }

        ThrowIfNotHolder(monitor, me, "release");
        monitor.Holder = null;
        Reschedule(me, TraceOp.Exit, monitor);
    }

    public bool MonitorWait(ControlledMonitor monitor, TimeSpan timeout)
    {
        var me = CurrentOrThrow();
        ThrowIfAborting();
        ThrowIfNotHolder(monitor, me, "wait on");
        var deadline = DeadlineAfter(timeout);

        monitor.Holder = null;
        monitor.Waiters.Add(me);
        me.Block = BlockKind.MonitorWait;
        me.BlockMonitor = monitor;
        me.Deadline = deadline;
        me.Notified = false;
        me.SpuriousWake = false;
        Reschedule(me, TraceOp.Wait, monitor);

        // Picked: pulsed, timed out or woken spuriously, and the monitor is free.
        var pulsed = me.Notified;
        var spurious = me.SpuriousWake;
        if (!pulsed)
        {
            monitor.Waiters.Remove(me);
        }

        me.Block = BlockKind.None;
        me.BlockMonitor = null;
        me.Deadline = long.MaxValue;
        me.Notified = false;
        me.SpuriousWake = false;
        monitor.Holder = me;
        return pulsed || spurious;
    }

    public void MonitorPulse(ControlledMonitor monitor, bool all)
    {
        var me = CurrentOrThrow();
        if (_aborting)
        {
            return;
        }

        ThrowIfNotHolder(monitor, me, "pulse");
        Reschedule(me, all ? TraceOp.PulseAll : TraceOp.Pulse, monitor);
        var waiters = monitor.Waiters;
        if (waiters.Count == 0)
        {
            return;
        }

        if (all)
        {
            foreach (var waiter in waiters)
            {
                waiter.Notified = true;
            }

            waiters.Clear();
        }
        else
        {
            // The contract does not promise FIFO: explore every choice of waiter.
            var index = _random.Next(waiters.Count);
            waiters[index].Notified = true;
            waiters.RemoveAt(index);
        }
    }

    private static void ThrowIfNotHolder(ControlledMonitor monitor, ControlledThread me, string action)
    {
        if (monitor.Holder != me)
        {
            throw new SynchronizationLockException($"thread {me} cannot {action} {monitor}: it does not hold it");
        }
    }
}
