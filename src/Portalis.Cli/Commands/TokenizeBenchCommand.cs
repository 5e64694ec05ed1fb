using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Portalis.Syntax;
using Portalis.Syntax.Text;

namespace Portalis.Cli.Commands;

/// <summary>
/// Hidden <c>portalis bench-frontend [--repeat N] PATH...</c>: times the front end in one process over
/// every .py file under the paths, excluding process start and file reading. Each repetition decodes and
/// tokenizes (then, separately, decodes and parses) every file held in memory; the median repetition of
/// each, in wall-clock and in process CPU seconds, is reported as one line of <c>key=value</c> pairs that bench/parse-vs-cpython.py reads.
/// </summary>
internal static class TokenizeBenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories of .py files.", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat") { Description = "Repetitions; the median is reported.", DefaultValueFactory = _ => 5 };
        var command = new Command("bench-frontend", "Time tokenizing and parsing .py files in-process (for bench/parse-vs-cpython.py).")
        {
            paths,
            repeat,
        };
        command.Hidden = true;
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], Math.Max(1, parseResult.GetValue(repeat)), Console.Out));
        return command;
    }

    // Decodes and runs work over every file, repeat + 1 times; the first round warms up the JIT and is
    // dropped. Returns the median round's seconds, and the token count and failures of the last round.
    private static (double Seconds, double CpuSeconds, long Tokens, int Errors) Measure(List<(string Path, byte[] Bytes)> files, int repeat, Func<SourceText, (int Tokens, bool Ok)> work)
    {
        var times = new List<double>();
        var cpuTimes = new List<double>();
        var process = Process.GetCurrentProcess();
        long tokens = 0;
        var errors = 0;
        for (var r = 0; r < repeat + 1; r++)
        {
            tokens = 0;
            errors = 0;
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var (path, bytes) in files)
            {
                var decoded = SourceText.FromBytes(bytes, path);
                if (decoded.Error is not null)
                {
                    errors++;
                    continue;
                }

                var (count, ok) = work(decoded.Source);
                tokens += count;
                errors += ok ? 0 : 1;
            }

            watch.Stop();
            process.Refresh();
            if (r > 0)
            {
                times.Add(watch.Elapsed.TotalSeconds);
                cpuTimes.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
            }
        }

        times.Sort();
        cpuTimes.Sort();
        return (times[times.Count / 2], cpuTimes[cpuTimes.Count / 2], tokens, errors);
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
        var (tokenizeSeconds, tokenizeCpu, tokens, tokenizeErrors) = Measure(files, repeat, static source =>
        {
            var result = Tokenizer.Tokenize(source);
            return (result.Count, result.Error is null);
        });
        var (parseSeconds, parseCpu, _, parseErrors) = Measure(files, repeat, static source =>
        {
            var result = Parser.ParseModule(source);
            return (0, result.Success);
        });
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"files={files.Count} bytes={totalBytes} tokens={tokens} tokenize_errors={tokenizeErrors} parse_errors={parseErrors} "
            + $"tokenize_seconds={tokenizeSeconds:F4} tokenize_mb_per_s={totalBytes / 1e6 / tokenizeSeconds:F1} "
            + $"parse_seconds={parseSeconds:F4} parse_mb_per_s={totalBytes / 1e6 / parseSeconds:F1} "
            + $"tokenize_cpu_seconds={tokenizeCpu:F4} parse_cpu_seconds={parseCpu:F4}"));
        return Program.Success;
    }
}
