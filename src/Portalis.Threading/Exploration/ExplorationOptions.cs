namespace Portalis.Threading.Exploration;

/// <summary>Settings of <see cref="Explorer.Explore"/>.</summary>
public sealed record class ExplorationOptions
{
    /// <summary>How many schedules to run. Default 1,000.</summary>
    public int Iterations { get; init; } = 1000;

    /// <summary>How to pick threads. Default <see cref="SchedulingStrategy.Mixed"/>.</summary>
    public SchedulingStrategy Strategy { get; init; } = SchedulingStrategy.Mixed;

    /// <summary>
    /// The seed of the first iteration; iteration <c>i</c> uses <c>Seed + i</c>. A fixed default
    /// keeps tests deterministic; vary it to look at other schedules.
    /// </summary>
    public long Seed { get; init; }

    /// <summary>The most scheduling steps one run may take before it fails as <see cref="FailureKind.StepLimit"/>. Default 100,000.</summary>
    public long MaxSteps { get; init; } = 100_000;

    /// <summary>The bug depth PCT aims at: it places <c>PctDepth - 1</c> priority-change points. Default 3.</summary>
    public int PctDepth { get; init; } = 3;

    /// <summary>
    /// The number of steps among which PCT places its change points. Null (the default) adapts it
    /// to the longest run seen so far; failures report the value they used so that replay matches.
    /// </summary>
    public long? PctScheduleLength { get; init; }

    /// <summary>
    /// Whether the scheduler may wake a monitor waiter without a pulse, as the
    /// <see cref="SyncMonitor.Wait"/> contract allows. Default true.
    /// </summary>
    public bool SpuriousWakeups { get; init; } = true;

    /// <summary>
    /// Whether an exception that ends a thread other than the body's own fails the run. Default
    /// true; turn it off to test code that observes <see cref="LogicalThread.Fault"/>.
    /// </summary>
    public bool FailOnThreadFault { get; init; } = true;

    /// <summary>Whether to stop at the first failing schedule. Default true.</summary>
    public bool StopOnFirstFailure { get; init; } = true;

    /// <summary>The real time one run may take before it fails as <see cref="FailureKind.Hang"/>. Default 30 s.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Stops the exploration from outside (a test harness's own time limit): the running schedule is
    /// unwound as after a <see cref="RunTimeout"/> and reported as <see cref="FailureKind.Hang"/>, and no
    /// further schedule starts. Default: never.
    /// </summary>
    public CancellationToken Cancellation { get; init; }
}
