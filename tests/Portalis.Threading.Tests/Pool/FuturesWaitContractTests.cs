using Portalis.Threading.Pool;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Pool;

/// <summary>The contract of <see cref="Futures.Wait"/> and <see cref="Futures.AsCompleted(IEnumerable{Future}, TimeSpan?)"/>.</summary>
public abstract class FuturesWaitContractTests(BackendRunner runner) : ConcurrencyContract(runner)
{
    private static readonly TimeSpan s_short = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void Wait_AllCompleted_ReturnsWhenEveryFutureIsDone() => Run(() =>
    {
        var first = new Future<int>();
        var second = new Future<int>();
        var setter = Start(() =>
        {
            first.SetResult(1);
            second.SetException(new InvalidOperationException());
        });

        var (done, notDone) = Futures.Wait([first, second]);

        Assert.Equal(2, done.Count);
        Assert.Empty(notDone);
        JoinAndRethrow(setter);
    });

    [Fact]
    public void Wait_FirstCompleted_ReturnsOnceOneIsDone() => Run(() =>
    {
        var first = new Future<int>();
        var never = new Future<int>();
        var setter = Start(() => first.SetResult(1));

        var (done, notDone) = Futures.Wait([first, never], WaitMode.FirstCompleted);

        Assert.Equal([first], done);
        Assert.Equal([never], notDone);
        JoinAndRethrow(setter);
    });

    [Fact]
    public void Wait_FirstException_ReturnsAtTheException() => Run(() =>
    {
        var ok = new Future<int>();
        var failed = new Future<int>();
        var never = new Future<int>();
        var setter = Start(() =>
        {
            ok.SetResult(1);
            failed.SetException(new InvalidOperationException());
        });

        var (done, notDone) = Futures.Wait([ok, failed, never], WaitMode.FirstException);

        Assert.Contains(failed, done);
        Assert.Contains(never, notDone);
        JoinAndRethrow(setter);
    });

    [Fact]
    public void Wait_FirstExceptionWithoutException_WaitsForAll() => Run(() =>
    {
        var first = new Future<int>();
        var second = new Future<int>();
        var setter = Start(() =>
        {
            first.SetResult(1);
            second.SetResult(2);
        });

        var (done, notDone) = Futures.Wait([first, second], WaitMode.FirstException);

        Assert.Equal(2, done.Count);
        Assert.Empty(notDone);
        JoinAndRethrow(setter);
    });

    [Fact]
    public void Wait_Timeout_ReturnsUnfinishedAsNotDone() => Run(() =>
    {
        var finished = new Future<int>();
        finished.SetResult(1);
        var pending = new Future<int>();

        var (done, notDone) = Futures.Wait([finished, pending, pending], WaitMode.AllCompleted, s_short);

        Assert.Equal([finished], done);
        Assert.Equal([pending], notDone);
    });

    [Fact]
    public void Wait_CancelledButNotNotified_IsNotDoneAsInCPython() => Run(() =>
    {
        var cancelled = new Future<int>();
        cancelled.Cancel();

        var before = Futures.Wait([cancelled], WaitMode.AllCompleted, TimeSpan.Zero);
        Assert.Equal([cancelled], before.NotDone);

        Assert.False(cancelled.SetRunningOrNotifyCancel());
        var after = Futures.Wait([cancelled], WaitMode.AllCompleted, TimeSpan.Zero);
        Assert.Equal([cancelled], after.Done);
    });

    [Fact]
    public void Wait_NotifiedCancelWhileWaiting_CountsAsCompleted() => Run(() =>
    {
        var future = new Future<int>();
        var notifier = Start(() =>
        {
            future.Cancel();
            future.SetRunningOrNotifyCancel();
        });

        var (done, _) = Futures.Wait([future]);

        Assert.Equal([future], done);
        JoinAndRethrow(notifier);
    });

    [Fact]
    public void Wait_Empty_ReturnsEmptySets() => Run(() =>
    {
        var (done, notDone) = Futures.Wait([], WaitMode.FirstCompleted);

        Assert.Empty(done);
        Assert.Empty(notDone);
    });

    [Fact]
    public void AsCompleted_YieldsDoneFirstThenInCompletionOrder() => Run(() =>
    {
        var already = new Future<int>();
        already.SetResult(0);
        var f1 = new Future<int>();
        var f2 = new Future<int>();
        var f3 = new Future<int>();
        var order = new List<Future<int>>();
        LogicalThread? completer = null;

        foreach (var future in Futures.AsCompleted([already, f1, f2, f3, f1]))
        {
            Assert.True(future.Done);
            order.Add(future);
            if (future == already)
            {
                // The waiter is installed before the first yield, so later completions arrive in order.
                completer = Start(() =>
                {
                    f3.SetResult(3);
                    f1.SetResult(1);
                    f2.SetResult(2);
                });
            }
        }

        Assert.Equal([already, f3, f1, f2], order);
        JoinAndRethrow(completer!);
    });

    [Fact]
    public void AsCompleted_Timeout_ThrowsWithCPythonMessage() => Run(() =>
    {
        var done = new Future<int>();
        done.SetResult(1);
        var pending = new Future<int>();
        var other = new Future<int>();
        var seen = new List<Future<int>>();

        var error = Assert.Throws<FutureTimeoutError>(() =>
        {
            foreach (var future in Futures.AsCompleted([done, pending, other], s_short))
            {
                seen.Add(future);
            }
        });

        Assert.Equal("2 (of 3) futures unfinished", error.Message);
        Assert.Equal([done], seen);
    });

    [Fact]
    public void AsCompleted_CompletedByAnotherThread_YieldsEachOnce() => Run(() =>
    {
        var futures = new[] { new Future<int>(), new Future<int>(), new Future<int>() };
        var setter = Start(() =>
        {
            for (var i = 0; i < futures.Length; i++)
            {
                futures[i].SetResult(i);
            }
        });

        var results = Futures.AsCompleted(futures).Select(f => f.Result()).Order().ToList();

        Assert.Equal([0, 1, 2], results);
        JoinAndRethrow(setter);
    });
}

public sealed class NativeFuturesWaitContractTests() : FuturesWaitContractTests(new NativeRunner());

public sealed class ControlledFuturesWaitContractTests() : FuturesWaitContractTests(new ControlledRunner());
