namespace Portalis.Threading;

/// <summary>
/// A point on a backend's clock (<see cref="IThreadingBackend.GetTimestamp"/>, virtual under the
/// Controlled backend) after which a blocking call gives up. Shared by every primitive, channel and
/// future, so that all of them measure timeouts the same way.
/// </summary>
internal readonly struct Deadline
{
    // Monitor.Wait takes at most int.MaxValue milliseconds; longer waits are done in slices, which
    // every caller's wait loop handles anyway.
    private static readonly TimeSpan s_maxSingleWait = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly long _end;

    private Deadline(long end)
    {
        _end = end;
    }

    /// <summary>A deadline that never passes.</summary>
    public static Deadline Infinite => new(long.MaxValue);

    /// <summary>True when the deadline never passes.</summary>
    public bool IsInfinite => _end == long.MaxValue;

    /// <summary>Validates <paramref name="timeout"/> as the BCL does: non-negative or <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    public static void Validate(TimeSpan timeout)
    {
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be non-negative or Timeout.InfiniteTimeSpan.");
        }
    }

    /// <summary>Starts a deadline <paramref name="timeout"/> from now; infinite for <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    public static Deadline Start(IThreadingBackend backend, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return Infinite;
        }

        var ticks = Math.Max(0, timeout.Ticks);
        var now = backend.GetTimestamp();
        return new Deadline(ticks > long.MaxValue - 1 - now ? long.MaxValue - 1 : now + ticks);
    }

    /// <summary>
    /// Python's convention: null (<c>None</c>) or <see cref="Timeout.InfiniteTimeSpan"/> waits forever,
    /// a negative timeout is treated as zero (as <c>threading.Condition.wait</c> does).
    /// </summary>
    public static Deadline Start(IThreadingBackend backend, TimeSpan? timeout)
        => timeout is { } span ? Start(backend, span) : Infinite;

    /// <summary>The time left for one monitor wait, never negative; <see cref="Timeout.InfiniteTimeSpan"/> when infinite.</summary>
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

        var remaining = TimeSpan.FromTicks(left);
        return remaining > s_maxSingleWait ? s_maxSingleWait : remaining;
    }

    /// <summary>
    /// Gets how long the next monitor wait may last, rounded up to whole milliseconds so that a
    /// native wait never returns early and spins; false when the deadline has passed.
    /// </summary>
    public bool TryGetWait(IThreadingBackend backend, out TimeSpan wait)
    {
        if (IsInfinite)
        {
            wait = Timeout.InfiniteTimeSpan;
            return true;
        }

        var left = _end - backend.GetTimestamp();
        if (left <= 0)
        {
            wait = TimeSpan.Zero;
            return false;
        }

        var milliseconds = (left + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
        wait = milliseconds >= int.MaxValue - 1 ? s_maxSingleWait : TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>Ticks left, negative once expired: what <c>as_completed</c> compares with zero.</summary>
    public long TicksLeft(IThreadingBackend backend) => IsInfinite ? long.MaxValue : _end - backend.GetTimestamp();
}
