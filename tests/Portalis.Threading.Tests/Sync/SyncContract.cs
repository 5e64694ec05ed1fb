using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Sync;

/// <summary>Helpers shared by the sync contract suites.</summary>
public abstract class SyncContract : ConcurrencyContract
{
    protected SyncContract(BackendRunner runner)
        : base(runner)
    {
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, sleeping a millisecond between checks. It only
    /// observes state (never orders events by time); virtual time makes it instant when controlled.
    /// </summary>
    protected static void WaitUntil(Func<bool> condition)
    {
        while (!condition())
        {
            Backend.Sleep(TimeSpan.FromMilliseconds(1));
        }
    }

    /// <summary>Runs <paramref name="action"/> on a new logical thread and rethrows its fault after joining.</summary>
    protected static void OnOtherThread(Action action) => JoinAndRethrow(Start(action));

    /// <summary>Reads, yields, writes: an increment that loses updates unless something excludes other threads.</summary>
    protected static void RacyIncrement(ref int counter)
    {
        int value = counter;
        Backend.Yield();
        counter = value + 1;
    }
}
