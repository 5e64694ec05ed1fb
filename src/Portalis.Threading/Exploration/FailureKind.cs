namespace Portalis.Threading.Exploration;

/// <summary>Why a controlled run failed.</summary>
public enum FailureKind
{
    /// <summary>No thread could run and no timed wait was pending.</summary>
    Deadlock,

    /// <summary>A logical thread ended with an exception.</summary>
    UnhandledException,

    /// <summary>The run took more than <see cref="ExplorationOptions.MaxSteps"/> scheduling steps: a livelock or a very long body.</summary>
    StepLimit,

    /// <summary>
    /// The run did not finish within <see cref="ExplorationOptions.RunTimeout"/> of real time: the body
    /// blocked outside the backend (a BCL lock, real I/O) or looped without a scheduling point.
    /// </summary>
    Hang,
}
