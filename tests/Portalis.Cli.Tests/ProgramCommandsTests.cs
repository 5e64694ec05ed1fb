using System.Diagnostics;
using Portalis.Cli.Commands;
using Portalis.Compiler;
using Portalis.Compiler.Tests.Build;
using Portalis.Runtime;

namespace Portalis.Cli.Tests;

// run swaps the process-wide sys.stdout and stderr: one test at a time.
[Collection(nameof(ConsoleCollection))]
public sealed class ProgramCommandsTests
{
    private static TranslationCommandHelpers.TranslateFunc Printing(string csharpArgs) =>
        (path, _) => GeneratedPrograms.SingleModule(path, $"        PyBuiltins.Print([{csharpArgs}]);");

    [Fact]
    public void Run_Program_PrintsAndReturnsZero()
    {
        var path = GeneratedPrograms.WriteScript("print('hello')\n");
        var (status, stdout, stderr) = Capture(err => RunCommand.Run(path, [], noCache: true, err, Printing("\"hello\"")));
        Assert.Equal(0, status);
        Assert.Equal("hello\n", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Run_ArgumentsAfterScript_AreSysArgv()
    {
        var path = GeneratedPrograms.WriteScript("import sys; print(sys.argv)\n");
        var (status, stdout, _) = Capture(err => RunCommand.Run(path, ["a", "--no-cache"], noCache: true, err, Printing("PyRuntime.Argv")));
        Assert.Equal(0, status);
        Assert.Equal($"['{path}', 'a', '--no-cache']\n", stdout);
    }

    [Fact]
    public void Run_SystemExitWithMessage_PrintsItAndReturnsOne()
    {
        var path = GeneratedPrograms.WriteScript("raise SystemExit('bye')\n");
        var (status, _, stderr) = Capture(err => RunCommand.Run(path, [], noCache: true, err,
            (p, _) => GeneratedPrograms.SingleModule(p, "        throw new PySystemExit(\"bye\");")));
        Assert.Equal(1, status);
        Assert.Equal("bye\n", stderr);
    }

    [Fact]
    public void Run_SystemExitCode_IsTheStatus()
    {
        var path = GeneratedPrograms.WriteScript("raise SystemExit(7)\n");
        var (status, _, _) = Capture(err => RunCommand.Run(path, [], noCache: true, err,
            (p, _) => GeneratedPrograms.SingleModule(p, "        throw new PySystemExit(7L);")));
        Assert.Equal(7, status);
    }

    [Fact]
    public void Run_SyntaxError_PrintsCompilerFormAndReturnsOne()
    {
        var path = GeneratedPrograms.WriteScript("x = (1\n");
        var (status, stdout, stderr) = Capture(err => RunCommand.Run(path, [], noCache: true, err));
        Assert.Equal(1, status);
        Assert.Empty(stdout);
        Assert.Equal($"{path}:1:5: error PT0001: '(' was never closed\nx = (1\n    ^\n", stderr);
    }

    [Fact]
    public void Run_MissingScript_ReturnsTwo()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, RunCommand.Run("/no/such/app.py", [], noCache: true, stderr));
        Assert.Equal("portalis run: can't open file '/no/such/app.py': [Errno 2] No such file or directory\n", stderr.ToString());
    }

    [Theory]
    [InlineData(new[] { "run", "app.py", "a", "--no-cache", "-x" }, false, new[] { "a", "--no-cache", "-x" })]
    [InlineData(new[] { "run", "--no-cache", "app.py", "--", "b" }, true, new[] { "--", "b" })]
    [InlineData(new[] { "run", "--no-cache", "--", "app.py", "c" }, true, new[] { "c" })]
    [InlineData(new[] { "run", "--explore", "5", "--seed", "9", "app.py", "d", "--explore", "2" }, false, new[] { "d", "--explore", "2" })]
    [InlineData(new[] { "run", "--trace", "t.json", "--no-cache", "app.py" }, true, new string[0])]
    public void SplitTokens_OptionsBeforeScriptOnly_RestGoesToProgram(string[] commandLine, bool noCache, string[] programArgs)
    {
        var result = Program.CreateRootCommand().Parse(commandLine);
        var (script, args, parsedNoCache) = RunCommand.SplitTokens(result, "app.py");
        Assert.Equal("app.py", script);
        Assert.Equal(noCache, parsedNoCache);
        Assert.Equal(programArgs, args);
    }

    [Fact]
    public void Main_RunWithoutScript_ReturnsUsageError() => Assert.Equal(2, Program.Main(["run"]));

    [Fact]
    public void Check_SyntaxErrors_PrintsEveryDiagnosticAndReturnsOne()
    {
        var path = GeneratedPrograms.WriteScript("x = (1\n");
        var stdout = new StringWriter();
        Assert.Equal(1, CheckCommand.Run(path, stdout, new StringWriter()));
        Assert.Equal($"{path}:1:5: error PT0001: '(' was never closed\nx = (1\n    ^\n", stdout.ToString());
    }

    [Fact]
    public void Check_CleanProgram_SaysNoProblems()
    {
        var path = GeneratedPrograms.WriteScript("x = 1\n");
        var stdout = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(path, stdout, new StringWriter()));
        Assert.Equal("no problems found\n", stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_ImportByComputedName_WarnsAndReturnsZero()
    {
        var path = GeneratedPrograms.WriteScript("import importlib\nname = 'js' + 'on'\nm = importlib.import_module(name)\n");
        var stdout = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(path, stdout, new StringWriter()));
        Assert.Equal(
            $"{path}:3:5: warning PT1003: importlib.import_module() with a name computed at run time: Portalis translates the modules a program names, so another one raises ModuleNotFoundError\n"
            + "m = importlib.import_module(name)\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nno errors found, 1 warning\n",
            stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_LiteralImportsAndOwnEval_NoWarnings()
    {
        var path = GeneratedPrograms.WriteScript(
            "import importlib\nfrom importlib import import_module as im\nimportlib.import_module('json')\nim('.decoder', package='json')\n__import__('math')\n"
            + "def eval(x): return x\nprint(eval(1))\n");
        var stdout = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(path, stdout, new StringWriter()));
        Assert.Equal("no problems found\n", stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_EvalAndExec_WarnEach()
    {
        var path = GeneratedPrograms.WriteScript("x = eval('1')\nexec('y = 2')\n");
        var stdout = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(path, stdout, new StringWriter()));
        var text = stdout.ToString().ReplaceLineEndings("\n");
        Assert.Contains($"{path}:1:5: warning PT1003: eval() is not supported", text, StringComparison.Ordinal);
        Assert.Contains($"{path}:2:1: warning PT1003: exec() is not supported", text, StringComparison.Ordinal);
        Assert.EndsWith("no errors found, 2 warnings\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_WritesSourcesProjectAndLibraries()
    {
        var path = GeneratedPrograms.WriteScript("print('hello')\n");
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out");
        Assert.Equal(0, TranslateCommand.Run(path, output, new StringWriter(), new StringWriter(), Printing("\"hello\"")));
        Assert.True(File.Exists(Path.Combine(output, "Module___main__.g.cs")));
        Assert.True(File.Exists(Path.Combine(output, "app.csproj")));
        Assert.True(File.Exists(Path.Combine(output, "lib", "Portalis.Runtime.dll")));
        Assert.True(File.Exists(Path.Combine(output, "lib", "Portalis.Threading.dll")));
        Assert.Contains("Portalis.Generated.Program__Entry.Main([@\"app.py\", .. args])", File.ReadAllText(Path.Combine(output, "Program.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_SyntaxError_ReturnsOneAndWritesNothing()
    {
        var path = GeneratedPrograms.WriteScript("x = (1\n");
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out");
        var stderr = new StringWriter();
        Assert.Equal(1, TranslateCommand.Run(path, output, new StringWriter(), stderr));
        Assert.False(Directory.Exists(output));
        Assert.Contains("error PT0001", stderr.ToString(), StringComparison.Ordinal);
    }

    // Builds and runs the written project with the dotnet SDK: restore and build take 20-60 s.
    [Fact]
    public async Task Translate_DotnetRun_RunsTheProgram()
    {
        if (Environment.GetEnvironmentVariable("PORTALIS_STRESS") != "1")
        {
            return;
        }

        var path = GeneratedPrograms.WriteScript("import sys\nprint('hello', sys.argv)\n");
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out");
        Assert.Equal(0, TranslateCommand.Run(path, output, new StringWriter(), new StringWriter(), Printing("\"hello\", PyRuntime.Argv")));
        var start = new ProcessStartInfo("dotnet", ["run", "--project", output, "--", "x"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var stdout = await stdoutTask;
        var stderr = await stderrTask;
        Assert.True(process.ExitCode == 0, stderr + stdout);
        Assert.Equal("hello ['app.py', 'x']\n", stdout);
    }

    private static (int Status, string Stdout, string Stderr) Capture(Func<TextWriter, int> run)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var savedOut = PyBuiltins.Stdout;
        var savedErr = Console.Error;
        PyBuiltins.Stdout = stdout;
        Console.SetError(stderr);
        try
        {
            var status = run(stderr);
            return (status, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            PyBuiltins.Stdout = savedOut;
            Console.SetError(savedErr);
        }
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
