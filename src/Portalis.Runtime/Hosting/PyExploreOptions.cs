using Portalis.Threading.Exploration;

namespace Portalis.Runtime;

/// <summary>Settings of <see cref="PyExplorer.Explore"/> (<c>portalis run --explore N</c>).</summary>
public sealed record class PyExploreOptions
{
    /// <summary>How many schedules to run. Default 20.</summary>
    public int Schedules { get; init; } = 20;

    /// <summary>The seed of the first schedule; schedule <c>i</c> uses <c>Seed + i</c>. Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>
    /// How threads are picked. Default <see cref="SchedulingStrategy.Mixed"/>: even schedules random,
    /// odd ones PCT.
    /// </summary>
    public SchedulingStrategy Strategy { get; init; } = SchedulingStrategy.Mixed;

    /// <summary>
    /// For PCT: the number of steps among which priority-change points are placed. Null adapts it to
    /// the longest schedule seen so far (the report gives the value each PCT schedule used).
    /// </summary>
    public long? PctScheduleLength { get; init; }

    /// <summary>The most scheduling steps one schedule may take. Default 2,000,000.</summary>
    public long MaxSteps { get; init; } = 2_000_000;

    /// <summary>What each schedule reads as stdin (the same text every time). Default empty.</summary>
    public string Stdin { get; init; } = string.Empty;

    /// <summary>The real time one schedule may take before it is reported as a hang. Default 60 s.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Stops the exploration from outside (a host's own time limit): the running schedule is unwound and
    /// reported as a hang, and no further schedule starts, so that nothing of it keeps running. Default: never.
    /// </summary>
    public CancellationToken Cancellation { get; init; }
}
