using Portalis.Threading.Exploration;
using Xunit.Abstractions;

namespace Portalis.Threading.Tests.Exploring;

public sealed class ExplorerPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Explore_ThousandSchedulesOfSmallTest_TakesAtMostAFewSeconds()
    {
        var result = Explorer.Explore(BugScenarios.Semaphore(broken: false), new ExplorationOptions { Iterations = 1000 });

        Assert.True(result.Succeeded);
        output.WriteLine($"{result.Iterations} schedules, {result.TotalSteps} steps in {result.Elapsed.TotalMilliseconds:F0} ms");

        // The target is well under two seconds on a quiet machine; the bound leaves room for a loaded CI.
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }
}
