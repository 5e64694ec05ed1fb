using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Bcl = System.Threading.Channels;
using PChannel = Portalis.Threading.Channels.Channel;

namespace Portalis.Benchmarks;

/// <summary>
/// Send throughput on one thread, no receiver: a fresh channel per invocation takes
/// <see cref="Items"/> sends, and the figure is per send (the target: under 10 ns for unbounded).
/// Each Portalis flavour is compared with the BCL channel of the same shape.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ChannelSendBenchmarks
{
    public const int Items = 10_000;

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("Unbounded")]
    public void Bcl_Unbounded_TryWrite()
    {
        var writer = Bcl.Channel.CreateUnbounded<int>().Writer;
        for (var i = 0; i < Items; i++)
        {
            writer.TryWrite(i);
        }
    }

    private long _counter;

    /// <summary>
    /// The floor for any MPMC send: one uncontended interlocked add per item (a producer must claim a
    /// position atomically when any thread may send). Shown to read the other rows against.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("Unbounded")]
    public void Reference_InterlockedAdd()
    {
        for (var i = 0; i < Items; i++)
        {
            Interlocked.Add(ref _counter, 2);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("UnboundedSingleReader")]
    public void Bcl_UnboundedSingleReader_TryWrite()
    {
        var writer = Bcl.Channel.CreateUnbounded<int>(new Bcl.UnboundedChannelOptions { SingleReader = true }).Writer;
        for (var i = 0; i < Items; i++)
        {
            writer.TryWrite(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("Unbounded")]
    public void Portalis_Unbounded_Send()
    {
        var (tx, _) = PChannel.Unbounded<int>();
        for (var i = 0; i < Items; i++)
        {
            tx.Send(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("UnboundedSingleReader")]
    public void Portalis_Unbounded_TrySend()
    {
        var (tx, _) = PChannel.Unbounded<int>();
        for (var i = 0; i < Items; i++)
        {
            tx.TrySend(i);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("Bounded")]
    public void Bcl_Bounded_TryWrite()
    {
        var writer = Bcl.Channel.CreateBounded<int>(Items).Writer;
        for (var i = 0; i < Items; i++)
        {
            writer.TryWrite(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("Bounded")]
    public void Portalis_Bounded_TrySend()
    {
        var (tx, _) = PChannel.Bounded<int>(Items);
        for (var i = 0; i < Items; i++)
        {
            tx.TrySend(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("Bounded")]
    public void Portalis_Broadcast_Send()
    {
        var (tx, rx) = PChannel.Broadcast<int>(1024);
        for (var i = 0; i < Items; i++)
        {
            tx.Send(i);
        }

        GC.KeepAlive(rx);
    }
}
