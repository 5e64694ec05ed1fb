using Portalis.Threading.Tests.Harness;
using Event = Portalis.Threading.Sync.Event;

namespace Portalis.Threading.Tests.Sync;

public abstract class EventContractTests : SyncContract
{
    protected EventContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void SetAndClear_ChangeIsSet() => Run(() =>
    {
        var e = new Event();
        Assert.False(e.IsSet);
        Assert.False(e.Wait(0));
        e.Set();
        Assert.True(e.IsSet);
        Assert.True(e.Wait());
        Assert.True(e.Wait(0));
        e.Clear();
        Assert.False(e.IsSet);
    });

    [Fact]
    public void Wait_NeverSet_TimesOutFalse() => Run(() =>
    {
        var e = new Event();
        Assert.False(e.Wait(0.05));
        Assert.False(e.Wait(TimeSpan.FromMilliseconds(10)));
        Assert.False(e.Wait(-1));
    });

    [Fact]
    public void Set_TwoWaiters_WakesBoth() => Run(() =>
    {
        var e = new Event();
        bool a = false;
        bool b = false;
        var ta = Start(() => a = e.Wait());
        var tb = Start(() => b = e.Wait(30));
        e.Set();
        JoinAndRethrow(ta);
        JoinAndRethrow(tb);
        Assert.True(a);
        Assert.True(b);
    });

    [Fact]
    public void Wait_SetThenClearedWhileWaiting_ReturnsTrue() => Run(() =>
    {
        var e = new Event();
        bool result = false;
        var t = Start(() => result = e.Wait(30));
        WaitUntil(() => e.WaiterCount == 1);
        e.Set();
        e.Clear();
        JoinAndRethrow(t);
        Assert.True(result);
    });
}

public sealed class NativeEventContractTests : EventContractTests
{
    public NativeEventContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledEventContractTests : EventContractTests
{
    public ControlledEventContractTests()
        : base(new ControlledRunner())
    {
    }
}
