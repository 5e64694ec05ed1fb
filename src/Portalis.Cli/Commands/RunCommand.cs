using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using Portalis.Compiler.Build;
using Portalis.Runtime;
using Portalis.Threading.Exploration;

namespace Portalis.Cli.Commands;

/// <summary>
/// <c>portalis run [--no-cache] [--explore N | --seed S] [--strategy random|pct|mixed] [--pct-length L]
/// [--trace FILE] SCRIPT [ARGS...]</c>: translates, compiles (or takes from the cache) and runs a Python
/// program. Everything after the script goes to the program (<c>sys.argv[1:]</c>), as with
/// <c>python3 SCRIPT ARGS</c>. The exit status is the program's own; 1 for translation errors, 2 for a
/// missing script or a bad command line, 3 (<see cref="PyRuntime.DeadlockExitStatus"/>) when the program
/// deadlocks. <c>--explore N</c> runs N seeded schedules on the Controlled backend and reports what
/// they found (exit 0 when nothing, 3 when a deadlock, 1 otherwise); <c>--seed S</c> replays one.
/// </summary>
internal static class RunCommand
{
    /// <summary>The options that take a value, so that the script is found after them.</summary>
    private static readonly HashSet<string> s_valued = ["--explore", "--seed", "--strategy", "--pct-length", "--trace"];

    public static Command Create()
    {
        var noCache = new Option<bool>("--no-cache") { Description = "Compile in memory; neither read nor write the program cache." };
        var explore = new Option<int?>("--explore") { Description = "Run the program under N seeded schedules of the Controlled backend; report deadlocks, uncaught exceptions and differing outputs with their seeds." };
        var seed = new Option<long?>("--seed") { Description = "With --explore: the first seed (default 0). Alone: replay exactly the schedule of this seed." };
        var strategy = new Option<SchedulingStrategy?>("--strategy") { Description = "How schedules pick threads: random, pct, or mixed (default: mixed for --explore, random for --seed)." };
        var pctLength = new Option<long?>("--pct-length") { Description = "PCT schedule length (as reported with a PCT seed); adaptive when omitted." };
        var trace = new Option<string?>("--trace") { Description = "Write a Chrome trace-event timeline (threads, lock waits, queue and pool activity) to this file, for Perfetto." };
        var script = new Argument<string>("script") { Description = "The Python program to run." };
        var args = new Argument<string[]>("args") { Description = "Arguments passed to the program (sys.argv[1:]).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("run", "Translate a Python 3.11 program to C#, compile it and run it.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(noCache);
        command.Options.Add(explore);
        command.Options.Add(seed);
        command.Options.Add(strategy);
        command.Options.Add(pctLength);
        command.Options.Add(trace);
        command.Arguments.Add(script);
        command.Arguments.Add(args);
        command.SetAction(result => Execute(FromParseResult(result)));
        return command;
    }

    /// <summary>The run command line as System.CommandLine parsed it.</summary>
    internal static RunCommandLine FromParseResult(ParseResult result)
    {
        // The program's arguments are the raw tokens after the script, even those that look like
        // portalis options ("portalis run app.py --no-cache" passes --no-cache to app.py).
        var (scriptPath, programArgs, noCacheBeforeScript) = SplitTokens(result, result.GetValue<string>("script")!);
        var settings = new RunSettings(
            result.GetValue<int?>("--explore"), result.GetValue<long?>("--seed"), result.GetValue<SchedulingStrategy?>("--strategy"),
            result.GetValue<long?>("--pct-length"), result.GetValue<string?>("--trace"));
        return new RunCommandLine(scriptPath, programArgs, noCacheBeforeScript || (programArgs.Length == 0 && result.GetValue<bool>("--no-cache")), settings);
    }

    /// <summary>Runs a parsed command line with the real translator; the exit status.</summary>
    public static int Execute(RunCommandLine commandLine) =>
        Run(commandLine.Script, commandLine.ProgramArgs, commandLine.NoCache, Console.Error, translate: null, commandLine.Settings);

    /// <summary>Runs <paramref name="script"/> with <paramref name="programArgs"/>; the seam for tests.</summary>
    internal static int Run(string script, string[] programArgs, bool noCache, TextWriter stderr, TranslationCommandHelpers.TranslateFunc? translate = null, RunSettings? settings = null)
    {
        if (TranslationCommandHelpers.MissingScript("run", script) is { } missing)
        {
            stderr.WriteLine(missing);
            return Program.UsageError;
        }

        settings ??= new RunSettings(null, null, null, null, null);
        if (settings.Validate() is { } usage)
        {
            stderr.WriteLine($"portalis run: {usage}");
            return Program.UsageError;
        }

        var options = new ProgramBuildOptions { UseCache = !noCache };
        StartupTrace.Mark("command line read");
        var built = ProgramBuilder.Load(script, options, new Func<string, Compiler.TranslationOptions?, Compiler.TranslationResult>(translate ?? TranslationCommandHelpers.TranslateWithTranslator));
        StartupTrace.Mark("program loaded");
        return built.Main is { } main ? RunModes.Run(main, [script, .. programArgs], script, settings, stderr) : ReportFailure(built, stderr);
    }

    // Separate so that a warm start never loads Portalis.Syntax (the diagnostics' assembly).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReportFailure(ProgramBuildResult built, TextWriter stderr)
    {
        if (TranslationCommandHelpers.WriteDiagnostics(built.Diagnostics, stderr) == 0)
        {
            stderr.WriteLine(built.InternalError);
            stderr.Flush();
        }

        return Program.InputError;
    }

    internal static (string Script, string[] Args, bool NoCache) SplitTokens(ParseResult result, string script)
    {
        var tokens = result.Tokens;
        var noCache = false;
        var i = 0;

        // Skip to the "run" command token, then read options up to the script.
        while (i < tokens.Count && !(tokens[i].Type == TokenType.Command && tokens[i].Value == "run"))
        {
            i++;
        }

        for (i++; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Argument || tokens[i].Type == TokenType.DoubleDash)
            {
                break;
            }

            noCache |= tokens[i].Value == "--no-cache";
            if (tokens[i].Type == TokenType.Option && s_valued.Contains(tokens[i].Value) && i + 1 < tokens.Count)
            {
                i++;
            }
        }

        if (i < tokens.Count && tokens[i].Type == TokenType.DoubleDash)
        {
            i++;
        }

        var rest = new List<string>();
        for (i++; i < tokens.Count; i++)
        {
            rest.Add(tokens[i].Value);
        }

        return (script, [.. rest], noCache);
    }
}
