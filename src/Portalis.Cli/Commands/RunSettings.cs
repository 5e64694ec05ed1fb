using Portalis.Threading.Exploration;

namespace Portalis.Cli.Commands;

/// <summary>The run options beyond CPython's: exploration, replay and tracing.</summary>
/// <param name="Explore"><c>--explore N</c>: the number of schedules, or null.</param>
/// <param name="Seed"><c>--seed S</c>: the first seed with --explore, else the schedule to replay.</param>
/// <param name="Strategy"><c>--strategy</c>, or null for the default.</param>
/// <param name="PctLength"><c>--pct-length L</c>, or null for adaptive.</param>
/// <param name="Trace"><c>--trace FILE</c>, or null.</param>
internal sealed record class RunSettings(int? Explore, long? Seed, SchedulingStrategy? Strategy, long? PctLength, string? Trace)
{
    /// <summary>True when the program runs on the Controlled backend (exploration or replay).</summary>
    public bool IsControlled => Explore is not null || Seed is not null;

    /// <summary>A usage error, or null when the combination is valid.</summary>
    public string? Validate()
    {
        if (Explore is <= 0)
        {
            return "--explore needs a positive number of schedules";
        }

        if (PctLength is <= 0)
        {
            return "--pct-length must be positive";
        }

        if (!IsControlled && (Strategy is not null || PctLength is not null))
        {
            return "--strategy and --pct-length need --explore or --seed";
        }

        if (Explore is null && Seed is not null && Strategy == SchedulingStrategy.Mixed)
        {
            return "a replay (--seed without --explore) needs --strategy random or pct";
        }

        if (IsControlled && Trace is not null)
        {
            return "--trace records a native run; it cannot be combined with --explore or --seed";
        }

        return null;
    }
}
