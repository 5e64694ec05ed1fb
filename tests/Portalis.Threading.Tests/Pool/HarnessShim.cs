using System.Runtime.ExceptionServices;
using Xunit.Sdk;

// A stand-in for the contract harness of branch rt-backends (same names and shape), removed when
// that branch is merged.
namespace Portalis.Threading.Tests.Harness;

public abstract class BackendRunner
{
    public abstract string Name { get; }

    public abstract bool IsControlled { get; }

    public abstract void Run(Action body);
}

public sealed class NativeRunner : BackendRunner
{
    public override string Name => "native";

    public override bool IsControlled => false;

    public override void Run(Action body)
    {
        var thread = ThreadingBackend.Native.StartThread(body, new ThreadStartOptions { Name = "MainThread" });
        if (!thread.Join(TimeSpan.FromSeconds(60)))
        {
            throw new XunitException("the body did not end within 60 s");
        }

        if (thread.Fault is { } fault)
        {
            ExceptionDispatchInfo.Throw(fault);
        }
    }
}

public abstract class ConcurrencyContract
{
    protected ConcurrencyContract(BackendRunner runner)
    {
        Runner = runner;
    }

    protected BackendRunner Runner { get; }

    protected bool IsControlled => Runner.IsControlled;

    protected static IThreadingBackend Backend => ThreadingBackend.Current;

    protected virtual void Run(Action body) => Runner.Run(body);

    protected static LogicalThread Start(Action body, string? name = null, bool isDaemon = false)
        => ThreadingBackend.Current.StartThread(body, new ThreadStartOptions { Name = name, IsDaemon = isDaemon });

    protected static void JoinAndRethrow(LogicalThread thread)
    {
        thread.Join();
        if (thread.Fault is { } fault)
        {
            ExceptionDispatchInfo.Throw(fault);
        }
    }
}
