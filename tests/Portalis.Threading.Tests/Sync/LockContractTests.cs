using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;
using Lock = Portalis.Threading.Sync.Lock;

namespace Portalis.Threading.Tests.Sync;

public abstract class LockContractTests : SyncContract
{
    protected LockContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Acquire_Free_ReturnsTrueAndLocks() => Run(() =>
    {
        var l = new Lock();
        Assert.False(l.Locked);
        Assert.True(l.Acquire());
        Assert.True(l.Locked);
        Assert.False(l.Acquire(blocking: false));
        l.Release();
        Assert.False(l.Locked);
    });

    [Fact]
    public void Release_Unlocked_ThrowsReleaseUnlocked() => Run(() =>
    {
        var l = new Lock();
        var error = Assert.Throws<LockNotHeldError>(l.Release);
        Assert.Equal("release unlocked lock", error.Message);
    });

    [Fact]
    public void Release_ByAnotherThread_Unlocks() => Run(() =>
    {
        var l = new Lock();
        l.Acquire();
        OnOtherThread(l.Release);
        Assert.True(l.TryAcquire());
    });

    [Fact]
    public void Acquire_TimeoutWhileHeld_ReturnsFalse() => Run(() =>
    {
        var l = new Lock();
        l.Acquire();
        bool got = true;
        OnOtherThread(() => got = l.Acquire(true, 0.05));
        Assert.False(got);
        Assert.False(l.Acquire(TimeSpan.FromMilliseconds(20)));
    });

    [Fact]
    public void Acquire_BlockedThread_GetsLockWhenReleased() => Run(() =>
    {
        var l = new Lock();
        l.Acquire();
        bool inside = false;
        var t = Start(() =>
        {
            l.Acquire();
            inside = true;
            l.Release();
        });
        Backend.Yield();
        Assert.False(inside);
        l.Release();
        JoinAndRethrow(t);
        Assert.True(inside);
    });

    [Fact]
    public void Acquire_TwoThreads_ExcludeEachOther() => Run(() =>
    {
        var l = new Lock();
        int counter = 0;
        void Work()
        {
            for (int i = 0; i < 2; i++)
            {
                l.Acquire();
                RacyIncrement(ref counter);
                l.Release();
            }
        }

        var t = Start(Work);
        Work();
        JoinAndRethrow(t);
        Assert.Equal(4, counter);
    });

    [Fact]
    public void Acquire_OneWaiterTimesOut_OtherWaiterStillGetsLock() => Run(() =>
    {
        var l = new Lock();
        l.Acquire();
        bool timedOut = true;
        bool patient = false;
        var impatient = Start(() =>
        {
            timedOut = !l.Acquire(true, 0.01);
            if (!timedOut)
            {
                l.Release();
            }
        });
        var waiter = Start(() =>
        {
            patient = l.Acquire();
            l.Release();
        });
        Backend.Sleep(TimeSpan.FromMilliseconds(10));
        l.Release();
        JoinAndRethrow(impatient);
        JoinAndRethrow(waiter);
        Assert.True(patient);
        Assert.False(l.Locked);
    });

    [Fact]
    public void Condition_OverPlainLock_WaitAllowedWhileAnyThreadHoldsIt() => Run(() =>
    {
        // Lib/threading.py, Condition._is_owned: a plain lock counts as owned when it is locked at all.
        var l = new Lock();
        var cond = new Condition(l);
        l.Acquire();
        bool result = true;
        OnOtherThread(() => result = cond.Wait(0));
        Assert.False(result);
        Assert.True(l.Locked);
        l.Release();
        Assert.Throws<LockNotHeldError>(() => cond.Wait(0));
    });

    [Fact]
    public void Hold_Disposed_ReleasesLikePythonWith() => Run(() =>
    {
        var l = new Lock();
        var r = new RLock();
        var cond = new Condition(r);
        var sem = new Portalis.Threading.Sync.Semaphore(1);
        using (l.Hold())
        {
            Assert.True(l.Locked);
            using (r.Hold())
            using (cond.Hold())
            {
                Assert.True(r.IsOwned);
                Assert.False(cond.Wait(0));
            }

            Assert.False(r.IsOwned);
            using (sem.Hold())
            {
                Assert.Equal(0, sem.Value);
            }
        }

        Assert.False(l.Locked);
        Assert.Equal(1, sem.Value);
    });

    [Fact]
    public void Acquire_BadArguments_ThrowCPythonErrors() => Run(() =>
    {
        var l = new Lock();
        Assert.Equal("can't specify a timeout for a non-blocking call", Assert.Throws<SyncValueError>(() => l.Acquire(false, 1)).Message);
        Assert.Equal("timeout value must be positive", Assert.Throws<SyncValueError>(() => l.Acquire(true, -2)).Message);
        Assert.Equal("timestamp out of range for platform time_t", Assert.Throws<OverflowException>(() => l.Acquire(true, 1e10)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => l.Acquire(TimeSpan.FromSeconds(-2)));
        Assert.False(l.Locked);
    });
}

public sealed class NativeLockContractTests : LockContractTests
{
    public NativeLockContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledLockContractTests : LockContractTests
{
    public ControlledLockContractTests()
        : base(new ControlledRunner())
    {
    }
}
