using BenchmarkDotNet.Attributes;
using PEvent = Portalis.Threading.Sync.Event;
using PLock = Portalis.Threading.Sync.Lock;
using PRLock = Portalis.Threading.Sync.RLock;
using PSemaphore = Portalis.Threading.Sync.Semaphore;

namespace Portalis.Benchmarks;

// Sync primitives against their BCL equivalents (the baselines). Run:
//   dotnet run -c Release --project bench/Portalis.Benchmarks -- --filter '*Sync*' --job short
// Target (DESIGN.md): uncontended lock acquire + release < 20 ns.

/// <summary>One thread acquires and releases a free lock.</summary>
[MemoryDiagnoser]
public class SyncUncontendedLockBenchmarks
{
    private readonly Lock _bclLock = new();
    private readonly object _monitor = new();
    private readonly PLock _lock = new();
    private readonly PRLock _rlock = new();
    private readonly Portalis.Threading.Sync.Mutex<int> _mutex = new(0);

    [Benchmark(Baseline = true)]
    public void BclLock()
    {
        _bclLock.Enter();
        _bclLock.Exit();
    }

    [Benchmark]
    public void BclMonitor()
    {
        Monitor.Enter(_monitor);
        Monitor.Exit(_monitor);
    }

    [Benchmark]
    public void PortalisLock()
    {
        _lock.Acquire();
        _lock.Release();
    }

    [Benchmark]
    public void PortalisRLock()
    {
        _rlock.Acquire();
        _rlock.Release();
    }

    [Benchmark]
    public void PortalisMutex()
    {
        using var guard = _mutex.Lock();
        guard.Value++;
    }
}

/// <summary>Two threads increment a counter under one lock; the figure is per acquire + release.</summary>
[MemoryDiagnoser]
public class SyncContendedLockBenchmarks
{
    private const int PerThread = 20_000;

    private readonly Lock _bclLock = new();
    private readonly object _monitor = new();
    private readonly PLock _lock = new();
    private readonly SemaphoreSlim _go = new(0);
    private readonly ManualResetEventSlim _done = new(false);
    private Action? _work;
    private Thread? _helper;
    private volatile bool _stop;
    private long _counter;

    [GlobalSetup]
    public void Setup()
    {
        _helper = new Thread(() =>
        {
            while (true)
            {
                _go.Wait();
                if (_stop)
                {
                    return;
                }

                _work!();
                _done.Set();
            }
        })
        { IsBackground = true };
        _helper.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop = true;
        _go.Release();
        _helper!.Join();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * PerThread)]
    public void BclLock() => RunBoth(() =>
    {
        for (int i = 0; i < PerThread; i++)
        {
            _bclLock.Enter();
            _counter++;
            _bclLock.Exit();
        }
    });

    [Benchmark(OperationsPerInvoke = 2 * PerThread)]
    public void BclMonitor() => RunBoth(() =>
    {
        for (int i = 0; i < PerThread; i++)
        {
            Monitor.Enter(_monitor);
            _counter++;
            Monitor.Exit(_monitor);
        }
    });

    [Benchmark(OperationsPerInvoke = 2 * PerThread)]
    public void PortalisLock() => RunBoth(() =>
    {
        for (int i = 0; i < PerThread; i++)
        {
            _lock.Acquire();
            _counter++;
            _lock.Release();
        }
    });

    private void RunBoth(Action work)
    {
        _work = work;
        _done.Reset();
        _go.Release();
        work();
        _done.Wait();
    }
}

/// <summary>One thread takes and returns a semaphore unit.</summary>
[MemoryDiagnoser]
public class SyncSemaphoreBenchmarks
{
    private readonly SemaphoreSlim _bcl = new(1);
    private readonly PSemaphore _semaphore = new(1);

    [Benchmark(Baseline = true)]
    public void BclSemaphoreSlim()
    {
        _bcl.Wait();
        _bcl.Release();
    }

    [Benchmark]
    public void PortalisSemaphore()
    {
        _semaphore.Acquire();
        _semaphore.Release();
    }
}

/// <summary>Two threads hand a turn back and forth with two events; the figure is per round trip.</summary>
[MemoryDiagnoser]
public class SyncEventPingPongBenchmarks
{
    private const int RoundTrips = 2_000;

    private readonly ManualResetEventSlim _bclPing = new(false);
    private readonly ManualResetEventSlim _bclPong = new(false);
    private readonly PEvent _ping = new();
    private readonly PEvent _pong = new();
    private Thread? _bclHelper;
    private Thread? _helper;
    private volatile bool _stop;

    [GlobalSetup]
    public void Setup()
    {
        _bclHelper = new Thread(() =>
        {
            while (true)
            {
                _bclPing.Wait();
                _bclPing.Reset();
                if (_stop)
                {
                    return;
                }

                _bclPong.Set();
            }
        })
        { IsBackground = true };
        _helper = new Thread(() =>
        {
            while (true)
            {
                _ping.Wait();
                _ping.Clear();
                if (_stop)
                {
                    return;
                }

                _pong.Set();
            }
        })
        { IsBackground = true };
        _bclHelper.Start();
        _helper.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop = true;
        _bclPing.Set();
        _ping.Set();
        _bclHelper!.Join();
        _helper!.Join();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RoundTrips)]
    public void BclManualResetEventSlim()
    {
        for (int i = 0; i < RoundTrips; i++)
        {
            _bclPing.Set();
            _bclPong.Wait();
            _bclPong.Reset();
        }
    }

    [Benchmark(OperationsPerInvoke = RoundTrips)]
    public void PortalisEvent()
    {
        for (int i = 0; i < RoundTrips; i++)
        {
            _ping.Set();
            _pong.Wait();
            _pong.Clear();
        }
    }
}
