using System.CommandLine;
using Portalis.Syntax;
using Portalis.Syntax.Text;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Cli.Commands;

/// <summary>
/// <c>portalis tokenize [--trivia] [--python-format] FILE...</c>: prints the tokens of Python files, either
/// in Portalis's own form (token kinds as the parser sees them) or exactly as <c>python3 -m tokenize -e</c>
/// prints them. A tokenizer error goes to stderr in CPython's form and makes the exit status 1.
/// </summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files")
        {
            Description = "The Python source files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var trivia = new Option<bool>("--trivia")
        {
            Description = "Also print COMMENT and NL tokens, which the parser does not see.",
        };
        var pythonFormat = new Option<bool>("--python-format")
        {
            Description = "Print exactly what 'python3 -m tokenize -e FILE' prints (implies --trivia).",
        };
        var command = new Command("tokenize", "Print the tokens of Python source files.") { files, trivia, pythonFormat };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(files) ?? [],
            parseResult.GetValue(trivia),
            parseResult.GetValue(pythonFormat),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<FileInfo> files, bool trivia, bool pythonFormat, TextWriter stdout, TextWriter stderr)
    {
        var status = Program.Success;
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"portalis tokenize: cannot read '{file}': {e.Message}");
                return Program.UsageError;
            }

            if (files.Count > 1)
            {
                stdout.WriteLine($"==> {file} <==");
            }

            var decoded = SourceText.FromBytes(bytes, file.ToString());
            if (decoded.Error is { } decodeError)
            {
                stdout.Flush();
                stderr.Write(DiagnosticFormatter.FormatPython(decodeError));
                status = Program.InputError;
                continue;
            }

            var result = Tokenizer.Tokenize(decoded.Source, new TokenizerOptions { IncludeTrivia = trivia || pythonFormat });
            if (pythonFormat)
            {
                TokenizerFormatter.WritePythonFormat(stdout, result);
            }
            else
            {
                TokenizerFormatter.WriteNativeFormat(stdout, result);
            }

            if (result.Error is { } error)
            {
                stdout.Flush();
                stderr.Write(DiagnosticFormatter.FormatPython(error));
                status = Program.InputError;
            }
        }

        return status;
    }
}
