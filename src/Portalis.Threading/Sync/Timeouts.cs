namespace Portalis.Threading.Sync;

/// <summary>Converts Python's float-seconds timeouts and checks <see cref="TimeSpan"/> ones.</summary>
internal static class Timeouts
{
    /// <summary>CPython's <c>threading.TIMEOUT_MAX</c> on 64-bit Linux, in seconds.</summary>
    public const double MaxSeconds = 9223372036.0;

    /// <summary>
    /// The rules of <c>Lock.acquire(blocking, timeout)</c>, where -1 means forever
    /// (Modules/_threadmodule.c, <c>lock_acquire_parse_args</c>).
    /// </summary>
    public static TimeSpan ForLockAcquire(bool blocking, double timeout)
    {
        if (double.IsNaN(timeout))
        {
            throw new SyncValueError("Invalid value NaN (not a number)");
        }

        if (!blocking && timeout != -1)
        {
            throw new SyncValueError("can't specify a timeout for a non-blocking call");
        }

        if (timeout < 0 && timeout != -1)
        {
            throw new SyncValueError("timeout value must be positive");
        }

        if (!blocking)
        {
            return TimeSpan.Zero;
        }

        return timeout == -1 ? Timeout.InfiniteTimeSpan : FromSeconds(timeout);
    }

    /// <summary>
    /// The rules of the pure-Python primitives' <c>timeout=None</c>: null waits forever, and a value
    /// that is not positive does not block (Lib/threading.py, <c>Condition.wait</c>: <c>if timeout &gt; 0</c>).
    /// </summary>
    public static TimeSpan FromOptional(double? seconds)
    {
        if (seconds is not { } s)
        {
            return Timeout.InfiniteTimeSpan;
        }

        return s > 0 ? FromSeconds(s) : TimeSpan.Zero;
    }

    /// <summary>Checks a <see cref="TimeSpan"/> timeout: non-negative or infinite.</summary>
    public static TimeSpan Check(TimeSpan timeout, string paramName)
    {
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(paramName, timeout, "The timeout must be non-negative or Timeout.InfiniteTimeSpan.");
        }

        return timeout;
    }

    private static TimeSpan FromSeconds(double seconds)
    {
        // CPython converts to a time_t deadline and fails on overflow (Python/pytime.c).
        if (seconds > MaxSeconds)
        {
            throw new OverflowException("timestamp out of range for platform time_t");
        }

        return TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }
}
