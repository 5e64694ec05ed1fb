using Portalis.Threading.Backends.Native;
using Portalis.Threading.Errors;

namespace Portalis.Threading;

/// <summary>What to do about a deadlock the native backend has found.</summary>
public enum DeadlockAction
{
    /// <summary>Raise <see cref="DeadlockError"/> in every blocked thread, so that the program fails loudly.</summary>
    ThrowInBlockedThreads,

    /// <summary>Leave the threads blocked (the handler has already dealt with it, for example by exiting).</summary>
    KeepWaiting,
}

/// <summary>
/// Native deadlock detection: when every live participant thread is blocked on Portalis primitives
/// with no timeout, a watchdog reports who waits on what and, by default, raises
/// <see cref="DeadlockError"/> in the blocked threads instead of letting the program hang.
/// </summary>
/// <remarks>
/// <para>Participants are the threads started through the native backend while they run, and the
/// threads registered with <see cref="RegisterRoot"/> (the Python runtime registers its main
/// thread; the test harness registers each test body). Detection is armed only while at least one
/// root is registered: a C# program that never opts in cannot get a false report because one of
/// its own threads, invisible to Portalis, was about to release a lock.</para>
/// <para>Daemon threads count as participants while they run: a running daemon may still release
/// what the others wait for. The report is made only when at least one non-daemon participant is
/// alive, because once only daemons remain the program is exiting (CPython's
/// <c>threading._shutdown</c> waits for non-daemon threads only).</para>
/// <para>Cost: nothing on uncontended paths. A thread that is about to block with no timeout
/// updates two counters, and waits in slices of <see cref="CheckInterval"/> so that it can be
/// told to raise the error.</para>
/// </remarks>
public static class DeadlockDetection
{
    /// <summary>
    /// Decides what happens when a deadlock is found; it runs on the watchdog thread. The default
    /// returns <see cref="DeadlockAction.ThrowInBlockedThreads"/>. The CLI sets one that prints the
    /// report and exits non-zero.
    /// </summary>
    public static Func<DeadlockReport, DeadlockAction> Handler { get; set; } = static _ => DeadlockAction.ThrowInBlockedThreads;

    /// <summary>
    /// How often the watchdog looks; a deadlock is reported after two looks see the same
    /// all-blocked state, so within about three intervals. Default 100 ms.
    /// </summary>
    public static TimeSpan CheckInterval
    {
        get => NativeDeadlockDetector.CheckInterval;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            NativeDeadlockDetector.CheckInterval = value;
        }
    }

    /// <summary>
    /// Makes the calling OS thread a participant and arms detection until the returned scope is
    /// disposed (on the same thread).
    /// </summary>
    public static RootScope RegisterRoot() => new(NativeDeadlockDetector.RegisterRoot(NativeThread.Current));

    /// <summary>A registration made by <see cref="RegisterRoot"/>; dispose it to unregister.</summary>
    public readonly struct RootScope : IDisposable
    {
        private readonly NativeThread? _thread;

        internal RootScope(NativeThread thread)
        {
            _thread = thread;
        }

        /// <summary>Unregisters the root.</summary>
        public void Dispose()
        {
            if (_thread is not null)
            {
                NativeDeadlockDetector.UnregisterRoot(_thread);
            }
        }
    }
}
