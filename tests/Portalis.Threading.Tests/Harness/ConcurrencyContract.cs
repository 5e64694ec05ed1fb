namespace Portalis.Threading.Tests.Harness;

/// <summary>
/// The base of every primitive's contract suite. The suite is abstract and holds the tests; one
/// sealed subclass per backend passes the runner:
/// <code>
/// public abstract class LockContractTests(BackendRunner runner) : ConcurrencyContract(runner) { [Fact] ... }
/// public sealed class NativeLockContractTests() : LockContractTests(new NativeRunner());
/// public sealed class ControlledLockContractTests() : LockContractTests(new ControlledRunner());
/// </code>
/// </summary>
public abstract class ConcurrencyContract
{
    protected ConcurrencyContract(BackendRunner runner)
    {
        Runner = runner ?? throw new ArgumentNullException(nameof(runner));
    }

    /// <summary>The backend runner this suite was instantiated with.</summary>
    protected BackendRunner Runner { get; }

    /// <summary>True under the Controlled backend.</summary>
    protected bool IsControlled => Runner.IsControlled;

    /// <summary>The backend of the calling logical thread; use it inside a body.</summary>
    protected static IThreadingBackend Backend => ThreadingBackend.Current;

    /// <summary>Runs the test body on the suite's backend; see <see cref="BackendRunner.Run"/>.</summary>
    protected virtual void Run(Action body) => Runner.Run(body);

    /// <summary>Starts a logical thread on the calling thread's backend.</summary>
    protected static LogicalThread Start(Action body, string? name = null, bool isDaemon = false)
        => ThreadingBackend.Current.StartThread(body, new ThreadStartOptions { Name = name, IsDaemon = isDaemon });

    /// <summary>Joins <paramref name="thread"/> and rethrows what it ended with, so a failed check in it fails the test.</summary>
    protected static void JoinAndRethrow(LogicalThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        thread.Join();
        if (thread.Fault is { } fault)
        {
            throw Errors.ThreadFaultedError.Wrap(thread.Name, fault);
        }
    }
}
