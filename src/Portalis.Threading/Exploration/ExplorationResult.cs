namespace Portalis.Threading.Exploration;

/// <summary>What <see cref="Explorer.Explore"/> found.</summary>
public sealed class ExplorationResult
{
    internal ExplorationResult(int iterations, IReadOnlyList<ExplorationFailure> failures, long totalSteps, TimeSpan elapsed)
    {
        Iterations = iterations;
        Failures = failures;
        TotalSteps = totalSteps;
        Elapsed = elapsed;
    }

    /// <summary>How many schedules ran.</summary>
    public int Iterations { get; }

    /// <summary>The failing schedules (at most one when <see cref="ExplorationOptions.StopOnFirstFailure"/>).</summary>
    public IReadOnlyList<ExplorationFailure> Failures { get; }

    /// <summary>True when no schedule failed.</summary>
    public bool Succeeded => Failures.Count == 0;

    /// <summary>The scheduling steps of all runs together.</summary>
    public long TotalSteps { get; }

    /// <summary>The real time the exploration took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>A one-line summary, followed by the first failure if any.</summary>
    public override string ToString()
    {
        var summary = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Iterations} schedule(s), {TotalSteps} steps, {Failures.Count} failure(s) in {Elapsed.TotalMilliseconds:F0} ms");
        return Succeeded ? summary : $"{summary}\n{Failures[0]}";
    }
}
