using Portalis.Threading.Channels;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

/// <summary>The zero-capacity flavour: a send completes only when a receiver takes the item.</summary>
public abstract class RendezvousChannelContractTests : MpmcChannelContractTests
{
    protected RendezvousChannelContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    protected override bool Buffers => false;

    protected override (Sender<int> Sender, Receiver<int> Receiver) Create() => Channel.Rendezvous<int>();

    [Fact]
    public void Send_CompletesOnlyWhenReceived()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var sent = 0;
            var producer = Spawn(() =>
            {
                tx.Send(1);
                Volatile.Write(ref sent, 1);
            });

            // Whatever the producer has done so far, it cannot have finished before this receive.
            Assert.Equal(0, Volatile.Read(ref sent));
            Assert.Equal(1, rx.Receive());
            Join(producer);
            Assert.Equal(1, sent);
        });
    }

    [Fact]
    public void TrySend_NoReceiverWaiting_ReturnsFull()
    {
        Run(() =>
        {
            var (tx, rx) = Create();

            Assert.Equal(SendStatus.Full, tx.TrySend(1));
            Assert.False(rx.TryReceive(out _));
            Assert.Equal(0, rx.Capacity);
            Assert.Equal(0, rx.Count);
        });
    }

    [Fact]
    public void Send_TimesOut_ItemIsWithdrawn()
    {
        Run(() =>
        {
            var (tx, rx) = Create();

            Assert.Equal(SendStatus.TimedOut, tx.Send(1, Short));
            Assert.False(rx.TryReceive(out _));
            Assert.Equal(ReceiveStatus.TimedOut, rx.Receive(out _, Short));
        });
    }

    [Fact]
    public void TryReceive_SenderWaiting_TakesItsItem()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var producer = Spawn(() => tx.Send(9));

            var item = 0;
            while (!rx.TryReceive(out item))
            {
                Backoff();
            }

            Join(producer);
            Assert.Equal(9, item);
        });
    }

    [Fact]
    public void TrySend_ReceiverWaiting_HandsOver()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var received = 0;
            var consumer = Spawn(() => received = rx.Receive());

            while (tx.TrySend(4) != SendStatus.Sent)
            {
                Backoff();
            }

            Join(consumer);
            Assert.Equal(4, received);
        });
    }
}
