using Portalis.Syntax.Diagnostics;

namespace Portalis.Compiler;

/// <summary>
/// The public entry of the translator: a Python program (an entry file and the modules it imports, found
/// next to it) becomes C# source files for <c>Portalis.Runtime</c>, or diagnostics.
/// </summary>
public static partial class Translator
{
    /// <summary>
    /// Translates the program whose entry is <paramref name="entryPath"/>. Never throws for bad input: a
    /// file that cannot be read or parsed, or a construct Portalis does not support, is a diagnostic, and
    /// no sources are returned unless <see cref="TranslationResult.Success"/>.
    /// </summary>
    public static partial TranslationResult Translate(string entryPath, TranslationOptions? options = null);
}

/// <summary>Options for <see cref="Translator.Translate"/>.</summary>
public sealed record class TranslationOptions
{
    /// <summary>Emit <c>#line</c> directives (on by default; tracebacks need them).</summary>
    public bool EmitLineDirectives { get; init; } = true;

    /// <summary>
    /// The C# namespace of the generated code. Programs compiled into one assembly (the conformance suite
    /// compiles them in batches) need distinct namespaces.
    /// </summary>
    public string Namespace { get; init; } = "Portalis.Generated";

    /// <summary>Folders searched for imported modules after the entry file's folder (like <c>sys.path</c>).</summary>
    public IReadOnlyList<string> SearchPaths { get; init; } = [];

    /// <summary>
    /// Translate Portalis's shipped library modules on their own where the program allows it (see
    /// <see cref="TranslationResult.Library"/>), so that a cache can compile each once for every program.
    /// Off by default: the sources are then one self-contained program.
    /// </summary>
    public bool SeparateLibrary { get; init; }
}

/// <summary>
/// A shipped library module translated independently of the program that imports it: its C# is the same in
/// every program, so it is compiled once into its own assembly, <c>PortalisLib_{Key}</c>, and referenced.
/// </summary>
/// <param name="Key">A hash of the generated C# and the runtime build it is compiled against; also the module's namespace suffix.</param>
/// <param name="Source">The module's C#, in namespace <c>Portalis.Library.M{Key}</c>.</param>
public sealed record class LibraryModule(string Key, GeneratedSource Source)
{
    /// <summary>The name of the assembly this module is compiled into.</summary>
    public string AssemblyName => "PortalisLib_" + Key;
}

/// <summary>One generated C# file.</summary>
/// <param name="FileName">A file name unique within the program, e.g. <c>Module_app.g.cs</c>.</param>
/// <param name="Text">The C# source.</param>
public sealed record class GeneratedSource(string FileName, string Text);

/// <summary>The outcome of <see cref="Translator.Translate"/>.</summary>
public sealed record class TranslationResult
{
    /// <summary>True when there are no error diagnostics and <see cref="Sources"/> is the whole program.</summary>
    public bool Success => Diagnostics.Count == 0;

    /// <summary>Every problem found, in file and position order (all of them, not only the first).</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Warnings (<see cref="Diagnostic.IsWarning"/>): constructs that may fail at run time; they do not affect <see cref="Success"/>.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The generated C#; empty unless <see cref="Success"/>.</summary>
    public required IReadOnlyList<GeneratedSource> Sources { get; init; }

    /// <summary>
    /// Library modules translated on their own (<see cref="TranslationOptions.SeparateLibrary"/>): the program's
    /// <see cref="Sources"/> reference their assemblies. Empty otherwise.
    /// </summary>
    public IReadOnlyList<LibraryModule> Library { get; init; } = [];

    /// <summary>
    /// The Python source files the program consists of (absolute paths), for the content-hash cache key.
    /// </summary>
    public required IReadOnlyList<string> InputFiles { get; init; }

    /// <summary>
    /// The files the import search looked for and did not find. A warm cache entry is valid only while they
    /// are still absent: a module created later (next to the program, or shadowing a library module) must be
    /// picked up, as CPython's import would.
    /// </summary>
    public IReadOnlyList<string> AbsentFiles { get; init; } = [];

    /// <summary>
    /// The fully qualified name of the generated class whose <c>public static int Main(string[] args)</c> runs
    /// the program (it calls <c>PyRuntime.RunMain</c>).
    /// </summary>
    public required string EntryTypeName { get; init; }
}
