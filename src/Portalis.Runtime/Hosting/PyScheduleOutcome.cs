using System.Globalization;
using Portalis.Threading.Exploration;

namespace Portalis.Runtime;

/// <summary>What one controlled schedule of a Python program did.</summary>
public sealed class PyScheduleOutcome
{
    internal PyScheduleOutcome(int index, long seed, SchedulingStrategy strategy, long pctScheduleLength)
    {
        Index = index;
        Seed = seed;
        Strategy = strategy;
        PctScheduleLength = pctScheduleLength;
    }

    /// <summary>The zero-based position of the schedule in the exploration.</summary>
    public int Index { get; }

    /// <summary>The seed that replays the schedule.</summary>
    public long Seed { get; }

    /// <summary>The strategy of the schedule (never <see cref="SchedulingStrategy.Mixed"/>).</summary>
    public SchedulingStrategy Strategy { get; }

    /// <summary>For PCT, the schedule length it used (needed to replay it); 0 for random.</summary>
    public long PctScheduleLength { get; }

    /// <summary>What the program wrote to stdout.</summary>
    public string Stdout { get; internal set; } = string.Empty;

    /// <summary>What the program wrote to stderr.</summary>
    public string Stderr { get; internal set; } = string.Empty;

    /// <summary>The program's exit status (<see cref="PyRuntime.DeadlockExitStatus"/> for a deadlock).</summary>
    public int ExitStatus { get; internal set; }

    /// <summary>The scheduling steps the schedule took.</summary>
    public long Steps { get; internal set; }

    /// <summary>The scheduler's failure (deadlock, step limit, hang), or null.</summary>
    public ExplorationFailure? Failure { get; internal set; }

    /// <summary>
    /// True when the program printed a Python traceback for an uncaught exception (in the main thread or
    /// another thread). Tracebacks of unraisable reports (<c>Exception ignored in ...:</c>, as an atexit
    /// callback's or a thread-shutdown failure's, Python/errors.c) and the tracebacks chained to them are
    /// not uncaught exceptions: the program goes on and its exit status is its own.
    /// </summary>
    public bool HasUncaughtException => HasUncaughtTraceback(Stderr);

    private static bool HasUncaughtTraceback(string stderr)
    {
        var lines = stderr.Split('\n');
        var ignoredBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "Traceback (most recent call last):")
            {
                continue;
            }

            var previous = i > 0 ? lines[i - 1] : string.Empty;
            if (previous.StartsWith("Exception ignored ", StringComparison.Ordinal))
            {
                ignoredBlock = true;
                continue;
            }

            // traceback.c's chain separators: the traceback belongs to the report the chain started in.
            var chained = previous.Length == 0 && i > 1 && lines[i - 2] is
                "During handling of the above exception, another exception occurred:" or
                "The above exception was the direct cause of the following exception:";
            if (chained && ignoredBlock)
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>The <c>portalis run</c> options that replay exactly this schedule.</summary>
    public string ReplayOptions => Strategy == SchedulingStrategy.Pct
        ? string.Create(CultureInfo.InvariantCulture, $"--seed {Seed} --strategy pct --pct-length {PctScheduleLength}")
        : string.Create(CultureInfo.InvariantCulture, $"--seed {Seed} --strategy random");

    /// <summary>
    /// True when two outcomes printed the same and ended the same way. Addresses the runtime hands out
    /// (<c>id()</c>, reprs such as <c>&lt;function f at 0x7f...&gt;</c>) are not compared: ids are never reused
    /// within the process, so each schedule's differ, as a new CPython process's addresses do.
    /// </summary>
    internal bool SameAs(PyScheduleOutcome other) =>
        WithoutAddresses(Stdout) == WithoutAddresses(other.Stdout) && WithoutAddresses(Stderr) == WithoutAddresses(other.Stderr)
        && ExitStatus == other.ExitStatus && Failure?.Kind == other.Failure?.Kind;

    // PyOps.Types: ids count up from 0x7f0000001000 in steps of 16.
    private static string WithoutAddresses(string text) => s_address.Replace(text, "0x7f..");

    private static readonly System.Text.RegularExpressions.Regex s_address = new("0x7f[0-9a-f]{10}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
