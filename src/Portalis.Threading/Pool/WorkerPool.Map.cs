namespace Portalis.Threading.Pool;

// CPython's Executor.map (Lib/concurrent/futures/_base.py) over Submit.
public sealed partial class WorkerPool
{
    /// <summary>
    /// CPython's <c>Executor.map</c>: submits <paramref name="function"/> for every item at once, then
    /// yields the results in item order, rethrowing a task's exception as-is when its turn comes.
    /// When the enumeration stops early (an exception, a timeout, or disposal), the futures not yet
    /// yielded are cancelled.
    /// </summary>
    /// <param name="function">The function to apply.</param>
    /// <param name="items">The arguments, enumerated eagerly.</param>
    /// <param name="timeout">The time allowed for the whole enumeration, counted from this call; null waits forever.</param>
    /// <exception cref="FutureTimeoutError">Thrown by the enumerator when a result is not ready in time.</exception>
    public IEnumerable<TResult> Map<TSource, TResult>(Func<TSource, TResult> function, IEnumerable<TSource> items, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(items);
        var deadline = Deadline.Start(_backend, timeout);
        var futures = new List<Future<TResult>>();
        foreach (var item in items)
        {
            futures.Add(Submit(() => function(item)));
        }

        return MapResults(futures, deadline);
    }

    private IEnumerable<TResult> MapResults<TResult>(List<Future<TResult>> futures, Deadline deadline)
    {
        var next = 0;
        try
        {
            while (next < futures.Count)
            {
                // CPython's _result_or_cancel: wait for the result, then cancel (a no-op unless it failed).
                var future = futures[next++];
                TResult value;
                try
                {
                    value = future.Result(deadline.IsInfinite ? null : deadline.Remaining(_backend));
                }
                finally
                {
                    future.Cancel();
                }

                yield return value;
            }
        }
        finally
        {
            for (; next < futures.Count; next++)
            {
                futures[next].Cancel();
            }
        }
    }
}
