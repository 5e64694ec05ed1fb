using Portalis.Compiler;

namespace Portalis.Compiler.Tests.Build;

/// <summary>Hand-written C# in the shape of docs/EMISSION.md, standing in for the translator's output.</summary>
internal static class GeneratedPrograms
{
    /// <summary>Writes <paramref name="python"/> to a fresh folder and returns its path.</summary>
    public static string WriteScript(string python, string name = "app.py")
    {
        var folder = Path.Combine(Path.GetTempPath(), "portalis-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, python);
        return path;
    }

    /// <summary>Translates <paramref name="python"/> (one script); the C# of every generated source, joined. The translation must succeed.</summary>
    public static string TranslateToCSharp(string python)
    {
        var result = Translator.Translate(WriteScript(python));
        Xunit.Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return string.Join("\n", result.Sources.Select(s => s.Text));
    }

    /// <summary>A one-module program: <paramref name="members"/> are the module class's members, <paramref name="body"/> the module body.</summary>
    public static TranslationResult SingleModule(string path, string body, string members = "", string entryType = "Portalis.Generated.Program__Entry") => new()
    {
        Diagnostics = [],
        InputFiles = [path],
        EntryTypeName = entryType,
        Sources =
        [
            new GeneratedSource("Module___main__.g.cs", $$"""
                using System.Runtime.CompilerServices;
                using Portalis.Runtime;

                namespace Portalis.Generated;

                [PyModuleSource("__main__", @"{{path}}")]
                public static class Module___main__
                {
                    internal static readonly PyModule Module = new("__main__", @"{{path}}");

                    [PyFrame("<module>")]
                    [MethodImpl(MethodImplOptions.NoInlining)]
                    public static void Execute()
                    {
                {{body}}
                #line default
                    }

                {{members}}
                }

                public static class Program__Entry
                {
                    public static int Main(string[] args) => PyRuntime.RunMain(args, Register, "__main__");

                    internal static void Register() =>
                        PyImport.RegisterSource(Module___main__.Module, isPackage: false, static _ => Module___main__.Execute());
                }
                """),
        ],
    };

    /// <summary>
    /// def b(): return 1 / 0      (line 2)
    /// def a(): return b()        (line 4)
    /// a()                        (line 5)
    /// with <paramref name="attributes"/> on a and b: the tail-call and inlining experiment.
    /// </summary>
    public static TranslationResult TailCallChain(string path, string attributes, string callInA = "return b();") => SingleModule(
        path,
        $"""
        #line 5 "{path}"
                a();
        """,
        $$"""
            [PyFrame("b")]
            {{attributes}}
            private static object? b()
            {
        #line 2 "{{path}}"
                return PyOps.TrueDiv(1L, 0L);
        #line default
            }

            [PyFrame("a")]
            {{attributes}}
            private static object? a()
            {
        #line 4 "{{path}}"
                {{callInA}}
        #line default
            }
        """);

    public const string TailCallSource = "def b():\n    return 1 / 0\ndef a():\n    return b()\na()\n";
}
