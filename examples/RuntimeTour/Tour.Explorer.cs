using System.Runtime.CompilerServices;
using Portalis.Threading;
using Portalis.Threading.Exploration;

using Lock = Portalis.Threading.Sync.Lock;

namespace Portalis.Examples.RuntimeTour;

public static partial class Tour
{
    private const int ExploredSchedules = 200;

    // The Explorer runs a body under many seeded schedules on the Controlled backend, one logical
    // thread at a time, switching at every lock, wait, start and join. A failing schedule comes back
    // with its seed and strategy, and Explorer.Replay runs exactly that schedule again.
    // The body must create its primitives itself: a primitive binds to the backend current at creation.
    private static void Exploring(TextWriter output)
    {
        var result = Explorer.Explore(LostUpdate, new ExplorationOptions { Iterations = ExploredSchedules });
        var failure = result.Failures[0];
        output.WriteLine($"lost update: {failure.Kind} in schedule {failure.Iteration} (seed {failure.Seed}, {failure.Strategy}): {failure.Exception?.Message}");

        var replay = Explorer.Replay(LostUpdate, failure);
        output.WriteLine($"replay of seed {failure.Seed}: {replay?.Kind}: {replay?.Exception?.Message}");

        var fixedResult = Explorer.Explore(AtomicUpdate, new ExplorationOptions { Iterations = ExploredSchedules });
        output.WriteLine($"atomic update: {fixedResult.Iterations} schedules, {fixedResult.Failures.Count} failures");

        var deadlock = Explorer.Explore(LockOrderInversion, new ExplorationOptions { Iterations = ExploredSchedules });
        var first = deadlock.Failures[0];
        output.WriteLine($"lock order inversion: {first.Kind} in schedule {first.Iteration} (seed {first.Seed}, {first.Strategy})");
        output.WriteLine($"replay of seed {first.Seed}: {Explorer.Replay(LockOrderInversion, first)?.Kind}");

        string? backendName = null;
        Explorer.Explore(() => backendName = ThreadingBackend.Current.Name, new ExplorationOptions { Iterations = 1 });
        output.WriteLine($"backend inside a body: {backendName}");
    }

    // The bug: the read and the write are two critical sections, so two threads can read the same value.
    private static void LostUpdate() => CountTwice(static (gate, counter) =>
    {
        int seen;
        using (gate.Hold())
        {
            seen = counter.Value;
        }

        using (gate.Hold())
        {
            counter.Value = seen + 1;
        }
    });

    private static void AtomicUpdate() => CountTwice(static (gate, counter) =>
    {
        using (gate.Hold())
        {
            counter.Value++;
        }
    });

    private static void CountTwice(Action<Lock, StrongBox<int>> increment)
    {
        var backend = ThreadingBackend.Current;
        var gate = new Lock();
        var counter = new StrongBox<int>(0);
        var a = backend.StartThread(() => increment(gate, counter));
        var b = backend.StartThread(() => increment(gate, counter));
        a.Join();
        b.Join();
        if (counter.Value != 2)
        {
            throw new InvalidOperationException($"counter is {counter.Value} after two increments");
        }
    }

    // Two locks taken in opposite orders: some schedules leave each thread holding the lock the other wants.
    private static void LockOrderInversion()
    {
        var backend = ThreadingBackend.Current;
        var first = new Lock();
        var second = new Lock();
        var a = backend.StartThread(() => TakeBoth(first, second));
        var b = backend.StartThread(() => TakeBoth(second, first));
        a.Join();
        b.Join();
    }

    private static void TakeBoth(Lock outer, Lock inner)
    {
        using (outer.Hold())
        {
            using (inner.Hold())
            {
            }
        }
    }
}
