using System.Collections.Concurrent;
using Portalis.Threading.Pool;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Pool;

/// <summary>The contract of <see cref="WorkerPool"/>: CPython's ThreadPoolExecutor, plus the bounded queue and work stealing.</summary>
public abstract class WorkerPoolContractTests(BackendRunner runner) : ConcurrencyContract(runner)
{
    [Fact]
    public void Submit_Function_ResultComesBack() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2 });

        var future = pool.Submit(() => 6 * 7);
        var action = pool.Submit(() => { });

        Assert.Equal(42, future.Result());
        Assert.Null(action.Result());
    });

    [Fact]
    public void Submit_TaskThrows_FutureHoldsExceptionAndWorkerSurvives() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1 });

        var failed = pool.Submit<int>(() => throw new InvalidOperationException("task failed"));
        var next = pool.Submit(() => 2);

        var error = Assert.Throws<InvalidOperationException>(() => failed.Result());
        Assert.Equal("task failed", error.Message);
        Assert.Same(error, failed.Exception());
        Assert.Equal(2, next.Result());
        Assert.Equal(1, pool.ThreadCount);
    });

    [Fact]
    public void Submit_AfterShutdown_ThrowsPoolShutdownError() => Run(() =>
    {
        var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1 });
        pool.Submit(() => 1).Result();
        pool.Shutdown();
        pool.Shutdown();

        var error = Assert.Throws<PoolShutdownError>(() => pool.Submit(() => 2));
        Assert.Equal("cannot schedule new futures after shutdown", error.Message);
    });

    [Fact]
    public void Shutdown_Wait_RunsEveryQueuedTask() => Run(() =>
    {
        var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2 });
        var futures = Enumerable.Range(0, 4).Select(i => pool.Submit(() => i * i)).ToList();

        pool.Shutdown(wait: true);

        Assert.All(futures, f => Assert.Equal(FutureState.Finished, f.State));
        Assert.Equal([0, 1, 4, 9], futures.Select(f => f.Result()));
    });

    [Fact]
    public void Shutdown_CancelPendingWork_CancelsQueuedTasksOnly() => Run(() =>
    {
        var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1 });
        var started = new Future<bool>();
        var release = new Future<bool>();
        var blocker = pool.Submit(() =>
        {
            started.SetResult(true);
            return release.Result();
        });
        started.Result();
        var queued = pool.Submit(() => true);

        pool.Shutdown(wait: false, cancelPendingWork: true);

        Assert.Equal(FutureState.Running, blocker.State);
        Assert.Equal(FutureState.Cancelled, queued.State);
        Assert.Throws<CancelledError>(() => queued.Result());

        // As in CPython 3.11, the worker never sees the cancelled item, so wait() keeps it not done.
        Assert.Equal([queued], Futures.Wait([queued], WaitMode.AllCompleted, TimeSpan.Zero).NotDone);
        release.SetResult(true);
        pool.Shutdown(wait: true);
        Assert.True(blocker.Result());
    });

    [Fact]
    public void Cancel_QueuedTask_IsSkippedAndNotifiedWhenDequeued() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1 });
        var started = new Future<bool>();
        var release = new Future<bool>();
        var ran = false;
        var blocker = pool.Submit(() =>
        {
            started.SetResult(true);
            return release.Result();
        });
        started.Result();
        var queued = pool.Submit(() => ran = true);

        Assert.True(queued.Cancel());
        release.SetResult(true);
        var (done, _) = Futures.Wait([blocker, queued]);

        Assert.Equal(2, done.Count);
        Assert.Equal(FutureState.CancelledAndNotified, queued.State);
        Assert.False(ran);
    });

    [Fact]
    public void Initializer_Throws_PoolIsBrokenAndQueuedWorkFails() => Run(() =>
    {
        using var log = new LogCapture();
        var boom = new InvalidOperationException("init failed");
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1, Initializer = () => throw boom });

        var future = pool.Submit(() => 1);

        var error = Assert.IsType<BrokenPoolError>(future.Exception());
        Assert.Equal("A thread initializer failed, the thread pool is not usable anymore", error.Message);
        Assert.Throws<BrokenPoolError>(() => pool.Submit(() => 2));
        var record = Assert.Single(log.Records, r => ReferenceEquals(r.Exception, boom));
        Assert.Equal("Exception in initializer:", record.Message);
        Assert.True(record.IsCritical);
    });

    [Fact]
    public void Initializer_RunsOnEachWorkerBeforeItsTasks() => Run(() =>
    {
        var initialized = new ConcurrentDictionary<string, bool>();
        using var pool = new WorkerPool(new WorkerPoolOptions
        {
            MaxWorkers = 2,
            ThreadNamePrefix = "init",
            Initializer = () => initialized[Backend.CurrentThread.Name] = true,
        });

        var names = new[] { pool.Submit(CurrentName), pool.Submit(CurrentName) }.Select(f => f.Result()).ToList();

        Assert.All(names, name => Assert.True(initialized.ContainsKey(name)));
    });

    [Fact]
    public void Submit_StartsThreadsLazilyAsCPythonDoes() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 4, ThreadNamePrefix = "lazy" });
        Assert.Equal(0, pool.ThreadCount);

        Assert.Equal("lazy_0", pool.Submit(CurrentName).Result());
        Assert.Equal(1, pool.ThreadCount);

        // The finished task released the idle semaphore, so this submit reuses the worker.
        Assert.Equal("lazy_0", pool.Submit(CurrentName).Result());
        Assert.Equal(1, pool.ThreadCount);
    });

    [Fact]
    public void Submit_WhileWorkersBusy_StartsUpToMaxWorkers() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2, ThreadNamePrefix = "busy" });
        var release = new Future<bool>();

        var futures = Enumerable.Range(0, 3).Select(_ => pool.Submit(() => release.Result())).ToList();
        Assert.Equal(2, pool.ThreadCount);
        release.SetResult(true);

        Assert.All(futures, f => Assert.True(f.Result()));
        Assert.Equal(2, pool.ThreadCount);
    });

    [Fact]
    public void ThreadNamePrefix_Default_IsThreadPoolExecutorWithCounter() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1 });

        Assert.Matches("^ThreadPoolExecutor-[0-9]+$", pool.ThreadNamePrefix);
        Assert.Equal($"{pool.ThreadNamePrefix}_0", pool.Submit(CurrentName).Result());
    });

    [Fact]
    public void BoundedQueue_Full_TrySubmitFailsAndSubmitBlocksUntilRoom() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1, QueueCapacity = 1 });
        var started = new Future<bool>();
        var release = new Future<bool>();
        var blocker = pool.Submit(() =>
        {
            started.SetResult(true);
            return release.Result() ? 0 : -1;
        });
        started.Result();
        var queued = pool.Submit(() => 1);

        Assert.False(pool.TrySubmit(() => 2, out var refused));
        Assert.Null(refused);
        var blockedSubmit = new Future<Future<int>>();
        var submitter = Start(() => blockedSubmit.SetResult(pool.Submit(() => 3)));
        release.SetResult(true);

        Assert.Equal(3, blockedSubmit.Result().Result());
        Assert.Equal([0, 1], new[] { blocker.Result(), queued.Result() });
        JoinAndRethrow(submitter);
    });

    [Fact]
    public void BoundedQueue_SubmitterBlocksRepeatedly_EveryTaskRuns() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1, QueueCapacity = 1 });

        var futures = Enumerable.Range(0, 5).Select(i => pool.Submit(() => i)).ToList();

        Assert.Equal([0, 1, 2, 3, 4], futures.Select(f => f.Result()));
    });

    [Fact]
    public void BoundedQueue_ShutdownWhileSubmitterBlocked_ThrowsPoolShutdownError() => Run(() =>
    {
        var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1, QueueCapacity = 1 });
        var started = new Future<bool>();
        var release = new Future<bool>();
        pool.Submit(() =>
        {
            started.SetResult(true);
            return release.Result();
        });
        started.Result();
        pool.Submit(() => true);
        var outcome = new Future<Type>();
        var submitter = Start(() =>
        {
            try
            {
                pool.Submit(() => true);
                outcome.SetResult(typeof(void));
            }
            catch (PoolShutdownError ex)
            {
                outcome.SetResult(ex.GetType());
            }
        });

        pool.Shutdown(wait: false);
        Assert.Equal(typeof(PoolShutdownError), outcome.Result());
        release.SetResult(true);
        pool.Shutdown(wait: true);
        JoinAndRethrow(submitter);
    });

    [Fact]
    public void Submit_FromWorker_ChildrenAreStolenAndRun() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2 });

        var parent = pool.Submit(() =>
        {
            var children = Enumerable.Range(1, 3).Select(i => pool.Submit(() => i)).ToList();
            return children.Sum(child => child.Result());
        });

        Assert.Equal(6, parent.Result());
    });

    [Fact]
    public void Submit_FromWorkerOfOneWorkerPool_RunsInSubmissionOrder() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1 });
        var order = new ConcurrentQueue<int>();

        var parent = pool.Submit(() =>
        {
            order.Enqueue(0);
            return Enumerable.Range(1, 3).Select(i => pool.Submit(() => order.Enqueue(i))).ToList();
        });
        foreach (var child in parent.Result())
        {
            child.Result();
        }

        Assert.Equal([0, 1, 2, 3], order);
    });

    [Fact]
    public void Submit_FromSeveralThreads_EveryResultArrives() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2 });
        var fromThread = new Future<List<Future<int>>>();
        var submitter = Start(() => fromThread.SetResult(Enumerable.Range(10, 3).Select(i => pool.Submit(() => i)).ToList()));
        var mine = Enumerable.Range(0, 3).Select(i => pool.Submit(() => i)).ToList();

        var all = mine.Concat(fromThread.Result()).Select(f => f.Result()).Order();

        Assert.Equal([0, 1, 2, 10, 11, 12], all);
        JoinAndRethrow(submitter);
    });

    [Fact]
    public void Map_YieldsResultsInItemOrderAndRethrowsAsIs() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2 });

        Assert.Equal([1, 4, 9], pool.Map(x => x * x, [1, 2, 3]));

        var results = pool.Map(x => x == 2 ? throw new ArgumentException("two") : x, [1, 2, 3]);
        using var enumerator = results.GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Equal(1, enumerator.Current);
        Assert.Equal("two", Assert.Throws<ArgumentException>(() => enumerator.MoveNext()).Message);
    });

    [Fact]
    public void DoneCallback_OnPoolFuture_RunsOnWorker() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1, ThreadNamePrefix = "cb" });
        var release = new Future<bool>();
        var callbackThread = new Future<string>();
        var future = pool.Submit(() => release.Result());

        future.AddDoneCallback(_ => callbackThread.SetResult(Backend.CurrentThread.Name));
        release.SetResult(true);

        Assert.Equal("cb_0", callbackThread.Result());
    });

    [Fact]
    public void Submit_FromWorkerWithFullBoundedQueue_DoesNotBlock() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1, QueueCapacity = 1 });

        var parent = pool.Submit(() => Enumerable.Range(0, 3).Select(i => pool.Submit(() => i)).ToList());

        Assert.Equal([0, 1, 2], parent.Result().Select(f => f.Result()));
    });

    [Fact]
    public void Shutdown_FromOwnWorker_DoesNotWaitForItself() => Run(() =>
    {
        var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 1 });

        var future = pool.Submit(() => pool.Shutdown(wait: true));

        Assert.Null(future.Result());
        Assert.Throws<PoolShutdownError>(() => pool.Submit(() => 1));
        pool.Shutdown(wait: true);
    });

    [Fact]
    public void AsCompleted_OverPoolFutures_YieldsEveryFuture() => Run(() =>
    {
        using var pool = new WorkerPool(new WorkerPoolOptions { MaxWorkers = 2 });
        var futures = Enumerable.Range(0, 4).Select(i => pool.Submit(() => i)).ToList();

        var results = Futures.AsCompleted(futures).Select(f => f.Result()).Order();

        Assert.Equal([0, 1, 2, 3], results);
    });

    [Fact]
    public void Options_NotPositive_AreRejected() => Run(() =>
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerPool(new WorkerPoolOptions { MaxWorkers = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerPool(new WorkerPoolOptions { QueueCapacity = 0 }));
        using var pool = new WorkerPool();
        Assert.Equal(Math.Min(32, Environment.ProcessorCount + 4), pool.MaxWorkers);
    });

    private static string CurrentName() => Backend.CurrentThread.Name;
}

public sealed class NativeWorkerPoolContractTests() : WorkerPoolContractTests(new NativeRunner());

public sealed class ControlledWorkerPoolContractTests() : WorkerPoolContractTests(new ControlledRunner());
