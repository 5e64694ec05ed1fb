using System.CommandLine;

namespace Portalis.Cli.Commands;

/// <summary>Every subcommand of <c>portalis</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return RunCommand.Create();
        yield return TranslateCommand.Create();
        yield return CheckCommand.Create();
        yield return TokenizeCommand.Create();
        yield return TokenizeBenchCommand.Create();
        yield return ParseCommand.Create();
    }
}
