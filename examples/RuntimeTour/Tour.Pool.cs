using Portalis.Threading.Pool;

namespace Portalis.Examples.RuntimeTour;

public static partial class Tour
{
    // WorkerPool is Python's ThreadPoolExecutor: Submit returns a Future<T>; Result blocks and
    // rethrows the task's own exception; Futures.Wait and Futures.AsCompleted are
    // concurrent.futures.wait and as_completed.
    private static void PoolAndFutures(TextWriter output)
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 4, ThreadNamePrefix = "tour" });

        var futures = Enumerable.Range(1, 8).Select(n => pool.Submit(() => n * n)).ToList();
        output.WriteLine($"results in submission order: {string.Join(", ", futures.Select(f => f.Result()))}");

        // Completion order depends on the workers, so sort what AsCompleted hands out before printing.
        var cubes = Enumerable.Range(1, 5).Select(n => pool.Submit(() => n * n * n)).ToList();
        var seen = Futures.AsCompleted(cubes).Select(f => f.Result()).Order();
        output.WriteLine($"as completed (sorted): {string.Join(", ", seen)}");

        var waited = Futures.Wait(cubes, WaitMode.AllCompleted);
        output.WriteLine($"wait(all completed): {waited.Done.Count} done, {waited.NotDone.Count} not done");

        output.WriteLine($"map: {string.Join(", ", pool.Map(static (string s) => s.ToUpperInvariant(), ["a", "b", "c"]))}");

        var failed = pool.Submit<int>(() => throw new ArgumentException("negative size"));
        try
        {
            failed.Result();
        }
        catch (ArgumentException ex)
        {
            output.WriteLine($"result() rethrew {ex.GetType().Name}: {ex.Message}");
        }

        // A future nobody completes: Result with a timeout raises FutureTimeoutError (Python's TimeoutError).
        var never = new Future<int>();
        try
        {
            never.Result(TimeSpan.FromMilliseconds(10));
        }
        catch (FutureTimeoutError ex)
        {
            output.WriteLine($"unfinished future: {ex.GetType().Name}, state {never.State}");
        }

        pool.Shutdown(wait: true);
        try
        {
            pool.Submit(() => 0);
        }
        catch (PoolShutdownError ex)
        {
            output.WriteLine($"after shutdown: {ex.Message}");
        }
    }
}
