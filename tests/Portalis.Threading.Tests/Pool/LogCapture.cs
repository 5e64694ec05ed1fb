using System.Collections.Concurrent;
using Portalis.Threading.Pool;

namespace Portalis.Threading.Tests.Pool;

/// <summary>Collects <see cref="FutureLog"/> records while alive (records of parallel tests included: filter them).</summary>
internal sealed class LogCapture : IDisposable
{
    private readonly ConcurrentQueue<FutureLogRecord> _records = new();
    private readonly IDisposable _subscription;

    public LogCapture()
    {
        _subscription = FutureLog.AddListener(_records.Enqueue);
    }

    public IReadOnlyCollection<FutureLogRecord> Records => _records;

    public void Dispose() => _subscription.Dispose();
}
