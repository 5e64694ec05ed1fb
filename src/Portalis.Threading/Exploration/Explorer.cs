using System.Diagnostics;
using Portalis.Threading.Backends.Controlled;

namespace Portalis.Threading.Exploration;

/// <summary>
/// Runs a body under the Controlled backend many times, each time with a different seeded
/// schedule, and reports the schedules that deadlock, throw or livelock: Portalis's answer to
/// Rust's <c>loom</c>.
/// </summary>
/// <remarks>
/// <para>Inside the body, <see cref="ThreadingBackend.Current"/> is the controlled backend on every
/// logical thread, so the primitives the body creates bind to it. One logical thread runs at a
/// time; the scheduler switches only at scheduling points: every <see cref="SyncMonitor"/>
/// operation, <see cref="IThreadingBackend.StartThread"/>, <see cref="LogicalThread.Join(TimeSpan)"/>,
/// <see cref="IThreadingBackend.Sleep"/>, <see cref="IThreadingBackend.Yield"/>,
/// <see cref="IThreadingBackend.SchedulingPoint"/> and the end of a thread.</para>
/// <para>Time is virtual: <see cref="IThreadingBackend.GetTimestamp"/> reads a clock that moves only
/// when every thread is blocked and some wait has a deadline; it then jumps to the earliest one.
/// Timeouts are therefore instant and deterministic.</para>
/// <para>A seed replays exactly the same schedule only if nothing else in the body is
/// nondeterministic: it must block, sleep, start threads and read the clock only through the
/// backend, and must not depend on real time, the BCL thread pool, BCL locks, or randomness it
/// does not seed itself.</para>
/// </remarks>
public static class Explorer
{
    /// <summary>The PCT schedule length before any run has been measured.</summary>
    private const long InitialPctScheduleLength = 50;

    /// <summary>Runs <paramref name="body"/> under <see cref="ExplorationOptions.Iterations"/> schedules.</summary>
    /// <param name="body">The test: it starts threads, uses primitives, and throws when a check fails.</param>
    /// <param name="options">Iterations, strategy, seed and bounds; defaults when null.</param>
    public static ExplorationResult Explore(Action body, ExplorationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        options ??= new ExplorationOptions();
        Validate(options);

        var failures = new List<ExplorationFailure>();
        var stopwatch = Stopwatch.StartNew();
        long totalSteps = 0;
        long longest = 0;
        var iterations = 0;
        for (var i = 0; i < options.Iterations && !options.Cancellation.IsCancellationRequested; i++)
        {
            var strategy = options.Strategy switch
            {
                SchedulingStrategy.Mixed => i % 2 == 0 ? SchedulingStrategy.Random : SchedulingStrategy.Pct,
                var s => s,
            };
            var length = options.PctScheduleLength ?? Math.Max(longest, InitialPctScheduleLength);
            var failure = RunOnce(body, options.Seed + i, strategy, length, options, out var steps);
            iterations++;
            totalSteps += steps;
            longest = Math.Max(longest, steps);
            if (failure is not null)
            {
                failure.Iteration = i;
                failures.Add(failure);
                if (options.StopOnFirstFailure || failure.Kind == FailureKind.Hang)
                {
                    break;
                }
            }
        }

        return new ExplorationResult(iterations, failures, totalSteps, stopwatch.Elapsed);
    }

    /// <summary>Runs exactly one schedule: the one of <paramref name="seed"/> under <paramref name="strategy"/>.</summary>
    /// <param name="body">The body that was explored.</param>
    /// <param name="seed">The failure's <see cref="ExplorationFailure.Seed"/>.</param>
    /// <param name="strategy">The failure's <see cref="ExplorationFailure.Strategy"/>.</param>
    /// <param name="options">
    /// The options of the exploration; for PCT, <see cref="ExplorationOptions.PctScheduleLength"/> must be
    /// the failure's <see cref="ExplorationFailure.PctScheduleLength"/> (see <see cref="ExplorationFailure.ReplayOptions"/>).
    /// </param>
    /// <returns>The failure, or null if the schedule passed.</returns>
    public static ExplorationFailure? Replay(Action body, long seed, SchedulingStrategy strategy, ExplorationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (strategy == SchedulingStrategy.Mixed)
        {
            throw new ArgumentException("replay needs the concrete strategy of the failure (Random or Pct)", nameof(strategy));
        }

        options ??= new ExplorationOptions();
        Validate(options);
        var failure = RunOnce(body, seed, strategy, options.PctScheduleLength ?? InitialPctScheduleLength, options, out _);
        return failure;
    }

    /// <summary>Runs again the schedule that produced <paramref name="failure"/>.</summary>
    /// <param name="body">The body that was explored.</param>
    /// <param name="failure">A failure from <see cref="Explore"/>.</param>
    /// <param name="options">The options of the exploration, if not the defaults.</param>
    /// <returns>The failure of the replayed run, or null if it passed (which means the body is nondeterministic).</returns>
    public static ExplorationFailure? Replay(Action body, ExplorationFailure failure, ExplorationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var replay = failure.ReplayOptions(options);
        return Replay(body, failure.Seed, failure.Strategy, replay);
    }

    private static ExplorationFailure? RunOnce(Action body, long seed, SchedulingStrategy strategy, long pctLength, ExplorationOptions options, out long steps)
    {
        var scheduler = new ControlledScheduler(seed, strategy, pctLength, options);
        scheduler.Run(body);
        steps = scheduler.Steps;
        if (scheduler.FailureKind is not { } kind)
        {
            return null;
        }

        return new ExplorationFailure(kind, scheduler.FailureReport ?? kind.ToString(), scheduler.FailureException)
        {
            Seed = seed,
            Strategy = strategy,
            PctScheduleLength = strategy == SchedulingStrategy.Pct ? pctLength : 0,
            Steps = steps,
        };
    }

    private static void Validate(ExplorationOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Iterations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxSteps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.PctDepth);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RunTimeout, TimeSpan.Zero);
    }
}
