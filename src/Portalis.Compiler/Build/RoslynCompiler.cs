using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Portalis.Compiler.Build;

/// <summary>
/// Compiles generated C# in memory with Roslyn: Release optimisation, an embedded portable PDB (so
/// stack traces carry the <c>#line</c> files and lines the traceback mapper needs), references to the
/// shared framework, <c>Portalis.Runtime</c> and <c>Portalis.Threading</c>. Kept apart from
/// <see cref="ProgramCache"/> so that a warm start never loads Roslyn.
/// </summary>
internal static class RoslynCompiler
{
    // Errors the translator may legitimately leave in generated code are warnings and do not fail the build;
    // only these noisy ones are silenced so the internal-error report stays readable.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> s_silenced = new Dictionary<string, ReportDiagnostic>
    {
        ["CS1998"] = ReportDiagnostic.Suppress, // async method without await (a generator whose yield is unreachable)
        ["CS0162"] = ReportDiagnostic.Suppress, // unreachable code
        ["CS0164"] = ReportDiagnostic.Suppress, // unreferenced label
        ["CS8321"] = ReportDiagnostic.Suppress, // unused local function
        ["CS0168"] = ReportDiagnostic.Suppress, // unused variable
        ["CS0219"] = ReportDiagnostic.Suppress, // assigned but never used
    }.ToImmutableDictionary();

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>Compiles <paramref name="sources"/> into an assembly image, or returns the C# errors as one message.</summary>
    public static CompileOutcome Compile(IReadOnlyList<GeneratedSource> sources, string assemblyName) => Compile(sources, assemblyName, []);

    /// <summary>
    /// <see cref="Compile(IReadOnlyList{GeneratedSource}, string)"/> with the assemblies of shared library modules
    /// (<see cref="LibraryModule"/>) the sources use as further references: each a file path or an image.
    /// </summary>
    public static CompileOutcome Compile(IReadOnlyList<GeneratedSource> sources, string assemblyName, IReadOnlyList<LibraryImage> libraries)
    {
        try
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, path: s.FileName, encoding: Encoding.UTF8)).ToArray();
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Disable,
                concurrentBuild: true,
                deterministic: true,
                specificDiagnosticOptions: s_silenced);
            options = WithDebugFriendlyLocals(options);
            var references = libraries.Count == 0
                ? s_references.Value
                : s_references.Value.AddRange(libraries.Select(l => l.Path is { } path ? MetadataReference.CreateFromFile(path) : MetadataReference.CreateFromImage(l.Image!)));
            var compilation = CSharpCompilation.Create(assemblyName, trees, references, options);
            using var image = new MemoryStream();
            var result = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
            if (!result.Success)
            {
                return new CompileOutcome(null, FormatErrors(result.Diagnostics));
            }

            return new CompileOutcome(image.ToArray(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CompileOutcome(null, "internal error: compiling the generated C# failed: " + e.Message);
        }
    }

    /// <summary>
    /// Roslyn's "debug+" release mode (csc <c>/optimize+ /debug+</c>): the IL is optimized, but a local declared in
    /// the source is never kept on the evaluation stack across statements. Plain release mode does that to a
    /// local written once and read once (<c>data = mk()</c> ... <c>data["b"]</c>); the statements in between then
    /// start with a non-empty stack, the JIT records no IL offset for them, and an exception raised there was
    /// mapped to the line of the statement before. The option is not public API (csc sets it from /debug+), so it
    /// is set by reflection, and left as it is if this Roslyn does not have it.
    /// </summary>
    private static CSharpCompilationOptions WithDebugFriendlyLocals(CSharpCompilationOptions options) =>
        s_withDebugPlusMode?.Invoke(options, [true]) as CSharpCompilationOptions ?? options;

    private static readonly System.Reflection.MethodInfo? s_withDebugPlusMode = typeof(CSharpCompilationOptions).GetMethod(
        "WithDebugPlusMode",
        System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic,
        binder: null,
        types: [typeof(bool)],
        modifiers: null);

    private static string FormatErrors(ImmutableArray<Diagnostic> diagnostics)
    {
        const int Shown = 20;
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var text = new StringBuilder("internal error: the generated C# does not compile (a Portalis bug, please report it):\n");
        foreach (var error in errors.Take(Shown))
        {
            // Report the C# position, not the #line-mapped Python one: this is about the generated code.
            var span = error.Location.GetLineSpan();
            text.Append("  ").Append(error.Location.SourceTree?.FilePath ?? "<generated>")
                .Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
                .Append(error.Id).Append(": ").Append(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        if (errors.Count > Shown)
        {
            text.Append("  ... and ").Append(errors.Count - Shown).Append(" more\n");
        }

        return text.ToString();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The shared framework's implementation assemblies (the trusted platform assemblies next to
        // System.Private.CoreLib) resolve every type forward of the runtime's reference assemblies.
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            paths.UnionWith(Directory.EnumerateFiles(frameworkDir, "*.dll").Where(p => !p.EndsWith(".Native.dll", StringComparison.Ordinal)));
        }

        paths.Add(typeof(Portalis.Runtime.PyObject).Assembly.Location);
        paths.Add(typeof(Portalis.Threading.LogicalThread).Assembly.Location);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>A compiled library module's assembly: its file in the cache, or its image when the cache could not keep it.</summary>
internal sealed record LibraryImage(string? Path, byte[]? Image);

/// <summary>An assembly image, or the reason compilation failed.</summary>
/// <param name="Image">The PE image with embedded PDB; null on failure.</param>
/// <param name="Error">The internal-error message; null on success.</param>
internal sealed record CompileOutcome(byte[]? Image, string? Error);
