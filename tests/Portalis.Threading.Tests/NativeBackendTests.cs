using Portalis.Threading;

namespace Portalis.Threading.Tests;

public sealed class NativeBackendTests
{
    private static readonly IThreadingBackend s_native = ThreadingBackend.Native;

    [Fact]
    public void StartThread_BodyThrows_FaultIsCapturedAndJoinReturns()
    {
        var thread = s_native.StartThread(() => throw new InvalidOperationException("boom"));

        Assert.True(thread.Join(TimeSpan.FromSeconds(30)));
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

        Assert.True(waiter.Join(TimeSpan.FromSeconds(30)));
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
}
