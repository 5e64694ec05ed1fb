using System.Globalization;
using System.Text;
using Portalis.Threading.Errors;
using Portalis.Threading.Exploration;

namespace Portalis.Runtime;

/// <summary>
/// <c>portalis run --explore N</c>: runs a Python program under N seeded schedules of the Controlled
/// backend (<see cref="Explorer"/>), each with fresh module state and its own captured stdout and
/// stderr, and reports the schedules that deadlock, hang, raise an uncaught exception, or print
/// something other than the first schedule did, each with the options that replay it.
/// </summary>
/// <remarks>
/// The program's main module runs as the controlled run's main logical thread; every thread it
/// starts, every lock, condition, event, queue, sleep and clock read goes through
/// <see cref="Portalis.Threading.ThreadingBackend.Current"/>, so a seed replays a schedule exactly.
/// Under exploration every schedule reads <see cref="PyExploreOptions.Stdin"/> (empty by default), and <c>time.time()</c> stays the wall clock
/// (<c>time.monotonic</c>, <c>perf_counter</c> and <c>sleep</c> are virtual).
/// </remarks>
public static class PyExplorer
{
    /// <summary>The first PCT schedule length, before any schedule has been measured.</summary>
    private const long InitialPctLength = 1000;

    /// <summary>Runs <see cref="PyExploreOptions.Schedules"/> schedules of <paramref name="program"/>.</summary>
    /// <param name="program">The program.</param>
    /// <param name="options">How many schedules, from which seed, with which strategy.</param>
    public static IReadOnlyList<PyScheduleOutcome> Explore(PyProgram program, PyExploreOptions options)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Schedules);
        var outcomes = new List<PyScheduleOutcome>();
        long longest = 0;
        for (var i = 0; i < options.Schedules && !options.Cancellation.IsCancellationRequested; i++)
        {
            var strategy = options.Strategy switch
            {
                SchedulingStrategy.Mixed => i % 2 == 0 ? SchedulingStrategy.Random : SchedulingStrategy.Pct,
                var s => s,
            };
            var length = options.PctScheduleLength ?? Math.Max(longest, InitialPctLength);
            var outcome = RunSchedule(program, i, options.Seed + i, strategy, length, options);
            longest = Math.Max(longest, outcome.Steps);
            outcomes.Add(outcome);
            if (outcome.Failure is { Kind: FailureKind.Hang })
            {
                // A hung schedule leaves threads blocked outside the backend; later runs would not be trustworthy.
                break;
            }
        }

        return outcomes;
    }

    /// <summary>Runs exactly one schedule (<c>--seed S</c>): the one that <paramref name="seed"/> and <paramref name="strategy"/> name.</summary>
    /// <param name="program">The program.</param>
    /// <param name="seed">The schedule's seed.</param>
    /// <param name="strategy"><see cref="SchedulingStrategy.Random"/> or <see cref="SchedulingStrategy.Pct"/>.</param>
    /// <param name="options">Limits, and for PCT the schedule length (<see cref="PyExploreOptions.PctScheduleLength"/>).</param>
    public static PyScheduleOutcome Replay(PyProgram program, long seed, SchedulingStrategy strategy, PyExploreOptions options)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(options);
        if (strategy == SchedulingStrategy.Mixed)
        {
            throw new ArgumentException("a replay needs a concrete strategy (random or pct)", nameof(strategy));
        }

        return RunSchedule(program, 0, seed, strategy, options.PctScheduleLength ?? InitialPctLength, options);
    }

    /// <summary>
    /// Writes what an exploration found to <paramref name="report"/> and returns the exit status:
    /// 0 when every schedule ended normally, printed the same and raised nothing uncaught;
    /// <see cref="PyRuntime.DeadlockExitStatus"/> when some schedule deadlocked; 1 for anything else found.
    /// </summary>
    /// <param name="outcomes">The schedules, in order.</param>
    /// <param name="script">The script path, for the replay command lines.</param>
    /// <param name="report">Where the report goes (stderr).</param>
    public static int WriteReport(IReadOnlyList<PyScheduleOutcome> outcomes, string script, TextWriter report)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(report);
        var findings = new StringBuilder();
        var deadlock = false;
        var count = 0;
        var first = outcomes.Count > 0 ? outcomes[0] : null;
        var detailed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            string? what = null;
            string? detail = null;
            if (outcome.Failure is { } failure)
            {
                deadlock |= failure.Kind == FailureKind.Deadlock;
                what = failure.Kind switch
                {
                    FailureKind.Deadlock => "deadlock",
                    FailureKind.StepLimit => "step limit reached (a livelock or a very long run)",
                    FailureKind.Hang => "hang (a thread blocked outside the threading backend)",
                    _ => "internal failure",
                };
                detail = failure.Report;
            }
            else if (outcome.HasUncaughtException)
            {
                what = "uncaught exception";
                detail = outcome.Stderr.TrimEnd('\n');
            }
            else if (first is not null && outcome != first && !outcome.SameAs(first))
            {
                what = $"output differs from schedule {first.Index} (seed {first.Seed})";
                detail = FirstDifference(first, outcome);
            }

            if (what is null)
            {
                continue;
            }

            count++;
            findings.Append(CultureInfo.InvariantCulture, $"schedule {outcome.Index} (seed {outcome.Seed}, strategy {Name(outcome)}): {what}\n");
            findings.Append(CultureInfo.InvariantCulture, $"  replay: portalis run {outcome.ReplayOptions} {script}\n");
            // Details once per kind of finding: the other schedules' replay lines are enough.
            var kind = what.StartsWith("output differs", StringComparison.Ordinal) ? "differs" : what;
            if (detail is not null && detailed.Add(kind))
            {
                foreach (var line in detail.Split('\n'))
                {
                    findings.Append("    ").Append(line).Append('\n');
                }
            }
        }

        var seeds = outcomes.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"seeds {outcomes[0].Seed}-{outcomes[^1].Seed}");
        if (count == 0)
        {
            report.Write(string.Create(CultureInfo.InvariantCulture, $"portalis: explored {outcomes.Count} schedules ({seeds}): same output, no deadlock, no uncaught exception\n"));
            report.Flush();
            return 0;
        }

        report.Write(string.Create(CultureInfo.InvariantCulture, $"portalis: explored {outcomes.Count} schedules ({seeds}): {count} with findings\n"));
        report.Write(findings.ToString());
        report.Flush();
        return deadlock ? PyRuntime.DeadlockExitStatus : 1;
    }

    private static string Name(PyScheduleOutcome outcome) => outcome.Strategy == SchedulingStrategy.Pct
        ? string.Create(CultureInfo.InvariantCulture, $"pct, length {outcome.PctScheduleLength}")
        : "random";

    private static PyScheduleOutcome RunSchedule(PyProgram program, int index, long seed, SchedulingStrategy strategy, long pctLength, PyExploreOptions options)
    {
        var outcome = new PyScheduleOutcome(index, seed, strategy, strategy == SchedulingStrategy.Pct ? pctLength : 0);

        // A deadlock report names each blocked thread's Python lines (each thread reads its own stack).
        DeadlockReport.ThreadAnnotator = PyRuntime.PythonFramesOfCurrentThread;
        var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var status = 0;
        var exploration = new ExplorationOptions
        {
            Iterations = 1,
            Seed = seed,
            Strategy = strategy,
            PctScheduleLength = pctLength,
            MaxSteps = options.MaxSteps,
            RunTimeout = options.RunTimeout,
            Cancellation = options.Cancellation,
        };

        using (PyRuntime.CaptureStandardStreams(stdout, stderr, new StringReader(options.Stdin)))
        {
            PyRuntime.ResetUncaughtExceptions();
            var ids = PyOps.BeginIdSpace();
            try
            {
                var result = Explorer.Explore(() => status = program.RunOnCurrentThread(), exploration);
                outcome.Steps = result.TotalSteps;
                outcome.Failure = result.Failures.Count > 0 ? result.Failures[0] : null;
            }
            finally
            {
                PyOps.EndIdSpace(ids);
            }
        }

        outcome.UncaughtExceptions = PyRuntime.UncaughtExceptions;
        outcome.Stdout = stdout.ToString();
        outcome.Stderr = stderr.ToString();
        outcome.ExitStatus = outcome.Failure switch
        {
            null => status,
            { Kind: FailureKind.Deadlock } => PyRuntime.DeadlockExitStatus,
            _ => 1,
        };
        return outcome;
    }

    private static string FirstDifference(PyScheduleOutcome expected, PyScheduleOutcome actual)
    {
        if (expected.ExitStatus != actual.ExitStatus)
        {
            return string.Create(CultureInfo.InvariantCulture, $"exit status {actual.ExitStatus}, schedule {expected.Index} exited with {expected.ExitStatus}");
        }

        var (stream, e, a) = !PyScheduleOutcome.SameText(expected.Stdout, actual.Stdout)
            ? ("stdout", expected.Stdout, actual.Stdout)
            : ("stderr", expected.Stderr, actual.Stderr);
        var el = e.Split('\n');
        var al = a.Split('\n');
        for (var i = 0; i < Math.Max(el.Length, al.Length); i++)
        {
            var x = i < el.Length ? el[i] : "<end>";
            var y = i < al.Length ? al[i] : "<end>";
            if (!PyScheduleOutcome.SameText(x, y))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{stream} line {i + 1}:\n  schedule {expected.Index}: {x}\n  this one:   {y}");
            }
        }

        return $"{stream} differs";
    }
}
