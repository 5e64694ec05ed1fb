namespace Portalis.Threading.Backends.Native;

/// <summary>
/// The machinery behind <see cref="DeadlockDetection"/>: the list of participant threads, an epoch
/// that moves whenever one of them starts, ends, blocks or unblocks, and a watchdog thread that
/// runs while a root is registered.
/// </summary>
/// <remarks>
/// A deadlock is confirmed when two looks, one <see cref="CheckInterval"/> apart, see the same epoch
/// and every participant stuck: blocked with no timeout on a condition that cannot have changed
/// (a monitor held by another stuck participant, a wait on a monitor that has not been pulsed
/// since the wait began, a join of a thread still running). Those checks make a transient state (a thread that
/// was woken but has not run yet) impossible to mistake for a deadlock, even on a loaded machine.
/// </remarks>
internal static partial class NativeDeadlockDetector
{
    private static readonly Lock s_lock = new();
    private static NativeThread? s_first;
    private static int s_roots;
    private static long s_epoch;
    private static bool s_watchdogRunning;

    public static TimeSpan CheckInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public static void OnProgress() => Interlocked.Increment(ref s_epoch);

    public static void OnStarted(NativeThread thread)
    {
        lock (s_lock)
        {
            Link(thread);
        }

        OnProgress();
    }

    public static void OnEnded(NativeThread thread)
    {
        lock (s_lock)
        {
            Unlink(thread);
        }

        OnProgress();
    }

    public static NativeThread RegisterRoot(NativeThread thread)
    {
        var startWatchdog = false;
        lock (s_lock)
        {
            if (thread.RootDepth++ == 0)
            {
                s_roots++;
                if (!thread.IsParticipant)
                {
                    Link(thread);
                }

                if (!s_watchdogRunning)
                {
                    s_watchdogRunning = true;
                    startWatchdog = true;
                }
            }
        }

        OnProgress();
        if (startWatchdog)
        {
            new Thread(Watch) { IsBackground = true, Name = "Portalis deadlock watchdog" }.UnsafeStart();
        }

        return thread;
    }

    public static void UnregisterRoot(NativeThread thread)
    {
        lock (s_lock)
        {
            if (thread.RootDepth == 0)
            {
                throw new InvalidOperationException($"thread '{thread.Name}' is not a registered root");
            }

            if (--thread.RootDepth == 0)
            {
                s_roots--;

                // A started thread stays a participant until its body ends; an adopted one leaves now.
                if (thread.IsParticipant && !thread.IsStarted)
                {
                    Unlink(thread);
                }
            }
        }

        OnProgress();
    }

    private static void Link(NativeThread thread)
    {
        thread.IsParticipant = true;
        thread.NextParticipant = s_first;
        thread.PreviousParticipant = null;
        if (s_first is not null)
        {
            s_first.PreviousParticipant = thread;
        }

        s_first = thread;
    }

    private static void Unlink(NativeThread thread)
    {
        if (!thread.IsParticipant)
        {
            return;
        }

        if (thread.PreviousParticipant is null)
        {
            s_first = thread.NextParticipant;
        }
        else
        {
            thread.PreviousParticipant.NextParticipant = thread.NextParticipant;
        }

        if (thread.NextParticipant is not null)
        {
            thread.NextParticipant.PreviousParticipant = thread.PreviousParticipant;
        }

        thread.NextParticipant = null;
        thread.PreviousParticipant = null;
        thread.IsParticipant = false;
    }
}
