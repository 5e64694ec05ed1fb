using System.Globalization;
using Portalis.Threading.Exploration;
using Xunit.Sdk;

namespace Portalis.Threading.Tests.Harness;

/// <summary>
/// Explores the body under the Controlled backend: 1,000 schedules by default (10,000 with
/// <c>PORTALIS_STRESS=1</c>), failing the test with the seed, the strategy and the report of the
/// first failing schedule. <c>PORTALIS_EXPLORE_SEED=n</c> moves the first seed to look at other schedules.
/// </summary>
public sealed class ControlledRunner : BackendRunner
{
    /// <summary>The exploration settings; <see cref="ExplorationOptions.Iterations"/> and
    /// <see cref="ExplorationOptions.Seed"/> are overridden by the environment as described above.</summary>
    public ExplorationOptions Options { get; init; } = new();

    public override string Name => "controlled";

    public override bool IsControlled => true;

    /// <summary>The result of the last exploration, for tests of the harness itself.</summary>
    public ExplorationResult? LastResult { get; private set; }

    public override void Run(Action body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var options = Options;
        if (Environment.GetEnvironmentVariable("PORTALIS_STRESS") == "1")
        {
            options = options with { Iterations = options.Iterations * 10 };
        }

        if (long.TryParse(Environment.GetEnvironmentVariable("PORTALIS_EXPLORE_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            options = options with { Seed = seed };
        }

        var result = Explorer.Explore(body, options);
        LastResult = result;
        if (!result.Succeeded)
        {
            throw new XunitException($"the Controlled backend found a failing schedule after {result.Iterations} schedule(s):\n{result.Failures[0]}");
        }
    }
}
