using System.Text;
using Portalis.Runtime;
using Xunit.Abstractions;

namespace Portalis.Compiler.Tests.Conformance;

/// <summary>
/// Each conformance program is translated, compiled and run in this process; its stdout, exit status and
/// stderr must be what CPython 3.11 produced (the checked-in .out/.exit/.err files, made by
/// eng/regen-conformance.py). Programs listed in tests/Conformance/expected-failures.txt are known not to
/// pass yet: for them the test checks that they still fail, so the list cannot go stale.
/// </summary>
[Collection(ConformanceCollection.Name)]
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Programs => new(ConformanceSuite.ProgramNames);

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_BehavesAsCPython(string name)
    {
        var program = ConformanceSuite.Get(name);
        var outcome = Run(program);
        var mismatch = Compare(program, outcome);
        if (ExpectedFailures.Reasons.TryGetValue(name, out var reason))
        {
            // The current difference, so the manifest's reasons can be refreshed from the test log.
            output.WriteLine(mismatch ?? "passes");
            Assert.True(mismatch is not null, $"{name} now behaves as CPython: remove it from expected-failures.txt (was: {reason})");
            return;
        }

        Assert.True(mismatch is null, mismatch);
    }

    [Fact]
    public void ExpectedFailures_NameExistingPrograms()
    {
        var unknown = ExpectedFailures.Reasons.Keys.Where(k => !ConformanceSuite.ProgramNames.Contains(k)).ToList();
        Assert.Empty(unknown);
    }

    private static RunOutcome Run(CompiledProgram program)
    {
        if (program.Main is null)
        {
            return new RunOutcome(string.Empty, program.Error ?? "not compiled", -1);
        }

        var directory = Path.GetDirectoryName(program.Path)!;
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(program.Path));
        var stdin = File.Exists(stem + ".in") ? File.ReadAllText(stem + ".in") : string.Empty;
        var args = File.Exists(stem + ".args") ? File.ReadAllLines(stem + ".args") : [];
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            PyRuntime.RedirectStandardStreams(stdout, stderr, new StringReader(stdin));
            var run = Task.Factory.StartNew(() => program.Main(args.Prepend(program.Path).ToArray()), TaskCreationOptions.LongRunning);
            if (!run.Wait(s_timeout))
            {
                return new RunOutcome(stdout.ToString(), $"timed out after {s_timeout.TotalSeconds} s", -1);
            }

            return new RunOutcome(stdout.ToString(), stderr.ToString(), run.Result);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            PyRuntime.RedirectStandardStreams(null, null, null);
        }
    }

    /// <summary>Null when the run matches CPython's; otherwise a description of the first difference.</summary>
    internal static string? Compare(CompiledProgram program, RunOutcome outcome)
    {
        var stem = Path.Combine(Path.GetDirectoryName(program.Path)!, Path.GetFileNameWithoutExtension(program.Path));
        var expectedOut = File.ReadAllText(stem + ".out");
        var expectedExit = File.Exists(stem + ".exit") ? int.Parse(File.ReadAllText(stem + ".exit").Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var expectedErr = File.Exists(stem + ".err") ? File.ReadAllText(stem + ".err").Replace("{dir}", Path.GetDirectoryName(program.Path)!, StringComparison.Ordinal) : string.Empty;
        if (outcome.Stdout != expectedOut)
        {
            return $"stdout differs for {program.Name}:\n{FirstDifference(expectedOut, outcome.Stdout)}\nstderr:\n{outcome.Stderr}";
        }

        if (outcome.Exit != expectedExit)
        {
            return $"exit status {outcome.Exit}, CPython's is {expectedExit}; stderr:\n{outcome.Stderr}";
        }

        var expectedLines = WithoutCaretLines(expectedErr);
        var actualLines = WithoutCaretLines(outcome.Stderr);
        if (!expectedLines.SequenceEqual(actualLines))
        {
            return $"stderr differs for {program.Name}:\n--- CPython\n{string.Join("\n", expectedLines)}\n--- Portalis\n{string.Join("\n", actualLines)}";
        }

        return null;
    }

    // CPython 3.11 underlines the failing expression in tracebacks (lines of only '^' and '~', after the '|'
    // margin inside an exception group's box); Portalis does not print those lines yet, so they are left out
    // of the comparison.
    private static List<string> WithoutCaretLines(string text) =>
        text.Split('\n').Where(l => !IsCaretLine(l)).ToList();

    private static bool IsCaretLine(string line)
    {
        var content = line.Trim();
        if (content.StartsWith('|'))
        {
            content = content[1..].Trim();
        }

        return content.Length > 0 && content.All(c => c is '^' or '~');
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return new StringBuilder().Append("line ").Append(i + 1).Append(":\n  CPython:  ").Append(el).Append("\n  Portalis: ").Append(al).ToString();
            }
        }

        return "(same lines, different line endings)";
    }

    internal sealed record class RunOutcome(string Stdout, string Stderr, int Exit);
}

/// <summary>The conformance programs share process-wide state (standard streams, current directory), so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConformanceCollection
{
    public const string Name = "Conformance";
}

/// <summary>tests/Conformance/expected-failures.txt: one program per line, then <c>#</c> and the reason.</summary>
internal static class ExpectedFailures
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = Load();

    private static Dictionary<string, string> Load()
    {
        var path = Path.Combine(ConformanceSuite.Root, "expected-failures.txt");
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
            var name = (hash < 0 ? line : line[..hash]).Trim();
            reasons[name] = hash < 0 ? string.Empty : line[(hash + 1)..].Trim();
        }

        return reasons;
    }
}
