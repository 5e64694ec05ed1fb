using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Sync;

public abstract class RLockContractTests : SyncContract
{
    protected RLockContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Acquire_Recursively_HeldUntilLastRelease() => Run(() =>
    {
        var l = new RLock();
        Assert.True(l.Acquire());
        Assert.True(l.Acquire());
        Assert.True(l.Acquire(blocking: false));
        Assert.True(l.IsOwned);

        bool other = true;
        l.Release();
        l.Release();
        OnOtherThread(() => other = l.Acquire(blocking: false));
        Assert.False(other);

        l.Release();
        Assert.False(l.IsOwned);
        OnOtherThread(() =>
        {
            other = l.Acquire(blocking: false);
            l.Release();
        });
        Assert.True(other);
    });

    [Fact]
    public void Release_ByNonOwner_ThrowsCannotRelease() => Run(() =>
    {
        var l = new RLock();
        l.Acquire();
        LockNotHeldError? error = null;
        OnOtherThread(() => error = Assert.Throws<LockNotHeldError>(l.Release));
        Assert.Equal("cannot release un-acquired lock", error!.Message);
        Assert.True(l.IsOwned);
        l.Release();
    });

    [Fact]
    public void Release_Unacquired_ThrowsCannotRelease() => Run(() =>
    {
        var l = new RLock();
        Assert.Equal("cannot release un-acquired lock", Assert.Throws<LockNotHeldError>(l.Release).Message);
    });

    [Fact]
    public void Acquire_HeldByOther_TimesOut() => Run(() =>
    {
        var l = new RLock();
        l.Acquire();
        bool got = true;
        OnOtherThread(() => got = l.Acquire(TimeSpan.FromMilliseconds(30)));
        Assert.False(got);
        l.Release();
    });

    [Fact]
    public void Acquire_TwoThreads_ExcludeEachOther() => Run(() =>
    {
        var l = new RLock();
        int counter = 0;
        void Work()
        {
            for (int i = 0; i < 2; i++)
            {
                l.Acquire();
                l.Acquire();
                RacyIncrement(ref counter);
                l.Release();
                l.Release();
            }
        }

        var t = Start(Work);
        Work();
        JoinAndRethrow(t);
        Assert.Equal(4, counter);
    });
}

public sealed class NativeRLockContractTests : RLockContractTests
{
    public NativeRLockContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledRLockContractTests : RLockContractTests
{
    public ControlledRLockContractTests()
        : base(new ControlledRunner())
    {
    }
}
