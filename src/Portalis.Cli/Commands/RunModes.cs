using Portalis.Runtime;
using Portalis.Threading.Exploration;
using Portalis.Threading.Tracing;

namespace Portalis.Cli.Commands;

/// <summary>How <c>portalis run</c> runs a built program: natively, traced, explored or replayed.</summary>
internal static class RunModes
{
    /// <summary>Runs <paramref name="main"/> (a translated program's entry) as <paramref name="settings"/> ask.</summary>
    public static int Run(Func<string[], int> main, string[] argv, string script, RunSettings settings, TextWriter stderr)
    {
        if (settings.Explore is { } schedules)
        {
            return PyRuntime.RunHosted(main, argv, program => Explore(program, schedules, script, settings, stderr));
        }

        if (settings.Seed is { } seed)
        {
            return PyRuntime.RunHosted(main, argv, program => Replay(program, seed, settings, stderr));
        }

        if (settings.Trace is { } path)
        {
            return Traced(main, argv, path, script, stderr);
        }

        return main(argv);
    }

    private static int Explore(PyProgram program, int schedules, string script, RunSettings settings, TextWriter stderr)
    {
        var options = new PyExploreOptions
        {
            Schedules = schedules,
            Seed = settings.Seed ?? 0,
            Strategy = settings.Strategy ?? SchedulingStrategy.Mixed,
            PctScheduleLength = settings.PctLength,
        };
        var outcomes = PyExplorer.Explore(program, options);

        // The first schedule's output stands for the program's; the report says where others differ.
        WriteProgramOutput(outcomes[0]);
        return PyExplorer.WriteReport(outcomes, script, stderr);
    }

    private static int Replay(PyProgram program, long seed, RunSettings settings, TextWriter stderr)
    {
        var options = new PyExploreOptions { PctScheduleLength = settings.PctLength };
        var outcome = PyExplorer.Replay(program, seed, settings.Strategy ?? SchedulingStrategy.Random, options);
        WriteProgramOutput(outcome);
        if (outcome.Failure is { } failure)
        {
            stderr.Write($"portalis: schedule of seed {seed} ({outcome.ReplayOptions}): {failure.Kind}\n{failure.Report}\n");
            stderr.Flush();
        }

        return outcome.ExitStatus;
    }

    private static int Traced(Func<string[], int> main, string[] argv, string path, string script, TextWriter stderr)
    {
        var recorder = new PyTraceRecorder();
        ThreadingTrace.Listener = recorder;
        int status;
        try
        {
            status = main(argv);
        }
        finally
        {
            ThreadingTrace.Listener = null;
        }

        try
        {
            recorder.Write(path, script);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"portalis run: cannot write the trace to '{path}': {e.Message}");
            return status == 0 ? Program.UsageError : status;
        }

        return status;
    }

    private static void WriteProgramOutput(PyScheduleOutcome outcome)
    {
        var stdout = PyBuiltins.Stdout;
        stdout.Write(outcome.Stdout);
        stdout.Flush();
        var stderr = SysModule.Stderr;
        stderr.Write(outcome.Stderr);
        stderr.Flush();
    }
}
