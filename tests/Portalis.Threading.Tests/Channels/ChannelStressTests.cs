using System.Runtime.ExceptionServices;
using Portalis.Threading.Channels;

namespace Portalis.Threading.Tests.Channels;

/// <summary>
/// Millions of tagged items through every channel kind with several producers and consumers on OS
/// threads: nothing lost, nothing duplicated, each producer's items in order at each consumer.
/// Kinds that run 1,000,000 items in a few seconds always do; the slow ones (rendezvous and
/// capacity-1 hand-offs, where every item parks a thread on 2 cores) run the full size only with
/// PORTALIS_STRESS=1 and 100,000 items otherwise.
/// </summary>
public sealed class ChannelStressTests
{
    private const int Producers = 3;
    private const int Consumers = 3;
    private const int FullSize = 1_000_000;

    private static readonly bool s_full = Environment.GetEnvironmentVariable("PORTALIS_STRESS") == "1";

    public static TheoryData<string> MpmcKinds => ["unbounded", "bounded-1", "bounded-64", "bounded-1024", "rendezvous"];

    [Theory]
    [MemberData(nameof(MpmcKinds))]
    public void Mpmc_ManyProducersAndConsumers_EveryItemOnceInProducerOrder(string kind)
    {
        var total = kind switch
        {
            "rendezvous" or "bounded-1" when !s_full => 100_000,
            _ => FullSize,
        };
        var (tx, rx) = kind switch
        {
            "unbounded" => Channel.Unbounded<long>(),
            "rendezvous" => Channel.Rendezvous<long>(),
            _ => Channel.Bounded<long>(int.Parse(kind["bounded-".Length..], System.Globalization.CultureInfo.InvariantCulture)),
        };
        var perProducer = total / Producers;
        var seen = new int[Producers * perProducer];
        // Every handle is cloned before any thread starts: a producer that finishes disposes its handle.
        var senders = Enumerable.Range(0, Producers).Select(p => p == 0 ? tx : tx.Clone()).ToList();
        var receivers = Enumerable.Range(0, Consumers).Select(c => c == 0 ? rx : rx.Clone()).ToList();
        var threads = new List<LogicalThread>();
        for (var p = 0; p < Producers; p++)
        {
            var sender = senders[p];
            var first = (long)p * perProducer;
            threads.Add(ThreadingBackend.Native.StartThread(() =>
            {
                using (sender)
                {
                    for (var i = 0; i < perProducer; i++)
                    {
                        sender.Send(first + i);
                    }
                }
            }));
        }

        for (var c = 0; c < Consumers; c++)
        {
            var receiver = receivers[c];
            threads.Add(ThreadingBackend.Native.StartThread(() => Consume(receiver, perProducer, seen)));
        }

        JoinAll(threads);
        Assert.All(seen, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Broadcast_ManyProducers_EverySubscriberGetsEveryItem()
    {
        var total = FullSize;
        var (tx, first) = Channel.Broadcast<long>(1024, BroadcastOverflow.Block);
        var perProducer = total / Producers;
        var subscribers = new List<BroadcastReceiver<long>> { first };
        for (var c = 1; c < Consumers; c++)
        {
            subscribers.Add(tx.Subscribe());
        }

        var threads = new List<LogicalThread>();
        var seen = new int[Consumers][];
        for (var c = 0; c < Consumers; c++)
        {
            var subscriber = subscribers[c];
            var mine = seen[c] = new int[Producers * perProducer];
            threads.Add(ThreadingBackend.Native.StartThread(() => Consume(subscriber, perProducer, mine)));
        }

        var senders = Enumerable.Range(0, Producers).Select(p => p == 0 ? tx : tx.Clone()).ToList();
        for (var p = 0; p < Producers; p++)
        {
            var sender = senders[p];
            var start = (long)p * perProducer;
            threads.Add(ThreadingBackend.Native.StartThread(() =>
            {
                using (sender)
                {
                    for (var i = 0; i < perProducer; i++)
                    {
                        sender.Send(start + i);
                    }
                }
            }));
        }

        JoinAll(threads);
        foreach (var mine in seen)
        {
            Assert.All(mine, count => Assert.Equal(1, count));
        }
    }

    [Fact]
    public void Oneshot_ManyPairs_EveryValueArrivesOnce()
    {
        const int pairs = 100_000;
        var channels = new (OneshotSender<int> Sender, OneshotReceiver<int> Receiver)[pairs];
        for (var i = 0; i < pairs; i++)
        {
            channels[i] = Channel.Oneshot<int>();
        }

        long sum = 0;
        var producer = ThreadingBackend.Native.StartThread(() =>
        {
            for (var i = 0; i < pairs; i++)
            {
                channels[i].Sender.Send(i);
            }
        });
        var consumer = ThreadingBackend.Native.StartThread(() =>
        {
            for (var i = 0; i < pairs; i++)
            {
                sum += channels[i].Receiver.Receive();
            }
        });

        JoinAll([producer, consumer]);
        Assert.Equal((long)pairs * (pairs - 1) / 2, sum);
    }

    // Items are tagged producer * perProducer + sequence; a consumer checks each producer's sequence rises.
    private static void Consume(IEnumerable<long> items, int perProducer, int[] seen)
    {
        var last = new long[Producers];
        Array.Fill(last, -1);
        foreach (var item in items)
        {
            var producer = (int)(item / perProducer);
            var sequence = item % perProducer;
            if (sequence <= last[producer])
            {
                throw new InvalidOperationException($"producer {producer}: {sequence} after {last[producer]}");
            }

            last[producer] = sequence;
            Interlocked.Increment(ref seen[item]);
        }
    }

    private static void JoinAll(IEnumerable<LogicalThread> threads)
    {
        foreach (var thread in threads)
        {
            Assert.True(thread.Join(TimeSpan.FromMinutes(5)), $"{thread.Name} did not finish");
            if (thread.Fault is { } fault)
            {
                ExceptionDispatchInfo.Capture(fault).Throw();
            }
        }
    }
}
