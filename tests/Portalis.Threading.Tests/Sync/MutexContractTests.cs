using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Sync;

public abstract class MutexContractTests : SyncContract
{
    protected MutexContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Lock_TwoThreads_ExcludeEachOther() => Run(() =>
    {
        var m = new Mutex<int>(0);
        void Work()
        {
            for (int i = 0; i < 2; i++)
            {
                using var guard = m.Lock();
                RacyIncrement(ref guard.Value);
            }
        }

        var t = Start(Work);
        Work();
        JoinAndRethrow(t);
        using var final = m.Lock();
        Assert.Equal(4, final.Value);
    });

    [Fact]
    public void TryLock_HeldByOther_FailsThenSucceeds() => Run(() =>
    {
        var m = new Mutex<string>("a");
        bool got = true;
        using (var guard = m.Lock())
        {
            Assert.True(m.IsLocked);
            OnOtherThread(() => got = m.TryLock(out _));
            Assert.False(got);
            OnOtherThread(() => got = m.TryLock(TimeSpan.FromMilliseconds(20), out _));
            Assert.False(got);
            guard.Value = "b";
        }

        OnOtherThread(() =>
        {
            got = m.TryLock(out var g);
            Assert.Equal("b", g.Value);
            g.Dispose();
        });
        Assert.True(got);
        Assert.False(m.IsLocked);
    });

    [Fact]
    public void Condvar_ProducerConsumer_HandsOverValue() => Run(() =>
    {
        var m = new Mutex<int>(0);
        var cv = new Condvar();
        int seen = 0;
        var consumer = Start(() =>
        {
            using var guard = m.Lock();
            cv.WaitWhile(guard, v => v == 0);
            seen = guard.Value;
        });
        using (var guard = m.Lock())
        {
            guard.Value = 42;
            cv.NotifyOne();
        }

        JoinAndRethrow(consumer);
        Assert.Equal(42, seen);
    });

    [Fact]
    public void Condvar_WaitTimeout_NoNotification_ReturnsFalseAndRelocks() => Run(() =>
    {
        var m = new Mutex<int>(0);
        var cv = new Condvar();
        using var guard = m.Lock();
        Assert.False(cv.WaitTimeout(guard, TimeSpan.FromMilliseconds(30)));
        Assert.True(m.IsLocked);
        cv.NotifyAll();
    });

    [Fact]
    public void Condvar_NotifyAll_WakesEveryWaiter() => Run(() =>
    {
        var m = new Mutex<int>(0);
        var cv = new Condvar();
        void Waiter()
        {
            using var guard = m.Lock();
            cv.WaitWhile(guard, v => v == 0);
        }

        var a = Start(Waiter);
        var b = Start(Waiter);
        using (var guard = m.Lock())
        {
            guard.Value = 1;
        }

        cv.NotifyAll();
        JoinAndRethrow(a);
        JoinAndRethrow(b);
    });

    [Fact]
    public void RwLock_Readers_ShareAndExcludeWriters() => Run(() =>
    {
        var rw = new RwLock<int>(7);
        bool other = false;
        using (var read = rw.Read())
        {
            Assert.Equal(7, read.Value);
            OnOtherThread(() =>
            {
                other = rw.TryRead(TimeSpan.Zero, out var r2);
                r2.Dispose();
            });
            Assert.True(other);
            OnOtherThread(() => other = rw.TryWrite(TimeSpan.FromMilliseconds(10), out _));
            Assert.False(other);
        }

        using (var write = rw.Write())
        {
            write.Value = 8;
            OnOtherThread(() => other = rw.TryRead(TimeSpan.Zero, out _));
            Assert.False(other);
        }

        using var last = rw.Read();
        Assert.Equal(8, last.Value);
    });

    [Fact]
    public void RwLock_WriterWaiting_NewReadersWait() => Run(() =>
    {
        var rw = new RwLock<int>(0);
        var read = rw.Read();
        var writer = Start(() =>
        {
            using var w = rw.Write();
            w.Value = 1;
        });
        WaitUntil(() => rw.HasWaitingWriter);
        bool got = true;
        OnOtherThread(() => got = rw.TryRead(TimeSpan.Zero, out _));
        Assert.False(got);
        read.Dispose();
        JoinAndRethrow(writer);
        using var after = rw.Read();
        Assert.Equal(1, after.Value);
    });

    [Fact]
    public void RwLock_WaitingWriterTimesOut_HeldBackReaderProceeds() => Run(() =>
    {
        var rw = new RwLock<int>(0);
        var read = rw.Read();
        bool wrote = true;
        var writer = Start(() =>
        {
            wrote = rw.TryWrite(TimeSpan.FromMilliseconds(20), out var w);
            w.Dispose();
        });
        WaitUntil(() => rw.HasWaitingWriter);

        // This reader queues behind the writer and must be woken when the writer gives up.
        var reader = Start(() =>
        {
            using var r = rw.Read();
            Assert.Equal(0, r.Value);
        });
        JoinAndRethrow(writer);
        JoinAndRethrow(reader);
        Assert.False(wrote);
        Assert.False(rw.HasWaitingWriter);
        read.Dispose();
        Assert.True(rw.TryWrite(TimeSpan.Zero, out var last));
        last.Dispose();
    });

    [Fact]
    public void SharedState_ConcurrentUpdates_NoneLost() => Run(() =>
    {
        var state = new SharedState<int>(0);
        void Work()
        {
            state.Update(v => v + 1);
            state.Update(v => v + 1);
        }

        var t = Start(Work);
        Work();
        JoinAndRethrow(t);
        Assert.Equal(4, state.Get());
        Assert.Equal(8, state.Read(v => v * 2));
        state.Set(1);
        Assert.Equal(1, state.Get());
    });
}

public sealed class NativeMutexContractTests : MutexContractTests
{
    public NativeMutexContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledMutexContractTests : MutexContractTests
{
    public ControlledMutexContractTests()
        : base(new ControlledRunner())
    {
    }
}
