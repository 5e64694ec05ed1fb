using System.Globalization;
using Portalis.Threading.Exploration;

namespace Portalis.Cli.Commands;

/// <summary>A parsed <c>portalis run</c> command line: what <see cref="RunCommand.Run"/> needs.</summary>
/// <param name="Script">The Python program.</param>
/// <param name="ProgramArgs">The program's arguments (<c>sys.argv[1:]</c>).</param>
/// <param name="NoCache"><c>--no-cache</c> was given before the script.</param>
/// <param name="Settings">Exploration, replay and tracing options.</param>
internal sealed record class RunCommandLine(string Script, string[] ProgramArgs, bool NoCache, RunSettings Settings)
{
    // Every name System.CommandLine would read as an option anywhere after "run": run's own options, help
    // and version. A token after the script that starts with one of them goes to the full parser.
    private static readonly string[] s_reserved =
        ["--no-cache", "--explore", "--seed", "--strategy", "--pct-length", "--trace", "--help", "--version", "-h", "-?", "/h", "/?"];

    /// <summary>
    /// Parses the common <c>portalis run [options] SCRIPT [ARGS...]</c> command lines without
    /// System.CommandLine (building its command tree and parser costs a warm start a large share of its
    /// time); null for anything else — help, a response file, an unusual option form, a value that
    /// does not parse, an option after the script — which the full parser then handles, so that every
    /// command line means exactly what it means there.
    /// </summary>
    public static RunCommandLine? TryParse(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || args[0] != "run")
        {
            return null;
        }

        int? explore = null;
        long? seed = null, pctLength = null;
        SchedulingStrategy? strategy = null;
        string? trace = null;
        var noCache = false;
        var i = 1;
        for (; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                i++;
                break;
            }

            if (!token.StartsWith('-'))
            {
                break;
            }

            // Each option once, in its plain "--name value" form, with a value that parses.
            var value = i + 1 < args.Count ? args[i + 1] : null;
            long number;
            switch (token)
            {
                case "--no-cache" when !noCache && !IsBoolean(value):
                    noCache = true;
                    continue;
                case "--explore" when explore is null && TryParseDigits(value, out number) && number <= int.MaxValue:
                    explore = (int)number;
                    break;
                case "--seed" when seed is null && TryParseDigits(value, out number):
                    seed = number;
                    break;
                case "--pct-length" when pctLength is null && TryParseDigits(value, out number):
                    pctLength = number;
                    break;
                case "--strategy" when strategy is null && TryParseStrategy(value, out var parsed):
                    strategy = parsed;
                    break;
                case "--trace" when trace is null && IsPlainValue(value):
                    trace = value;
                    break;
                default:
                    return null;
            }

            i++;
        }

        if (i >= args.Count || !IsPlainValue(args[i]))
        {
            return null;
        }

        var script = args[i];
        var rest = new string[args.Count - i - 1];
        for (var j = 0; j < rest.Length; j++)
        {
            rest[j] = args[i + 1 + j];
        }

        var afterDoubleDash = i >= 2 && args[i - 1] == "--";
        foreach (var token in rest)
        {
            if (token.StartsWith('@'))
            {
                return null;
            }

            if (token == "--")
            {
                afterDoubleDash = true;
            }

            if (!afterDoubleDash && IsReserved(token))
            {
                return null;
            }
        }

        return new RunCommandLine(script, rest, noCache, new RunSettings(explore, seed, strategy, pctLength, trace));
    }

    // A bool option takes an optional true/false after it; such a command line goes to the full parser.
    private static bool IsBoolean(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlainValue(string? value) => !string.IsNullOrEmpty(value) && value[0] is not ('-' or '@') && !IsReserved(value);

    // "--explore=3" and "--explore:3" are options too; "/h" is one only on its own ("/home/app.py" is a path).
    private static bool IsReserved(string token)
    {
        foreach (var name in s_reserved)
        {
            if (name[0] == '/'
                ? token == name || token.StartsWith(name + ":", StringComparison.Ordinal) || token.StartsWith(name + "=", StringComparison.Ordinal)
                : token.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParseDigits(string? value, out long result)
    {
        result = 0;
        return value is { Length: > 0 and <= 18 } && value.All(char.IsAsciiDigit)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result);
    }

    private static bool TryParseStrategy(string? value, out SchedulingStrategy strategy)
    {
        (var known, strategy) = value switch
        {
            "random" => (true, SchedulingStrategy.Random),
            "pct" => (true, SchedulingStrategy.Pct),
            "mixed" => (true, SchedulingStrategy.Mixed),
            _ => (false, default),
        };
        return known;
    }
}
