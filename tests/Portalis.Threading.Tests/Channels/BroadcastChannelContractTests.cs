using Portalis.Threading.Channels;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

/// <summary>The broadcast contract: fan-out to every subscriber, lag reporting, blocking overflow, close.</summary>
public abstract class BroadcastChannelContractTests : ChannelContractBase
{
    protected BroadcastChannelContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    [Fact]
    public void Send_TwoSubscribers_EachGetsEveryItemInOrder()
    {
        Run(() =>
        {
            var (tx, rx1) = Channel.Broadcast<int>(4);
            var rx2 = tx.Subscribe();
            var got1 = new List<int>();
            var got2 = new List<int>();
            var c1 = Spawn(() => got1.AddRange(rx1));
            var c2 = Spawn(() => got2.AddRange(rx2));

            tx.Send(1);
            tx.Send(2);
            tx.Send(3);
            tx.Dispose();
            Join(c1, c2);

            Assert.Equal([1, 2, 3], got1);
            Assert.Equal([1, 2, 3], got2);
        });
    }

    [Fact]
    public void SlowSubscriber_LagMode_ReportsLaggedThenResumesAtOldest()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Broadcast<int>(2);
            for (var i = 0; i < 5; i++)
            {
                tx.Send(i);
            }

            Assert.Equal(ReceiveStatus.Lagged, rx.Receive(out _, out var skipped, TimeSpan.Zero));
            Assert.Equal(3, skipped);
            Assert.Equal(3, rx.Receive());
            Assert.Equal(4, rx.Receive());
            tx.Send(5);
            Assert.Equal(5, rx.Receive());
        });
    }

    [Fact]
    public void SlowSubscriber_Throwing_ReceiveThrowsLagged()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Broadcast<int>(1);
            tx.Send(1);
            tx.Send(2);

            var error = Assert.Throws<ChannelLaggedError>(() => rx.Receive());
            Assert.Equal(1, error.Skipped);
            Assert.Equal(2, rx.Receive());
        });
    }

    [Fact]
    public void SlowSubscriber_BlockMode_SenderWaitsForIt()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Broadcast<int>(1, BroadcastOverflow.Block);
            tx.Send(1);
            Assert.Equal(SendStatus.Full, tx.TrySend(2));
            Assert.Equal(SendStatus.TimedOut, tx.Send(2, Short));
            var producer = Spawn(() =>
            {
                tx.Send(2);
                tx.Dispose();
            });

            Assert.Equal([1, 2], rx.ToList());
            Join(producer);
        });
    }

    [Fact]
    public void UnsubscribeSlowSubscriber_BlockMode_ReleasesSender()
    {
        Run(() =>
        {
            var (tx, fast) = Channel.Broadcast<int>(1, BroadcastOverflow.Block);
            var slow = tx.Subscribe();
            tx.Send(1);
            Assert.Equal(1, fast.Receive());
            var producer = Spawn(() => tx.Send(2));

            slow.Dispose();
            Join(producer);
            Assert.Equal(2, fast.Receive());
        });
    }

    [Fact]
    public void Subscribe_SeesOnlyLaterItems()
    {
        Run(() =>
        {
            var (tx, first) = Channel.Broadcast<int>(4);
            tx.Send(1);
            var late = tx.Subscribe();
            tx.Send(2);

            Assert.Equal(1, first.Receive());
            Assert.Equal(2, late.Receive());
            Assert.False(late.TryReceive(out _));
        });
    }

    [Fact]
    public void Close_SubscribersDrainThenSeeClosed()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Broadcast<int>(4);
            var status = ReceiveStatus.Received;
            var waiter = tx.Subscribe();
            var consumer = Spawn(() => status = waiter.Receive(out _, Forever));
            tx.Send(1);
            var closer = Spawn(() => tx.Close());

            Assert.Equal(1, rx.Receive());
            Join(consumer, closer);
            Assert.Equal(ReceiveStatus.Received, status);
            Assert.Equal(ReceiveStatus.Closed, rx.Receive(out _, Forever));
            Assert.Throws<SendError<int>>(() => tx.Send(2));
        });
    }

    [Fact]
    public void NoSubscriber_SendFails()
    {
        Run(() =>
        {
            var (tx, rx) = Channel.Broadcast<int>(2);
            rx.Dispose();

            Assert.Equal(SendStatus.Closed, tx.TrySend(1));
            Assert.Equal(0, tx.SubscriberCount);
        });
    }

    [Fact]
    public void Receive_Timeout_ReturnsTimedOut()
    {
        Run(() =>
        {
            var (_, rx) = Channel.Broadcast<int>(2);

            Assert.Equal(ReceiveStatus.TimedOut, rx.Receive(out _, Short));
            Assert.False(rx.TryReceive(out _));
        });
    }
}
