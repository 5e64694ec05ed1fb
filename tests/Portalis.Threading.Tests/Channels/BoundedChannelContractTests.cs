using Portalis.Threading.Channels;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

/// <summary>The bounded flavour with capacity 2: sends wait while full, with timeouts and try-variants.</summary>
public abstract class BoundedChannelContractTests : MpmcChannelContractTests
{
    protected BoundedChannelContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    protected override bool Buffers => true;

    protected override (Sender<int> Sender, Receiver<int> Receiver) Create() => Channel.Bounded<int>(2);

    [Fact]
    public void TrySend_Full_ReturnsFull()
    {
        Run(() =>
        {
            var (tx, rx) = Create();

            Assert.Equal(SendStatus.Sent, tx.TrySend(1));
            Assert.Equal(SendStatus.Sent, tx.TrySend(2));
            Assert.Equal(SendStatus.Full, tx.TrySend(3));
            Assert.Equal(2, rx.Count);
            Assert.Equal(2, rx.Capacity);
        });
    }

    [Fact]
    public void Send_Full_TimesOut()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            tx.Send(1);
            tx.Send(2);

            Assert.Equal(SendStatus.TimedOut, tx.Send(3, Short));
            Assert.Equal(1, rx.Receive());
            Assert.Equal(SendStatus.Sent, tx.Send(3, Short));
        });
    }

    [Fact]
    public void Send_Full_BlocksUntilReceive()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            tx.Send(1);
            tx.Send(2);
            var producer = Spawn(() => tx.Send(3));

            Assert.Equal(1, rx.Receive());
            Join(producer);

            Assert.Equal(2, rx.Receive());
            Assert.Equal(3, rx.Receive());
        });
    }

    [Fact]
    public void Close_BlockedSender_SeesClosed()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            tx.Send(1);
            tx.Send(2);
            var status = SendStatus.Sent;
            var producer = Spawn(() => status = tx.Send(3, Forever));

            rx.Close();
            Join(producer);

            Assert.Equal(SendStatus.Closed, status);
            Assert.Equal([1, 2], rx.ToList());
        });
    }

    [Fact]
    public void SendReceive_WrapsAroundTheRing_KeepsOrder()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var producer = Spawn(() =>
            {
                for (var i = 0; i < 5; i++)
                {
                    tx.Send(i);
                }

                tx.Dispose();
            });

            Assert.Equal([0, 1, 2, 3, 4], rx.ToList());
            Join(producer);
        });
    }

    [Fact]
    public void SendTimeoutRacingReceive_ItemIsNeitherLostNorDuplicated()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            tx.Send(1);
            tx.Send(2);
            var first = 0;
            var consumer = Spawn(() => first = rx.Receive());

            var status = tx.Send(3, Short);
            Join(consumer);

            tx.Dispose();
            var rest = rx.ToList();
            Assert.Equal(1, first);
            Assert.Equal(status == SendStatus.Sent ? [2, 3] : [2], rest);
        });
    }
}
