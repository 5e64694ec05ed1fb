using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using Portalis.Compiler.Build;

namespace Portalis.Cli.Commands;

/// <summary>
/// <c>portalis run [--no-cache] SCRIPT [ARGS...]</c>: translates, compiles (or takes from the cache) and
/// runs a Python program. Everything after the script goes to the program (<c>sys.argv[1:]</c>), as with
/// <c>python3 SCRIPT ARGS</c>. The exit status is the program's own; 1 for translation errors, 2 for a
/// missing script or a bad command line.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var noCache = new Option<bool>("--no-cache") { Description = "Compile in memory; neither read nor write the program cache." };
        var script = new Argument<string>("script") { Description = "The Python program to run." };
        var args = new Argument<string[]>("args") { Description = "Arguments passed to the program (sys.argv[1:]).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("run", "Translate a Python 3.11 program to C#, compile it and run it.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(noCache);
        command.Arguments.Add(script);
        command.Arguments.Add(args);
        command.SetAction(result =>
        {
            // The program's arguments are the raw tokens after the script, even those that look like
            // portalis options ("portalis run app.py --no-cache" passes --no-cache to app.py).
            var (scriptPath, programArgs, noCacheBeforeScript) = SplitTokens(result, result.GetValue(script)!);
            return Run(scriptPath, programArgs, noCacheBeforeScript || (programArgs.Length == 0 && result.GetValue(noCache)), Console.Error);
        });
        return command;
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="programArgs"/>; the seam for tests.</summary>
    internal static int Run(string script, string[] programArgs, bool noCache, TextWriter stderr, TranslationCommandHelpers.TranslateFunc? translate = null)
    {
        if (TranslationCommandHelpers.MissingScript("run", script) is { } missing)
        {
            stderr.WriteLine(missing);
            return Program.UsageError;
        }

        var options = new ProgramBuildOptions { UseCache = !noCache };
        var built = ProgramBuilder.Load(script, options, new Func<string, Compiler.TranslationOptions?, Compiler.TranslationResult>(translate ?? TranslationCommandHelpers.TranslateWithTranslator));
        return built.Main is { } main ? main([script, .. programArgs]) : ReportFailure(built, stderr);
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
