using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Portalis.Syntax;
using Portalis.Syntax.Text;

namespace Portalis.Cli.Commands;

/// <summary>
/// Hidden <c>portalis bench-frontend [--repeat N] PATH...</c>: times the front end in one process over
/// every .py file under the paths, excluding process start and file reading. Each repetition decodes and
/// tokenizes every file; the median repetition is reported as one line of <c>key=value</c> pairs that
/// bench/parse-vs-cpython.py reads.
/// </summary>
internal static class TokenizeBenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories of .py files.", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat") { Description = "Repetitions; the median is reported.", DefaultValueFactory = _ => 5 };
        var command = new Command("bench-frontend", "Time tokenizing .py files in-process (for bench/parse-vs-cpython.py).")
        {
            paths,
            repeat,
        };
        command.Hidden = true;
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], Math.Max(1, parseResult.GetValue(repeat)), Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, int repeat, TextWriter stdout)
    {
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (var path in paths)
        {
            var found = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[path];
            foreach (var file in found)
            {
                files.Add((file, File.ReadAllBytes(file)));
            }
        }

        long totalBytes = files.Sum(f => (long)f.Bytes.Length);
        var tokenizeTimes = new List<double>();
        long tokens = 0;
        var failures = 0;
        for (var r = 0; r < repeat + 1; r++)
        {
            tokens = 0;
            failures = 0;
            var watch = Stopwatch.StartNew();
            foreach (var (path, bytes) in files)
            {
                var decoded = SourceText.FromBytes(bytes, path);
                if (decoded.Error is not null)
                {
                    failures++;
                    continue;
                }

                var result = Tokenizer.Tokenize(decoded.Source);
                tokens += result.Count;
                failures += result.Error is null ? 0 : 1;
            }

            watch.Stop();
            if (r > 0)
            {
                // The first round warms up the JIT.
                tokenizeTimes.Add(watch.Elapsed.TotalSeconds);
            }
        }

        tokenizeTimes.Sort();
        var median = tokenizeTimes[tokenizeTimes.Count / 2];
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"files={files.Count} bytes={totalBytes} tokens={tokens} errors={failures} tokenize_seconds={median:F4} tokenize_mb_per_s={totalBytes / 1e6 / median:F1}"));
        return Program.Success;
    }
}
