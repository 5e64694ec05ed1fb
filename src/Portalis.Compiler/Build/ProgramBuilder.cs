using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Compiler.Build;

/// <summary>Options for <see cref="ProgramBuilder.Load(string, ProgramBuildOptions?)"/>.</summary>
public sealed record class ProgramBuildOptions
{
    /// <summary>Use the on-disk cache (read and write); false compiles in memory every time (<c>--no-cache</c>).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>The cache folder; null for <c>$PORTALIS_CACHE</c> or <c>~/.cache/portalis</c>.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Options passed to the translator on a cache miss.</summary>
    public TranslationOptions? Translation { get; init; }
}

/// <summary>The outcome of <see cref="ProgramBuilder.Load(string, ProgramBuildOptions?)"/>: a runnable program, or why not.</summary>
public sealed class ProgramBuildResult
{
    /// <summary>Translation diagnostics (the user's errors); empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>A Portalis failure (the generated C# did not compile, the cache is unusable); null on success.</summary>
    public string? InternalError { get; init; }

    /// <summary>The program's entry: <c>Main(argv)</c> with the Python <c>sys.argv</c> (script first); returns the exit status.</summary>
    public Func<string[], int>? Main { get; init; }

    /// <summary>True when the program came from the warm cache path (no translation, no compilation).</summary>
    public bool FromWarmCache { get; init; }
}

/// <summary>
/// Turns a Python entry file into a loaded, runnable program: the warm cache path (manifest hit), else
/// translation, a compiled-assembly cache lookup, and in-memory Roslyn compilation.
/// </summary>
public static class ProgramBuilder
{
    /// <summary>Translates (or finds in the cache), compiles and loads the program whose entry is <paramref name="entryPath"/>.</summary>
    public static ProgramBuildResult Load(string entryPath, ProgramBuildOptions? options = null) =>
        Load(entryPath, options ?? new ProgramBuildOptions(), TranslateCold);

    /// <summary>
    /// <see cref="Load(string, ProgramBuildOptions?)"/> with another translator front end (tests use
    /// hand-written translations); <paramref name="translate"/> is called only on a warm-cache miss.
    /// </summary>
    public static ProgramBuildResult Load(string entryPath, ProgramBuildOptions options, Func<string, TranslationOptions?, TranslationResult> translate)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(translate);
        var cache = options.UseCache ? new ProgramCache(options.CacheDirectory ?? ProgramCache.DefaultDirectory) : null;
        if (cache is not null && cache.TryGetWarm(entryPath, out var cachedPath, out var cachedEntry, out var libraryKeys))
        {
            try
            {
                foreach (var key in libraryKeys)
                {
                    LibraryAssemblies.Register("PortalisLib_" + key, cache.LibraryPath(key));
                }

                var main = EntryOf(AssemblyLoadContext.Default.LoadFromAssemblyPath(cachedPath), cachedEntry);
                if (main is not null)
                {
                    return new ProgramBuildResult { Main = main, FromWarmCache = true };
                }
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException)
            {
                // A damaged cache entry is rebuilt below.
            }
        }

        return TranslateAndBuild(entryPath, options, translate, cache);
    }

    // Kept out of Load so that jitting the warm path loads neither the translator nor Portalis.Syntax.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProgramBuildResult TranslateAndBuild(
        string entryPath, ProgramBuildOptions options, Func<string, TranslationOptions?, TranslationResult> translate, ProgramCache? cache)
    {
        // With a cache, shipped library modules are compiled once and shared by every program.
        var translationOptions = cache is null ? options.Translation : (options.Translation ?? new TranslationOptions()) with { SeparateLibrary = true };
        var translation = translate(entryPath, translationOptions);
        if (!translation.Success)
        {
            return new ProgramBuildResult { Diagnostics = translation.Diagnostics };
        }

        return BuildTranslated(entryPath, translation, cache);
    }

    /// <summary>Compiles and loads an existing translation (no cache): the in-memory path.</summary>
    public static ProgramBuildResult Load(TranslationResult translation)
    {
        ArgumentNullException.ThrowIfNull(translation);
        return translation.Success ? BuildTranslated(null, translation, null) : new ProgramBuildResult { Diagnostics = translation.Diagnostics };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TranslationResult TranslateCold(string entryPath, TranslationOptions? options) => Translator.Translate(entryPath, options);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProgramBuildResult BuildTranslated(string? entryPath, TranslationResult translation, ProgramCache? cache)
    {
        if (translation.Sources.Count == 0)
        {
            return new ProgramBuildResult { InternalError = "internal error: the translator produced no C# for this program" };
        }

        var libraries = BuildLibrary(translation.Library, ref cache, out var libraryError);
        if (libraryError is not null)
        {
            return new ProgramBuildResult { InternalError = libraryError };
        }

        var key = ProgramCache.KeyOf(translation);
        Assembly assembly;
        if (cache is not null && File.Exists(cache.AssemblyPath(key)))
        {
            assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(cache.AssemblyPath(key));
        }
        else
        {
            var compiled = RoslynCompiler.Compile(translation.Sources, "PortalisProgram_" + key[..16], libraries);
            if (compiled.Image is null)
            {
                return new ProgramBuildResult { InternalError = compiled.Error };
            }

            if (cache is not null)
            {
                try
                {
                    assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(cache.StoreAssembly(key, compiled.Image));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // An unwritable cache only costs the next start its speed.
                    assembly = Assembly.Load(compiled.Image);
                    cache = null;
                }
            }
            else
            {
                assembly = Assembly.Load(compiled.Image);
            }
        }

        var main = EntryOf(assembly, translation.EntryTypeName);
        if (main is null)
        {
            return new ProgramBuildResult { InternalError = $"internal error: the generated entry type '{translation.EntryTypeName}' has no 'public static int Main(string[])'" };
        }

        if (cache is not null && entryPath is not null)
        {
            try
            {
                cache.StoreManifest(entryPath, key, translation);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Same as above: the program still runs.
            }
        }

        return new ProgramBuildResult { Main = main };
    }

    /// <summary>
    /// The assemblies of the program's shared library modules: from the cache, or compiled now (in parallel, each
    /// on its own) and stored there. Each is registered with <see cref="LibraryAssemblies"/> for the program's load.
    /// </summary>
    private static List<LibraryImage> BuildLibrary(IReadOnlyList<LibraryModule> modules, ref ProgramCache? cache, out string? error)
    {
        error = null;
        var images = new LibraryImage[modules.Count];
        var missing = new List<int>();
        for (var i = 0; i < modules.Count; i++)
        {
            var path = cache?.LibraryPath(modules[i].Key);
            if (path is not null && File.Exists(path))
            {
                images[i] = new LibraryImage(path, null);
            }
            else
            {
                missing.Add(i);
            }
        }

        // A module that enters the cache is precompiled too: the cost is paid once, every later import saves its JIT.
        var outcomes = new CompileOutcome[modules.Count];
        var precompile = cache is not null;
        Parallel.ForEach(missing, i =>
        {
            var outcome = RoslynCompiler.Compile([modules[i].Source], modules[i].AssemblyName);
            if (precompile && outcome.Image is { } il && ReadyToRunCompiler.TryCompile(il, modules[i].AssemblyName) is { } native)
            {
                outcome = outcome with { Image = native };
            }

            outcomes[i] = outcome;
        });
        foreach (var i in missing)
        {
            if (outcomes[i].Image is not { } image)
            {
                error = outcomes[i].Error;
                return [];
            }

            images[i] = new LibraryImage(null, image);
            if (cache is not null)
            {
                try
                {
                    images[i] = new LibraryImage(cache.StoreLibrary(modules[i].Key, image), null);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The program still runs from memory; without a manifest the next start rebuilds it.
                    cache = null;
                }
            }
        }

        for (var i = 0; i < modules.Count; i++)
        {
            if (images[i].Path is { } path)
            {
                LibraryAssemblies.Register(modules[i].AssemblyName, path);
            }
            else
            {
                LibraryAssemblies.Register(modules[i].AssemblyName, images[i].Image!);
            }
        }

        return [.. images];
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Generated programs are loaded dynamically and never trimmed.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Generated programs are loaded dynamically and never trimmed.")]
    private static Func<string[], int>? EntryOf(Assembly assembly, string entryTypeName)
    {
        var method = assembly.GetType(entryTypeName)?.GetMethod("Main", BindingFlags.Public | BindingFlags.Static, [typeof(string[])]);
        return method is not null && method.ReturnType == typeof(int) ? method.CreateDelegate<Func<string[], int>>() : null;
    }
}
