namespace Portalis.Threading.Pool;

/// <summary>
/// What <see cref="Futures.Wait"/> and <see cref="Futures.AsCompleted(IEnumerable{Future}, TimeSpan?)"/>
/// block on: CPython's <c>_Waiter</c> and its subclasses in Lib/concurrent/futures/_base.py. Futures
/// call the <c>Add*</c> methods while holding their own lock, so a waiter never takes a future's lock
/// while holding its own.
/// </summary>
internal abstract class FutureWaiter
{
    private readonly IThreadingBackend _backend;
    private readonly SyncMonitor _monitor;
    private List<Future> _finished = [];
    private bool _signalled;

    protected FutureWaiter(IThreadingBackend backend)
    {
        _backend = backend;
        _monitor = backend.CreateMonitor("FutureWaiter");
    }

    public void AddResult(Future future) => Add(future, isException: false);

    public void AddException(Future future) => Add(future, isException: true);

    public void AddCancelled(Future future) => Add(future, isException: false);

    /// <summary>Blocks until signalled or the deadline passes (CPython's <c>waiter.event.wait</c>).</summary>
    public void Wait(Deadline deadline)
    {
        _monitor.Enter();
        try
        {
            while (!_signalled)
            {
                var remaining = deadline.Remaining(_backend);
                if (remaining == TimeSpan.Zero)
                {
                    return;
                }

                _monitor.Wait(remaining);
            }
        }
        finally
        {
            _monitor.Exit();
        }
    }

    /// <summary>Takes the futures reported so far and clears the signal (as_completed's step).</summary>
    public List<Future> TakeFinished()
    {
        _monitor.Enter();
        try
        {
            var finished = _finished;
            _finished = [];
            _signalled = false;
            return finished;
        }
        finally
        {
            _monitor.Exit();
        }
    }

    /// <summary>Decides, with the waiter's lock held, whether this report ends the wait.</summary>
    protected abstract bool ShouldSignal(bool isException);

    /// <summary>Ends the wait; the caller holds the waiter's lock.</summary>
    protected void SignalLocked()
    {
        _signalled = true;
        _monitor.PulseAll();
    }

    /// <summary>Runs <paramref name="action"/> under the waiter's lock.</summary>
    protected void Locked(Action<FutureWaiter> action)
    {
        _monitor.Enter();
        try
        {
            action(this);
        }
        finally
        {
            _monitor.Exit();
        }
    }

    private void Add(Future future, bool isException)
    {
        _monitor.Enter();
        try
        {
            _finished.Add(future);
            if (ShouldSignal(isException))
            {
                SignalLocked();
            }
        }
        finally
        {
            _monitor.Exit();
        }
    }
}

/// <summary>Signals at every report: CPython's <c>_AsCompletedWaiter</c> and <c>_FirstCompletedWaiter</c>.</summary>
internal sealed class AnyCompletedWaiter(IThreadingBackend backend) : FutureWaiter(backend)
{
    protected override bool ShouldSignal(bool isException) => true;
}

/// <summary>
/// Signals when every installed future has reported, or at the first exception when
/// <c>stopOnException</c>: CPython's <c>_AllCompletedWaiter</c>.
/// </summary>
internal sealed class AllCompletedWaiter(IThreadingBackend backend, bool stopOnException) : FutureWaiter(backend)
{
    // Starts at one: the installing thread holds a guard count until every future is installed, so
    // that futures completing during installation cannot signal early.
    private int _pending = 1;

    /// <summary>Counts one more future, before the waiter is installed on it (so its report cannot come first).</summary>
    public void AddPending() => Locked(static waiter => ((AllCompletedWaiter)waiter)._pending++);

    /// <summary>
    /// Drops one count: for a future the waiter turned out not to be installed on, and finally for the
    /// installer's guard; signals if everything has already reported.
    /// </summary>
    public void Release() => Locked(static waiter => ((AllCompletedWaiter)waiter).Decrement());

    protected override bool ShouldSignal(bool isException)
    {
        if (isException && stopOnException)
        {
            return true;
        }

        return --_pending == 0;
    }

    private void Decrement()
    {
        if (--_pending == 0)
        {
            SignalLocked();
        }
    }
}
