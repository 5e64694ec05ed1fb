namespace Portalis.Threading;

/// <summary>
/// A backend-provided monitor: mutual exclusion plus one wait set, the building block of every
/// primitive's slow path. Fast paths use atomics and call <see cref="IThreadingBackend.SchedulingPoint"/>.
/// </summary>
/// <remarks>
/// <see cref="Wait"/> may return early without a pulse (a spurious wake-up), as condition variables
/// may; callers re-check their condition in a loop. The Controlled backend uses this freedom to
/// explore wake-up orders.
/// </remarks>
public abstract class SyncMonitor
{
    /// <summary>Acquires the monitor, blocking while another thread holds it. Not reentrant.</summary>
    public abstract void Enter();

    /// <summary>Releases the monitor. The caller must hold it.</summary>
    public abstract void Exit();

    /// <summary>
    /// Releases the monitor, waits for a pulse, the timeout or a spurious wake-up, and reacquires it.
    /// </summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>False if the timeout elapsed, true otherwise.</returns>
    public abstract bool Wait(TimeSpan timeout);

    /// <summary>Wakes one waiter, if any. The caller must hold the monitor.</summary>
    public abstract void Pulse();

    /// <summary>Wakes every waiter. The caller must hold the monitor.</summary>
    public abstract void PulseAll();

    /// <summary>Acquires the monitor for a <c>using</c> block.</summary>
    public Scope Lock()
    {
        Enter();
        return new Scope(this);
    }

    /// <summary>Releases the monitor when disposed.</summary>
    public readonly ref struct Scope
    {
        private readonly SyncMonitor _monitor;

        internal Scope(SyncMonitor monitor)
        {
            _monitor = monitor;
        }

        /// <summary>Releases the monitor.</summary>
        public void Dispose() => _monitor.Exit();
    }
}
