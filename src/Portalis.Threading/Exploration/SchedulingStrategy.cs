namespace Portalis.Threading.Exploration;

/// <summary>How the Controlled backend picks the next thread at each scheduling point.</summary>
public enum SchedulingStrategy
{
    /// <summary>A uniformly random enabled thread at every scheduling point.</summary>
    Random,

    /// <summary>
    /// Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): random thread priorities
    /// with <see cref="ExplorationOptions.PctDepth"/> - 1 random priority-change points. Finds
    /// bugs that need a few precisely placed preemptions.
    /// </summary>
    Pct,

    /// <summary>
    /// Even iterations use <see cref="Random"/>, odd ones <see cref="Pct"/>. Failures name the
    /// strategy of their own iteration, which is what <see cref="Explorer.Replay(Action, long, SchedulingStrategy, ExplorationOptions?)"/> needs.
    /// </summary>
    Mixed,
}
