using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;
using Semaphore = Portalis.Threading.Sync.Semaphore;

namespace Portalis.Threading.Tests.Sync;

public abstract class SemaphoreContractTests : SyncContract
{
    protected SemaphoreContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Constructor_BadArguments_ThrowCPythonErrors() => Run(() =>
    {
        Assert.Equal("semaphore initial value must be >= 0", Assert.Throws<SyncValueError>(() => new Semaphore(-1)).Message);
        var s = new Semaphore(1);
        Assert.Equal("n must be one or more", Assert.Throws<SyncValueError>(() => s.Release(0)).Message);
        Assert.Equal("can't specify timeout for non-blocking acquire", Assert.Throws<SyncValueError>(() => s.Acquire(false, 1)).Message);
    });

    [Fact]
    public void Acquire_CountsDownToZero_ThenFailsWithoutBlocking() => Run(() =>
    {
        var s = new Semaphore(2);
        Assert.True(s.Acquire());
        Assert.True(s.Acquire());
        Assert.False(s.Acquire(blocking: false));
        Assert.False(s.Acquire(timeout: 0.02));
        Assert.False(s.Acquire(timeout: -1));
        s.Release(2);
        Assert.Equal(2, s.Value);
    });

    [Fact]
    public void Release_Blocked_WakesWaiters() => Run(() =>
    {
        var s = new Semaphore(0);
        var a = Start(() => Assert.True(s.Acquire()));
        var b = Start(() => Assert.True(s.Acquire(TimeSpan.FromSeconds(30))));
        s.Release(2);
        JoinAndRethrow(a);
        JoinAndRethrow(b);
        Assert.Equal(0, s.Value);
    });

    [Fact]
    public void Acquire_ValueTwo_AdmitsAtMostTwo() => Run(() =>
    {
        var s = new Semaphore(2);
        int inside = 0;
        int most = 0;
        var mutex = new Mutex<int>(0);
        void Work()
        {
            s.Acquire();
            using (mutex.Lock())
            {
                inside++;
                most = Math.Max(most, inside);
            }

            Backend.Yield();
            using (mutex.Lock())
            {
                inside--;
            }

            s.Release();
        }

        var a = Start(Work);
        var b = Start(Work);
        Work();
        JoinAndRethrow(a);
        JoinAndRethrow(b);
        Assert.InRange(most, 1, 2);
        Assert.Equal(2, s.Value);
    });

    [Fact]
    public void Acquire_OneWaiterTimesOut_OtherWaiterStillGetsUnit() => Run(() =>
    {
        var s = new Semaphore(0);
        bool patient = false;
        var impatient = Start(() =>
        {
            if (s.Acquire(timeout: 0.01))
            {
                s.Release();
            }
        });
        var waiter = Start(() => patient = s.Acquire());
        Backend.Sleep(TimeSpan.FromMilliseconds(10));
        s.Release();
        JoinAndRethrow(impatient);
        JoinAndRethrow(waiter);
        Assert.True(patient);
        Assert.Equal(0, s.Value);
    });

    [Fact]
    public void BoundedRelease_AboveInitial_ThrowsReleasedTooManyTimes() => Run(() =>
    {
        var s = new BoundedSemaphore(2);
        s.Acquire();
        s.Release();
        Assert.Equal("Semaphore released too many times", Assert.Throws<SyncValueError>(() => s.Release()).Message);
        s.Acquire();
        Assert.Throws<SyncValueError>(() => s.Release(2));
        Assert.Equal(1, s.Value);
        s.Release();
        Assert.Equal(2, s.Value);
    });
}

public sealed class NativeSemaphoreContractTests : SemaphoreContractTests
{
    public NativeSemaphoreContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledSemaphoreContractTests : SemaphoreContractTests
{
    public ControlledSemaphoreContractTests()
        : base(new ControlledRunner())
    {
    }
}
