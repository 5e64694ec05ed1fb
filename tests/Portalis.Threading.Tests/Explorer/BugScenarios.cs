namespace Portalis.Threading.Tests.Exploring;

/// <summary>Test bodies shared by the explorer tests: each fails some schedules when <c>broken</c>.</summary>
internal static class BugScenarios
{
    /// <summary>Two waiters, two releases: the broken semaphore loses the second wake-up.</summary>
    public static Action Semaphore(bool broken) => () =>
    {
        var semaphore = new TestSemaphore(0, broken);
        var backend = ThreadingBackend.Current;
        var first = backend.StartThread(semaphore.Acquire);
        var second = backend.StartThread(semaphore.Acquire);
        semaphore.Release();
        semaphore.Release();
        first.Join();
        second.Join();
    };

    /// <summary>A waiter and a setter: the broken event forgets a Set that comes first.</summary>
    public static Action Event(bool broken) => () =>
    {
        var ready = new TestEvent(broken);
        var waiter = ThreadingBackend.Current.StartThread(ready.Wait);
        ready.Set();
        waiter.Join();
    };

    /// <summary>Two threads take two monitors; the broken version takes them in opposite orders.</summary>
    public static Action LockOrder(bool broken) => () =>
    {
        var backend = ThreadingBackend.Current;
        var a = backend.CreateMonitor("A");
        var b = backend.CreateMonitor("B");
        var other = backend.StartThread(
            () =>
            {
                var (first, second) = broken ? (b, a) : (a, b);
                using var outer = first.Lock();
                using var inner = second.Lock();
            },
            new ThreadStartOptions { Name = "other" });
        using (a.Lock())
        {
            using var inner = b.Lock();
        }

        other.Join();
    };

    /// <summary>Two increments of a counter; without the monitor one is lost in some schedules.</summary>
    public static Action Counter(bool broken) => () =>
    {
        var counter = new RacyCounter(guarded: !broken);
        var backend = ThreadingBackend.Current;
        var first = backend.StartThread(counter.Increment);
        var second = backend.StartThread(counter.Increment);
        first.Join();
        second.Join();
        if (counter.Value != 2)
        {
            throw new InvalidOperationException($"lost an increment: counter is {counter.Value}");
        }
    };
}
