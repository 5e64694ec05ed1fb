using Portalis.Cli.Commands;

namespace Portalis.Cli.Tests;

public sealed class TokenizeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portalis-tokenize-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private FileInfo Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return new FileInfo(path);
    }

    // python3 -m tokenize -e ok.py
    [Fact]
    public void Run_PythonFormat_PrintsWhatPythonTokenizePrints()
    {
        var file = Write("ok.py", "x = 1  # c\n");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter();
        Assert.Equal(0, TokenizeCommand.Run([file], trivia: false, pythonFormat: true, stdout, stderr));
        Assert.Equal(
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            + "1,0-1,1:            NAME           'x'            \n"
            + "1,2-1,3:            EQUAL          '='            \n"
            + "1,4-1,5:            NUMBER         '1'            \n"
            + "1,7-1,10:           COMMENT        '# c'          \n"
            + "1,10-1,11:          NEWLINE        '\\n'           \n"
            + "2,0-2,0:            ENDMARKER      ''             \n",
            stdout.ToString());
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void Run_TokenizerError_PrintsCPythonTracebackAndReturnsOne()
    {
        var file = Write("bad.py", "x = (1]\n");
        var stderr = new StringWriter();
        Assert.Equal(1, TokenizeCommand.Run([file], trivia: false, pythonFormat: false, new StringWriter(), stderr));
        Assert.Equal(
            $"  File \"{file}\", line 1\n    x = (1]\n          ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n",
            stderr.ToString());
    }

    [Fact]
    public void Run_MissingFile_ReturnsTwo()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, TokenizeCommand.Run([new FileInfo(Path.Combine(_directory, "missing.py"))], false, false, new StringWriter(), stderr));
        Assert.Contains("missing.py", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Main_UnknownOption_ReturnsUsageError()
        => Assert.Equal(2, Program.Main(["tokenize", "--no-such-option", "--trivia"]));

    [Fact]
    public void Run_NativeFormat_PrintsKindsAsTheParserSeesThem()
    {
        var file = Write("kw.py", "if x: pass");
        var stdout = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, TokenizeCommand.Run([file], trivia: false, pythonFormat: false, stdout, new StringWriter()));
        Assert.Equal(
            "1:0-1:2 IfKeyword 'if'\n1:3-1:4 Name 'x'\n1:4-1:5 Colon ':'\n1:6-1:10 PassKeyword 'pass'\n1:10-1:10 Newline ''\n1:10-1:10 EndMarker ''\n",
            stdout.ToString());
    }
}
