namespace Portalis.Threading.Sync;

/// <summary>
/// A point in a backend's clock (<see cref="IThreadingBackend.GetTimestamp"/>, virtual under the
/// Controlled backend) after which a blocking call gives up.
/// </summary>
internal readonly struct Deadline
{
    // Monitor.Wait takes at most int.MaxValue milliseconds; longer waits loop, as every wait does anyway.
    private static readonly TimeSpan s_maxSingleWait = TimeSpan.FromDays(1);

    private readonly long _end;

    private Deadline(long end)
    {
        _end = end;
    }

    /// <summary>True when the deadline never passes.</summary>
    public bool IsInfinite => _end == long.MaxValue;

    /// <summary>Starts a deadline <paramref name="timeout"/> from now; infinite for <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    public static Deadline Start(IThreadingBackend backend, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return new Deadline(long.MaxValue);
        }

        long now = backend.GetTimestamp();
        long end = timeout.Ticks > long.MaxValue - 1 - now ? long.MaxValue - 1 : now + timeout.Ticks;
        return new Deadline(end);
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

        long remaining = _end - backend.GetTimestamp();
        if (remaining <= 0)
        {
            wait = TimeSpan.Zero;
            return false;
        }

        long ms = (remaining + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
        wait = TimeSpan.FromMilliseconds(ms);
        if (wait > s_maxSingleWait)
        {
            wait = s_maxSingleWait;
        }

        return true;
    }

    /// <summary>The time left, never negative; <see cref="Timeout.InfiniteTimeSpan"/> when infinite.</summary>
    public TimeSpan Remaining(IThreadingBackend backend)
    {
        if (IsInfinite)
        {
            return Timeout.InfiniteTimeSpan;
        }

        long remaining = _end - backend.GetTimestamp();
        return remaining <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks(remaining);
    }
}
