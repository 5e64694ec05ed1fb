using System.Globalization;

namespace Portalis.Threading.Exploration;

/// <summary>One failing schedule, with what is needed to replay it.</summary>
public sealed class ExplorationFailure
{
    internal ExplorationFailure(FailureKind kind, string report, Exception? exception)
    {
        Kind = kind;
        Report = report;
        Exception = exception;
    }

    /// <summary>Why the run failed.</summary>
    public FailureKind Kind { get; }

    /// <summary>The seed of the failing run; replay it with <see cref="Explorer.Replay(Action, ExplorationFailure)"/>.</summary>
    public long Seed { get; internal set; }

    /// <summary>The strategy of the failing run (never <see cref="SchedulingStrategy.Mixed"/>).</summary>
    public SchedulingStrategy Strategy { get; internal set; }

    /// <summary>The PCT schedule length the run used (0 for <see cref="SchedulingStrategy.Random"/>).</summary>
    public long PctScheduleLength { get; internal set; }

    /// <summary>The zero-based iteration of the exploration that failed.</summary>
    public int Iteration { get; internal set; }

    /// <summary>The scheduling steps the run took.</summary>
    public long Steps { get; internal set; }

    /// <summary>
    /// What happened (for a deadlock, who waits on what; for an exception, which thread threw),
    /// followed by the last scheduling steps: which thread reached which operation, in order.
    /// </summary>
    public string Report { get; }

    /// <summary>The exception that failed the run, if any (for a deadlock, a <see cref="Errors.DeadlockError"/>).</summary>
    public Exception? Exception { get; }

    /// <summary>The options that replay exactly this run.</summary>
    public ExplorationOptions ReplayOptions(ExplorationOptions? baseOptions = null) => (baseOptions ?? new ExplorationOptions()) with
    {
        Iterations = 1,
        Seed = Seed,
        Strategy = Strategy,
        PctScheduleLength = Strategy == SchedulingStrategy.Pct ? PctScheduleLength : baseOptions?.PctScheduleLength,
    };

    /// <summary>The kind, the seed, how to replay, the report and the exception.</summary>
    public override string ToString()
    {
        var replay = Strategy == SchedulingStrategy.Pct
            ? string.Create(CultureInfo.InvariantCulture, $"Explorer.Replay(body, seed: {Seed}, SchedulingStrategy.Pct, options with {{ PctScheduleLength = {PctScheduleLength} }})")
            : string.Create(CultureInfo.InvariantCulture, $"Explorer.Replay(body, seed: {Seed}, SchedulingStrategy.{Strategy})");
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Kind} in schedule {Iteration} (seed {Seed}, strategy {Strategy}, {Steps} steps); replay with {replay}\n{Report}");
        return Exception is null || Kind == FailureKind.Deadlock ? text : $"{text}\n{Exception}";
    }
}
