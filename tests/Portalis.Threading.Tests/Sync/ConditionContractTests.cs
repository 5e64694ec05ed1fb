using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;
using Lock = Portalis.Threading.Sync.Lock;

namespace Portalis.Threading.Tests.Sync;

public abstract class ConditionContractTests : SyncContract
{
    protected ConditionContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Wait_WithoutLock_ThrowsCannotWait() => Run(() =>
    {
        var cond = new Condition();
        Assert.Equal("cannot wait on un-acquired lock", Assert.Throws<LockNotHeldError>(() => cond.Wait()).Message);
        Assert.Equal("cannot notify on un-acquired lock", Assert.Throws<LockNotHeldError>(() => cond.Notify()).Message);
        Assert.Equal("cannot notify on un-acquired lock", Assert.Throws<LockNotHeldError>(cond.NotifyAll).Message);
    });

    [Fact]
    public void Wait_OtherThreadOwnsRLock_ThrowsCannotWait() => Run(() =>
    {
        var cond = new Condition();
        cond.Acquire();
        OnOtherThread(() => Assert.Throws<LockNotHeldError>(() => cond.Wait(0)));
        cond.Release();
    });

    [Fact]
    public void Wait_Notified_ReturnsTrueWithLockHeld() => Run(() =>
    {
        var l = new RLock();
        var cond = new Condition(l);
        bool ready = false;
        bool result = false;
        var waiter = Start(() =>
        {
            cond.Acquire();
            result = cond.WaitFor(() => ready);
            Assert.True(l.IsOwned);
            cond.Release();
        });

        cond.Acquire();
        ready = true;
        cond.Notify();
        cond.Release();
        JoinAndRethrow(waiter);
        Assert.True(result);
    });

    [Fact]
    public void Wait_NoNotification_TimesOutFalse() => Run(() =>
    {
        var cond = new Condition(new Lock());
        cond.Acquire();
        Assert.False(cond.Wait(0.05));
        Assert.False(cond.Wait(TimeSpan.Zero));
        Assert.False(cond.WaitFor(() => false, 0.02));
        Assert.Equal(0, cond.WaitFor(() => 0, v => v != 0, 0.01));
        cond.Release();
    });

    [Fact]
    public void Wait_RecursiveRLock_ReleasesFullyAndRestoresCount() => Run(() =>
    {
        var l = new RLock();
        var cond = new Condition(l);
        bool flag = false;
        cond.Acquire();
        cond.Acquire();
        var other = Start(() =>
        {
            cond.Acquire();
            flag = true;
            cond.NotifyAll();
            cond.Release();
        });
        Assert.True(cond.WaitFor(() => flag));
        cond.Release();
        Assert.True(l.IsOwned);
        cond.Release();
        Assert.False(l.IsOwned);
        JoinAndRethrow(other);
    });

    [Fact]
    public void Notify_ThreeWaiters_WakesInArrivalOrder() => Run(() =>
    {
        var l = new RLock();
        var cond = new Condition(l);
        var main = new Condition(l);
        int entered = 0;
        var woken = new List<int>();
        var threads = new LogicalThread[3];
        for (int i = 0; i < 3; i++)
        {
            int id = i;
            threads[i] = Start(() =>
            {
                cond.Acquire();
                entered++;
                main.NotifyAll();
                cond.Wait();
                woken.Add(id);
                main.NotifyAll();
                cond.Release();
            });
            main.Acquire();
            main.WaitFor(() => entered == id + 1);
            main.Release();
        }

        for (int i = 0; i < 3; i++)
        {
            main.Acquire();
            cond.Notify();
            main.WaitFor(() => woken.Count == i + 1);
            main.Release();
        }

        foreach (var t in threads)
        {
            JoinAndRethrow(t);
        }

        Assert.Equal([0, 1, 2], woken);
    });

    [Fact]
    public void NotifyAll_TwoWaiters_WakesBoth() => Run(() =>
    {
        var cond = new Condition();
        int generation = 0;
        int waiting = 0;
        void Waiter()
        {
            cond.Acquire();
            waiting++;
            cond.WaitFor(() => generation == 1);
            cond.Release();
        }

        var a = Start(Waiter);
        var b = Start(Waiter);
        cond.Acquire();
        generation = 1;
        cond.NotifyAll();
        cond.Release();
        JoinAndRethrow(a);
        JoinAndRethrow(b);
        Assert.Equal(2, waiting);
    });
}

public sealed class NativeConditionContractTests : ConditionContractTests
{
    public NativeConditionContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledConditionContractTests : ConditionContractTests
{
    public ControlledConditionContractTests()
        : base(new ControlledRunner())
    {
    }
}
