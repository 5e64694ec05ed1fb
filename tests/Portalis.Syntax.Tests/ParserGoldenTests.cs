using Portalis.Syntax.Ast;
using Assert = Xunit.Assert;

namespace Portalis.Syntax.Tests;

/// <summary>
/// Golden files: each Golden/Ast/NAME.py has NAME.dump (CPython 3.11's ast.dump) and NAME.positions.dump
/// (with include_attributes=True), made by eng/regen-golden-ast.py.
/// </summary>
public sealed class ParserGoldenTests
{
    private static readonly string s_directory = Path.Combine(AppContext.BaseDirectory, "Golden", "Ast");

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(s_directory, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void ParseModule_GoldenSource_DumpMatchesCPython(string name)
    {
        var (module, _) = Parse(name);

        Assert.Equal(Expected(name, ".dump"), module.Dump());
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void ParseModule_GoldenSource_PositionsMatchCPython(string name)
    {
        var (module, source) = Parse(name);

        Assert.Equal(Expected(name, ".positions.dump"), Parser.DumpWithPositions(module, source));
    }

    [Fact]
    public void Sources_GoldenDirectory_HasAtLeastFortyFiles()
    {
        Assert.True(Sources().Count >= 40);
    }

    private static (Module Module, SourceText Source) Parse(string name)
    {
        var path = Path.Combine(s_directory, name + ".py");
        var decoded = SourceText.FromBytes(File.ReadAllBytes(path), name + ".py");
        Assert.Null(decoded.Error);
        var result = Parser.ParseModule(decoded.Source);
        Assert.True(result.Success, result.Success ? string.Empty : result.Diagnostics[0].ToString());
        return (result.Module!, decoded.Source);
    }

    private static string Expected(string name, string extension)
        => File.ReadAllText(Path.Combine(s_directory, name + extension)).TrimEnd('\n');
}
