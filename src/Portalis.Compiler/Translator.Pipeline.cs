using Portalis.Syntax.Diagnostics;

namespace Portalis.Compiler;

public static partial class Translator
{
    /// <inheritdoc cref="Translate(string, TranslationOptions?)"/>
    public static partial TranslationResult Translate(string entryPath, TranslationOptions? options)
    {
        options ??= new TranslationOptions();
        var program = ProgramLoader.Load(Path.GetFullPath(entryPath), options);
        var result = program.Diagnostics.Count > 0
            ? new TranslationResult { Diagnostics = program.Diagnostics, Sources = [], InputFiles = program.InputFiles, AbsentFiles = program.AbsentFiles, EntryTypeName = string.Empty }
            : Lowering.ProgramLowerer.Lower(program, options);
        return program.Warnings.Count > 0 ? result with { Warnings = program.Warnings } : result;
    }
}
