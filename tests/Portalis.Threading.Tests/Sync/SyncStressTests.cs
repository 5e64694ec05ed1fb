using Portalis.Threading.Sync;
using Portalis.Threading.Tests.Harness;
using Event = Portalis.Threading.Sync.Event;
using Lock = Portalis.Threading.Sync.Lock;
using Semaphore = Portalis.Threading.Sync.Semaphore;

namespace Portalis.Threading.Tests.Sync;

/// <summary>
/// Native stress, sized to run in seconds on a 2-core machine; <c>PORTALIS_STRESS=1</c>
/// multiplies the work by ten.
/// </summary>
public sealed class SyncStressTests
{
    private static readonly int s_scale = Environment.GetEnvironmentVariable("PORTALIS_STRESS") == "1" ? 10 : 1;

    private readonly NativeRunner _runner = new() { Timeout = TimeSpan.FromMinutes(5) };

    /// <remarks>
    /// 10,000 threads with <c>PORTALIS_STRESS=1</c>, 1,000 otherwise: on the 2-core CI machine creating
    /// OS threads slows down with the number alive (10,000 take one to two and a half minutes there,
    /// almost all of it in thread creation), so the full count runs only in the stress run.
    /// </remarks>
    [Fact]
    public void Event_ThousandsOfThreadsBlockedAtOnce_AllFinishAfterSet() => _runner.Run(() =>
    {
        int count = s_scale == 10 ? 10_000 : 1_000;
        var backend = ThreadingBackend.Current;
        var go = new Event();
        int finished = 0;
        var threads = new LogicalThread[count];
        for (int i = 0; i < count; i++)
        {
            threads[i] = backend.StartThread(() =>
            {
                if (go.Wait())
                {
                    Interlocked.Increment(ref finished);
                }
            });
        }

        // Every thread is parked in the event's slow path before it is set.
        while (go.WaiterCount < count)
        {
            backend.Sleep(TimeSpan.FromMilliseconds(5));
        }

        Assert.Equal(0, Volatile.Read(ref finished));
        go.Set();
        foreach (var t in threads)
        {
            Assert.True(t.Join(TimeSpan.FromMinutes(2)));
            Assert.Null(t.Fault);
        }

        Assert.Equal(count, finished);
    });

    [Fact]
    public void Lock_ContendedCounter_NoLostIncrements() => _runner.Run(() =>
    {
        int threadCount = 4;
        int perThread = 50_000 * s_scale;
        var l = new Lock();
        long counter = 0;
        var threads = Enumerable.Range(0, threadCount).Select(_ => ThreadingBackend.Current.StartThread(() =>
        {
            for (int i = 0; i < perThread; i++)
            {
                l.Acquire();
                counter++;
                l.Release();
            }
        })).ToArray();
        foreach (var t in threads)
        {
            t.Join();
            Assert.Null(t.Fault);
        }

        Assert.Equal((long)threadCount * perThread, counter);
        Assert.False(l.Locked);
    });

    [Fact]
    public void MixedPrimitives_Contended_StateStaysConsistent() => _runner.Run(() =>
    {
        int perThread = 5_000 * s_scale;
        var rlock = new RLock();
        var sem = new BoundedSemaphore(2);
        var rw = new RwLock<long>(0);
        var cond = new Condition(rlock);
        long rlockCounter = 0;
        int inside = 0;
        int most = 0;
        var threads = Enumerable.Range(0, 4).Select(n => ThreadingBackend.Current.StartThread(() =>
        {
            for (int i = 0; i < perThread; i++)
            {
                rlock.Acquire();
                rlock.Acquire();
                rlockCounter++;
                cond.NotifyAll();
                rlock.Release();
                rlock.Release();

                sem.Acquire();
                int now = Interlocked.Increment(ref inside);
                int seen;
                while ((seen = Volatile.Read(ref most)) < now && Interlocked.CompareExchange(ref most, now, seen) != seen)
                {
                }

                Interlocked.Decrement(ref inside);
                sem.Release();

                if (n % 2 == 0)
                {
                    using var w = rw.Write();
                    w.Value++;
                }
                else
                {
                    using var r = rw.Read();
                    Assert.True(r.Value >= 0);
                }
            }
        })).ToArray();
        foreach (var t in threads)
        {
            t.Join();
            Assert.Null(t.Fault);
        }

        Assert.Equal(4L * perThread, rlockCounter);
        Assert.InRange(most, 1, 2);
        Assert.Equal(2, sem.Value);
        using var final = rw.Read();
        Assert.Equal(2L * perThread, final.Value);
    });
}
