namespace Portalis.Threading.Channels;

/// <summary>A point in the backend's clock (virtual under the Controlled backend) by which a blocking operation gives up.</summary>
internal readonly struct Deadline
{
    // Monitor.Wait takes at most int.MaxValue milliseconds; longer waits are done in slices.
    private static readonly TimeSpan s_maxSlice = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly long _end;

    private Deadline(long end)
    {
        _end = end;
    }

    public static Deadline Infinite => new(long.MaxValue);

    public bool IsInfinite => _end == long.MaxValue;

    /// <summary>Validates <paramref name="timeout"/> as the BCL does: non-negative or <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    public static void Validate(TimeSpan timeout)
    {
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be non-negative or Timeout.InfiniteTimeSpan.");
        }
    }

    public static Deadline From(IThreadingBackend backend, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return Infinite;
        }

        var now = backend.GetTimestamp();
        return new Deadline(timeout.Ticks >= long.MaxValue - now ? long.MaxValue : now + timeout.Ticks);
    }

    /// <summary>The time left, never negative; <see cref="Timeout.InfiniteTimeSpan"/> when infinite.</summary>
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
        return remaining > s_maxSlice ? s_maxSlice : remaining;
    }
}
