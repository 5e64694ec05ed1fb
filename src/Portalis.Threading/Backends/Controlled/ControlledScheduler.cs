using Portalis.Threading.Backends.Native;
using Portalis.Threading.Exploration;

namespace Portalis.Threading.Backends.Controlled;

/// <summary>
/// One controlled run: the backend its logical threads see. Exactly one logical thread runs at a
/// time; it holds the baton (its <see cref="ControlledThread.Baton"/> was released) and only it
/// reads or writes the scheduler's state, so that state needs no locks. The baton moves only at
/// scheduling points, where the strategy picks the next thread among the enabled ones.
/// </summary>
/// <remarks>
/// Determinism: given the seed, the strategy and the options, the schedule is a pure function of
/// the body's behaviour, as long as the body uses only this backend's primitives and clock
/// (no BCL locks, no real time, no thread-pool work, no reads of mutable global state).
/// </remarks>
internal sealed partial class ControlledScheduler : IThreadingBackend
{
    /// <summary>Virtual time starts at one day so that subtracting small spans never goes negative.</summary>
    private const long StartTime = TimeSpan.TicksPerDay;

    /// <summary>At a decision with spurious wake-ups left, one chance in this many to offer them.</summary>
    private const int SpuriousOdds = 8;

    /// <summary>The most spurious wake-ups one run injects, so that retry loops still terminate.</summary>
    private const int SpuriousBudget = 2;

    /// <summary>
    /// How many scheduling points in a row a thread may pass without blocking or being switched out before
    /// the scheduler treats it as yielding: CPython's GIL hands over every switch interval
    /// (<c>sys.getswitchinterval()</c>, 5 ms), so a thread that spins on shared state
    /// (<c>while not flag: pass</c>) lets the others run. Without it PCT would let a top-priority spinner
    /// starve the thread it waits for.
    /// </summary>
    private const int SwitchInterval = 64;

    /// <summary>Python loop back-edges between two scheduling points of a looping thread (<see cref="LoopBackEdge"/>).</summary>
    private const int BackEdgeInterval = 16;

    /// <summary>The longest a timed-out or cancelled run waits for its threads to unwind before giving up on them.</summary>
    private static readonly TimeSpan s_abortGrace = TimeSpan.FromSeconds(2);

    private static readonly Action<object?> s_runThread = RunThread;
    private static readonly Action<object?> s_handOver = HandOver;

    private readonly List<ControlledThread> _threads = [];
    private readonly List<ControlledThread> _candidates = [];
    private readonly ManualResetEventSlim _done = new(false);
    private readonly ScheduleTrace _trace = new();
    private readonly ScheduleRandom _random;
    private readonly IScheduleStrategy _strategy;
    private readonly ExplorationOptions _options;
    private long _now = StartTime;
    private long _steps;
    private int _spuriousLeft;
    private int _nextMonitorId;
    private bool _aborting;
    private ControlledThread? _root;

    public ControlledScheduler(long seed, SchedulingStrategy strategy, long pctScheduleLength, ExplorationOptions options)
    {
        _options = options;
        _random = new ScheduleRandom(seed);
        _strategy = strategy == SchedulingStrategy.Pct
            ? new PctStrategy(_random, options.PctDepth, pctScheduleLength)
            : new RandomStrategy(_random);
        _spuriousLeft = options.SpuriousWakeups ? SpuriousBudget : 0;
    }

    public string Name => "controlled";

    public bool IsControlled => true;

    public LogicalThread CurrentThread => CurrentOrThrow();

    public long Steps => _steps;

    public FailureKind? FailureKind { get; private set; }

    public string? FailureReport { get; private set; }

    public Exception? FailureException { get; private set; }

    /// <summary>Runs <paramref name="body"/> as the main logical thread until every thread has ended.</summary>
    /// <returns>False if the run did not end within the run timeout.</returns>
    public bool Run(Action body)
    {
        // Loop back-edges are scheduling points only while some run is in progress (until its last thread has unwound).
        ControlledRun.RunStarted();
        try
        {
            return RunToEnd(body);
        }
        finally
        {
            ControlledRun.RunEnded();
        }
    }

    private bool RunToEnd(Action body)
    {
        _root = CreateThread(body, "MainThread", isDaemon: false);
        OsThreadPool.Run(s_runThread, s_handOver, _root);
        _root.Baton.Release();
        var cancelled = false;
        try
        {
            if (_done.Wait(_options.RunTimeout, _options.Cancellation))
            {
                (FailureReport, FailureException) = FinalFailure();
                return true;
            }
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        FailureKind ??= Exploration.FailureKind.Hang;
        FailureReport ??= cancelled
            ? "the run was cancelled before it ended"
            : $"the run did not end within {_options.RunTimeout}: a thread blocked outside the backend or looped without a scheduling point";

        // Unwind what is left of the run, so that its threads do not go on running the body (and
        // touching state a later run owns) after this method has returned: the thread holding the
        // baton throws ScheduleAbortedException at its next scheduling point and passes the baton
        // on, as at the end of a failed run. A thread blocked outside the backend cannot be reached;
        // it unwinds when (if ever) it comes back.
        Volatile.Write(ref _aborting, true);
        _done.Wait(_options.RunTimeout < s_abortGrace ? _options.RunTimeout : s_abortGrace);
        return false;
    }

    public LogicalThread StartThread(Action body, ThreadStartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var me = CurrentOrThrow();
        ThrowIfAborting();

        // CPython names threads Thread-1, Thread-2, ... in creation order (threading._newname).
        var thread = CreateThread(body, options?.Name ?? $"Thread-{_threads.Count}", options?.IsDaemon ?? false);
        OsThreadPool.Run(s_runThread, s_handOver, thread);
        Reschedule(me, TraceOp.Start, thread);
        return thread;
    }

    public SyncMonitor CreateMonitor(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new ControlledMonitor(this, owner, ++_nextMonitorId);
    }

    public void SchedulingPoint() => Reschedule(CurrentOrThrow(), TraceOp.Point, subject: null);

    /// <summary>
    /// A loop of the running program went round once (<see cref="ControlledRun.LoopBackEdge"/>): every
    /// <see cref="BackEdgeInterval"/> back-edges of a thread are a scheduling point, so that a loop that
    /// reaches no primitive (a spin on a plain variable) can still be preempted. Counted per logical
    /// thread, so a seed still replays its schedule exactly.
    /// </summary>
    public void LoopBackEdge()
    {
        var me = ControlledThread.Current;
        if (me is not null && me.Scheduler == this && ++me.BackEdges >= BackEdgeInterval)
        {
            me.BackEdges = 0;
            Reschedule(me, TraceOp.Point, subject: null);
        }
    }

    public void Yield()
    {
        var me = CurrentOrThrow();
        ThrowIfAborting();
        _strategy.OnYield(me);
        Reschedule(me, TraceOp.Yield, subject: null);
    }

    public void Sleep(TimeSpan duration)
    {
        var me = CurrentOrThrow();
        if (duration <= TimeSpan.Zero && duration != Timeout.InfiniteTimeSpan)
        {
            // time.sleep(0) is CPython's way to yield.
            Yield();
            return;
        }

        me.Block = BlockKind.Sleep;
        me.Deadline = DeadlineAfter(duration);
        Reschedule(me, TraceOp.Sleep, subject: null);
        me.Block = BlockKind.None;
        me.Deadline = long.MaxValue;
    }

    public long GetTimestamp() => _now;

    public bool Join(ControlledThread target, TimeSpan timeout)
    {
        var me = ControlledThread.Current;
        if (me is null || me.Scheduler != this)
        {
            return target.Finished
                ? true
                : throw new InvalidOperationException("a controlled thread can only be joined by a thread of its own run");
        }

        if (target == me)
        {
            throw new InvalidOperationException($"thread {me} cannot join itself");
        }

        me.Block = BlockKind.Join;
        me.JoinTarget = target;
        me.Deadline = DeadlineAfter(timeout);
        Reschedule(me, TraceOp.Join, target);
        me.Block = BlockKind.None;
        me.JoinTarget = null;
        me.Deadline = long.MaxValue;
        return target.Finished;
    }

    private ControlledThread CreateThread(Action body, string name, bool isDaemon)
    {
        var thread = new ControlledThread(this, _threads.Count + 1, name, isDaemon, body);
        _threads.Add(thread);
        _strategy.OnThreadCreated(thread);
        return thread;
    }

    private ControlledThread CurrentOrThrow()
    {
        var me = ControlledThread.Current;
        return me is not null && me.Scheduler == this
            ? me
            : throw new InvalidOperationException("the Controlled backend was used from a thread that is not part of its run");
    }

    private void ThrowIfAborting()
    {
        // Volatile: a timed-out Run sets the flag from outside the run.
        if (Volatile.Read(ref _aborting))
        {
            throw new ScheduleAbortedException();
        }
    }

    private long DeadlineAfter(TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return long.MaxValue;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        return timeout.Ticks >= long.MaxValue - _now ? long.MaxValue - 1 : _now + timeout.Ticks;
    }

    private static void RunThread(object? state)
    {
        var thread = (ControlledThread)state!;
        var previous = ThreadingBackend.SetCurrent(thread.Scheduler);
        ControlledThread.Current = thread;
        try
        {
            thread.Baton.Wait();
            thread.Scheduler.RunBody(thread);
        }
        finally
        {
            ControlledThread.Current = null;
            ThreadingBackend.SetCurrent(previous);
        }
    }

    private void RunBody(ControlledThread thread)
    {
        if (!_aborting)
        {
            thread.Started = true;
            try
            {
                thread.Body();
            }
#pragma warning disable CA1031 // A logical thread's exception is captured, reported, and fails the run.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (!_aborting)
                {
                    thread.FaultException = ex;
                    if (thread == _root || _options.FailOnThreadFault)
                    {
                        Fail(Exploration.FailureKind.UnhandledException, $"thread {thread} raised {ex.GetType().FullName}: {ex.Message}", ex);
                    }
                }
            }
        }

        ThreadEnded(thread);
    }
}
