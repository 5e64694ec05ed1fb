using Portalis.Threading.Errors;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Backends;

/// <summary>
/// Deliberate native deadlocks. They run alone: while they hold their threads stuck, an
/// unrelated test whose thread waits for an outsider (an unregistered xunit thread) would look
/// stuck too, and the watchdog is process-wide.
/// </summary>
[CollectionDefinition(nameof(NativeDeadlockCollection), DisableParallelization = true)]
public sealed class NativeDeadlockCollection;

[Collection(nameof(NativeDeadlockCollection))]
public sealed class NativeDeadlockTests
{
    private static readonly NativeRunner s_runner = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public void LockOrderInversion_WithHandshakes_RaisesDeadlockErrorWithReport()
    {
        LogicalThread? child = null;
        var error = Assert.Throws<DeadlockError>(() => s_runner.Run(() =>
        {
            var backend = ThreadingBackend.Current;
            var a = backend.CreateMonitor("A");
            var b = backend.CreateMonitor("B");
            var handshake = backend.CreateMonitor("handshake");
            var holdsA = false;
            var holdsB = false;
            void Announce(ref bool flag)
            {
                using var scope = handshake.Lock();
                flag = true;
                handshake.PulseAll();
            }

            void Await(ref bool flag)
            {
                using var scope = handshake.Lock();
                while (!flag)
                {
                    handshake.Wait(Timeout.InfiniteTimeSpan);
                }
            }

            child = backend.StartThread(
                () =>
                {
                    using var holdB = b.Lock();
                    Announce(ref holdsB);
                    Await(ref holdsA);
                    using var takeA = a.Lock();
                },
                new ThreadStartOptions { Name = "child" });
            using (a.Lock())
            {
                Announce(ref holdsA);
                Await(ref holdsB);
                using var takeB = b.Lock();
            }

            child.Join();
        }));

        var report = error.Report!.ToString();
        Assert.StartsWith("deadlock: every live thread is blocked\n", report, StringComparison.Ordinal);
        Assert.Matches(@"'MainThread' \(id \d+\) waits to enter B#\d+ held by 'child' \(id \d+\)", report);
        Assert.Matches(@"'child' \(id \d+\) waits to enter A#\d+ held by 'MainThread' \(id \d+\)", report);
        Assert.Equal(2, error.Report.Threads.Count);
        Assert.True(child!.Join(TimeSpan.FromSeconds(30)));
        Assert.IsType<DeadlockError>(child.Fault);
    }

    [Fact]
    public void JoinOfThreadWaitingForever_RaisesDeadlockErrorInBoth()
    {
        LogicalThread? child = null;
        var error = Assert.Throws<DeadlockError>(() => s_runner.Run(() =>
        {
            var backend = ThreadingBackend.Current;
            var gate = backend.CreateMonitor("Event");
            child = backend.StartThread(
                () =>
                {
                    using var scope = gate.Lock();
                    gate.Wait(Timeout.InfiniteTimeSpan);
                },
                new ThreadStartOptions { Name = "waiter" });
            child.Join();
        }));

        Assert.Matches(@"'MainThread' \(id \d+\) waits to join 'waiter' \(id \d+\)", error.Message);
        Assert.Matches(@"'waiter' \(id \d+\) waits on Event#\d+ with no timeout", error.Message);
        Assert.True(child!.Join(TimeSpan.FromSeconds(30)));
        Assert.IsType<DeadlockError>(child.Fault);
    }

    [Fact]
    public async Task Handler_KeepWaiting_ReportsOnceAndLeavesThreadsBlocked()
    {
        var reported = new TaskCompletionSource<DeadlockReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        var previous = DeadlockDetection.Handler;
        DeadlockDetection.Handler = report =>
        {
            reported.TrySetResult(report);
            return DeadlockAction.KeepWaiting;
        };
        try
        {
            var gate = ThreadingBackend.Native.CreateMonitor("Condition");
            var open = false;
            var run = Task.Run(() => s_runner.Run(() =>
            {
                using var scope = gate.Lock();
                while (!open)
                {
                    gate.Wait(Timeout.InfiniteTimeSpan);
                }
            }));

            var report = await reported.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Matches(@"'MainThread' \(id \d+\) waits on Condition#\d+ with no timeout", report.ToString());
            Assert.False(run.IsCompleted);
            using (gate.Lock())
            {
                open = true;
                gate.PulseAll();
            }

            await run.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            DeadlockDetection.Handler = previous;
        }
    }

    // With 2 ms slices this also races slice timeouts against pulses thousands of times: it is
    // the test that caught a pulse lost when Monitor.Wait timed out as the pulse came.
    [Fact]
    public void PingPong_ManyHandoffs_IsNeverReportedAsDeadlock()
    {
        var previous = DeadlockDetection.CheckInterval;
        DeadlockDetection.CheckInterval = TimeSpan.FromMilliseconds(2);
        try
        {
            s_runner.Run(() =>
            {
                var backend = ThreadingBackend.Current;
                var monitor = backend.CreateMonitor("ball");
                var turn = 0;
                const int Rounds = 20_000;
                void Play(int me)
                {
                    for (var i = 0; i < Rounds; i++)
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
                Assert.Equal(2 * Rounds, turn);
            });
        }
        finally
        {
            DeadlockDetection.CheckInterval = previous;
        }
    }

    [Fact]
    public void TimedWaits_AllThreadsPolling_IsNotADeadlock()
    {
        s_runner.Run(() =>
        {
            var backend = ThreadingBackend.Current;
            var monitor = backend.CreateMonitor("poll");
            var start = backend.GetTimestamp();
            using var scope = monitor.Lock();
            while (backend.GetTimestamp() - start < TimeSpan.FromMilliseconds(400).Ticks)
            {
                monitor.Wait(TimeSpan.FromMilliseconds(50));
            }
        });
    }
}
