namespace Portalis.Threading.Backends.Native;

/// <summary>The watchdog and the counters behind <see cref="DeadlockDetection"/>.</summary>
internal static partial class NativeDeadlockDetector
{
    public static TimeSpan CheckInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public static NativeThread RegisterRoot(NativeThread thread) => thread;

    public static void UnregisterRoot(NativeThread thread)
    {
    }
}
