using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Portalis.Threading.Channels;
using Bcl = System.Threading.Channels;
using PChannel = Portalis.Threading.Channels.Channel;

namespace Portalis.Benchmarks;

/// <summary>
/// Ping-pong latency: two threads bounce a counter through a pair of channels; the figure is one
/// round trip (two hand-offs). The BCL side bounces it between two async loops on the thread pool.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ChannelPingPongBenchmarks
{
    public const int RoundTrips = 10_000;

    [Benchmark(Baseline = true, OperationsPerInvoke = RoundTrips)]
    [BenchmarkCategory("PingPong")]
    public void Bcl_Unbounded()
    {
        var ping = Bcl.Channel.CreateUnbounded<int>(new Bcl.UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var pong = Bcl.Channel.CreateUnbounded<int>(new Bcl.UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var echo = Task.Run(async () =>
        {
            for (var i = 0; i < RoundTrips; i++)
            {
                pong.Writer.TryWrite(await ping.Reader.ReadAsync().ConfigureAwait(false));
            }
        });
        var driver = Task.Run(async () =>
        {
            for (var i = 0; i < RoundTrips; i++)
            {
                ping.Writer.TryWrite(i);
                await pong.Reader.ReadAsync().ConfigureAwait(false);
            }
        });
        Task.WaitAll(echo, driver);
    }

    /// <summary>
    /// The BCL with the same constraint as Portalis channels: each side is a dedicated OS thread that
    /// blocks (sync over async), as a Python thread calling <c>queue.get()</c> does. The async baseline
    /// above may run both sides on one pool thread, which no blocking design can.
    /// </summary>
    [Benchmark(OperationsPerInvoke = RoundTrips)]
    [BenchmarkCategory("PingPong")]
    public void Bcl_Unbounded_BlockingThreads()
    {
        var ping = Bcl.Channel.CreateUnbounded<int>(new Bcl.UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var pong = Bcl.Channel.CreateUnbounded<int>(new Bcl.UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var echo = new Thread(() =>
        {
            for (var i = 0; i < RoundTrips; i++)
            {
                pong.Writer.TryWrite(ping.Reader.ReadAsync().AsTask().GetAwaiter().GetResult());
            }
        });
        echo.Start();
        for (var i = 0; i < RoundTrips; i++)
        {
            ping.Writer.TryWrite(i);
            pong.Reader.ReadAsync().AsTask().GetAwaiter().GetResult();
        }

        echo.Join();
    }

    [Benchmark(OperationsPerInvoke = RoundTrips)]
    [BenchmarkCategory("PingPong")]
    public void Portalis_Unbounded() => Run(PChannel.Unbounded<int>(), PChannel.Unbounded<int>());

    [Benchmark(OperationsPerInvoke = RoundTrips)]
    [BenchmarkCategory("PingPong")]
    public void Portalis_Bounded1() => Run(PChannel.Bounded<int>(1), PChannel.Bounded<int>(1));

    [Benchmark(OperationsPerInvoke = RoundTrips)]
    [BenchmarkCategory("PingPong")]
    public void Portalis_Rendezvous() => Run(PChannel.Rendezvous<int>(), PChannel.Rendezvous<int>());

    private static void Run((Sender<int> Sender, Receiver<int> Receiver) ping, (Sender<int> Sender, Receiver<int> Receiver) pong)
    {
        var echo = new Thread(() =>
        {
            for (var i = 0; i < RoundTrips; i++)
            {
                pong.Sender.Send(ping.Receiver.Receive());
            }
        });
        echo.Start();
        for (var i = 0; i < RoundTrips; i++)
        {
            ping.Sender.Send(i);
            pong.Receiver.Receive();
        }

        echo.Join();
    }
}
