using Portalis.Syntax;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Compiler;

/// <summary>A parsed Python module of the program being translated.</summary>
internal sealed record class SourceModule(string Name, string Path, bool IsPackage, SourceText Text, Module Tree);

/// <summary>The program: its modules (the entry first) and the diagnostics found while loading them.</summary>
internal sealed record class LoadedProgram(IReadOnlyList<SourceModule> Modules, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> InputFiles);

/// <summary>Reads and parses the entry file and every module it imports that exists next to it.</summary>
internal static partial class ProgramLoader
{
    public static LoadedProgram Load(string entryPath, TranslationOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var modules = new List<SourceModule>();
        var entry = ParseFile(entryPath, "__main__", isPackage: false, diagnostics);
        if (entry is not null)
        {
            modules.Add(entry);
        }

        return new LoadedProgram(modules, diagnostics, [.. modules.Select(m => m.Path)]);
    }

    private static SourceModule? ParseFile(string path, string name, bool isPackage, List<Diagnostic> diagnostics)
    {
        var decoded = SourceText.FromFile(path);
        if (decoded.Error is { } error)
        {
            diagnostics.Add(error);
            return null;
        }

        var text = decoded.Source;

        var parsed = Parser.ParseModule(text);
        if (!parsed.Success || parsed.Module is null)
        {
            diagnostics.AddRange(parsed.Diagnostics);
            return null;
        }

        return new SourceModule(name, path, isPackage, text, parsed.Module);
    }
}
