namespace Portalis.Compiler.Lowering;

/// <summary>Lowers a loaded program to C# sources.</summary>
internal static class ProgramLowerer
{
    public static TranslationResult Lower(LoadedProgram program, TranslationOptions options) =>
        new() { Diagnostics = [], Sources = [], InputFiles = program.InputFiles, EntryTypeName = "Portalis.Generated.Program" };
}
