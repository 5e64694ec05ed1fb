using Portalis.Syntax;
using Portalis.Syntax.Ast;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Compiler;

/// <summary>A parsed Python module of the program being translated.</summary>
internal sealed record class SourceModule(string Name, string Path, bool IsPackage, SourceText Text, Module Tree);

/// <summary>The program: its modules (the entry first) and the diagnostics found while loading them.</summary>
internal sealed record class LoadedProgram(IReadOnlyList<SourceModule> Modules, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> InputFiles)
{
    /// <summary>The paths the import search probed and found missing (see <see cref="TranslationResult.AbsentFiles"/>).</summary>
    public IReadOnlyList<string> AbsentFiles { get; init; } = [];
}

/// <summary>
/// Reads and parses the entry file and, transitively, every module it imports that exists as source: next
/// to the entry file (<c>sys.path[0]</c>), in <see cref="TranslationOptions.SearchPaths"/>, or in the
/// Python-source part of Portalis's standard library (<c>Lib/</c> beside the compiler). Imports of modules
/// not found as source are left to the runtime (native modules, or ModuleNotFoundError when run).
/// </summary>
internal static class ProgramLoader
{
    /// <summary>The folder of the standard-library modules Portalis ships as Python source.</summary>
    public static string LibraryFolder => Path.Combine(AppContext.BaseDirectory, "Lib");

    public static LoadedProgram Load(string entryPath, TranslationOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var modules = new List<SourceModule>();
        var roots = new List<string> { Path.GetDirectoryName(entryPath)! };
        roots.AddRange(options.SearchPaths);
        roots.Add(LibraryFolder);

        if (!File.Exists(entryPath))
        {
            return new LoadedProgram([], [MissingFile(entryPath)], []);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { "__main__" };
        var absent = new List<string>();
        var queue = new Queue<SourceModule>();
        if (ParseFile(entryPath, "__main__", isPackage: false, diagnostics) is { } entry)
        {
            queue.Enqueue(entry);
        }

        while (queue.Count > 0)
        {
            var module = queue.Dequeue();
            modules.Add(module);
            foreach (var name in ImportedNames(module))
            {
                // Every prefix of a dotted name is imported too (parents first).
                var parts = name.Split('.');
                for (var i = 1; i <= parts.Length; i++)
                {
                    var candidate = string.Join('.', parts.Take(i));
                    if (!seen.Add(candidate))
                    {
                        continue;
                    }

                    if (Find(candidate, roots, absent) is { } found && ParseFile(found.Path, candidate, found.IsPackage, diagnostics) is { } parsed)
                    {
                        queue.Enqueue(parsed);
                    }
                }
            }
        }

        return new LoadedProgram(modules, diagnostics, [.. modules.Select(m => m.Path)]) { AbsentFiles = absent };
    }

    private static Diagnostic MissingFile(string path) =>
        new("PT1000", "FileNotFoundError", $"can't open file '{path}': [Errno 2] No such file or directory", new SourceText(string.Empty, path), default) { ShowsLocation = false, ShowsCaret = false };

    private static (string Path, bool IsPackage)? Find(string dotted, List<string> roots, List<string> absent)
    {
        var relative = Path.Combine(dotted.Split('.'));
        foreach (var root in roots)
        {
            var package = Path.Combine(root, relative, "__init__.py");
            if (File.Exists(package))
            {
                return (Path.GetFullPath(package), true);
            }

            absent.Add(Path.GetFullPath(package));
            var file = Path.Combine(root, relative + ".py");
            if (File.Exists(file))
            {
                return (Path.GetFullPath(file), false);
            }

            absent.Add(Path.GetFullPath(file));
        }

        return null;
    }

    /// <summary>Absolute names of every module a module may import (relative imports resolved; <c>from m import x</c> also tries <c>m.x</c>).</summary>
    private static IEnumerable<string> ImportedNames(SourceModule module)
    {
        var collector = new ImportCollector();
        module.Tree.Accept(collector);
        foreach (var name in collector.Imports)
        {
            yield return name;
        }

        foreach (var (level, from, names) in collector.FromImports)
        {
            var baseName = ImportResolution.Resolve(module.Name, module.IsPackage, level, from, out _);
            if (baseName is null)
            {
                continue;
            }

            yield return baseName;
            foreach (var n in names)
            {
                if (n != "*")
                {
                    yield return baseName + "." + n;
                }
            }
        }
    }

    private static SourceModule? ParseFile(string path, string name, bool isPackage, List<Diagnostic> diagnostics)
    {
        SourceDecodeResult decoded;
        try
        {
            decoded = SourceText.FromFile(path);
        }
        catch (IOException e)
        {
            diagnostics.Add(new Diagnostic("PT1000", "OSError", $"can't read '{path}': {e.Message}", new SourceText(string.Empty, path), default) { ShowsLocation = false, ShowsCaret = false });
            return null;
        }

        if (decoded.Error is { } error)
        {
            diagnostics.Add(error);
            return null;
        }

        var parsed = Parser.ParseModule(decoded.Source);
        if (!parsed.Success || parsed.Module is null)
        {
            diagnostics.AddRange(parsed.Diagnostics);
            return null;
        }

        return new SourceModule(name, path, isPackage, decoded.Source, parsed.Module);
    }

    private sealed class ImportCollector : AstVisitor
    {
        public List<string> Imports { get; } = [];

        public List<(int Level, string? Module, List<string> Names)> FromImports { get; } = [];

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                Imports.Add(alias.Name);
            }
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            FromImports.Add((node.Level ?? 0, node.Module, node.Names.Select(n => n.Name).ToList()));
            foreach (var alias in node.Names)
            {
                AddLibraryHelper(node.Module, alias.Name);
            }
        }

        public override void VisitAttribute(Syntax.Ast.Attribute node)
        {
            if (node.Value is Name module)
            {
                AddLibraryHelper(module.Id, node.Attr);
            }

            base.VisitAttribute(node);
        }

        // A native module's function that is written in Python in Lib: naming it imports its module.
        private void AddLibraryHelper(string? module, string name)
        {
            if ((module, name) is ("time", "strptime"))
            {
                Imports.Add("_strptime");
            }
        }

        /// <summary>
        /// <c>__import__("m")</c> and <c>importlib.import_module("m")</c> with a literal absolute name import
        /// <c>m</c> as surely as the statement does, so the module is translated with the program.
        /// </summary>
        public override void VisitCall(Call node)
        {
            var named = node.Func switch
            {
                Name { Id: "__import__" } => true,
                Syntax.Ast.Attribute { Attr: "import_module", Value: Name { Id: "importlib" } } => true,
                _ => false,
            };
            if (named && node.Args.Count > 0 && node.Args[0] is Constant { Value: string module } && module.Length > 0 && module[0] != '.')
            {
                Imports.Add(module);
            }

            base.VisitCall(node);
        }
    }
}
