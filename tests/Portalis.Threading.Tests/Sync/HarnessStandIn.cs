using System.Runtime.ExceptionServices;
using Xunit.Sdk;

// A stand-in for the rt-backends harness until that branch is merged; same API, native only.
namespace Portalis.Threading.Tests.Harness;

public abstract class BackendRunner
{
    public abstract string Name { get; }

    public abstract bool IsControlled { get; }

    public abstract void Run(Action body);

    public override string ToString() => Name;
}

public abstract class ConcurrencyContract
{
    protected ConcurrencyContract(BackendRunner runner)
    {
        Runner = runner ?? throw new ArgumentNullException(nameof(runner));
    }

    protected BackendRunner Runner { get; }

    protected bool IsControlled => Runner.IsControlled;

    protected static IThreadingBackend Backend => ThreadingBackend.Current;

    protected virtual void Run(Action body) => Runner.Run(body);

    protected static LogicalThread Start(Action body, string? name = null, bool isDaemon = false)
        => ThreadingBackend.Current.StartThread(body, new ThreadStartOptions { Name = name, IsDaemon = isDaemon });

    protected static void JoinAndRethrow(LogicalThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        thread.Join();
        if (thread.Fault is { } fault)
        {
            ExceptionDispatchInfo.Throw(fault);
        }
    }
}

public sealed class NativeRunner : BackendRunner
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public override string Name => "native";

    public override bool IsControlled => false;

    public override void Run(Action body)
    {
        var thread = ThreadingBackend.Native.StartThread(body, new ThreadStartOptions { Name = "MainThread" });
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
