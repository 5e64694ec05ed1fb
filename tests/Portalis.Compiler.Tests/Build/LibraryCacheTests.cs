using Portalis.Compiler.Build;
using Portalis.Runtime;

namespace Portalis.Compiler.Tests.Build;

/// <summary>
/// Shipped library modules are translated without the program and compiled once into shared assemblies
/// (ProgramLowerer.TryLowerLibrary, ProgramBuilder.BuildLibrary), unless the program could break the
/// module's typing assumptions; then the module is translated with the program, as before.
/// </summary>
[Collection(nameof(ProgramCollection))]
public sealed class LibraryCacheTests : IDisposable
{
    private const string UsesColorsys = "import colorsys\nprint(colorsys.rgb_to_hls(0.2, 0.4, 0.4))\n";
    private readonly string _cache = Directory.CreateTempSubdirectory("portalis-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void Translate_SeparateLibrary_LibraryModuleIsNotAProgramSource()
    {
        var path = GeneratedPrograms.WriteScript(UsesColorsys);
        var translation = Translator.Translate(path, new TranslationOptions { SeparateLibrary = true });
        var module = Assert.Single(translation.Library);
        Assert.Contains($"namespace Portalis.Library.M{module.Key};", module.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(translation.Sources, s => s.FileName == "Module_colorsys.g.cs");
        Assert.Contains(translation.Sources, s => s.Text.Contains($"new global::Portalis.Library.M{module.Key}.Module_colorsys(m)", StringComparison.Ordinal));
    }

    [Fact]
    public void Translate_ByDefault_OneSelfContainedProgram()
    {
        var path = GeneratedPrograms.WriteScript(UsesColorsys);
        var translation = Translator.Translate(path);
        Assert.Empty(translation.Library);
        Assert.Contains(translation.Sources, s => s.FileName == "Module_colorsys.g.cs");
    }

    [Theory]
    [InlineData("setattr(object(), 'x', 1)\n")]           // reflective code: no proof holds
    [InlineData("class C: pass\nC.max = 1\n")]            // an attribute store of a builtin colorsys relies on
    public void Translate_ProgramBreaksTheModulesAssumptions_TranslatesItWithTheProgram(string extra)
    {
        var path = GeneratedPrograms.WriteScript(extra + UsesColorsys);
        var translation = Translator.Translate(path, new TranslationOptions { SeparateLibrary = true });
        Assert.Empty(translation.Library);
        Assert.Contains(translation.Sources, s => s.FileName == "Module_colorsys.g.cs");
    }

    [Fact]
    public void Load_TwoPrograms_ShareOneLibraryAssemblyAndPrintAsCPython()
    {
        var options = new ProgramBuildOptions { CacheDirectory = _cache };
        var first = ProgramBuilder.Load(GeneratedPrograms.WriteScript(UsesColorsys), options);
        Assert.Equal("(0.5, 0.30000000000000004, 0.3333333333333333)\n", Run(first));
        var library = Directory.GetFiles(Path.Combine(_cache, "v1", "library"));
        var written = File.GetLastWriteTimeUtc(Assert.Single(library));

        var second = ProgramBuilder.Load(GeneratedPrograms.WriteScript("import colorsys\nprint(colorsys.hsv_to_rgb(0.5, 0.5, 0.4))\n"), options);
        Assert.Equal("(0.2, 0.4, 0.4)\n", Run(second));
        Assert.Equal(library, Directory.GetFiles(Path.Combine(_cache, "v1", "library")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(library[0]));
    }

    [Fact]
    public void Load_WarmStart_FindsTheLibraryAssembly()
    {
        var path = GeneratedPrograms.WriteScript(UsesColorsys);
        var options = new ProgramBuildOptions { CacheDirectory = _cache };
        Run(ProgramBuilder.Load(path, options));
        var warm = ProgramBuilder.Load(path, options);
        Assert.True(warm.FromWarmCache);
        Assert.Equal("(0.5, 0.30000000000000004, 0.3333333333333333)\n", Run(warm));
    }

    [Fact]
    public void Load_LibraryAssemblyDeleted_RebuildsInsteadOfFailing()
    {
        var path = GeneratedPrograms.WriteScript(UsesColorsys);
        var options = new ProgramBuildOptions { CacheDirectory = _cache };
        Run(ProgramBuilder.Load(path, options));
        File.Delete(Assert.Single(Directory.GetFiles(Path.Combine(_cache, "v1", "library"))));
        var again = ProgramBuilder.Load(path, options);
        Assert.False(again.FromWarmCache);
        Assert.Equal("(0.5, 0.30000000000000004, 0.3333333333333333)\n", Run(again));
    }

    [Fact]
    public void Load_LibraryAssemblyEntersTheCachePrecompiled()
    {
        // The build records the SDK's crossgen2 (Portalis.Compiler.csproj); a library image stored without native
        // code would JIT its module body at every import.
        Assert.NotNull(ReadyToRunCompiler.Tool);
        Run(ProgramBuilder.Load(GeneratedPrograms.WriteScript(UsesColorsys), new ProgramBuildOptions { CacheDirectory = _cache }));
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Assert.Single(Directory.GetFiles(Path.Combine(_cache, "v1", "library")))));
        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the library assembly has no ReadyToRun header");
    }

    [Fact]
    public void Load_ErrorRaisedInPrecompiledLibraryCode_TracebackNamesItsFrameAndLine()
    {
        // colorsys.rgb_to_hls(r, g, b) computes max(r, g, b) first: a str among floats fails in the library's frame.
        var path = GeneratedPrograms.WriteScript("import colorsys\n\ndef main():\n    colorsys.rgb_to_hls(0.1, 'x', 0.3)\n\nmain()\n");
        var built = ProgramBuilder.Load(path, new ProgramBuildOptions { CacheDirectory = _cache });
        Assert.True(built.Main is not null, built.InternalError);
        var stderr = new StringWriter { NewLine = "\n" };
        using (PyRuntime.CaptureStandardStreams(new StringWriter(), stderr, new StringReader(string.Empty)))
        {
            Assert.Equal(1, built.Main(["app.py"]));
        }

        var library = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Lib", "colorsys.py"));
        var line = Array.FindIndex(library, l => l.Contains("maxc = max(r, g, b)", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0);
        var text = stderr.ToString();
        Assert.Contains("line 4, in main\n", text, StringComparison.Ordinal);
        Assert.Contains($"colorsys.py\", line {line}, in rgb_to_hls\n    maxc = max(r, g, b)\n", text, StringComparison.Ordinal);
        Assert.EndsWith("TypeError: '>' not supported between instances of 'str' and 'float'\n", text, StringComparison.Ordinal);
    }

    private static string Run(ProgramBuildResult built)
    {
        Assert.True(built.Main is not null, built.InternalError);
        var stdout = new StringWriter { NewLine = "\n" };
        using (PyRuntime.CaptureStandardStreams(stdout, new StringWriter(), new StringReader(string.Empty)))
        {
            Assert.Equal(0, built.Main(["app.py"]));
        }

        return stdout.ToString();
    }
}
