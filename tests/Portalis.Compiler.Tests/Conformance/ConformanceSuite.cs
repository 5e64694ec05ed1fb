using System.Reflection;
using System.Runtime.Loader;
using Portalis.Compiler.Build;

namespace Portalis.Compiler.Tests.Conformance;

/// <summary>
/// The programs under tests/Conformance/programs, translated one by one and compiled in batches (one Roslyn
/// compilation per batch, each program in its own namespace), so the whole suite costs a few compilations.
/// Shipped library modules are translated apart from the programs, as <c>portalis run</c> does, and each is
/// compiled once for the whole suite: a batch of asyncio programs no longer compiles asyncio once per program.
/// </summary>
internal static class ConformanceSuite
{
    private const int BatchSize = 40;
    private static readonly Lazy<IReadOnlyDictionary<string, CompiledProgram>> s_compiled = new(CompileAll);

    public static string Root { get; } = Path.Combine(FindRepositoryRoot(), "tests", "Conformance");

    public static string ProgramsFolder => Path.Combine(Root, "programs");

    /// <summary>Program names relative to programs/, with '/' separators: <c>lists/basics.py</c>, <c>multimodule/pkg_demo/main.py</c>.</summary>
    public static IReadOnlyList<string> ProgramNames { get; } = DiscoverPrograms();

    public static CompiledProgram Get(string name) => s_compiled.Value[name];

    private static IReadOnlyList<string> DiscoverPrograms()
    {
        var names = new List<string>();
        foreach (var file in Directory.EnumerateFiles(ProgramsFolder, "*.py", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(ProgramsFolder, file).Replace('\\', '/');
            var isMultiModule = relative.StartsWith("multimodule/", StringComparison.Ordinal);
            if (isMultiModule ? Path.GetFileName(file) != "main.py" : relative.Count(c => c == '/') != 1)
            {
                continue;
            }

            if (File.Exists(Path.ChangeExtension(file, ".out")))
            {
                names.Add(relative);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private static Dictionary<string, CompiledProgram> CompileAll()
    {
        var result = new Dictionary<string, CompiledProgram>(StringComparer.Ordinal);
        var translations = new TranslationResult[ProgramNames.Count];
        // Library modules on their own, as `portalis run` translates them: each is compiled once for the suite.
        Parallel.For(0, ProgramNames.Count, i => translations[i] = Translator.Translate(
            Path.Combine(ProgramsFolder, ProgramNames[i]), new TranslationOptions { Namespace = $"Portalis.Conformance.P{i}", SeparateLibrary = true }));
        var pending = new List<(string Name, TranslationResult Translation)>();
        for (var i = 0; i < ProgramNames.Count; i++)
        {
            var name = ProgramNames[i];
            if (!translations[i].Success)
            {
                result[name] = new CompiledProgram(name, Path.Combine(ProgramsFolder, name), null, string.Join("\n", translations[i].Diagnostics));
                continue;
            }

            pending.Add((name, translations[i]));
        }

        var library = CompileLibrary(pending.SelectMany(p => p.Translation.Library));
        for (var start = 0; start < pending.Count; start += BatchSize)
        {
            CompileBatch(pending.Skip(start).Take(BatchSize).ToList(), library, result, $"Conformance{start / BatchSize}");
        }

        return result;
    }

    /// <summary>
    /// Every library module the programs use, compiled once (in parallel) and registered for loading: an image,
    /// or the error that every program using the module reports.
    /// </summary>
    private static Dictionary<string, CompileOutcome> CompileLibrary(IEnumerable<LibraryModule> modules)
    {
        var unique = modules.DistinctBy(m => m.Key).ToList();
        var outcomes = new CompileOutcome[unique.Count];
        Parallel.For(0, unique.Count, i => outcomes[i] = RoslynCompiler.Compile([unique[i].Source], unique[i].AssemblyName));
        var library = new Dictionary<string, CompileOutcome>(StringComparer.Ordinal);
        for (var i = 0; i < unique.Count; i++)
        {
            library[unique[i].Key] = outcomes[i];
            if (outcomes[i].Image is { } image)
            {
                LibraryAssemblies.Register(unique[i].AssemblyName, image);
            }
        }

        return library;
    }

    private static void CompileBatch(
        List<(string Name, TranslationResult Translation)> batch, Dictionary<string, CompileOutcome> library, Dictionary<string, CompiledProgram> result, string assemblyName)
    {
        var compilable = new List<(string Name, TranslationResult Translation)>();
        foreach (var program in batch)
        {
            var libraryError = program.Translation.Library.Select(m => library[m.Key].Error).FirstOrDefault(e => e is not null);
            if (libraryError is not null)
            {
                result[program.Name] = new CompiledProgram(program.Name, Path.Combine(ProgramsFolder, program.Name), null, libraryError);
            }
            else
            {
                compilable.Add(program);
            }
        }

        if (compilable.Count > 0)
        {
            CompileLinked(compilable, library, result, assemblyName);
        }
    }

    private static void CompileLinked(
        List<(string Name, TranslationResult Translation)> batch, Dictionary<string, CompileOutcome> library, Dictionary<string, CompiledProgram> result, string assemblyName)
    {
        var sources = batch.SelectMany((p, i) => p.Translation.Sources.Select(s => s with { FileName = $"P{i}_{s.FileName}" })).ToList();
        var references = batch.SelectMany(p => p.Translation.Library).DistinctBy(m => m.Key).Select(m => new LibraryImage(null, library[m.Key].Image)).ToList();
        var outcome = RoslynCompiler.Compile(sources, assemblyName, references);
        if (outcome.Image is null)
        {
            // One program that does not compile must not take its batch down: compile each alone.
            if (batch.Count > 1)
            {
                foreach (var single in batch)
                {
                    CompileLinked([single], library, result, assemblyName + "_" + result.Count);
                }

                return;
            }

            result[batch[0].Name] = new CompiledProgram(batch[0].Name, Path.Combine(ProgramsFolder, batch[0].Name), null, outcome.Error);
            return;
        }

        // The default context, where the library modules' assemblies resolve.
        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(outcome.Image));
        foreach (var (name, translation) in batch)
        {
            var main = assembly.GetType(translation.EntryTypeName)?.GetMethod("Main", BindingFlags.Public | BindingFlags.Static);
            var entry = main?.CreateDelegate<Func<string[], int>>();
            result[name] = new CompiledProgram(name, Path.Combine(ProgramsFolder, name), entry, entry is null ? "no entry point" : null);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portalis.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Portalis.slnx) was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One conformance program: its compiled entry point, or why there is none.</summary>
internal sealed record class CompiledProgram(string Name, string Path, Func<string[], int>? Main, string? Error);
