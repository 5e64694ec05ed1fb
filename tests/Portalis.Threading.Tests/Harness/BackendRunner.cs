namespace Portalis.Threading.Tests.Harness;

/// <summary>
/// Runs a contract test's body on one backend. Contract suites never pick a backend themselves:
/// they call <see cref="ConcurrencyContract.Run"/>, and the sealed subclass passes the runner.
/// </summary>
public abstract class BackendRunner
{
    /// <summary>The backend's name, for messages.</summary>
    public abstract string Name { get; }

    /// <summary>True when the body runs under the Controlled backend (one thread at a time, virtual time).</summary>
    public abstract bool IsControlled { get; }

    /// <summary>
    /// Runs <paramref name="body"/> on the backend (once natively, under many schedules when
    /// controlled) and fails the test, never hangs, when it throws, deadlocks or does not end.
    /// Inside the body, <see cref="ThreadingBackend.Current"/> is the backend under test.
    /// </summary>
    public abstract void Run(Action body);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
