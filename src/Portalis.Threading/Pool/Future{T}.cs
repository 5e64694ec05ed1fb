namespace Portalis.Threading.Pool;

/// <summary>
/// A future with a typed result: what <see cref="WorkerPool.Submit{T}(Func{T})"/> returns, and a
/// standalone value that user code completes with <see cref="SetResult"/> or
/// <see cref="Future.SetException"/> (Python's <c>concurrent.futures.Future()</c>).
/// </summary>
/// <typeparam name="T">The result type; Python code uses <see cref="object"/>.</typeparam>
public sealed class Future<T> : Future
{
    private T _result = default!;
    private Func<T>? _work;

    /// <summary>Creates a pending future on the calling thread's backend (<see cref="ThreadingBackend.Current"/>).</summary>
    public Future()
        : this(ThreadingBackend.Current)
    {
    }

    /// <summary>Creates a pending future that blocks and wakes through <paramref name="backend"/>.</summary>
    public Future(IThreadingBackend backend)
        : base(backend ?? throw new ArgumentNullException(nameof(backend)))
    {
    }

    internal Future(IThreadingBackend backend, Func<T> work)
        : base(backend)
    {
        _work = work;
    }

    /// <summary>
    /// The result of the computation, waiting for it if needed (CPython's <c>result()</c>). If the
    /// computation threw, that exception is rethrown as-is: same object, original stack trace
    /// preserved and the rethrow point appended (<see cref="System.Runtime.ExceptionServices.ExceptionDispatchInfo"/>).
    /// </summary>
    /// <param name="timeout">How long to wait; null or <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <exception cref="CancelledError">The future was cancelled.</exception>
    /// <exception cref="FutureTimeoutError">The future did not finish in time.</exception>
    public T Result(TimeSpan? timeout = null)
    {
        WaitFinished(timeout);
        ThrowIfFaulted();
        return _result;
    }

    /// <inheritdoc/>
    public override object? ResultObject(TimeSpan? timeout = null) => Result(timeout);

    /// <summary>
    /// Attaches a typed done callback; see <see cref="Future.AddDoneCallback(Action{Future})"/>.
    /// </summary>
    public void AddDoneCallback(Action<Future<T>> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        base.AddDoneCallback(future => callback((Future<T>)future));
    }

    /// <summary>Completes the future with a result (CPython's <c>set_result</c>).</summary>
    /// <exception cref="InvalidStateError">The future is already cancelled or finished.</exception>
    public void SetResult(T value)
    {
        if (!TrySetResult(value))
        {
            throw InvalidState();
        }
    }

    /// <summary>Completes the future with a result unless it is already cancelled or finished.</summary>
    /// <returns>True if this call completed the future.</returns>
    internal bool TrySetResult(T value)
    {
        if (!TryBeginCompletion())
        {
            return false;
        }

        _result = value;
        EndCompletion(isException: false);
        return true;
    }

    /// <summary>
    /// Runs the submitted work as CPython's <c>_WorkItem.run</c> does: skipped if cancelled, otherwise
    /// marked running, and its result or exception stored. Never throws for the task's own exception.
    /// </summary>
    /// <param name="beforeCompletion">Called once the work has run (or was skipped), just before the
    /// future completes and wakes its waiters.</param>
    internal override void RunWork(Action beforeCompletion)
    {
        if (!SetRunningOrNotifyCancel())
        {
            _work = null;
            beforeCompletion();
            return;
        }

        var work = _work!;
        _work = null;
        T value;
        try
        {
            value = work();
        }
#pragma warning disable CA1031 // The task's exception belongs to the future, to be rethrown where it is awaited.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            beforeCompletion();
            TrySetException(ex);
            return;
        }

        beforeCompletion();
        TrySetResult(value);
    }

    private protected override string ResultTypeName() => _result is null ? "NoneType" : _result.GetType().Name;
}
