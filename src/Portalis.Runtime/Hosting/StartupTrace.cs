using System.Diagnostics;

namespace Portalis.Runtime;

/// <summary>
/// Start-up timing for <c>portalis run</c>: with <c>PORTALIS_STARTUP_TRACE=1</c> in the environment, each
/// <see cref="Mark"/> writes the milliseconds since the process started and the phase name to stderr
/// (<c>[startup]   41.2 ms  loaded</c>), and the garbage collections so far when there were any (their count per
/// generation and the total pause). Off, a mark costs one static read.
/// </summary>
public static class StartupTrace
{
    private static readonly bool s_enabled = Environment.GetEnvironmentVariable("PORTALIS_STARTUP_TRACE") == "1";
    private static readonly Lock s_lock = new();
    private static double s_startOffsetMs = double.NaN;
    private static long s_origin;

    /// <summary>True when <c>PORTALIS_STARTUP_TRACE=1</c>.</summary>
    public static bool IsEnabled => s_enabled;

    /// <summary>Records that start-up reached <paramref name="phase"/>.</summary>
    public static void Mark(string phase)
    {
        if (s_enabled)
        {
            Write(phase);
        }
    }

    private static void Write(string phase)
    {
        lock (s_lock)
        {
            if (double.IsNaN(s_startOffsetMs))
            {
                // Once: how long the process ran before the first mark (host, runtime and assembly loading).
                s_origin = Stopwatch.GetTimestamp();
                s_startOffsetMs = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
            }

            var ms = s_startOffsetMs + Stopwatch.GetElapsedTime(s_origin).TotalMilliseconds;
            var collections = GC.CollectionCount(0);
            var gc = collections == 0 ? "" : $"  (gc {collections}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms)";
            Console.Error.WriteLine($"[startup] {ms,7:F1} ms  {phase}{gc}");
        }
    }
}
