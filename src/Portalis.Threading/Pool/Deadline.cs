namespace Portalis.Threading.Pool;

/// <summary>A point on the backend's clock (virtual under the Controlled backend) to wait until.</summary>
internal readonly struct Deadline
{
    // Monitor.Wait rejects timeouts over int.MaxValue milliseconds; longer waits are done in slices.
    private static readonly TimeSpan s_maxSlice = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly long _end;

    private Deadline(long end)
    {
        _end = end;
    }

    public bool IsInfinite => _end == long.MaxValue;

    /// <summary>
    /// Python's convention: null (<c>None</c>) or <see cref="Timeout.InfiniteTimeSpan"/> waits forever,
    /// a negative timeout is treated as zero (as <c>threading.Condition.wait</c> does).
    /// </summary>
    public static Deadline From(IThreadingBackend backend, TimeSpan? timeout)
    {
        if (timeout is not { } span || span == Timeout.InfiniteTimeSpan)
        {
            return new Deadline(long.MaxValue);
        }

        var ticks = Math.Max(0, span.Ticks);
        var now = backend.GetTimestamp();
        return new Deadline(ticks >= long.MaxValue - now ? long.MaxValue - 1 : now + ticks);
    }

    /// <summary>The time left to pass to <see cref="SyncMonitor.Wait"/>; <see cref="TimeSpan.Zero"/> once expired.</summary>
    public TimeSpan Remaining(IThreadingBackend backend)
    {
        if (IsInfinite)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var left = _end - backend.GetTimestamp();
        if (left <= 0)
        {
            return TimeSpan.Zero;
        }

        var span = TimeSpan.FromTicks(left);
        return span > s_maxSlice ? s_maxSlice : span;
    }

    /// <summary>Seconds left, negative once expired: what <c>as_completed</c> compares with zero.</summary>
    public long TicksLeft(IThreadingBackend backend) => IsInfinite ? long.MaxValue : _end - backend.GetTimestamp();
}
