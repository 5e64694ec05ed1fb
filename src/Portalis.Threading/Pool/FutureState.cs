namespace Portalis.Threading.Pool;

/// <summary>The states of a <see cref="Future"/>, those of CPython's <c>concurrent.futures._base</c>.</summary>
public enum FutureState
{
    /// <summary>Not started and not cancelled.</summary>
    Pending,

    /// <summary>Marked running by <see cref="Future.SetRunningOrNotifyCancel"/>; it can no longer be cancelled.</summary>
    Running,

    /// <summary>Cancelled by <see cref="Future.Cancel"/>; waits in <see cref="Futures.Wait"/> do not see it yet.</summary>
    Cancelled,

    /// <summary>Cancelled, and the executor has notified the waiters (<see cref="Future.SetRunningOrNotifyCancel"/> returned false).</summary>
    CancelledAndNotified,

    /// <summary>Completed with a result or an exception.</summary>
    Finished,
}
