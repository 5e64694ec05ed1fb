using System.Globalization;
using Portalis.Runtime;
using Portalis.Threading.Exploration;
using Xunit.Abstractions;

namespace Portalis.Compiler.Tests.Conformance;

/// <summary>
/// The concurrency conformance programs (areas <see cref="Areas"/>) run again under the Controlled
/// backend, <see cref="Schedules"/> seeded schedules each (what <c>portalis run --explore</c> does): every
/// schedule must print exactly what CPython 3.11 printed. A program that cannot run under the
/// Controlled backend is listed in tests/Conformance/controlled-exclusions.txt with its reason; the test
/// checks that it still fails there, so the list stays true. Programs that do not pass natively
/// (expected-failures.txt) are left to the native test, which already checks them.
/// </summary>
[Collection(ConformanceCollection.Name)]
public sealed class ControlledConformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// How many schedules each program runs: seeds 0, 1, ..., alternating random and PCT. Four (two of each) in the
    /// ordinary run, which keeps CI within its time budget; ten with PORTALIS_STRESS=1.
    /// </summary>
    public static int Schedules { get; } = Environment.GetEnvironmentVariable("PORTALIS_STRESS") == "1" ? 10 : 4;

    /// <summary>The areas whose programs exercise threads.</summary>
    public static readonly IReadOnlyList<string> Areas = ["concurrency/", "threading/", "queue/", "futures/", "multiprocessing/", "logging/", "asyncio/"];

    // Generous limits: a lock-heavy program hands off between OS threads at every lock operation, which takes
    // seconds per schedule on a busy 2-core machine; a real hang still ends the test.
    private static readonly TimeSpan s_scheduleTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(400);

    // A cancelled schedule unwinds at its threads' next scheduling points (the scheduler waits 10 s for that).
    private static readonly TimeSpan s_unwindTimeout = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Programs => new(ConformanceSuite.ProgramNames.Where(IsConcurrencyProgram));

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_UnderControlledSchedules_BehavesAsCPython(string name)
    {
        if (ExpectedFailures.Reasons.TryGetValue(name, out var nativeReason))
        {
            output.WriteLine($"not run under the Controlled backend: it does not pass natively yet ({nativeReason})");
            return;
        }

        var program = ConformanceSuite.Get(name);
        var excluded = ControlledExclusions.Reasons.TryGetValue(name, out var reason);
        var mismatch = RunSchedules(program, excluded ? 1 : Schedules);
        if (excluded)
        {
            output.WriteLine(mismatch ?? "passes");
            Assert.True(mismatch is not null, $"{name} now behaves as CPython under the Controlled backend: remove it from controlled-exclusions.txt (was: {reason})");
            return;
        }

        Assert.True(mismatch is null, mismatch);
    }

    [Fact]
    public void ControlledExclusions_NameConcurrencyPrograms()
    {
        var unknown = ControlledExclusions.Reasons.Keys.Where(k => !ConformanceSuite.ProgramNames.Contains(k) || !IsConcurrencyProgram(k)).ToList();
        Assert.Empty(unknown);
    }

    private static bool IsConcurrencyProgram(string name) => Areas.Any(a => name.StartsWith(a, StringComparison.Ordinal));

    /// <summary>Null when every schedule matches CPython; otherwise the first difference, with the seed.</summary>
    private static string? RunSchedules(CompiledProgram program, int schedules)
    {
        if (program.Main is not { } main)
        {
            return program.Error ?? "not compiled";
        }

        var directory = Path.GetDirectoryName(program.Path)!;
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(program.Path));
        var stdin = File.Exists(stem + ".in") ? File.ReadAllText(stem + ".in") : string.Empty;
        var args = File.Exists(stem + ".args") ? File.ReadAllLines(stem + ".args") : [];
        // On the time limit the exploration is cancelled and waited for: its schedule unwinds instead of
        // running on beside the next test (which would then meet objects of this run's scheduler).
        using var cancellation = new CancellationTokenSource(s_timeout);
        var options = new PyExploreOptions { Schedules = schedules, Stdin = stdin, RunTimeout = s_scheduleTimeout, Cancellation = cancellation.Token };
        IReadOnlyList<PyScheduleOutcome>? outcomes = null;
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            var run = Task.Factory.StartNew(
                () => PyRuntime.RunHosted(main, [program.Path, .. args], p =>
                {
                    outcomes = PyExplorer.Explore(p, options);
                    return 0;
                }),
                TaskCreationOptions.LongRunning);
            if (!run.Wait(s_timeout + s_unwindTimeout))
            {
                return $"timed out after {s_timeout.TotalSeconds} s, and did not unwind within {s_unwindTimeout.TotalSeconds} s more";
            }

            if (cancellation.IsCancellationRequested)
            {
                return $"timed out after {s_timeout.TotalSeconds} s (cancelled and unwound)";
            }
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }

        foreach (var outcome in outcomes!)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"schedule {outcome.Index} (replay: portalis run {outcome.ReplayOptions} {program.Name})");
            if (outcome.Failure is { } failure)
            {
                return $"{where}: {failure}";
            }

            if (ConformanceTests.Compare(program, new ConformanceTests.RunOutcome(outcome.Stdout, outcome.Stderr, outcome.ExitStatus)) is { } mismatch)
            {
                return $"{where}: {mismatch}";
            }
        }

        return null;
    }
}

/// <summary>
/// tests/Conformance/controlled-exclusions.txt: concurrency programs that cannot run under the
/// Controlled backend, one per line, then <c>#</c> and the reason.
/// </summary>
internal static class ControlledExclusions
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = Load();

    private static Dictionary<string, string> Load()
    {
        var path = Path.Combine(ConformanceSuite.Root, "controlled-exclusions.txt");
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return reasons;
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            reasons[line[..(hash < 0 ? line.Length : hash)].Trim()] = hash < 0 ? string.Empty : line[(hash + 1)..].Trim();
        }

        return reasons;
    }
}
