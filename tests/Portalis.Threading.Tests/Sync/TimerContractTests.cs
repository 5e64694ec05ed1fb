using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;
using Timer = Portalis.Threading.Sync.Timer;

namespace Portalis.Threading.Tests.Sync;

public abstract class TimerContractTests : SyncContract
{
    protected TimerContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Start_IntervalElapses_CallsFunctionOnce() => Run(() =>
    {
        int calls = 0;
        long start = Backend.GetTimestamp();
        long firedAt = 0;
        var timer = new Timer(0.02, () =>
        {
            calls++;
            firedAt = Backend.GetTimestamp();
        });
        timer.Start();
        timer.Join();
        Assert.Equal(1, calls);
        Assert.True(timer.Finished.IsSet);
        Assert.True(firedAt - start >= TimeSpan.FromMilliseconds(20).Ticks);
        Assert.Null(timer.Thread!.Fault);
    });

    [Fact]
    public void Cancel_BeforeInterval_FunctionNeverRuns() => Run(() =>
    {
        int calls = 0;
        var timer = new Timer(TimeSpan.FromSeconds(60), () => calls++);
        timer.Start();
        timer.Cancel();
        timer.Join();
        Assert.Equal(0, calls);
        Assert.True(timer.Finished.IsSet);
    });

    [Fact]
    public void Start_Twice_ThrowsThreadsCanOnlyBeStartedOnce() => Run(() =>
    {
        var timer = new Timer(0, () => { });
        Assert.Equal("cannot join thread before it is started", Assert.Throws<SyncRuntimeError>(() => timer.Join()).Message);
        timer.Start();
        Assert.Equal("threads can only be started once", Assert.Throws<SyncRuntimeError>(() => timer.Start()).Message);
        timer.Join();
    });
}

public sealed class NativeTimerContractTests : TimerContractTests
{
    public NativeTimerContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledTimerContractTests : TimerContractTests
{
    public ControlledTimerContractTests()
        : base(new ControlledRunner())
    {
    }
}
