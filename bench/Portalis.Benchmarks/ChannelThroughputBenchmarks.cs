using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Portalis.Threading.Channels;
using Bcl = System.Threading.Channels;
using PChannel = Portalis.Threading.Channels.Channel;

namespace Portalis.Benchmarks;

/// <summary>
/// Send plus receive with one producer thread and one consumer thread: <see cref="Items"/> items per
/// invocation, the figure per item. The BCL side runs its idiomatic async consumer
/// (<c>WaitToReadAsync</c> / <c>TryRead</c>) on the thread pool; Portalis uses blocking receives.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ChannelThroughputBenchmarks
{
    public const int Items = 100_000;

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("Unbounded")]
    public void Bcl_Unbounded() => RunBcl(Bcl.Channel.CreateUnbounded<int>());

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("Unbounded")]
    public void Portalis_Unbounded() => RunPortalis(PChannel.Unbounded<int>());

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("Bounded")]
    public void Bcl_Bounded1024() => RunBcl(Bcl.Channel.CreateBounded<int>(1024));

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("Bounded")]
    public void Portalis_Bounded1024() => RunPortalis(PChannel.Bounded<int>(1024));

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("Bounded")]
    public void Portalis_Broadcast1024Block()
    {
        var (tx, rx) = PChannel.Broadcast<int>(1024, BroadcastOverflow.Block);
        var consumer = new Thread(() =>
        {
            long sum = 0;
            foreach (var item in rx)
            {
                sum += item;
            }

            GC.KeepAlive(sum);
        });
        consumer.Start();
        for (var i = 0; i < Items; i++)
        {
            tx.Send(i);
        }

        tx.Dispose();
        consumer.Join();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items / 10)]
    [BenchmarkCategory("HandOff")]
    public void Bcl_Bounded1() => RunBcl(Bcl.Channel.CreateBounded<int>(1), Items / 10);

    [Benchmark(OperationsPerInvoke = Items / 10)]
    [BenchmarkCategory("HandOff")]
    public void Portalis_Bounded1() => RunPortalis(PChannel.Bounded<int>(1), Items / 10);

    [Benchmark(OperationsPerInvoke = Items / 10)]
    [BenchmarkCategory("HandOff")]
    public void Portalis_Rendezvous() => RunPortalis(PChannel.Rendezvous<int>(), Items / 10);

    private static void RunBcl(Bcl.Channel<int> channel, int items = Items)
    {
        var consumer = Task.Run(async () =>
        {
            long sum = 0;
            var reader = channel.Reader;
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var item))
                {
                    sum += item;
                }
            }

            return sum;
        });
        var producer = Task.Run(async () =>
        {
            var writer = channel.Writer;
            for (var i = 0; i < items; i++)
            {
                if (!writer.TryWrite(i))
                {
                    await writer.WriteAsync(i).ConfigureAwait(false);
                }
            }

            writer.Complete();
        });
        Task.WaitAll(producer, consumer);
    }

    private static void RunPortalis((Sender<int> Sender, Receiver<int> Receiver) channel, int items = Items)
    {
        var (tx, rx) = channel;
        var consumer = new Thread(() =>
        {
            long sum = 0;
            foreach (var item in rx)
            {
                sum += item;
            }

            GC.KeepAlive(sum);
        });
        consumer.Start();
        for (var i = 0; i < items; i++)
        {
            tx.Send(i);
        }

        tx.Dispose();
        consumer.Join();
    }
}
