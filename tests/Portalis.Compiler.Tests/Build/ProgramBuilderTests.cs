using Portalis.Compiler.Build;
using Portalis.Runtime;

namespace Portalis.Compiler.Tests.Build;

[Collection(nameof(ProgramCollection))]
public sealed class ProgramBuilderTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("portalis-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void Load_SecondStart_UsesWarmCacheWithoutTranslating()
    {
        var path = GeneratedPrograms.WriteScript("x = 1\n");
        var translations = 0;
        TranslationResult Translate(string p, TranslationOptions? o)
        {
            translations++;
            return GeneratedPrograms.SingleModule(p, "        PyImport.Modules.SetItem(\"ran\", true);");
        }

        var options = new ProgramBuildOptions { CacheDirectory = _cache };
        var first = ProgramBuilder.Load(path, options, Translate);
        Assert.False(first.FromWarmCache);
        Assert.Equal(0, first.Main!(["app.py"]));
        var second = ProgramBuilder.Load(path, options, Translate);
        Assert.True(second.FromWarmCache);
        Assert.Equal(1, translations);
        Assert.Equal(0, second.Main!(["app.py"]));
    }

    [Fact]
    public void Load_InputFileChanged_TranslatesAgain()
    {
        var path = GeneratedPrograms.WriteScript("x = 1\n");
        var translations = 0;
        TranslationResult Translate(string p, TranslationOptions? o)
        {
            translations++;
            return GeneratedPrograms.SingleModule(p, string.Empty);
        }

        var options = new ProgramBuildOptions { CacheDirectory = _cache };
        ProgramBuilder.Load(path, options, Translate);
        File.WriteAllText(path, "x = 2\n");
        var again = ProgramBuilder.Load(path, options, Translate);
        Assert.False(again.FromWarmCache);
        Assert.Equal(2, translations);
        Assert.NotNull(again.Main);
    }

    [Fact]
    public void Load_NoCache_WritesNothing()
    {
        var path = GeneratedPrograms.WriteScript("x = 1\n");
        var built = ProgramBuilder.Load(path, new ProgramBuildOptions { CacheDirectory = _cache, UseCache = false }, (p, _) => GeneratedPrograms.SingleModule(p, string.Empty));
        Assert.NotNull(built.Main);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cache));
    }

    [Fact]
    public void Load_GeneratedCodeDoesNotCompile_ReturnsInternalError()
    {
        var path = GeneratedPrograms.WriteScript("x = 1\n");
        var built = ProgramBuilder.Load(path, new ProgramBuildOptions { CacheDirectory = _cache }, (p, _) => GeneratedPrograms.SingleModule(p, "        undefined_name();"));
        Assert.Null(built.Main);
        Assert.StartsWith("internal error: the generated C# does not compile", built.InternalError, StringComparison.Ordinal);
        Assert.Contains("Module___main__.g.cs(", built.InternalError, StringComparison.Ordinal);
        Assert.Contains("CS0103", built.InternalError, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingEntryType_ReturnsInternalError()
    {
        var path = GeneratedPrograms.WriteScript("x = 1\n");
        var built = ProgramBuilder.Load(GeneratedPrograms.SingleModule(path, string.Empty, entryType: "No.Such.Type"));
        Assert.Equal("internal error: the generated entry type 'No.Such.Type' has no 'public static int Main(string[])'", built.InternalError);
    }

    [Fact]
    public void Load_SyntaxError_ReturnsTranslatorDiagnostics()
    {
        var path = GeneratedPrograms.WriteScript("x = (1\n");
        var built = ProgramBuilder.Load(path, new ProgramBuildOptions { CacheDirectory = _cache });
        Assert.Null(built.Main);
        Assert.Equal("'(' was never closed", Assert.Single(built.Diagnostics).Message);
    }

    [Fact]
    public void Main_UncaughtException_ReturnsOne()
    {
        var path = GeneratedPrograms.WriteScript("raise KeyError('k')\n");
        var built = ProgramBuilder.Load(GeneratedPrograms.SingleModule(path, $"#line 1 \"{path}\"\n        throw new PyKeyError(\"k\");"));
        var stderr = new StringWriter();
        var saved = Console.Error;
        Console.SetError(stderr);
        try
        {
            Assert.Equal(1, built.Main!(["app.py"]));
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Equal($"Traceback (most recent call last):\n  File \"{path}\", line 1, in <module>\n    raise KeyError('k')\nKeyError: 'k'\n", stderr.ToString());
    }
}

[CollectionDefinition(nameof(ProgramCollection), DisableParallelization = true)]
public sealed class ProgramCollection;
