using Portalis.Threading.Channels;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

/// <summary>The unbounded flavour: sends never block, and positions cross segment boundaries.</summary>
public abstract class UnboundedChannelContractTests : MpmcChannelContractTests
{
    protected UnboundedChannelContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    protected override bool Buffers => true;

    protected override (Sender<int> Sender, Receiver<int> Receiver) Create() => Channel.Unbounded<int>();

    [Fact]
    public void Send_ManyItemsWithoutReceiver_NeverBlocksAndKeepsOrder()
    {
        Run(() =>
        {
            var (tx, rx) = Create();

            // 100 items cross the first two segments (32 and 64 slots).
            for (var i = 0; i < 100; i++)
            {
                Assert.Equal(SendStatus.Sent, tx.TrySend(i));
            }

            Assert.Equal(100, rx.Count);
            Assert.Null(rx.Capacity);
            tx.Dispose();
            Assert.Equal(Enumerable.Range(0, 100), rx.ToList());
        });
    }

    [Fact]
    public void Send_AcrossSegmentBoundary_RacingReceiversGetEachItemOnce()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            for (var i = 0; i < 30; i++)
            {
                tx.Send(i);
            }

            var rx2 = rx.Clone();
            var got = new List<int>();
            var consumer = Spawn(() => got.AddRange(rx2));

            // Positions 30..33 straddle the boundary between the first and second segment.
            for (var i = 30; i < 34; i++)
            {
                tx.Send(i);
            }

            tx.Dispose();
            var mine = rx.ToList();
            Join(consumer);

            Assert.Equal(Enumerable.Range(0, 34), mine.Concat(got).Order());
        });
    }
}
