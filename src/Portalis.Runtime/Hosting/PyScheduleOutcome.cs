using System.Globalization;
using System.Text.RegularExpressions;
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
    /// True when an exception went uncaught: it ended the program, or a thread (reaching the default
    /// <c>threading.excepthook</c>), or a multiprocessing child (<see cref="PyRuntime.UncaughtExceptions"/>).
    /// Tracebacks the program prints itself and goes on (<c>traceback.print_exc()</c>, <c>logging.exception</c>,
    /// concurrent.futures logging a failed done callback) and unraisable reports (<c>Exception ignored in
    /// ...:</c>, Python/errors.c) are not: the program's exit status is its own.
    /// </summary>
    public bool HasUncaughtException => UncaughtExceptions > 0;

    /// <summary>How many uncaught exceptions the schedule reported.</summary>
    public int UncaughtExceptions { get; internal set; }

    /// <summary>The <c>portalis run</c> options that replay exactly this schedule.</summary>
    public string ReplayOptions => Strategy == SchedulingStrategy.Pct
        ? string.Create(CultureInfo.InvariantCulture, $"--seed {Seed} --strategy pct --pct-length {PctScheduleLength}")
        : string.Create(CultureInfo.InvariantCulture, $"--seed {Seed} --strategy random");

    /// <summary>
    /// True when two outcomes printed the same and ended the same way. Addresses the runtime hands out are
    /// not compared: an id depends on the order in which a schedule's threads first asked for ids
    /// (<see cref="PyOps.BeginIdSpace"/>), as a CPython address depends on the allocator, not on the schedule.
    /// </summary>
    internal bool SameAs(PyScheduleOutcome other) =>
        SameText(Stdout, other.Stdout) && SameText(Stderr, other.Stderr)
        && ExitStatus == other.ExitStatus && Failure?.Kind == other.Failure?.Kind;

    /// <summary>Compares two outputs with every id in the runtime's range masked.</summary>
    internal static bool SameText(string a, string b) => a == b || WithoutAddresses(a) == WithoutAddresses(b);

    // PyOps.Id: ids are address-like values from 0x7f0000000100 (None) up, in steps of 16; reprs show them
    // in hex (<Foo object at 0x7f0000001230>), id() in decimal (0x7f0000000000 is 139637976727552).
    private static string WithoutAddresses(string text) => s_address.Replace(text, "<address>");

    private static readonly Regex s_address = new(@"0x7f[0-9a-f]{10}\b|\b1396[34]\d{10}\b", RegexOptions.CultureInvariant);
}
