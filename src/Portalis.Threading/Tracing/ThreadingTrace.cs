using System.Diagnostics;

namespace Portalis.Threading.Tracing;

/// <summary>The switch for timeline tracing (<c>portalis run --trace</c>): off unless a listener is set.</summary>
public static class ThreadingTrace
{
    private static IThreadingTraceListener? s_listener;

    /// <summary>The listener the native backend reports to, or null (the default) for no tracing.</summary>
    public static IThreadingTraceListener? Listener
    {
        get => Volatile.Read(ref s_listener);
        set => Volatile.Write(ref s_listener, value);
    }

    /// <summary>The trace clock: <see cref="Stopwatch.GetTimestamp"/> ticks.</summary>
    public static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Converts a difference of <see cref="Now"/> values to microseconds.</summary>
    public static double ToMicroseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

    /// <summary>Reports a span of work on the calling thread when tracing is on (a no-op otherwise).</summary>
    /// <param name="category">The kind of work, for example <c>pool</c>.</param>
    /// <param name="name">What was done.</param>
    /// <param name="start">Its <see cref="Now"/> when it began; it ends now.</param>
    public static void Span(string category, string name, long start)
    {
        if (Listener is { } listener)
        {
            listener.Span(ThreadingBackend.Current.CurrentThread, category, name, start, Now());
        }
    }
}
