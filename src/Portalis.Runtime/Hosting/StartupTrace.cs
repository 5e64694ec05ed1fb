using System.Diagnostics;

namespace Portalis.Runtime;

/// <summary>
/// Start-up timing for <c>portalis run</c>: with <c>PORTALIS_STARTUP_TRACE=1</c> in the environment, each
/// <see cref="Mark"/> writes the milliseconds since the process started and the phase name to stderr
/// (<c>[startup]   41.2 ms  loaded</c>). Off, a mark costs one static read.
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
            Console.Error.WriteLine($"[startup] {ms,7:F1} ms  {phase}");
        }
    }
}
