using Portalis.Threading;
using Portalis.Threading.Sync;

// The Python-named primitives clash with System.Threading's, which implicit usings import.
using Barrier = Portalis.Threading.Sync.Barrier;
using Lock = Portalis.Threading.Sync.Lock;

namespace Portalis.Examples.RuntimeTour;

public static partial class Tour
{
    // Python-exact primitives (Lock, Condition: `with cond:` is `using (cond.Hold())`) next to the
    // Rust-style ones that own their data (Mutex<T>, SharedState<T>).
    private static void LocksAndSharedState(TextWriter output)
    {
        var backend = ThreadingBackend.Current;

        // Condition: a one-slot mailbox. The reader waits for a predicate, so it does not matter
        // which thread gets the lock first.
        var cond = new Condition();
        string? mailbox = null;
        var reader = backend.StartThread(() =>
        {
            using (cond.Hold())
            {
                cond.WaitFor(() => mailbox is not null);
                mailbox = $"read '{mailbox}'";
            }
        });
        using (cond.Hold())
        {
            mailbox = "hello";
            cond.NotifyAll();
        }

        reader.Join();
        output.WriteLine($"condition: {mailbox}");

        // Mutex<T>: the counter is reachable only through the guard Lock() returns.
        var counter = new Mutex<int>(0);
        var state = new SharedState<int>(0);
        var plain = new Lock();
        var plainCount = 0;
        var workers = Enumerable.Range(0, 4).Select(_ => backend.StartThread(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                using (var guard = counter.Lock())
                {
                    guard.Value++;
                }

                state.Update(static v => v + 1);
                using (plain.Hold())
                {
                    plainCount++;
                }
            }
        })).ToList();
        workers.ForEach(static w => w.Join());

        using (var guard = counter.Lock())
        {
            output.WriteLine($"mutex: {guard.Value}, shared state: {state.Get()}, lock-protected int: {plainCount}");
        }

        try
        {
            plain.Release();
        }
        catch (LockNotHeldError ex)
        {
            output.WriteLine($"releasing an unlocked lock: {ex.Message}");
        }
    }

    // Barrier: every party writes its phase-one value, waits, then reads all of them; the action
    // runs once per generation, on the last thread to arrive.
    private static void BarrierPhases(TextWriter output)
    {
        var backend = ThreadingBackend.Current;
        const int Parties = 3;
        var generations = 0;
        var barrier = new Barrier(Parties, () => generations++);
        var phaseOne = new int[Parties];
        var sums = new int[Parties];
        var arrivals = new int[Parties];
        var threads = Enumerable.Range(0, Parties).Select(p => backend.StartThread(() =>
        {
            phaseOne[p] = (p + 1) * 10;
            arrivals[p] = barrier.Wait();
            sums[p] = phaseOne.Sum();   // every write above happened before the barrier opened
            barrier.Wait();
        })).ToList();
        threads.ForEach(static t => t.Join());

        output.WriteLine($"every party saw the sum {string.Join(", ", sums)}; generations {generations}; arrival indexes {string.Join(", ", arrivals.Order())}");
    }
}
