using Portalis.Syntax.Diagnostics;

namespace Portalis.Syntax.Tests;

// Expected files are CPython 3.11's output, made by eng/regen-golden-tokens.py.
public sealed class TokenizerGoldenTests
{
    private static readonly string s_tokens = Path.Combine(AppContext.BaseDirectory, "Golden", "Tokens");
    private static readonly string s_errors = Path.Combine(AppContext.BaseDirectory, "Golden", "TokenizerErrors");

    public static TheoryData<string> TokenCases() => Cases(s_tokens);

    public static TheoryData<string> ErrorCases() => Cases(s_errors);

    // python3 -m tokenize -e NAME.py
    [Theory]
    [MemberData(nameof(TokenCases))]
    public void WritePythonFormat_GoldenSource_MatchesPythonTokenize(string name)
    {
        var path = Path.Combine(s_tokens, name + ".py");
        var decoded = SourceText.FromBytes(File.ReadAllBytes(path), name + ".py");
        Assert.Null(decoded.Error);
        var result = Tokenizer.Tokenize(decoded.Source, new TokenizerOptions { IncludeTrivia = true });
        Assert.Null(result.Error);
        var writer = new StringWriter { NewLine = "\n" };
        TokenizerFormatter.WritePythonFormat(writer, result);
        Assert.Equal(File.ReadAllText(Path.Combine(s_tokens, name + ".tokens")), writer.ToString());
    }

    // python3 NAME.py (stderr)
    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void FormatPython_GoldenError_MatchesCPythonTraceback(string name)
    {
        var path = Path.Combine(s_errors, name + ".py");
        var decoded = SourceText.FromBytes(File.ReadAllBytes(path), name + ".py");
        var error = decoded.Error ?? Tokenizer.Tokenize(decoded.Source).Error;
        Assert.NotNull(error);
        Assert.Equal(File.ReadAllText(Path.Combine(s_errors, name + ".err")), DiagnosticFormatter.FormatPython(error));
    }

    private static TheoryData<string> Cases(string directory)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }
}
