using Portalis.Threading.Exploration;
using Portalis.Threading.Tests.Exploring;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Backends;

/// <summary>
/// Long runs of both backends, only with <c>PORTALIS_STRESS=1</c> (they return at once otherwise).
/// In the serial collection because one shortens the watchdog's interval.
/// </summary>
[Collection(nameof(NativeDeadlockCollection))]
public sealed class BackendStressTests
{
    private static bool Enabled => Environment.GetEnvironmentVariable("PORTALIS_STRESS") == "1";

    [Fact]
    public void Native_HundredThousandStartJoins_AllRunOnce()
    {
        if (!Enabled)
        {
            return;
        }

        var native = ThreadingBackend.Native;
        var ran = 0;
        var ids = new HashSet<long>();
        for (var i = 0; i < 100_000; i++)
        {
            var thread = native.StartThread(() => Interlocked.Increment(ref ran));
            Assert.True(thread.Join(TimeSpan.FromSeconds(30)));
            Assert.True(ids.Add(thread.Id));
        }

        Assert.Equal(100_000, ran);
    }

    [Fact]
    public void Native_FiveHundredBlockedThreads_AllReleasedAndJoined()
    {
        if (!Enabled)
        {
            return;
        }

        new NativeRunner().Run(() =>
        {
            var backend = ThreadingBackend.Current;
            var gate = backend.CreateMonitor("gate");
            var open = false;
            var arrived = 0;
            var threads = Enumerable.Range(0, 500).Select(_ => backend.StartThread(() =>
            {
                using var scope = gate.Lock();
                arrived++;
                gate.PulseAll();
                while (!open)
                {
                    gate.Wait(Timeout.InfiniteTimeSpan);
                }
            })).ToList();
            using (gate.Lock())
            {
                while (arrived < 500)
                {
                    gate.Wait(Timeout.InfiniteTimeSpan);
                }

                open = true;
                gate.PulseAll();
            }

            foreach (var thread in threads)
            {
                thread.Join();
                Assert.Null(thread.Fault);
            }
        });
    }

    [Fact]
    public void Native_PingPongWithOneMillisecondWatchdog_NeverReportsDeadlock()
    {
        if (!Enabled)
        {
            return;
        }

        var previous = DeadlockDetection.CheckInterval;
        DeadlockDetection.CheckInterval = TimeSpan.FromMilliseconds(1);
        try
        {
            new NativeRunner().Run(() =>
            {
                var backend = ThreadingBackend.Current;
                var monitor = backend.CreateMonitor("ball");
                var turn = 0;
                void Play(int me)
                {
                    for (var i = 0; i < 200_000; i++)
                    {
                        using var scope = monitor.Lock();
                        while (turn % 2 != me)
                        {
                            monitor.Wait(Timeout.InfiniteTimeSpan);
                        }

                        turn++;
                        monitor.Pulse();
                    }
                }

                var other = backend.StartThread(() => Play(1));
                Play(0);
                other.Join();
                Assert.Null(other.Fault);
            });
        }
        finally
        {
            DeadlockDetection.CheckInterval = previous;
        }
    }

    [Fact]
    public void Controlled_TenThousandSchedulesOfEachScenario_CorrectPassBrokenFail()
    {
        if (!Enabled)
        {
            return;
        }

        var options = new ExplorationOptions { Iterations = 10_000 };
        foreach (var scenario in new Func<bool, Action>[] { BugScenarios.Semaphore, BugScenarios.Event, BugScenarios.LockOrder, BugScenarios.Counter })
        {
            Assert.True(Explorer.Explore(scenario(false), options).Succeeded);
            Assert.False(Explorer.Explore(scenario(true), options).Succeeded);
        }
    }
}
