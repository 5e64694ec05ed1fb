using System.Diagnostics;
using Portalis.Threading.Backends.Native;
using Portalis.Threading.Exploration;
using Xunit.Abstractions;

namespace Portalis.Threading.Tests;

public sealed class NativeBackendTests(ITestOutputHelper output)
{
    private static readonly IThreadingBackend s_native = ThreadingBackend.Native;
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void StartThread_BodyThrows_FaultIsCapturedAndJoinReturns()
    {
        var thread = s_native.StartThread(() => throw new InvalidOperationException("boom"));

        Assert.True(thread.Join(s_patience));
        Assert.False(thread.IsAlive);
        Assert.IsType<InvalidOperationException>(thread.Fault);
    }

    [Fact]
    public void Monitor_WaitAndPulse_HandsOverState()
    {
        var monitor = s_native.CreateMonitor("test");
        var ready = false;
        var waiter = s_native.StartThread(() =>
        {
            using var scope = monitor.Lock();
            while (!ready)
            {
                monitor.Wait(Timeout.InfiniteTimeSpan);
            }
        });

        using (monitor.Lock())
        {
            ready = true;
            monitor.PulseAll();
        }

        Assert.True(waiter.Join(s_patience));
        Assert.Null(waiter.Fault);
    }

    [Fact]
    public void Monitor_WaitTimesOut_ReturnsFalse()
    {
        var monitor = s_native.CreateMonitor("test");
        using var scope = monitor.Lock();

        Assert.False(monitor.Wait(TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public void CurrentThread_IdsAreUniqueAcrossThreads()
    {
        long childId = 0;
        var child = s_native.StartThread(() => childId = s_native.CurrentThread.Id);
        child.Join();

        Assert.NotEqual(0, childId);
        Assert.NotEqual(s_native.CurrentThread.Id, childId);
        Assert.Equal(child.Id, childId);
    }

    [Fact]
    public void StartThread_Sequential_IdsNeverReusedWhileOsThreadsAre()
    {
        var ids = new List<long>();
        var osThreads = new HashSet<int>();
        for (var i = 0; i < 50; i++)
        {
            var thread = s_native.StartThread(() =>
            {
                lock (osThreads)
                {
                    osThreads.Add(Environment.CurrentManagedThreadId);
                }
            });
            Assert.True(thread.Join(s_patience));
            ids.Add(thread.Id);

            // Let the worker park before the next start, so that it can be reused.
            Assert.True(SpinWait.SpinUntil(() => OsThreadPool.IdleCount > 0, s_patience));
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
        Assert.True(osThreads.Count < ids.Count, $"{osThreads.Count} OS threads for {ids.Count} logical threads");
    }

    [Fact]
    public void StartThread_Options_SetNameAndDaemon()
    {
        string? seenName = null;
        var thread = s_native.StartThread(() => seenName = s_native.CurrentThread.Name, new ThreadStartOptions { Name = "worker", IsDaemon = true });
        Assert.True(thread.Join(s_patience));

        Assert.Equal("worker", seenName);
        Assert.True(thread.IsDaemon);
        Assert.False(s_native.StartThread(() => { }).IsDaemon);
    }

    [Fact]
    public void Join_ThreadBlocked_TimesOutThenSucceeds()
    {
        var monitor = s_native.CreateMonitor("gate");
        var open = false;
        var thread = s_native.StartThread(() =>
        {
            using var scope = monitor.Lock();
            while (!open)
            {
                monitor.Wait(Timeout.InfiniteTimeSpan);
            }
        });

        Assert.False(thread.Join(TimeSpan.FromMilliseconds(10)));
        Assert.True(thread.IsAlive);
        using (monitor.Lock())
        {
            open = true;
            monitor.PulseAll();
        }

        Assert.True(thread.Join(s_patience));
    }

    [Fact]
    public void Join_Self_Throws()
    {
        Exception? error = null;
        LogicalThread? self = null;
        var gate = s_native.CreateMonitor("gate");
        gate.Enter();
        var thread = s_native.StartThread(() =>
        {
            gate.Enter();
            gate.Exit();
            error = Record.Exception(() => self!.Join());
        });
        self = thread;
        gate.Exit();
        Assert.True(thread.Join(s_patience));

        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void StartThread_AsyncLocal_DoesNotFlowOrLeak()
    {
        var local = new AsyncLocal<string>();
        local.Value = "starter";
        string? seen = "unset";
        var first = s_native.StartThread(() =>
        {
            seen = local.Value;
            local.Value = "first body";
        });
        Assert.True(first.Join(s_patience));
        Assert.True(SpinWait.SpinUntil(() => OsThreadPool.IdleCount > 0, s_patience));
        string? leaked = "unset";
        var second = s_native.StartThread(() => leaked = local.Value);
        Assert.True(second.Join(s_patience));

        Assert.Null(seen);
        Assert.Null(leaked);
    }

    [Fact]
    public void StartThread_AfterControlledRunsOnSameWorkers_BackendIsNative()
    {
        Assert.True(Explorer.Explore(() => ThreadingBackend.Current.StartThread(() => { }).Join(), new ExplorationOptions { Iterations = 20 }).Succeeded);
        IThreadingBackend? seen = null;
        var thread = s_native.StartThread(() => seen = ThreadingBackend.Current);
        Assert.True(thread.Join(s_patience));

        Assert.Same(s_native, seen);
    }

    [Fact]
    public void StartThread_StartPlusJoin_IsCheap()
    {
        const int Count = 2000;
        for (var i = 0; i < 100; i++)
        {
            s_native.StartThread(static () => { }).Join();
        }

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < Count; i++)
        {
            s_native.StartThread(static () => { }).Join();
        }

        var perThread = stopwatch.Elapsed / Count;
        output.WriteLine($"start+join: {perThread.TotalMicroseconds:F1} us");

        // The target is under 10 us (see bench/); this bound only catches a gross regression on a loaded CI machine.
        Assert.InRange(perThread, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }
}
