using System.Diagnostics;
using Portalis.Threading.Pool;
using Xunit.Abstractions;

namespace Portalis.Threading.Tests.Pool;

/// <summary>
/// Many tiny tasks on the native backend. The CI sizes run on every test run; with
/// <c>PORTALIS_STRESS=1</c> the counts grow (to 10,000,000 tasks) and more pool shapes run.
/// </summary>
public sealed class WorkerPoolStressTests(ITestOutputHelper output)
{
    private static readonly bool s_stress = Environment.GetEnvironmentVariable("PORTALIS_STRESS") == "1";

    [Theory]
    [InlineData(4, null)]
    [InlineData(2, 1024)]
    public void Submit_MillionTinyTasks_EveryResultIsCorrect(int maxWorkers, int? capacity)
    {
        var count = s_stress ? 10_000_000 : 1_000_000;
        var stopwatch = Stopwatch.StartNew();
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = maxWorkers, QueueCapacity = capacity, Backend = ThreadingBackend.Native });
        var futures = new Future<long>[count];
        for (var i = 0; i < count; i++)
        {
            long value = i;
            futures[i] = pool.Submit(() => value * 3);
        }

        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            var result = futures[i].Result();
            Assert.Equal(3L * i, result);
            sum += result;
        }

        Assert.Equal(3L * count * (count - 1) / 2, sum);
        output.WriteLine($"{count:N0} tasks on {pool.ThreadCount} workers (capacity {capacity?.ToString() ?? "unbounded"}): {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Submit_NestedFanOut_WorkStealingRunsEveryChild()
    {
        var parents = s_stress ? 2_000 : 200;
        const int Children = 500;
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 4, Backend = ThreadingBackend.Native });

        // Parents only submit (never block on children), so no parent can starve the pool.
        var parentFutures = Enumerable.Range(0, parents)
            .Select(p => pool.Submit(() => Enumerable.Range(0, Children).Select(c => pool.Submit(() => (p * Children) + c)).ToList()))
            .ToList();

        var seen = new bool[parents * Children];
        foreach (var parent in parentFutures)
        {
            foreach (var child in parent.Result())
            {
                var value = child.Result();
                Assert.False(seen[value]);
                seen[value] = true;
            }
        }

        Assert.All(seen, Assert.True);
    }

    [Fact]
    public void Shutdown_WhileSubmittersRace_NoFutureIsLost()
    {
        var rounds = s_stress ? 2_000 : 200;
        for (var round = 0; round < rounds; round++)
        {
            var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2, Backend = ThreadingBackend.Native });
            var accepted = new List<Future<int>>();
            var submitter = ThreadingBackend.Native.StartThread(() =>
            {
                for (var i = 0; i < 100; i++)
                {
                    try
                    {
                        accepted.Add(pool.Submit(() => 1));
                    }
                    catch (PoolShutdownError)
                    {
                        return;
                    }
                }
            });
            pool.Shutdown(wait: round % 2 == 0, cancelPendingWork: round % 4 == 1);
            Assert.True(submitter.Join(TimeSpan.FromSeconds(30)));
            Assert.Null(submitter.Fault);
            pool.Shutdown(wait: true);

            // Every accepted future ran, or was cancelled by the shutdown that raced with it.
            Assert.All(accepted, f => Assert.True(f.Cancelled || f.Result() == 1));
        }
    }
}
