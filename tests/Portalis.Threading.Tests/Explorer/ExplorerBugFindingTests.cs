using Portalis.Threading.Errors;
using Portalis.Threading.Exploration;

namespace Portalis.Threading.Tests.Exploring;

public sealed class ExplorerBugFindingTests
{
    public static TheoryData<string, SchedulingStrategy> Bugs()
    {
        var data = new TheoryData<string, SchedulingStrategy>();
        foreach (var name in new[] { "semaphore", "event", "lock-order", "counter" })
        {
            foreach (var strategy in new[] { SchedulingStrategy.Random, SchedulingStrategy.Pct, SchedulingStrategy.Mixed })
            {
                data.Add(name, strategy);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Explore_BrokenPrimitive_FindsFailureThatReplays(string scenario, SchedulingStrategy strategy)
    {
        var body = Scenario(scenario, broken: true);
        var options = new ExplorationOptions { Strategy = strategy, Iterations = 1000 };

        var result = Explorer.Explore(body, options);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(ExpectedKind(scenario), failure.Kind);
        Assert.NotEqual(SchedulingStrategy.Mixed, failure.Strategy);
        Assert.Contains($"seed {failure.Seed}", failure.ToString(), StringComparison.Ordinal);
        var replayed = Explorer.Replay(body, failure, options);
        Assert.NotNull(replayed);
        Assert.Equal(failure.Kind, replayed.Kind);
        Assert.Equal(failure.Steps, replayed.Steps);
        Assert.Equal(failure.Report, replayed.Report);
    }

    [Theory]
    [InlineData("semaphore")]
    [InlineData("event")]
    [InlineData("lock-order")]
    [InlineData("counter")]
    public void Explore_CorrectPrimitive_PassesEverySchedule(string scenario)
    {
        var result = Explorer.Explore(Scenario(scenario, broken: false), new ExplorationOptions { Iterations = 1000 });

        Assert.True(result.Succeeded, result.Succeeded ? string.Empty : result.Failures[0].ToString());
        Assert.Equal(1000, result.Iterations);
    }

    [Fact]
    public void Explore_LockOrderInversion_ReportsWhoWaitsOnWhat()
    {
        var failure = Assert.Single(Explorer.Explore(BugScenarios.LockOrder(broken: true)).Failures);

        var error = Assert.IsType<DeadlockError>(failure.Exception);
        Assert.NotNull(error.Report);
        Assert.Equal(2, error.Report.Threads.Count);
        Assert.Contains("'MainThread' (id 1) waits to enter B#2 held by 'other' (id 2)", failure.Report, StringComparison.Ordinal);
        Assert.Contains("'other' (id 2) waits to enter A#1 held by 'MainThread' (id 1)", failure.Report, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+\d+  'other' \(id 2\) Enter B#2\n", failure.Report);
        Assert.Matches(@"\n\s+\d+  'MainThread' \(id 1\) Enter A#1\n", failure.Report);
    }

    [Fact]
    public void Replay_EverySeed_ReproducesItsOutcome()
    {
        var body = BugScenarios.Counter(broken: true);
        var options = new ExplorationOptions { Strategy = SchedulingStrategy.Random, StopOnFirstFailure = false, Iterations = 100 };
        var failingSeeds = Explorer.Explore(body, options).Failures.Select(f => f.Seed).ToHashSet();
        Assert.InRange(failingSeeds.Count, 1, 99);

        for (long seed = 0; seed < 100; seed++)
        {
            var replayed = Explorer.Replay(body, seed, SchedulingStrategy.Random, options);
            Assert.Equal(failingSeeds.Contains(seed), replayed is not null);
        }
    }

    private static Action Scenario(string name, bool broken) => name switch
    {
        "semaphore" => BugScenarios.Semaphore(broken),
        "event" => BugScenarios.Event(broken),
        "lock-order" => BugScenarios.LockOrder(broken),
        "counter" => BugScenarios.Counter(broken),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static FailureKind ExpectedKind(string name)
        => name == "counter" ? FailureKind.UnhandledException : FailureKind.Deadlock;
}
