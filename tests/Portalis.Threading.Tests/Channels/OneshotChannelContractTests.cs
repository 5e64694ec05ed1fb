using Portalis.Threading.Channels;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

/// <summary>The oneshot contract: one value, sent once, received once; a sender that dies closes it.</summary>
public abstract class OneshotChannelContractTests : ChannelContractBase
{
    protected OneshotChannelContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Receive_BlocksUntilSend()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<string>();
            var producer = Spawn(() => tx.Send("done"));

            Assert.Equal("done", rx.Receive());
            Join(producer);
        });
    }

    [Fact]
    public void SenderDisposedWithoutSending_ReceiverSeesClosed()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<string>();
            var producer = Spawn(tx.Dispose);

            Assert.Throws<ChannelClosedError>(() => rx.Receive());
            Join(producer);
            Assert.True(rx.IsCompleted);
        });
    }

    [Fact]
    public void SendThenDisposeSender_ValueIsStillReceived()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<int>();
            var producer = Spawn(() =>
            {
                tx.Send(3);
                tx.Dispose();
            });

            Assert.Equal(ReceiveStatus.Received, rx.Receive(out var value, Forever));
            Assert.Equal(3, value);
            Join(producer);
        });
    }

    [Fact]
    public void SecondSend_Throws()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<int>();
            tx.Send(1);

            Assert.Throws<InvalidOperationException>(() => tx.Send(2));
            Assert.Equal(1, rx.Receive());
        });
    }

    [Fact]
    public void SecondReceive_Throws()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<int>();
            tx.Send(1);
            Assert.Equal(1, rx.Receive());

            Assert.Throws<InvalidOperationException>(() => rx.Receive());
            Assert.Throws<InvalidOperationException>(() => rx.TryReceive(out _));
        });
    }

    [Fact]
    public void ReceiverDisposed_SendFailsAndHandsTheValueBack()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<string>();
            var consumer = Spawn(rx.Dispose);
            Join(consumer);

            var error = Assert.Throws<SendError<string>>(() => tx.Send("lost"));
            Assert.Equal("lost", error.Value);
        });
    }

    [Fact]
    public void Receive_Timeout_ReturnsTimedOutAndLaterReceives()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<int>();

            Assert.Equal(ReceiveStatus.TimedOut, rx.Receive(out _, Short));
            Assert.False(rx.TryReceive(out _));
            Assert.False(rx.IsCompleted);
            tx.Send(8);
            Assert.True(rx.TryReceive(out var value));
            Assert.Equal(8, value);
        });
    }

    [Fact]
    public void SendRacingReceiverDispose_EitherDeliveredOrHandedBack()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Oneshot<int>();
            var consumer = Spawn(rx.Dispose);

            var status = tx.TrySend(1);
            Join(consumer);

            Assert.True(status is SendStatus.Sent or SendStatus.Closed);
        });
    }
}
