using System.Globalization;

namespace Portalis.Compiler.Project;

/// <summary>
/// Writes a translated program as a standalone .NET project (what <c>portalis translate -o DIR</c> produces):
/// the generated C# files, <c>Program.cs</c> (the process entry, which passes the script name as
/// <c>sys.argv[0]</c>), a <c>.csproj</c> referencing <c>lib/Portalis.Runtime.dll</c> and
/// <c>lib/Portalis.Threading.dll</c> (copied there), and empty <c>Directory.Build.props</c>/<c>.targets</c>
/// so that an enclosing repository's build settings do not leak in. <c>dotnet run --project DIR</c> runs it.
/// </summary>
public static class StandaloneProjectWriter
{
    // Warnings that generated code legitimately produces (see Build/RoslynCompiler.cs).
    private const string SilencedWarnings = "CS1998;CS0162;CS0164;CS8321;CS0168;CS0219";

    /// <summary>Writes the project for <paramref name="translation"/> into <paramref name="outputDirectory"/>; returns the written paths.</summary>
    /// <param name="translation">A successful translation.</param>
    /// <param name="scriptName">The <c>sys.argv[0]</c> the program sees (the script as given on the command line).</param>
    /// <param name="outputDirectory">The folder to create or overwrite files in.</param>
    public static IReadOnlyList<string> Write(TranslationResult translation, string scriptName, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(translation);
        ArgumentNullException.ThrowIfNull(scriptName);
        if (!translation.Success)
        {
            throw new ArgumentException("Only a successful translation can be written.", nameof(translation));
        }

        var written = new List<string>();
        Directory.CreateDirectory(outputDirectory);
        foreach (var source in translation.Sources)
        {
            written.Add(WriteText(outputDirectory, source.FileName, source.Text));
        }

        var projectName = ProjectName(scriptName);
        written.Add(WriteText(outputDirectory, "Program.cs", ProgramText(translation.EntryTypeName, scriptName)));
        written.Add(WriteText(outputDirectory, projectName + ".csproj", ProjectText()));
        written.Add(WriteText(outputDirectory, "Directory.Build.props", "<Project>\n</Project>\n"));
        written.Add(WriteText(outputDirectory, "Directory.Build.targets", "<Project>\n</Project>\n"));
        written.Add(WriteText(outputDirectory, "Directory.Packages.props", "<Project>\n</Project>\n"));

        var lib = Path.Combine(outputDirectory, "lib");
        Directory.CreateDirectory(lib);
        foreach (var assembly in new[] { typeof(Portalis.Runtime.PyObject).Assembly, typeof(Portalis.Threading.LogicalThread).Assembly })
        {
            var target = Path.Combine(lib, Path.GetFileName(assembly.Location));
            File.Copy(assembly.Location, target, overwrite: true);
            written.Add(target);
        }

        return written;
    }

    private static string WriteText(string directory, string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string ProjectName(string scriptName)
    {
        var stem = Path.GetFileNameWithoutExtension(scriptName);
        var chars = stem.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        return chars.Length == 0 ? "program" : new string(chars);
    }

    private static string ProgramText(string entryTypeName, string scriptName) => string.Create(CultureInfo.InvariantCulture, $$"""
        // The process entry of a program translated by Portalis: sys.argv[0] is the script name.
        internal static class PortalisMain
        {
            private static int Main(string[] args) => global::{{entryTypeName}}.Main([{{CSharpString(scriptName)}}, .. args]);
        }

        """);

    private static string ProjectText() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework>
            <LangVersion>latest</LangVersion>
            <Nullable>disable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <Optimize>true</Optimize>
            <DebugType>embedded</DebugType>
            <InvariantGlobalization>true</InvariantGlobalization>
            <StartupObject>PortalisMain</StartupObject>
            <NoWarn>$(NoWarn);{SilencedWarnings}</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <!-- As portalis run: promote hot code almost at once (see Portalis.Cli.csproj). -->
            <RuntimeHostConfigurationOption Include="System.Runtime.TieredCompilation.CallCountingDelayMs" Value="20" />
          </ItemGroup>
          <ItemGroup>
            <Reference Include="Portalis.Runtime">
              <HintPath>lib/Portalis.Runtime.dll</HintPath>
            </Reference>
            <Reference Include="Portalis.Threading">
              <HintPath>lib/Portalis.Threading.dll</HintPath>
            </Reference>
          </ItemGroup>
        </Project>

        """;

    private static string CSharpString(string text) =>
        "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";}
