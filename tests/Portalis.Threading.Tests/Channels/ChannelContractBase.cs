using System.Runtime.ExceptionServices;

namespace Portalis.Threading.Tests.Channels;

/// <summary>
/// What every channel contract suite shares: a way to run a test body on the backend under test, and
/// thread helpers that surface a failed assertion inside a spawned thread.
/// </summary>
public abstract class ChannelContractBase
{
    /// <summary>A bound that only a hang reaches (real time natively, virtual time under Controlled).</summary>
    protected static readonly TimeSpan Forever = TimeSpan.FromSeconds(60);

    /// <summary>A short timeout for timed operations that must time out.</summary>
    protected static readonly TimeSpan Short = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Runs <paramref name="body"/> on the backend under test: natively a few times, under Controlled
    /// on many schedules. Channels must be created inside the body so that they capture that backend.
    /// </summary>
    protected abstract void Run(Action body);

    protected static LogicalThread Spawn(Action body) => ThreadingBackend.Current.StartThread(body);

    protected static void Join(params LogicalThread[] threads)
    {
        foreach (var thread in threads)
        {
            Assert.True(thread.Join(Forever), $"{thread.Name} did not finish");
            if (thread.Fault is { } fault)
            {
                ExceptionDispatchInfo.Capture(fault).Throw();
            }
        }
    }
}
