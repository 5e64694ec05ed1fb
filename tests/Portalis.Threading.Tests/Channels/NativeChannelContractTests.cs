namespace Portalis.Threading.Tests.Channels;

/// <summary>Runs a body a few times on OS threads: native runs find races only by chance, the Controlled suites explore them.</summary>
internal static class NativeChannelRunner
{
    private const int Iterations = 10;

    public static void Run(Action body)
    {
        var previous = ThreadingBackend.SetCurrent(ThreadingBackend.Native);
        try
        {
            for (var i = 0; i < Iterations; i++)
            {
                body();
            }
        }
        finally
        {
            ThreadingBackend.SetCurrent(previous);
        }
    }
}

public sealed class NativeUnboundedChannelContractTests : UnboundedChannelContractTests
{
    protected override void Run(Action body) => NativeChannelRunner.Run(body);
}

public sealed class NativeBoundedChannelContractTests : BoundedChannelContractTests
{
    protected override void Run(Action body) => NativeChannelRunner.Run(body);
}

public sealed class NativeRendezvousChannelContractTests : RendezvousChannelContractTests
{
    protected override void Run(Action body) => NativeChannelRunner.Run(body);
}

public sealed class NativeOneshotChannelContractTests : OneshotChannelContractTests
{
    protected override void Run(Action body) => NativeChannelRunner.Run(body);
}

public sealed class NativeBroadcastChannelContractTests : BroadcastChannelContractTests
{
    protected override void Run(Action body) => NativeChannelRunner.Run(body);
}
