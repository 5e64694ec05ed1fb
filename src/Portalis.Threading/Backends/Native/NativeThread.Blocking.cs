using Portalis.Threading.Errors;

namespace Portalis.Threading.Backends.Native;

/// <summary>What a participant thread is blocked on with no timeout, for the deadlock watchdog.</summary>
internal enum BlockKind
{
    None,
    MonitorEnter,
    MonitorWait,
    Join,
}

/// <summary>
/// The state the deadlock watchdog reads. The blocked thread writes it; the watchdog reads it
/// racily and trusts it only when <see cref="NativeDeadlockDetector"/>'s epoch did not move.
/// </summary>
internal sealed partial class NativeThread
{
    private volatile BlockKind _blockKind;
    private DeadlockError? _pendingDeadlock;
    private volatile AnnotationRequest? _annotation;

    /// <summary>Started threads while they run, and registered roots.</summary>
    public bool IsParticipant { get; set; }

    /// <summary>How many times the thread registered itself as a root and has not unregistered.</summary>
    public int RootDepth { get; set; }

    public NativeThread? PreviousParticipant { get; set; }

    public NativeThread? NextParticipant { get; set; }

    public BlockKind BlockedKind => _blockKind;

    public NativeMonitor? BlockMonitor { get; private set; }

    public NativeThread? BlockTarget { get; private set; }

    /// <summary>For <see cref="BlockKind.MonitorWait"/>: the monitor's pulse count when the wait began.</summary>
    public long PulseSnapshot { get; private set; }

    /// <summary>True while the thread's body runs (always true for adopted threads, which the watchdog never sees ending).</summary>
    public bool IsRunning => _alive;

    /// <summary>True for threads started by the backend, false for adopted ones.</summary>
    public bool IsStarted => _ended is not null;

    public void BeginBlock(BlockKind kind, NativeMonitor? monitor, NativeThread? target, long pulses)
    {
        BlockMonitor = monitor;
        BlockTarget = target;
        PulseSnapshot = pulses;
        _blockKind = kind;
        NativeDeadlockDetector.OnProgress();
    }

    public void EndBlock()
    {
        _blockKind = BlockKind.None;
        BlockMonitor = null;
        BlockTarget = null;
        Volatile.Write(ref _pendingDeadlock, null);
        NativeDeadlockDetector.OnProgress();
    }

    /// <summary>Called by the watchdog: the thread raises <paramref name="error"/> at its next wait slice.</summary>
    public void RequestDeadlockError(DeadlockError error) => Volatile.Write(ref _pendingDeadlock, error);

    public DeadlockError? TakeDeadlockError() => Interlocked.Exchange(ref _pendingDeadlock, null);

    public void ThrowIfDeadlocked()
    {
        if (_annotation is { } request)
        {
            // Asked by the watchdog: describe this thread from its own stack (the annotator reads the
            // calling thread's frames), then go on waiting.
            _annotation = null;
            request.Complete(DeadlockReport.Annotate(this));
        }

        if (TakeDeadlockError() is { } error)
        {
            throw error;
        }
    }

    /// <summary>
    /// Called by the watchdog on a confirmed deadlock: the thread runs <see cref="DeadlockReport.ThreadAnnotator"/>
    /// on itself at its next wait slice, so that the hook sees the blocked thread's own stack.
    /// </summary>
    public AnnotationRequest RequestAnnotation()
    {
        var request = new AnnotationRequest();
        _annotation = request;
        return request;
    }

    /// <summary>An annotation the watchdog asked a blocked thread for.</summary>
    internal sealed class AnnotationRequest
    {
        private readonly ManualResetEventSlim _done = new(false);
        private string? _text;

        public void Complete(string? text)
        {
            _text = text;
            _done.Set();
        }

        /// <summary>The annotation, or null when the thread did not answer within <paramref name="timeout"/>.</summary>
        public string? Wait(TimeSpan timeout) => _done.Wait(timeout) ? _text : null;
    }
}
