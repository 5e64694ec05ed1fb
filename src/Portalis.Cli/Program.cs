using System.CommandLine;
using System.Runtime.CompilerServices;
using Portalis.Cli.Commands;

namespace Portalis.Cli;

/// <summary>The <c>portalis</c> command line.</summary>
internal static class Program
{
    /// <summary>Exit status for a command that ran and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>Exit status for errors in the user's input (syntax errors, unsupported constructs).</summary>
    public const int InputError = 1;

    /// <summary>Exit status for a wrong command line (unknown option, missing file).</summary>
    public const int UsageError = 2;

    public static int Main(string[] args)
    {
        Portalis.Runtime.StartupTrace.Mark("portalis main");

        // The common "portalis run [options] app.py ..." skips System.CommandLine: a warm start is mostly
        // start-up cost, and building the command tree is a large part of it. Anything unusual goes
        // through the full parser below, which gives it the same meaning.
        if (RunCommandLine.TryParse(args) is { } run)
        {
            return InvokeRun(run);
        }

        return ParseAndInvoke(args);
    }

    // As System.CommandLine's invocation (InvocationPipeline.Invoke with its default exception handler):
    // an exception that escapes the command is printed and the status is 1.
    private static int InvokeRun(RunCommandLine run)
    {
        try
        {
            return RunCommand.Execute(run);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("Unhandled exception: " + e);
            return 1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParseAndInvoke(string[] args)
    {
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine exits with 1 on a bad command line; Portalis reserves 1 for input errors.
            foreach (var error in parseResult.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }

            return UsageError;
        }

        return parseResult.Invoke();
    }

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Portalis: Python 3.11 programs, translated to C#, running on .NET with true parallelism.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
