using Portalis.Compiler;
using Portalis.Syntax.Diagnostics;

namespace Portalis.Cli.Commands;

/// <summary>What <c>run</c>, <c>translate</c> and <c>check</c> share: the translator seam, input checks, diagnostics output.</summary>
internal static class TranslationCommandHelpers
{
    /// <summary>The translator; tests replace it with hand-written translations.</summary>
    public delegate TranslationResult TranslateFunc(string entryPath, TranslationOptions? options);

    public static TranslationResult TranslateWithTranslator(string entryPath, TranslationOptions? options) =>
        Translator.Translate(entryPath, options);

    /// <summary>CPython's message for a missing script (Modules/main.c, <c>pymain_run_file</c>); null when the file exists.</summary>
    public static string? MissingScript(string command, string path) => File.Exists(path)
        ? null
        : $"portalis {command}: can't open file '{Path.GetFullPath(path)}': [Errno 2] No such file or directory";

    /// <summary>Writes every diagnostic in the compiler form; returns how many.</summary>
    public static int WriteDiagnostics(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.Write(DiagnosticFormatter.FormatCompiler(diagnostic));
        }

        writer.Flush();
        return diagnostics.Count;
    }
}
