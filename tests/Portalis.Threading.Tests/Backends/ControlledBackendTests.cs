using Portalis.Threading.Errors;
using Portalis.Threading.Exploration;

namespace Portalis.Threading.Tests.Backends;

public sealed class ControlledBackendTests
{
    private static readonly ExplorationOptions s_few = new() { Iterations = 50 };

    [Fact]
    public void Explore_Body_SeesControlledBackendOnEveryThread()
    {
        var result = Explorer.Explore(
            () =>
            {
                var backend = ThreadingBackend.Current;
                Check(backend.IsControlled && backend.Name == "controlled", "main thread is not controlled");
                var child = backend.StartThread(() => Check(ThreadingBackend.Current == backend, "child sees another backend"));
                child.Join();
                Check(backend.CurrentThread.Name == "MainThread" && child.Name == "Thread-1", $"names are {backend.CurrentThread.Name}, {child.Name}");
            },
            s_few);

        AssertSucceeded(result);
    }

    [Fact]
    public void Sleep_OneHour_AdvancesVirtualClockExactlyAndInstantly()
    {
        var result = Explorer.Explore(
            () =>
            {
                var backend = ThreadingBackend.Current;
                var start = backend.GetTimestamp();
                backend.Sleep(TimeSpan.FromHours(1));
                Check(backend.GetTimestamp() - start == TimeSpan.TicksPerHour, "the clock did not move by exactly one hour");
            },
            s_few);

        AssertSucceeded(result);
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void MonitorWait_NobodyPulses_TimesOutAtDeadline()
    {
        var result = Explorer.Explore(
            () =>
            {
                var backend = ThreadingBackend.Current;
                var monitor = backend.CreateMonitor("test");
                var start = backend.GetTimestamp();
                using var scope = monitor.Lock();
                Check(!monitor.Wait(TimeSpan.FromSeconds(5)), "a wait nobody pulsed returned true");
                Check(backend.GetTimestamp() - start == 5 * TimeSpan.TicksPerSecond, "the wait did not last exactly 5 s");
            },
            s_few);

        AssertSucceeded(result);
    }

    [Fact]
    public void Join_TimeoutOnBlockedThread_ReturnsFalseThenTrue()
    {
        var result = Explorer.Explore(
            () =>
            {
                var backend = ThreadingBackend.Current;
                var monitor = backend.CreateMonitor("gate");
                var open = false;
                var child = backend.StartThread(() =>
                {
                    using var scope = monitor.Lock();
                    while (!open)
                    {
                        monitor.Wait(Timeout.InfiniteTimeSpan);
                    }
                });
                Check(!child.Join(TimeSpan.FromSeconds(1)), "join of a blocked thread returned true");
                using (monitor.Lock())
                {
                    open = true;
                    monitor.PulseAll();
                }

                Check(child.Join(TimeSpan.FromSeconds(1)), "join of an ending thread timed out");
            },
            s_few);

        AssertSucceeded(result);
    }

    [Fact]
    public void Pulse_TwoWaiters_ExploresWhichOneWakes()
    {
        var firstWoken = new HashSet<string>();
        var result = Explorer.Explore(
            () =>
            {
                var backend = ThreadingBackend.Current;
                var monitor = backend.CreateMonitor("test");
                var waiting = 0;
                var tokens = 0;
                var order = new List<string>();
                void Waiter()
                {
                    using var scope = monitor.Lock();
                    waiting++;
                    monitor.PulseAll();
                    while (tokens == 0)
                    {
                        monitor.Wait(Timeout.InfiniteTimeSpan);
                    }

                    tokens--;
                    order.Add(backend.CurrentThread.Name);
                }

                var a = backend.StartThread(Waiter, new ThreadStartOptions { Name = "a" });
                var b = backend.StartThread(Waiter, new ThreadStartOptions { Name = "b" });
                using (monitor.Lock())
                {
                    while (waiting < 2)
                    {
                        monitor.Wait(Timeout.InfiniteTimeSpan);
                    }

                    tokens = 2;
                    monitor.Pulse();
                    monitor.Pulse();
                }

                a.Join();
                b.Join();
                firstWoken.Add(order[0]);
            },
            new ExplorationOptions { Iterations = 200, SpuriousWakeups = false });

        AssertSucceeded(result);
        Assert.Equal(["a", "b"], firstWoken.Order());
    }

    [Fact]
    public void Explore_WaitWithoutLoop_FindsSpuriousWakeupUnlessDisabled()
    {
        static void Body()
        {
            var backend = ThreadingBackend.Current;
            var monitor = backend.CreateMonitor("flag");
            var set = false;
            var waiter = backend.StartThread(() =>
            {
                using var scope = monitor.Lock();
                if (!set)
                {
                    monitor.Wait(Timeout.InfiniteTimeSpan);
                }

                Check(set, "woke up before the flag was set");
            });
            using (monitor.Lock())
            {
                set = true;
                monitor.Pulse();
            }

            waiter.Join();
        }

        var failure = Assert.Single(Explorer.Explore(Body).Failures);
        Assert.Equal(FailureKind.UnhandledException, failure.Kind);
        Assert.Contains("woke up before the flag was set", failure.Report, StringComparison.Ordinal);
        AssertSucceeded(Explorer.Explore(Body, new ExplorationOptions { SpuriousWakeups = false }));
    }

    [Fact]
    public void Explore_EndlessYieldLoop_FailsWithStepLimit()
    {
        var failure = Assert.Single(Explorer.Explore(
            () =>
            {
                while (true)
                {
                    ThreadingBackend.Current.Yield();
                }
            },
            new ExplorationOptions { MaxSteps = 1000 }).Failures);

        Assert.Equal(FailureKind.StepLimit, failure.Kind);
        Assert.Equal(1001, failure.Steps);
        Assert.Contains("'MainThread' (id 1) is runnable", failure.Report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SchedulingStrategy.Pct)]
    [InlineData(SchedulingStrategy.Random)]
    public void Explore_SpinLoopOnYield_LetsTheOtherThreadRun(SchedulingStrategy strategy)
    {
        var result = Explorer.Explore(
            () =>
            {
                var backend = ThreadingBackend.Current;
                var flag = false;
                var setter = backend.StartThread(() =>
                {
                    backend.SchedulingPoint();
                    flag = true;
                });
                while (!flag)
                {
                    backend.Yield();
                }

                setter.Join();
            },
            new ExplorationOptions { Strategy = strategy, MaxSteps = 10_000 });

        AssertSucceeded(result);
    }

    [Fact]
    public void Explore_SleepForever_ReportsDeadlock()
    {
        var failure = Assert.Single(Explorer.Explore(() => ThreadingBackend.Current.Sleep(Timeout.InfiniteTimeSpan), s_few).Failures);

        Assert.Equal(FailureKind.Deadlock, failure.Kind);
        Assert.Contains("'MainThread' (id 1) sleeps forever\n", failure.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_DaemonBlockedForeverAfterMainEnds_Succeeds()
    {
        var result = Explorer.Explore(
            () =>
            {
                var backend = ThreadingBackend.Current;
                var monitor = backend.CreateMonitor("never");
                backend.StartThread(
                    () =>
                    {
                        using var scope = monitor.Lock();
                        monitor.Wait(Timeout.InfiniteTimeSpan);
                    },
                    new ThreadStartOptions { IsDaemon = true });
            },
            new ExplorationOptions { Iterations = 100, SpuriousWakeups = false });

        AssertSucceeded(result);
    }

    [Fact]
    public void Explore_ChildThrows_FailsUnlessThreadFaultsAreObserved()
    {
        static void Body()
        {
            var child = ThreadingBackend.Current.StartThread(() => throw new FormatException("bad"), new ThreadStartOptions { Name = "worker" });
            child.Join();
            Check(child.Fault is FormatException, "the fault was not captured");
        }

        var failure = Assert.Single(Explorer.Explore(Body, s_few).Failures);
        Assert.Equal(FailureKind.UnhandledException, failure.Kind);
        Assert.IsType<FormatException>(failure.Exception);
        Assert.Contains("'worker' (id 2) raised System.FormatException: bad", failure.Report, StringComparison.Ordinal);
        AssertSucceeded(Explorer.Explore(Body, s_few with { FailOnThreadFault = false }));
    }

    [Fact]
    public void Explore_TimedWaitWithNobodyElse_IsNotADeadlock()
    {
        var result = Explorer.Explore(
            () =>
            {
                var monitor = ThreadingBackend.Current.CreateMonitor("test");
                using var scope = monitor.Lock();
                while (monitor.Wait(TimeSpan.FromMilliseconds(10)))
                {
                }
            },
            s_few);

        AssertSucceeded(result);
    }

    [Fact]
    public void Explore_WaitForeverWithNobodyElse_ReportsDeadlock()
    {
        var failure = Assert.Single(Explorer.Explore(
            () =>
            {
                var monitor = ThreadingBackend.Current.CreateMonitor("Condition");
                using var scope = monitor.Lock();
                monitor.Wait(Timeout.InfiniteTimeSpan);
            },
            s_few).Failures);

        Assert.Equal(FailureKind.Deadlock, failure.Kind);
        Assert.IsType<DeadlockError>(failure.Exception);
        Assert.StartsWith(
            "deadlock: every live thread is blocked and no timeout is pending\n  'MainThread' (id 1) waits on Condition#1 with no timeout\n",
            failure.Report,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_ReentrantEnter_FailsWithSynchronizationLockException()
    {
        var failure = Assert.Single(Explorer.Explore(
            () =>
            {
                var monitor = ThreadingBackend.Current.CreateMonitor("test");
                monitor.Enter();
                monitor.Enter();
            },
            s_few).Failures);

        Assert.IsType<SynchronizationLockException>(failure.Exception);
    }

    [Fact]
    public void Explore_BodyBlocksOutsideBackend_FailsWithHang()
    {
        using var gate = new ManualResetEventSlim(false);
        var failure = Assert.Single(Explorer.Explore(() => gate.Wait(), new ExplorationOptions { RunTimeout = TimeSpan.FromMilliseconds(200) }).Failures);
        gate.Set();

        Assert.Equal(FailureKind.Hang, failure.Kind);
    }

    [Fact]
    public void Explore_RunTimesOut_UnwindsTheBodyBeforeReturning()
    {
        using var unwound = new ManualResetEventSlim(false);
        var options = new ExplorationOptions { Iterations = 1, MaxSteps = long.MaxValue, RunTimeout = TimeSpan.FromMilliseconds(200) };
        var failure = Assert.Single(Explorer.Explore(() => SpinAtSchedulingPoints(unwound, cancel: null), options).Failures);

        Assert.Equal(FailureKind.Hang, failure.Kind);
        Assert.True(unwound.IsSet, "the timed-out body is still running");
    }

    [Fact]
    public void Explore_Cancelled_UnwindsAndStartsNoFurtherSchedule()
    {
        using var unwound = new ManualResetEventSlim(false);
        using var cancellation = new CancellationTokenSource();
        var options = new ExplorationOptions { Iterations = 5, MaxSteps = long.MaxValue, RunTimeout = TimeSpan.FromHours(1), Cancellation = cancellation.Token };
        var result = Explorer.Explore(() => SpinAtSchedulingPoints(unwound, cancellation), options);

        Assert.Equal(1, result.Iterations);
        Assert.Equal(FailureKind.Hang, Assert.Single(result.Failures).Kind);
        Assert.True(unwound.IsSet, "the cancelled body is still running");
    }

    [Fact]
    public void Explore_DeadlockAnnotator_AddsLinesToReport()
    {
        DeadlockReport.ThreadAnnotator = thread => $"File \"t.py\", line {thread.Id}";
        try
        {
            var failure = Assert.Single(Explorer.Explore(
                () =>
                {
                    var monitor = ThreadingBackend.Current.CreateMonitor("Condition");
                    using var scope = monitor.Lock();
                    monitor.Wait(Timeout.InfiniteTimeSpan);
                },
                s_few).Failures);

            Assert.Contains("with no timeout\n      File \"t.py\", line 1\n", failure.Report, StringComparison.Ordinal);
        }
        finally
        {
            DeadlockReport.ThreadAnnotator = null;
        }
    }

    // Loops at scheduling points for ever (cancelling after a while, when asked to): only an abort ends it.
    private static void SpinAtSchedulingPoints(ManualResetEventSlim unwound, CancellationTokenSource? cancel)
    {
        try
        {
            for (var i = 0L; ; i++)
            {
                ThreadingBackend.Current.SchedulingPoint();
                if (i == 1000)
                {
                    cancel?.Cancel();
                }
            }
        }
        finally
        {
            unwound.Set();
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static void AssertSucceeded(ExplorationResult result)
        => Assert.True(result.Succeeded, result.Succeeded ? string.Empty : result.Failures[0].ToString());
}
