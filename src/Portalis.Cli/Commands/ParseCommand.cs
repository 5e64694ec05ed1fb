using System.CommandLine;
using System.Text;
using Portalis.Syntax;
using Portalis.Syntax.Diagnostics;
using Portalis.Syntax.Text;

namespace Portalis.Cli.Commands;

/// <summary>
/// <c>portalis parse --dump [--positions] FILE|DIR...</c>: prints <c>== PATH</c> and then what CPython 3.11's
/// <c>ast.dump(ast.parse(source))</c> prints, for each file (directories are walked for <c>*.py</c>, sorted).
/// Syntax errors go to stderr in CPython's layout; the exit status is 1 when any file failed.
/// </summary>
internal static class ParseCommand
{
    // Deep trees (a 100,000-term sum) recurse once per level when dumped; a big stack keeps that safe.
    private const int StackSize = 512 * 1024 * 1024;

    public static Command Create()
    {
        var dump = new Option<bool>("--dump") { Description = "Print the tree as CPython's ast.dump() does." };
        var positions = new Option<bool>("--positions") { Description = "Include positions, as ast.dump(tree, include_attributes=True)." };
        var files = new Argument<string[]>("files") { Description = "Python files or directories.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("parse", "Parse Python 3.11 files and print their syntax trees.");
        command.Options.Add(dump);
        command.Options.Add(positions);
        command.Arguments.Add(files);
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(dump), result.GetValue(positions)));
        return command;
    }

    private static int Run(string[] inputs, bool dump, bool positions)
    {
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.GetFiles(input, "*.py", SearchOption.AllDirectories);
                Array.Sort(found, StringComparer.Ordinal);
                paths.AddRange(found);
            }
            else if (File.Exists(input))
            {
                paths.Add(input);
            }
            else
            {
                Console.Error.WriteLine($"portalis parse: no such file or directory: {input}");
                return Program.UsageError;
            }
        }

        var status = Program.Success;
        var thread = new Thread(() => status = ParseAll(paths, dump, positions), StackSize);
        thread.Start();
        thread.Join();
        return status;
    }

    private static int ParseAll(List<string> paths, bool dump, bool positions)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var failed = false;
        try
        {
            foreach (var path in paths)
            {
                var decoded = SourceText.FromBytes(File.ReadAllBytes(path), path);
                var result = decoded.Error is null ? Parser.ParseModule(decoded.Source) : null;
                if (dump)
                {
                    stdout.Write("== ");
                    stdout.WriteLine(path);
                }

                var error = decoded.Error ?? (result!.Success ? null : result.Diagnostics[0]);
                if (error is not null)
                {
                    failed = true;
                    stdout.Flush();
                    Console.Error.Write(DiagnosticFormatter.FormatPython(error));
                    continue;
                }

                if (dump)
                {
                    stdout.WriteLine(positions ? Parser.DumpWithPositions(result!.Module!, decoded.Source) : result!.Module!.Dump());
                }
            }
        }
        finally
        {
            stdout.Flush();
        }

        return failed ? Program.InputError : Program.Success;
    }
}
