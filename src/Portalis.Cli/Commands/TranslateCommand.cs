using System.CommandLine;
using Portalis.Compiler.Project;

namespace Portalis.Cli.Commands;

/// <summary>
/// <c>portalis translate SCRIPT -o DIR</c>: writes the generated C# with a standalone project
/// (<c>dotnet run --project DIR</c> runs the program). Exit status 1 for translation errors (printed in
/// the compiler form), 2 for a missing script.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var script = new Argument<string>("script") { Description = "The Python program to translate." };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the C# project to.", Required = true };
        var command = new Command("translate", "Translate a Python 3.11 program to a standalone C# project.");
        command.Arguments.Add(script);
        command.Options.Add(output);
        command.SetAction(result => Run(result.GetValue(script)!, result.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string script, string outputDirectory, TextWriter stdout, TextWriter stderr, TranslationCommandHelpers.TranslateFunc? translate = null)
    {
        if (TranslationCommandHelpers.MissingScript("translate", script) is { } missing)
        {
            stderr.WriteLine(missing);
            return Program.UsageError;
        }

        var translation = (translate ?? TranslationCommandHelpers.TranslateWithTranslator)(script, null);
        if (TranslationCommandHelpers.WriteDiagnostics(translation.Diagnostics, stderr) > 0)
        {
            return Program.InputError;
        }

        if (translation.Sources.Count == 0)
        {
            stderr.WriteLine("internal error: the translator produced no C# for this program");
            return Program.InputError;
        }

        try
        {
            var written = StandaloneProjectWriter.Write(translation, Path.GetFileName(script), outputDirectory);
            stdout.WriteLine($"wrote {written.Count} files to {Path.GetFullPath(outputDirectory)}; run with: dotnet run --project {outputDirectory}");
            stdout.Flush();
            return Program.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"portalis translate: cannot write to '{outputDirectory}': {e.Message}");
            return Program.InputError;
        }
    }
}
