using System.Collections.Concurrent;
using Portalis.Threading.Pool;
using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Pool;

/// <summary>The contract of a standalone <see cref="Future{T}"/>: CPython's Future state machine.</summary>
public abstract class FutureContractTests(BackendRunner runner) : ConcurrencyContract(runner)
{
    private static readonly TimeSpan s_short = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void Result_SetFromAnotherThread_ReturnsValue() => Run(() =>
    {
        var future = new Future<int>();
        var setter = Start(() => future.SetResult(42));

        Assert.Equal(42, future.Result());
        Assert.Equal(FutureState.Finished, future.State);
        Assert.True(future.Done);
        JoinAndRethrow(setter);
    });

    [Fact]
    public void Result_NotCompletedInTime_ThrowsFutureTimeoutError() => Run(() =>
    {
        var future = new Future<int>();

        Assert.Throws<FutureTimeoutError>(() => future.Result(s_short));
        Assert.Throws<FutureTimeoutError>(() => future.Exception(TimeSpan.Zero));
        Assert.Equal(FutureState.Pending, future.State);
    });

    [Fact]
    public void Result_ExceptionSet_RethrowsSameObjectWithOriginalStack() => Run(() =>
    {
        var future = new Future<int>();
        var thrower = Start(() =>
        {
            try
            {
                ThrowFromHelper();
            }
            catch (InvalidOperationException ex)
            {
                future.SetException(ex);
            }
        });

        var thrown = Assert.Throws<InvalidOperationException>(() => future.Result());
        Assert.Same(future.Exception(), thrown);
        Assert.Contains(nameof(ThrowFromHelper), thrown.StackTrace, StringComparison.Ordinal);
        Assert.True(future.Done);
        Assert.False(future.Cancelled);
        JoinAndRethrow(thrower);
    });

    [Fact]
    public void Exception_FinishedWithResult_ReturnsNull() => Run(() =>
    {
        var future = new Future<string>();
        future.SetResult("x");

        Assert.Null(future.Exception());
        Assert.Equal("x", future.ResultObject());
    });

    [Fact]
    public void Cancel_Pending_ReturnsTrueAndResultThrowsCancelledError() => Run(() =>
    {
        var future = new Future<int>();

        Assert.True(future.Cancel());
        Assert.True(future.Cancel());
        Assert.True(future.Cancelled);
        Assert.True(future.Done);
        Assert.Equal(FutureState.Cancelled, future.State);
        Assert.Throws<CancelledError>(() => future.Result());
        Assert.Throws<CancelledError>(() => future.Exception());
    });

    [Fact]
    public void Cancel_RunningOrFinished_ReturnsFalse() => Run(() =>
    {
        var running = new Future<int>();
        Assert.True(running.SetRunningOrNotifyCancel());
        Assert.True(running.Running);
        Assert.False(running.Cancel());

        var finished = new Future<int>();
        finished.SetResult(1);
        Assert.False(finished.Cancel());
        Assert.Equal(1, finished.Result());
    });

    [Fact]
    public void Cancel_WhileAnotherThreadWaits_WakesItWithCancelledError() => Run(() =>
    {
        var future = new Future<int>();
        var outcome = new Future<Type>();
        var waiter = Start(() =>
        {
            try
            {
                future.Result();
                outcome.SetResult(typeof(void));
            }
            catch (CancelledError ex)
            {
                outcome.SetResult(ex.GetType());
            }
        });

        Assert.True(future.Cancel());
        Assert.Equal(typeof(CancelledError), outcome.Result());
        JoinAndRethrow(waiter);
    });

    [Fact]
    public void SetRunningOrNotifyCancel_FollowsCPythonStates() => Run(() =>
    {
        var pending = new Future<int>();
        Assert.True(pending.SetRunningOrNotifyCancel());
        Assert.Equal(FutureState.Running, pending.State);
        Assert.False(pending.Done);

        var cancelled = new Future<int>();
        cancelled.Cancel();
        Assert.False(cancelled.SetRunningOrNotifyCancel());
        Assert.Equal(FutureState.CancelledAndNotified, cancelled.State);
        Assert.True(cancelled.Cancelled);

        using var log = new LogCapture();
        var error = Assert.Throws<InvalidStateError>(() => cancelled.SetRunningOrNotifyCancel());
        Assert.Equal("Future in unexpected state", error.Message);
        Assert.Contains(log.Records, r => r.IsCritical && r.Message.EndsWith("in unexpected state: CANCELLED_AND_NOTIFIED", StringComparison.Ordinal));
    });

    [Fact]
    public void SetResult_AlreadyFinishedOrCancelled_ThrowsInvalidStateError() => Run(() =>
    {
        var finished = new Future<int>();
        finished.SetResult(3);
        var error = Assert.Throws<InvalidStateError>(() => finished.SetResult(4));
        Assert.Matches("^FINISHED: <Future at 0x[0-9a-f]+ state=finished returned Int32>$", error.Message);
        Assert.Throws<InvalidStateError>(() => finished.SetException(new InvalidOperationException()));
        Assert.Equal(3, finished.Result());

        var cancelled = new Future<int>();
        cancelled.Cancel();
        var cancelledError = Assert.Throws<InvalidStateError>(() => cancelled.SetResult(1));
        Assert.StartsWith("CANCELLED: <Future at 0x", cancelledError.Message, StringComparison.Ordinal);
    });

    [Fact]
    public void SetResult_RacesWithCancel_ExactlyOneWins() => Run(() =>
    {
        var future = new Future<int>();
        var setterWon = new Future<bool>();
        var setter = Start(() =>
        {
            try
            {
                future.SetResult(7);
                setterWon.SetResult(true);
            }
            catch (InvalidStateError)
            {
                setterWon.SetResult(false);
            }
        });

        var cancelled = future.Cancel();
        var won = setterWon.Result();
        JoinAndRethrow(setter);

        Assert.NotEqual(cancelled, won);
        if (won)
        {
            Assert.Equal(7, future.Result());
        }
        else
        {
            Assert.Throws<CancelledError>(() => future.Result());
        }
    });

    [Fact]
    public void AddDoneCallback_BeforeCompletion_RunsOnceInOrderOnCompletingThread() => Run(() =>
    {
        var future = new Future<int>();
        var calls = new ConcurrentQueue<string>();
        LogicalThread? callbackThread = null;
        future.AddDoneCallback(f =>
        {
            callbackThread = Backend.CurrentThread;
            calls.Enqueue($"first:{f.Result()}");
        });
        future.AddDoneCallback((Future done) => calls.Enqueue($"second:{done.Done}"));

        var setter = Start(() => future.SetResult(5));
        JoinAndRethrow(setter);

        Assert.Equal(["first:5", "second:True"], calls);
        Assert.Same(setter, callbackThread);
    });

    [Fact]
    public void AddDoneCallback_AlreadyDone_RunsImmediatelyOnCaller() => Run(() =>
    {
        var future = new Future<int>();
        future.Cancel();
        var ran = false;

        future.AddDoneCallback(f => ran = f.Cancelled);

        Assert.True(ran);
    });

    [Fact]
    public void AddDoneCallback_CallbackThrows_IsLoggedAndLaterCallbacksRun() => Run(() =>
    {
        using var log = new LogCapture();
        var future = new Future<int>();
        var boom = new InvalidOperationException("callback failed");
        var laterRan = false;
        future.AddDoneCallback(_ => throw boom);
        future.AddDoneCallback(_ => laterRan = true);

        future.SetResult(1);

        Assert.True(laterRan);
        var record = Assert.Single(log.Records, r => ReferenceEquals(r.Exception, boom));
        Assert.Matches("^exception calling callback for <Future at 0x[0-9a-f]+ state=finished returned Int32>$", record.Message);
        Assert.False(record.IsCritical);
    });

    [Fact]
    public void AddDoneCallback_RacesWithCompletion_RunsExactlyOnce() => Run(() =>
    {
        var future = new Future<int>();
        var count = 0;
        var setter = Start(() => future.SetResult(1));

        future.AddDoneCallback(_ => Interlocked.Increment(ref count));
        JoinAndRethrow(setter);

        Assert.Equal(1, Volatile.Read(ref count));
    });

    [Fact]
    public void ToString_FollowsCPythonRepr() => Run(() =>
    {
        var future = new Future<object?>();
        Assert.Matches("^<Future at 0x[0-9a-f]+ state=pending>$", future.ToString());
        future.SetResult(null);
        Assert.EndsWith("state=finished returned NoneType>", future.ToString(), StringComparison.Ordinal);

        var failed = new Future<int>();
        failed.SetException(new ArgumentException("x"));
        Assert.EndsWith("state=finished raised ArgumentException>", failed.ToString(), StringComparison.Ordinal);
    });

    private static void ThrowFromHelper() => throw new InvalidOperationException("from the helper");
}

public sealed class NativeFutureContractTests() : FutureContractTests(new NativeRunner());

public sealed class ControlledFutureContractTests() : FutureContractTests(new ControlledRunner());
