using Portalis.Threading.Tests.Harness;

namespace Portalis.Threading.Tests.Channels;

/// <summary>
/// What every channel contract suite shares on top of the harness: native runs repeat the body a few
/// times (they find races only by chance; the Controlled runs explore them), and small helpers.
/// </summary>
public abstract class ChannelContractBase : ConcurrencyContract
{
    /// <summary>A bound that only a hang reaches (real time natively, virtual time under Controlled).</summary>
    protected static readonly TimeSpan Forever = TimeSpan.FromSeconds(60);

    /// <summary>A short timeout for timed operations that must time out (instant under Controlled).</summary>
    protected static readonly TimeSpan Short = TimeSpan.FromMilliseconds(20);

    private const int NativeRepetitions = 10;

    protected ChannelContractBase(BackendRunner runner)
        : base(runner)
    {
    }

    /// <inheritdoc/>
    protected override void Run(Action body)
    {
        if (IsControlled)
        {
            base.Run(body);
            return;
        }

        base.Run(() =>
        {
            for (var i = 0; i < NativeRepetitions; i++)
            {
                body();
            }
        });
    }

    protected static LogicalThread Spawn(Action body) => Start(body);

    protected static void Join(params LogicalThread[] threads)
    {
        foreach (var thread in threads)
        {
            JoinAndRethrow(thread);
        }
    }

    /// <summary>
    /// Backs off in a polling loop that waits for another thread to park (a state no API exposes):
    /// under Controlled a one-tick sleep, which runs every other thread until it blocks.
    /// </summary>
    protected static void Backoff()
    {
        if (Backend.IsControlled)
        {
            Backend.Sleep(TimeSpan.FromTicks(1));
        }
        else
        {
            Backend.Yield();
        }
    }
}
