using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;
using Barrier = Portalis.Threading.Sync.Barrier;

namespace Portalis.Threading.Tests.Sync;

public abstract class BarrierContractTests : SyncContract
{
    protected BarrierContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Wait_ThreeParties_ArrivalIndicesAndOneAction() => Run(() =>
    {
        int actions = 0;
        long actionThread = 0;
        var b = new Barrier(3, () =>
        {
            actions++;
            actionThread = Backend.CurrentThread.Id;
        });
        var results = new (int Index, long Thread)[3];
        var threads = new LogicalThread[2];
        for (int i = 0; i < 2; i++)
        {
            int slot = i;
            threads[i] = Start(() => results[slot] = (b.Wait(), Backend.CurrentThread.Id));

            // Arrival order is fixed by waiting until each thread is counted.
            WaitUntil(() => b.NWaiting == slot + 1);
        }

        results[2] = (b.Wait(), Backend.CurrentThread.Id);
        foreach (var t in threads)
        {
            JoinAndRethrow(t);
        }

        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.Equal(1, actions);
        Assert.Equal(results[2].Thread, actionThread);
        Assert.Equal(0, b.NWaiting);
        Assert.False(b.Broken);
    });

    [Fact]
    public void Wait_TwoCycles_BarrierIsReusable() => Run(() =>
    {
        var b = new Barrier(2);
        var t = Start(() =>
        {
            b.Wait();
            b.Wait();
        });
        int first = b.Wait();
        int second = b.Wait();
        JoinAndRethrow(t);
        Assert.InRange(first, 0, 1);
        Assert.InRange(second, 0, 1);
        Assert.Equal(2, b.Parties);
    });

    [Fact]
    public void Abort_WhileWaiting_WaiterGetsBrokenBarrierError() => Run(() =>
    {
        var b = new Barrier(2);
        var t = Start(() => Assert.Throws<BrokenBarrierError>(() => b.Wait()));
        WaitUntil(() => b.NWaiting == 1);
        b.Abort();
        JoinAndRethrow(t);
        Assert.True(b.Broken);
        Assert.Throws<BrokenBarrierError>(() => b.Wait());
        b.Reset();
        Assert.False(b.Broken);
    });

    [Fact]
    public void Reset_WhileWaiting_WaiterBreaksAndBarrierIsUsableAgain() => Run(() =>
    {
        var b = new Barrier(2);
        var t = Start(() => Assert.Throws<BrokenBarrierError>(() => b.Wait()));
        WaitUntil(() => b.NWaiting == 1);
        b.Reset();
        JoinAndRethrow(t);
        Assert.False(b.Broken);

        var again = Start(() => b.Wait());
        b.Wait();
        JoinAndRethrow(again);
    });

    [Fact]
    public void Wait_Timeout_BreaksBarrier() => Run(() =>
    {
        var b = new Barrier(2, timeout: 0.05);
        Assert.Throws<BrokenBarrierError>(() => b.Wait());
        Assert.True(b.Broken);
        Assert.Throws<BrokenBarrierError>(() => b.Wait(TimeSpan.FromSeconds(30)));
    });

    [Fact]
    public void Wait_ActionThrows_CallerGetsItAndOthersBreak() => Run(() =>
    {
        var b = new Barrier(2, () => throw new InvalidOperationException("action"));
        var t = Start(() => Assert.Throws<BrokenBarrierError>(() => b.Wait()));
        WaitUntil(() => b.NWaiting == 1);
        Assert.Equal("action", Assert.Throws<InvalidOperationException>(() => b.Wait()).Message);
        JoinAndRethrow(t);
        Assert.True(b.Broken);
        Assert.Equal(string.Empty, new BrokenBarrierError().Message);
    });
}

public sealed class NativeBarrierContractTests : BarrierContractTests
{
    public NativeBarrierContractTests()
        : base(new NativeRunner())
    {
    }
}

public sealed class ControlledBarrierContractTests : BarrierContractTests
{
    public ControlledBarrierContractTests()
        : base(new ControlledRunner())
    {
    }
}
