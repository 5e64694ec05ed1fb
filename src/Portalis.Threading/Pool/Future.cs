using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Portalis.Threading.Pool;

/// <summary>
/// The result of an asynchronous computation, with the states and rules of CPython's
/// <c>concurrent.futures.Future</c> (Lib/concurrent/futures/_base.py). The typed API is
/// <see cref="Future{T}"/>; this base serves code that handles futures of any result type, such as
/// <see cref="Futures.Wait"/> and <see cref="Futures.AsCompleted(IEnumerable{Future}, TimeSpan?)"/>.
/// </summary>
/// <remarks>
/// <para>Errors: an exception set with <see cref="SetException"/> (a task that threw) is captured
/// with its stack trace. <see cref="Future{T}.Result(TimeSpan?)"/> rethrows that same exception
/// object, not a wrapper, with the worker's stack trace preserved (as CPython's
/// <c>future.result()</c> re-raises the original exception), and <see cref="Exception(TimeSpan?)"/>
/// returns it. Errors the future raises itself are <see cref="CancelledError"/>,
/// <see cref="FutureTimeoutError"/> and <see cref="InvalidStateError"/>.</para>
/// <para>Done callbacks run on the thread that completes or cancels the future, or at once on the
/// caller when the future is already done, always outside the future's lock; an exception from a
/// callback is logged to <see cref="FutureLog"/>, never raised.</para>
/// <para>State properties read a single snapshot without locking; they are exact as soon as the
/// future is done, since a done future never changes state again (except <see cref="FutureState.Cancelled"/>
/// becoming <see cref="FutureState.CancelledAndNotified"/>).</para>
/// </remarks>
public abstract partial class Future
{
    private static long s_nextId;

    // Between claiming the right to complete and publishing Finished; reads as Running.
    private const int Completing = 5;

    private readonly IThreadingBackend _backend;
    private readonly bool _controlled;
    private readonly bool _spin;

    // State changes are compare-and-swaps, so a future nobody waits on never takes a lock. The
    // monitor is created on first need: by a blocking wait, a done callback or a Futures.Wait.
    private SyncMonitor? _monitor;
    private int _state;

    // Set, under the monitor and with a full fence, before anyone checks the state and then waits,
    // registers a callback or installs a waiter; read, with a full fence, after every state change.
    // So either the waiter sees the new state, or the changer sees the flag and takes the monitor.
    private int _watched;
    private ExceptionDispatchInfo? _exception;
    private List<FutureWaiter>? _waiters;

    // One callback is stored as the delegate itself, more as a List<Action<Future>>; null once invoked.
    // Guarded by the monitor.
    private object? _callbacks;
    private bool _callbacksTaken;

    private protected Future(IThreadingBackend backend)
    {
        _backend = backend;
        _controlled = backend.IsControlled;
        _spin = ReferenceEquals(backend, ThreadingBackend.Native) && Environment.ProcessorCount > 1;
        Id = Interlocked.Increment(ref s_nextId);
    }

    /// <summary>The current state.</summary>
    public FutureState State
    {
        get
        {
            SchedulingPoint();
            return PublicState(Volatile.Read(ref _state));
        }
    }

    /// <summary>True once cancelled (CPython's <c>cancelled()</c>).</summary>
    public bool Cancelled => State is FutureState.Cancelled or FutureState.CancelledAndNotified;

    /// <summary>True while the computation runs (CPython's <c>running()</c>).</summary>
    public bool Running => State == FutureState.Running;

    /// <summary>True once cancelled or finished (CPython's <c>done()</c>).</summary>
    public bool Done => State is FutureState.Cancelled or FutureState.CancelledAndNotified or FutureState.Finished;

    /// <summary>A process-unique number, used for <see cref="ToString"/> and to order lock acquisitions.</summary>
    internal long Id { get; }

    internal IThreadingBackend Backend => _backend;

    /// <summary>The result as an object: the typed result, or the task's exception rethrown as-is.</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <exception cref="CancelledError">The future was cancelled.</exception>
    /// <exception cref="FutureTimeoutError">The future did not complete in time.</exception>
    public abstract object? ResultObject(TimeSpan? timeout = null);

    /// <summary>
    /// Attaches a callback called with this future when it is cancelled or finishes, or at once if it
    /// already has. Callbacks run in the order they were added (CPython's <c>add_done_callback</c>).
    /// </summary>
    public void AddDoneCallback(Action<Future> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var monitor = EnterWatched();
        try
        {
            AssertInvariants();
            if (!IsDone(Volatile.Read(ref _state)))
            {
                switch (_callbacks)
                {
                    case null:
                        _callbacks = callback;
                        break;
                    case List<Action<Future>> list:
                        list.Add(callback);
                        break;
                    default:
                        _callbacks = new List<Action<Future>> { (Action<Future>)_callbacks, callback };
                        break;
                }

                return;
            }
        }
        finally
        {
            monitor.Exit();
        }

        InvokeCallback(callback);
    }

    /// <summary>
    /// CPython's repr: <c>&lt;Future at 0x1f state=finished returned Int32&gt;</c>, with a process-unique
    /// number in place of the object's address.
    /// </summary>
    public override string ToString()
    {
        var state = PublicState(Volatile.Read(ref _state));
        var description = state switch
        {
            FutureState.Pending => "pending",
            FutureState.Running => "running",
            FutureState.Finished => "finished",
            _ => "cancelled",
        };
        if (state != FutureState.Finished)
        {
            return $"<Future at 0x{Id:x} state={description}>";
        }

        return _exception is { } exception
            ? $"<Future at 0x{Id:x} state={description} raised {exception.SourceException.GetType().Name}>"
            : $"<Future at 0x{Id:x} state={description} returned {ResultTypeName()}>";
    }

    /// <summary>Runs the work a pool submitted with this future; see <see cref="Future{T}"/>.</summary>
    internal abstract void RunWork(Action beforeCompletion);

    /// <summary>The type name of the result, for <see cref="ToString"/> (Python's <c>NoneType</c> for null).</summary>
    private protected abstract string ResultTypeName();

    private protected static bool IsDone(int state) =>
        state is (int)FutureState.Cancelled or (int)FutureState.CancelledAndNotified or (int)FutureState.Finished;

    private static FutureState PublicState(int state) => state == Completing ? FutureState.Running : (FutureState)state;

    /// <summary>The monitor, created on first use (a losing racer's monitor is dropped unused).</summary>
    private SyncMonitor Monitor
    {
        get
        {
            var monitor = Volatile.Read(ref _monitor);
            if (monitor is null)
            {
                var created = _backend.CreateMonitor("Future");
                monitor = Interlocked.CompareExchange(ref _monitor, created, null) ?? created;
            }

            return monitor;
        }
    }

    /// <summary>Enters the monitor and marks the future watched, before the caller reads the state.</summary>
    private SyncMonitor EnterWatched()
    {
        var monitor = Monitor;
        monitor.Enter();
        if (_watched == 0)
        {
            SchedulingPoint();
            Interlocked.Exchange(ref _watched, 1);
        }

        return monitor;
    }

    /// <summary>After a state change (made with a full fence): whether anyone may need to hear of it.</summary>
    private bool IsWatched()
    {
        SchedulingPoint();
        return Volatile.Read(ref _watched) != 0;
    }

    /// <summary>Moves from one state to another with a full fence; false if the state was not <paramref name="from"/>.</summary>
    private bool TryTransition(int from, int to)
    {
        SchedulingPoint();
        return Interlocked.CompareExchange(ref _state, to, from) == from;
    }

    private protected static bool IsCancelled(int state) =>
        state is (int)FutureState.Cancelled or (int)FutureState.CancelledAndNotified;

    private protected void SchedulingPoint()
    {
        if (_controlled)
        {
            _backend.SchedulingPoint();
        }
    }

    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        var state = Volatile.Read(ref _state);
        Debug.Assert(state is >= (int)FutureState.Pending and <= Completing, "unknown state");
        Debug.Assert(!_callbacksTaken || IsDone(state), "callbacks are taken only once done");
    }
}
