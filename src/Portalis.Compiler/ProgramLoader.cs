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

    /// <summary>Warnings about the program's own modules (see <see cref="TranslationResult.Warnings"/>).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
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
        var warnings = new List<Diagnostic>();
        var library = Path.GetFullPath(LibraryFolder) + Path.DirectorySeparatorChar;
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
            var collector = new ImportCollector();
            module.Tree.Accept(collector);
            if (!module.Path.StartsWith(library, StringComparison.Ordinal))
            {
                warnings.AddRange(collector.Dynamic.Select(d => new Diagnostic(DiagnosticCodes.DynamicCode, "ModuleNotFoundError", d.Message, module.Text, d.Node.Span) { IsWarning = true }));
            }

            foreach (var name in ImportedNames(module, collector))
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

        return new LoadedProgram(modules, diagnostics, [.. modules.Select(m => m.Path)]) { AbsentFiles = absent, Warnings = warnings };
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
    private static IEnumerable<string> ImportedNames(SourceModule module, ImportCollector collector)
    {
        // A module with compile-time SyntaxWarnings issues them through `warnings` when it starts.
        if (Lowering.CompileWarnings.Find(module.Tree).Count > 0)
        {
            yield return "warnings";
        }

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

    /// <summary>
    /// Collects the modules a module imports, including <c>__import__("m")</c> and <c>importlib.import_module("m")</c>
    /// with a literal name (which import <c>m</c> as surely as the statement does, so it is translated with the
    /// program), and the dynamic code translation cannot follow: an import by a computed name, <c>eval</c>,
    /// <c>exec</c> and <c>compile</c>.
    /// </summary>
    private sealed class ImportCollector : AstVisitor
    {
        private static readonly string[] s_codeBuiltins = ["eval", "exec", "compile"];

        // The names under which the module sees `importlib` and `importlib.import_module`.
        private readonly HashSet<string> _importlib = new(StringComparer.Ordinal);
        private readonly HashSet<string> _importModule = new(StringComparer.Ordinal);

        // Names the module binds by def, class or import (a program's own `eval` is no builtin).
        private readonly HashSet<string> _bound = new(StringComparer.Ordinal);
        private readonly List<(Node Node, string Name)> _codeCalls = [];
        private readonly List<(Node Node, string Message)> _dynamicImports = [];

        public List<string> Imports { get; } = [];

        public List<(int Level, string? Module, List<string> Names)> FromImports { get; } = [];

        /// <summary>The dynamic constructs found, with the warning's message.</summary>
        public IEnumerable<(Node Node, string Message)> Dynamic => _dynamicImports.Concat(
            _codeCalls.Where(c => !_bound.Contains(c.Name)).Select(c => (c.Node,
                $"{c.Name}() is not supported: Portalis translates the program ahead of time, so calling it raises NameError")))
            .OrderBy(d => d.Item1.Span.Start);

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                Imports.Add(alias.Name);
                // `import importlib`, `import importlib as il`, and `import importlib.util` (which binds importlib).
                if (alias.Name == "importlib" || (alias.Asname is null && alias.Name.StartsWith("importlib.", StringComparison.Ordinal)))
                {
                    _importlib.Add(alias.Asname ?? "importlib");
                }

                _bound.Add(alias.Asname ?? alias.Name.Split('.')[0]);
            }
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            FromImports.Add((node.Level ?? 0, node.Module, node.Names.Select(n => n.Name).ToList()));
            foreach (var alias in node.Names)
            {
                AddLibraryHelper(node.Module, alias.Name);
                if ((node.Level ?? 0) == 0 && node.Module == "importlib" && alias.Name == "import_module")
                {
                    _importModule.Add(alias.Asname ?? alias.Name);
                }

                _bound.Add(alias.Asname ?? alias.Name);
            }
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            _bound.Add(node.Name);
            base.VisitFunctionDef(node);
        }

        public override void VisitClassDef(ClassDef node)
        {
            _bound.Add(node.Name);
            base.VisitClassDef(node);
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

        public override void VisitCall(Call node)
        {
            var function = node.Func switch
            {
                Name { Id: "__import__" } => "__import__()",
                Name n when _importModule.Contains(n.Id) => "importlib.import_module()",
                Syntax.Ast.Attribute { Attr: "import_module", Value: Name m } when _importlib.Contains(m.Id) => "importlib.import_module()",
                _ => null,
            };
            if (function is not null && node.Args.Count > 0)
            {
                if (ImportedModule(node, relative: function != "__import__()") is { } module)
                {
                    Imports.Add(module);
                }
                else
                {
                    _dynamicImports.Add((node, $"{function} with a name computed at run time: Portalis translates the modules a program names, so another one raises ModuleNotFoundError"));
                }
            }
            else if (node.Func is Name { Id: var id } && s_codeBuiltins.Contains(id))
            {
                _codeCalls.Add((node, id));
            }

            base.VisitCall(node);
        }

        // The absolute module a literal name gives: `"a.b"`, or `".b"` with a literal package (Lib/importlib/__init__.py,
        // import_module resolves it against `package`).
        private static string? ImportedModule(Call node, bool relative)
        {
            if (node.Args[0] is not Constant { Value: string name } || name.Length == 0)
            {
                return null;
            }

            if (name[0] != '.' || !relative)
            {
                return name[0] != '.' ? name : null;
            }

            var package = node.Args.Count > 1 ? node.Args[1] : node.Keywords.FirstOrDefault(k => k.Arg == "package")?.Value;
            if (package is not Constant { Value: string packageName } || packageName.Length == 0)
            {
                return null;
            }

            var level = name.TakeWhile(c => c == '.').Count();
            var rest = name[level..];
            return ImportResolution.Resolve(packageName, isPackage: true, level, rest.Length == 0 ? null : rest, out _);
        }
    }
}
