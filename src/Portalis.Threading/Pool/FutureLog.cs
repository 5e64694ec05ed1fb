namespace Portalis.Threading.Pool;

/// <summary>
/// The sink for <see cref="FutureLogRecord"/>s. Listeners are process-wide (like CPython's
/// <c>logging.getLogger("concurrent.futures")</c>); with none, records go to standard error as
/// CPython's last-resort logging handler prints them: the message, then the exception.
/// </summary>
public static class FutureLog
{
    private static Action<FutureLogRecord>[] s_listeners = [];

    /// <summary>Adds a listener until the returned handle is disposed. Listeners must not throw.</summary>
    /// <param name="listener">Called on the thread that logs, outside every internal lock.</param>
    public static IDisposable AddListener(Action<FutureLogRecord> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        Update(listeners => [.. listeners, listener]);

        return new Subscription(listener);
    }

    internal static void Write(FutureLogRecord record)
    {
        var listeners = Volatile.Read(ref s_listeners);
        if (listeners.Length == 0)
        {
            var error = Console.Error;
            error.WriteLine(record.Message);
            if (record.Exception is { } exception)
            {
                error.WriteLine(exception.ToString());
            }

            return;
        }

        foreach (var listener in listeners)
        {
            listener(record);
        }
    }

    // Copy-on-write with a compare-and-swap loop: logging reads the array without any lock.
    private static void Update(Func<Action<FutureLogRecord>[], Action<FutureLogRecord>[]> change)
    {
        while (true)
        {
            var current = Volatile.Read(ref s_listeners);
            if (Interlocked.CompareExchange(ref s_listeners, change(current), current) == current)
            {
                return;
            }
        }
    }

    private sealed class Subscription(Action<FutureLogRecord> listener) : IDisposable
    {
        private Action<FutureLogRecord>? _listener = listener;

        public void Dispose()
        {
            var listener = Interlocked.Exchange(ref _listener, null);
            if (listener is null)
            {
                return;
            }

            Update(listeners =>
            {
                var index = Array.IndexOf(listeners, listener);
                return index < 0 ? listeners : [.. listeners[..index], .. listeners[(index + 1)..]];
            });
        }
    }
}
