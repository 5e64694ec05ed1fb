using System.Numerics;

namespace Portalis.Runtime;

/// <summary>Argument rules shared by the <c>_thread</c> and <c>_queue</c> types, with CPython's messages.</summary>
internal static class ThreadArgs
{
    // Python/pytime.c: a timeout becomes nanoseconds in a 64-bit integer; beyond, "timestamp out of range".
    private const double MaxSeconds = long.MaxValue / 1e9;

    /// <summary>
    /// Modules/_threadmodule.c, <c>lock_acquire_parse_args</c>: <c>blocking</c> is an int, <c>timeout</c>
    /// a number of seconds, -1 (the default) for ever; a timeout with a non-blocking call or a negative one
    /// other than -1 is a ValueError.
    /// </summary>
    public static TimeSpan LockTimeout(object? blocking, object? timeout)
    {
        // blocking is parsed as a C int ("i"), so only ints and bools are accepted.
        var block = ReferenceEquals(blocking, PyArg.Missing) || PyArg.ToLong(blocking) != 0;
        if (ReferenceEquals(timeout, PyArg.Missing))
        {
            return block ? Timeout.InfiniteTimeSpan : TimeSpan.Zero;
        }

        var seconds = Seconds(timeout);
        if (!block && seconds != -1)
        {
            throw new PyValueError("can't specify a timeout for a non-blocking call");
        }

        if (seconds < 0 && seconds != -1)
        {
            throw new PyValueError("timeout value must be positive");
        }

        if (!block)
        {
            return TimeSpan.Zero;
        }

        return seconds == -1 ? Timeout.InfiniteTimeSpan : FromSeconds(seconds);
    }

    /// <summary>
    /// A timeout in seconds as <c>_PyTime_FromSecondsObject</c> reads it: a float or an int; NaN is a ValueError,
    /// anything else a TypeError.
    /// </summary>
    public static double Seconds(object? value)
    {
        var seconds = value switch
        {
            double d => d,
            long l => l,
            bool b => b ? 1 : 0,
            BigInteger => throw new PyOverflowError("timestamp out of range for platform time_t"),
            _ => throw new PyTypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as an integer"),
        };
        if (double.IsNaN(seconds))
        {
            throw new PyValueError("Invalid value NaN (not a number)");
        }

        if (Math.Abs(seconds) > MaxSeconds)
        {
            throw new PyOverflowError("timestamp out of range for platform time_t");
        }

        return seconds;
    }

    /// <summary>A non-negative number of seconds as a wait time.</summary>
    public static TimeSpan FromSeconds(double seconds) =>
        seconds >= TimeSpan.MaxValue.TotalSeconds ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks((long)Math.Ceiling(seconds * TimeSpan.TicksPerSecond));
}
