using BenchmarkDotNet.Attributes;
using Portalis.Threading;

namespace Portalis.Benchmarks;

/// <summary>
/// Start and join of one thread that does nothing: the native backend's recycled logical thread
/// against a new OS thread (the baseline) and a thread-pool task. Target: under 10 us.
/// Run: <c>dotnet run -c Release --project bench/Portalis.Benchmarks -- --filter '*ThreadSpawn*' --job short</c>.
/// </summary>
/// <remarks>Figures, with the machine and load they were measured under, are in bench/RESULTS.md.</remarks>
[MemoryDiagnoser]
public class ThreadSpawnBenchmarks
{
    private static readonly Action s_empty = static () => { };
    private readonly IThreadingBackend _native = ThreadingBackend.Native;

    [Benchmark(Baseline = true, Description = "new Thread: Start + Join")]
    public void OsThread()
    {
        var thread = new Thread(static () => { });
        thread.Start();
        thread.Join();
    }

    [Benchmark(Description = "Task.Run + Wait")]
    public void TaskRun() => Task.Run(s_empty).Wait();

    [Benchmark(Description = "Portalis native: StartThread + Join")]
    public void PortalisNative() => _native.StartThread(s_empty).Join();
}
