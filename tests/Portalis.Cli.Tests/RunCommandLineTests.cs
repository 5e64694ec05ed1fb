using Portalis.Cli.Commands;
using Portalis.Threading.Exploration;

namespace Portalis.Cli.Tests;

public sealed class RunCommandLineTests
{
    // Each command line the fast parser accepts must mean exactly what System.CommandLine makes of it.
    [Theory]
    [InlineData("run", "app.py")]
    [InlineData("run", "/home/user/app.py", "a", "b")]
    [InlineData("run", "app.py", "a", "-x", "--other")]
    [InlineData("run", "--no-cache", "app.py")]
    [InlineData("run", "--no-cache", "app.py", "--", "b")]
    [InlineData("run", "--no-cache", "--", "app.py", "c")]
    [InlineData("run", "--", "app.py", "--no-cache", "--help")]
    [InlineData("run", "app.py", "--", "--no-cache", "--explore", "2")]
    [InlineData("run", "--explore", "5", "--seed", "9", "app.py", "d")]
    [InlineData("run", "--seed", "12", "--strategy", "pct", "--pct-length", "300", "app.py")]
    [InlineData("run", "--explore", "3", "--strategy", "mixed", "app.py")]
    [InlineData("run", "--trace", "t.json", "--no-cache", "app.py")]
    [InlineData("run", "--explore", "007", "app.py", "/h/x")]
    public void TryParse_CommonCommandLine_MatchesSystemCommandLine(params string[] args)
    {
        var fast = RunCommandLine.TryParse(args);
        var parse = Program.CreateRootCommand().Parse(args);
        Assert.Empty(parse.Errors);
        var full = RunCommand.FromParseResult(parse);
        Assert.NotNull(fast);
        Assert.Equal(full.Script, fast.Script);
        Assert.Equal(full.ProgramArgs, fast.ProgramArgs);
        Assert.Equal(full.NoCache, fast.NoCache);
        Assert.Equal(full.Settings, fast.Settings);
    }

    // Help, response files, other option forms, repeated or unparsable values, options after the script:
    // the full parser decides.
    [Theory]
    [InlineData("run")]
    [InlineData("check", "app.py")]
    [InlineData("run", "--help")]
    [InlineData("run", "-h", "app.py")]
    [InlineData("run", "app.py", "--help")]
    [InlineData("run", "app.py", "/?")]
    [InlineData("run", "@args.rsp")]
    [InlineData("run", "app.py", "@more.rsp")]
    [InlineData("run", "--explore=3", "app.py")]
    [InlineData("run", "--explore", "-3", "app.py")]
    [InlineData("run", "--explore", "x", "app.py")]
    [InlineData("run", "--explore", "99999999999", "app.py")]
    [InlineData("run", "--seed", "1", "--seed", "2", "app.py")]
    [InlineData("run", "--no-cache", "true", "app.py")]
    [InlineData("run", "--strategy", "PCT", "--seed", "1", "app.py")]
    [InlineData("run", "--trace", "--no-cache", "app.py")]
    [InlineData("run", "--unknown", "app.py")]
    [InlineData("run", "app.py", "--explore", "2")]
    [InlineData("run", "app.py", "--no-cache")]
    [InlineData("run", "--no-cache")]
    [InlineData("run", "")]
    public void TryParse_UnusualCommandLine_LeavesItToTheFullParser(params string[] args) =>
        Assert.Null(RunCommandLine.TryParse(args));

    [Fact]
    public void TryParse_AllOptions_ReadsEachValue()
    {
        var parsed = RunCommandLine.TryParse(["run", "--seed", "4", "--strategy", "random", "--pct-length", "10", "--trace", "out.json", "--no-cache", "app.py", "x"]);
        Assert.NotNull(parsed);
        Assert.Equal(new RunSettings(null, 4, SchedulingStrategy.Random, 10, "out.json"), parsed.Settings);
        Assert.True(parsed.NoCache);
        Assert.Equal("app.py", parsed.Script);
        Assert.Equal(["x"], parsed.ProgramArgs);
    }
}
