namespace Portalis.Threading.Backends.Controlled;

/// <summary>Decides which enabled thread runs at each scheduling point.</summary>
internal interface IScheduleStrategy
{
    /// <summary>Called once for each new logical thread, in creation order.</summary>
    void OnThreadCreated(ControlledThread thread);

    /// <summary>
    /// Called when <paramref name="thread"/> yields (<see cref="IThreadingBackend.Yield"/>): a
    /// hint that it waits for another thread to make progress, as a spin loop does.
    /// </summary>
    void OnYield(ControlledThread thread);

    /// <summary>Picks the index of the next thread among <paramref name="candidates"/> (never empty).</summary>
    /// <param name="candidates">The threads that may run, in creation order.</param>
    /// <param name="current">The thread at the scheduling point, or null when it has ended.</param>
    /// <param name="step">The number of the scheduling step, from 1.</param>
    int Pick(IReadOnlyList<ControlledThread> candidates, ControlledThread? current, long step);
}

/// <summary>Uniformly random choice at every step.</summary>
internal sealed class RandomStrategy(ScheduleRandom random) : IScheduleStrategy
{
    public void OnThreadCreated(ControlledThread thread)
    {
    }

    public void OnYield(ControlledThread thread)
    {
    }

    public int Pick(IReadOnlyList<ControlledThread> candidates, ControlledThread? current, long step)
        => random.Next(candidates.Count);
}

/// <summary>
/// Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte: "A randomized
/// scheduler with probabilistic guarantees of finding bugs", ASPLOS 2010): every thread gets a
/// random distinct priority above <c>depth</c>; the highest-priority enabled thread always runs;
/// at <c>depth - 1</c> random steps in [1, length] the running thread drops to priority 1..depth-1.
/// A bug of depth d is found with probability at least 1 / (n * k^(d-1)).
/// </summary>
/// <remarks>
/// PCT assumes threads never wait by spinning: a spinning thread with the top priority would
/// starve the one it waits for. A thread that yields therefore drops below every other thread
/// (as Coyote's PCT treats yields), so <c>while (!flag) Yield();</c> lets the others run.
/// </remarks>
internal sealed class PctStrategy : IScheduleStrategy
{
    private readonly ScheduleRandom _random;
    private readonly int _depth;
    private readonly long[] _changePoints;
    private long _lowest;

    public PctStrategy(ScheduleRandom random, int depth, long length)
    {
        _random = random;
        _depth = Math.Max(1, depth);
        _changePoints = new long[_depth - 1];
        for (var i = 0; i < _changePoints.Length; i++)
        {
            _changePoints[i] = 1 + random.NextInt64(Math.Max(1, length));
        }
    }

    public void OnThreadCreated(ControlledThread thread)
    {
        // Random 32-bit values above depth: collisions are rare and broken by creation order.
        thread.Priority = _depth + 1 + (long)(_random.NextUInt64() >> 32);
    }

    public void OnYield(ControlledThread thread)
    {
        // Below the change-point priorities (1..depth-1) and below earlier yielders.
        thread.Priority = --_lowest;
    }

    public int Pick(IReadOnlyList<ControlledThread> candidates, ControlledThread? current, long step)
    {
        if (current is not null)
        {
            for (var i = 0; i < _changePoints.Length; i++)
            {
                if (_changePoints[i] == step)
                {
                    current.Priority = _depth - 1 - i;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < candidates.Count; i++)
        {
            if (candidates[i].Priority > candidates[best].Priority)
            {
                best = i;
            }
        }

        return best;
    }
}
