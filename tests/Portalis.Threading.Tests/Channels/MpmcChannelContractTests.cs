using Portalis.Threading.Channels;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

/// <summary>
/// The contract every <see cref="Sender{T}"/> / <see cref="Receiver{T}"/> flavour keeps: per-producer
/// FIFO, blocking and unblocking, timeouts, close and disconnect from either side, drain after close,
/// MPMC delivery exactly once. Flavour-specific behaviour lives in the subclasses.
/// </summary>
public abstract class MpmcChannelContractTests : ChannelContractBase
{
    protected MpmcChannelContractTests(BackendRunner runner)
        : base(runner)
    {
    }

    /// <summary>Creates the flavour under test on the current backend.</summary>
    protected abstract (Sender<int> Sender, Receiver<int> Receiver) Create();

    /// <summary>Whether the flavour buffers at least two items without a receiver.</summary>
    protected abstract bool Buffers { get; }

    [Fact]
    public void Send_TwoProducers_EachProducersOrderIsKept()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var tx2 = tx.Clone();
            var a = Spawn(() =>
            {
                tx.Send(10);
                tx.Send(11);
                tx.Dispose();
            });
            var b = Spawn(() =>
            {
                tx2.Send(20);
                tx2.Send(21);
                tx2.Dispose();
            });

            var received = rx.ToList();
            Join(a, b);

            Assert.Equal(4, received.Count);
            Assert.Equal([10, 11], received.Where(x => x < 20));
            Assert.Equal([20, 21], received.Where(x => x >= 20));
        });
    }

    [Fact]
    public void Receive_EmptyChannel_BlocksUntilSend()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var received = 0;
            var consumer = Spawn(() => received = rx.Receive());

            tx.Send(42);
            Join(consumer);

            Assert.Equal(42, received);
        });
    }

    [Fact]
    public void Receive_Timeout_ReturnsTimedOut()
    {
        Run(() =>
        {
            var (_, rx) = Create();

            Assert.Equal(ReceiveStatus.TimedOut, rx.Receive(out var item, Short));
            Assert.Equal(ReceiveStatus.TimedOut, rx.Receive(out item, TimeSpan.Zero));
            Assert.Equal(0, item);
        });
    }

    [Fact]
    public void TryReceive_Empty_ReturnsFalse()
    {
        Run(() =>
        {
            var (_, rx) = Create();

            Assert.False(rx.TryReceive(out _));
        });
    }

    [Fact]
    public void DisposeLastSender_BlockedReceiver_SeesClosed()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var tx2 = tx.Clone();
            var status = ReceiveStatus.Received;
            var consumer = Spawn(() => status = rx.Receive(out _, Forever));

            tx.Dispose();
            tx2.Dispose();
            Join(consumer);

            Assert.Equal(ReceiveStatus.Closed, status);
            Assert.Throws<ChannelClosedError>(() => rx.Receive());
        });
    }

    [Fact]
    public void DisposeOneOfTwoSenders_ChannelStaysOpen()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var tx2 = tx.Clone();
            tx.Dispose();
            var consumer = Spawn(() => Assert.Equal(7, rx.Receive()));

            tx2.Send(7);
            Join(consumer);

            Assert.False(rx.IsClosed);
            Assert.Throws<ObjectDisposedException>(() => tx.Send(1));
        });
    }

    [Fact]
    public void Close_BlockedReceiver_SeesClosed()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var status = ReceiveStatus.Received;
            var consumer = Spawn(() => status = rx.Receive(out _, Forever));

            Assert.True(tx.Close());
            Join(consumer);

            Assert.Equal(ReceiveStatus.Closed, status);
            Assert.False(rx.Close());
        });
    }

    [Fact]
    public void Send_AfterClose_FailsAndHandsTheItemBack()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            rx.Close();

            Assert.Equal(SendStatus.Closed, tx.TrySend(1));
            Assert.Equal(SendStatus.Closed, tx.Send(2, Short));
            var error = Assert.Throws<SendError<int>>(() => tx.Send(3));
            Assert.Equal(3, error.Value);
            Assert.True(tx.IsClosed);
        });
    }

    [Fact]
    public void DisposeLastReceiver_SendFails()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var rx2 = rx.Clone();
            rx.Dispose();
            rx2.Dispose();

            Assert.Equal(SendStatus.Closed, tx.TrySend(1));
            Assert.Throws<SendError<int>>(() => tx.Send(2));
        });
    }

    [Fact]
    public void Close_WithBufferedItems_ReceiversDrainThenSeeClosed()
    {
        if (!Buffers)
        {
            return;
        }

        Run(() =>
        {
            var (tx, rx) = Create();
            tx.Send(1);
            tx.Send(2);
            var closer = Spawn(() => tx.Close());

            Assert.Equal(1, rx.Receive());
            Assert.Equal(2, rx.Receive());
            Join(closer);
            Assert.Equal(ReceiveStatus.Closed, rx.Receive(out _, Forever));
        });
    }

    [Fact]
    public void SendRacingClose_EverySentItemIsReceived()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var sent = new List<int>();
            var producer = Spawn(() =>
            {
                for (var i = 1; i <= 3; i++)
                {
                    if (tx.Send(i, Forever) != SendStatus.Sent)
                    {
                        break;
                    }

                    sent.Add(i);
                }
            });
            var closer = Spawn(() => rx.Close());

            var received = rx.ToList();
            Join(producer, closer);

            Assert.Equal(sent, received);
        });
    }

    [Fact]
    public void TwoProducersTwoConsumers_EachItemIsReceivedExactlyOnce()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var tx2 = tx.Clone();
            var rx2 = rx.Clone();
            var got1 = new List<int>();
            var got2 = new List<int>();
            var c1 = Spawn(() => got1.AddRange(rx));
            var c2 = Spawn(() => got2.AddRange(rx2));
            var p1 = Spawn(() =>
            {
                tx.Send(1);
                tx.Send(2);
                tx.Dispose();
            });

            tx2.Send(3);
            tx2.Send(4);
            tx2.Dispose();
            Join(p1, c1, c2);

            Assert.Equal([1, 2, 3, 4], got1.Concat(got2).Order());
        });
    }

    [Fact]
    public void Enumerate_ClosedAndDrained_Ends()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var producer = Spawn(() =>
            {
                tx.Send(5);
                tx.Dispose();
            });

            Assert.Equal([5], rx.ToList());
            Join(producer);
        });
    }

    [Fact]
    public void ReceiveTimeoutRacingSend_ItemIsNeitherLostNorDuplicated()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var status = ReceiveStatus.Closed;
            var received = 0;
            var consumer = Spawn(() => status = rx.Receive(out received, Short));

            var sent = tx.Send(1, Short);
            Join(consumer);

            // Exactly one of: handed over, or still in the channel (buffered), or never sent (rendezvous).
            var delivered = status == ReceiveStatus.Received;
            Assert.True(!delivered || received == 1);
            var leftOver = rx.TryReceive(out _);
            Assert.Equal(sent == SendStatus.Sent, delivered ^ leftOver);
            Assert.False(delivered && leftOver);
        });
    }

    [Fact]
    public void Count_IsASnapshotWithinBounds()
    {
        Run(() =>
        {
            var (tx, rx) = Create();
            var producer = Spawn(() =>
            {
                tx.TrySend(1);
                tx.TrySend(2);
            });

            var count = rx.Count;
            Join(producer);

            Assert.InRange(count, 0, rx.Capacity ?? 2);
            Assert.InRange(rx.Count, 0, rx.Capacity ?? 2);
        });
    }
}
