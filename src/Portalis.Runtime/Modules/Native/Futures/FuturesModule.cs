using Portalis.Threading.Pool;

namespace Portalis.Runtime;

/// <summary>
/// <c>_futures</c>, the native half of <c>concurrent.futures</c>: the <c>Future</c> type, <c>wait</c> and
/// <c>as_completed</c> over Portalis.Threading's <see cref="Futures"/>, and the thread pool behind
/// <c>ThreadPoolExecutor</c>. The Python half (Lib/concurrent/futures/) defines the exception classes,
/// <c>Executor</c> and <c>ThreadPoolExecutor</c> as CPython does and registers the classes here.
/// </summary>
[PyNativeModule("_futures")]
public static class FuturesModule
{
    /// <summary>The <c>concurrent.futures.Future</c> class object.</summary>
    public static PyType FutureClass { get; } = CreateFutureClass();

    /// <summary><c>_set_error_types(CancelledError, InvalidStateError)</c>: the classes of _base.py the native code raises.</summary>
    [PyExport("_set_error_types")]
    public static void SetErrorTypes(object? cancelled, object? invalidState)
    {
        FutureErrors.SetTypes(cancelled, invalidState);
        FutureLogging.Listen();
    }

    /// <summary><c>_set_broken_type(BrokenThreadPool)</c>: the class of thread.py the native pool raises.</summary>
    [PyExport("_set_broken_type")]
    public static void SetBrokenType(object? brokenThreadPool) => FutureErrors.SetBrokenThreadPoolType(brokenThreadPool);

    /// <summary><c>WorkerPool(max_workers, thread_name_prefix, initializer, initargs)</c>: the engine of a ThreadPoolExecutor.</summary>
    [PyExport("WorkerPool")]
    public static PyWorkerPool WorkerPool(long max_workers, string thread_name_prefix, object? initializer, object? initargs) =>
        new(checked((int)max_workers), thread_name_prefix, initializer, initargs);

    /// <summary>
    /// <c>wait(fs, timeout, return_when)</c> with <paramref name="return_when"/> one of
    /// <c>FIRST_COMPLETED</c>, <c>FIRST_EXCEPTION</c>, <c>ALL_COMPLETED</c>: the pair of sets <c>(done, not_done)</c>.
    /// </summary>
    [PyExport("wait")]
    public static PyTuple Wait(object? fs, object? timeout, string return_when)
    {
        var mode = return_when switch
        {
            "FIRST_COMPLETED" => WaitMode.FirstCompleted,
            "FIRST_EXCEPTION" => WaitMode.FirstException,
            _ => WaitMode.AllCompleted,
        };
        var byInner = Collect(fs);
        var result = Futures.Wait(byInner.Keys, mode, FutureErrors.Timeout(timeout));
        return new PyTuple(ToSet(result.Done, byInner), ToSet(result.NotDone, byInner));
    }

    /// <summary>
    /// <c>as_completed(fs, timeout)</c>: an iterator over the futures as they complete; TimeoutError
    /// <c>"N (of M) futures unfinished"</c> when the time is up.
    /// </summary>
    [PyExport("as_completed")]
    public static PyIterator AsCompleted(object? fs, object? timeout)
    {
        var byInner = Collect(fs);
        var completed = Futures.AsCompleted(byInner.Keys, FutureErrors.Timeout(timeout));
        return new PyIterator(Yield(completed, byInner));
    }

    [PyModuleInit]
    private static void Init(PyModule module) => module.Set("Future", FutureClass);

    private static PyType CreateFutureClass()
    {
        var type = PyType.RegisterNative(typeof(PyFuture), "Future", "concurrent.futures._base", static (args, kwnames) =>
        {
            if (args.Length != 0 || kwnames is { Length: > 0 })
            {
                throw new PyTypeError($"Future.__init__() takes 1 positional argument but {args.Length + 1} were given");
            }

            return new PyFuture();
        });

        // Future.__class_getitem__ = classmethod(GenericAlias): Future[int] in annotations.
        type.DefineAttribute("__class_getitem__", new PyBuiltinFunction("__class_getitem__", (args, _) =>
            args.Length == 1
                ? new PyGenericAlias(type, args[0] as PyTuple ?? new PyTuple([args[0]]))
                : throw new PyTypeError($"__class_getitem__() takes exactly one argument ({args.Length} given)")));
        return type;
    }

    private static Dictionary<Future, PyFuture> Collect(object? fs)
    {
        var byInner = new Dictionary<Future, PyFuture>();
        foreach (var item in PyOps.Iterate(fs))
        {
            if (item is not PyFuture future)
            {
                throw new PyTypeError($"expected a concurrent.futures.Future, got '{PyOps.TypeName(item)}'");
            }

            byInner.TryAdd(future.Inner, future);
        }

        return byInner;
    }

    private static PySet ToSet(IEnumerable<Future> futures, Dictionary<Future, PyFuture> byInner)
    {
        var set = new PySet();
        foreach (var future in futures)
        {
            set.Add(byInner[future]);
        }

        return set;
    }

    private static IEnumerator<object?> Yield(IEnumerable<Future> completed, Dictionary<Future, PyFuture> byInner)
    {
        using var enumerator = completed.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (FutureTimeoutError timeout)
            {
                throw new PyTimeoutError(timeout.Message);
            }

            yield return byInner[enumerator.Current];
        }
    }
}
