namespace Portalis.Threading.Tests.Exploring;

// Small primitives built only on SyncMonitor, some deliberately broken, to prove that the
// explorer finds the bugs (and passes the correct versions). They are test fixtures, not the
// library's primitives (those live in Sync/).

/// <summary>A counting semaphore; when <c>broken</c>, Release pulses only on the 0 -> 1 transition (a lost wake-up).</summary>
internal sealed class TestSemaphore(int permits, bool broken)
{
    private readonly SyncMonitor _monitor = ThreadingBackend.Current.CreateMonitor("TestSemaphore");
    private int _permits = permits;

    public void Acquire()
    {
        using var scope = _monitor.Lock();
        while (_permits == 0)
        {
            _monitor.Wait(Timeout.InfiniteTimeSpan);
        }

        _permits--;
    }

    public void Release()
    {
        using var scope = _monitor.Lock();
        _permits++;

        // The broken version assumes nobody can be waiting while permits are available, which is
        // false when two releases come before the first woken waiter runs: the permit is there,
        // but the second waiter sleeps forever.
        if (!broken || _permits == 1)
        {
            _monitor.Pulse();
        }
    }
}

/// <summary>A manual-reset event; when <c>broken</c>, a Set with nobody waiting is forgotten.</summary>
internal sealed class TestEvent(bool broken)
{
    private readonly SyncMonitor _monitor = ThreadingBackend.Current.CreateMonitor("TestEvent");
    private bool _set;
    private int _waiters;

    public void Set()
    {
        using var scope = _monitor.Lock();
        if (broken)
        {
            if (_waiters > 0)
            {
                _monitor.PulseAll();
            }

            return;
        }

        _set = true;
        _monitor.PulseAll();
    }

    public void Wait()
    {
        using var scope = _monitor.Lock();
        if (broken)
        {
            _waiters++;
            _monitor.Wait(Timeout.InfiniteTimeSpan);
            _waiters--;
            return;
        }

        while (!_set)
        {
            _monitor.Wait(Timeout.InfiniteTimeSpan);
        }
    }
}

/// <summary>A counter whose increment is a read and a write with a scheduling point between.</summary>
internal sealed class RacyCounter
{
    private readonly IThreadingBackend _backend = ThreadingBackend.Current;
    private readonly SyncMonitor? _monitor;

    public RacyCounter(bool guarded)
    {
        _monitor = guarded ? _backend.CreateMonitor("RacyCounter") : null;
    }

    public int Value { get; private set; }

    public void Increment()
    {
        _monitor?.Enter();
        var value = Value;
        _backend.SchedulingPoint();
        Value = value + 1;
        _monitor?.Exit();
    }
}
