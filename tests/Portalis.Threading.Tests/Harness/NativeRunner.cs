using System.Runtime.ExceptionServices;
using Portalis.Threading.Backends.Native;
using Xunit.Sdk;

namespace Portalis.Threading.Tests.Harness;

/// <summary>
/// Runs the body once on a fresh native logical thread, registered as a program root so that
/// native deadlock detection is armed: a deadlock raises <see cref="Errors.DeadlockError"/> in the
/// blocked threads instead of hanging. A body that does not end within <see cref="Timeout"/> fails.
/// </summary>
public sealed class NativeRunner : BackendRunner
{
    /// <summary>How long the body may take; generous, because a loaded CI machine is slow.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public override string Name => "native";

    public override bool IsControlled => false;

    public override void Run(Action body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var thread = ThreadingBackend.Native.StartThread(
            () =>
            {
                using var root = DeadlockDetection.RegisterRoot();
                body();
            },
            new ThreadStartOptions { Name = "MainThread" });
        if (!thread.Join(Timeout))
        {
            throw new XunitException($"the body did not end within {Timeout} on the native backend");
        }

        if (thread.Fault is { } fault)
        {
            ExceptionDispatchInfo.Throw(fault);
        }
    }
}
