using System.CommandLine;
using Portalis.Compiler;

namespace Portalis.Cli.Commands;

/// <summary>
/// <c>portalis check SCRIPT</c>: translates the program without running it and prints every diagnostic in
/// the compiler form (<c>path:line:col: error CODE: message</c>, source line, caret), warnings first. Exit status 1
/// when there is any error, else 0 after "no problems found" (or "no errors found, N warnings"); 2 for a missing script.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var script = new Argument<string>("script") { Description = "The Python program to check." };
        var command = new Command("check", "Report every problem that keeps a Python program from being translated.");
        command.Arguments.Add(script);
        command.SetAction(result => Run(result.GetValue(script)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string script, TextWriter stdout, TextWriter stderr, TranslationCommandHelpers.TranslateFunc? translate = null)
    {
        if (TranslationCommandHelpers.MissingScript("check", script) is { } missing)
        {
            stderr.WriteLine(missing);
            return Program.UsageError;
        }

        TranslationResult translation = (translate ?? TranslationCommandHelpers.TranslateWithTranslator)(script, null);
        var warnings = TranslationCommandHelpers.WriteDiagnostics(translation.Warnings, stdout);
        if (TranslationCommandHelpers.WriteDiagnostics(translation.Diagnostics, stdout) > 0)
        {
            return Program.InputError;
        }

        // Warnings name constructs that fail only when run (an import by a computed name, eval): the program translates.
        stdout.WriteLine(warnings == 0 ? "no problems found" : $"no errors found, {warnings} warning{(warnings == 1 ? string.Empty : "s")}");
        stdout.Flush();
        return Program.Success;
    }
}
