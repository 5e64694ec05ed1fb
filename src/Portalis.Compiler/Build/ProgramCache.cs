using System.Security.Cryptography;
using System.Text;

namespace Portalis.Compiler.Build;

/// <summary>
/// The on-disk cache of compiled programs (<c>$PORTALIS_CACHE</c>, else <c>~/.cache/portalis</c>):
/// assemblies keyed by a hash of the generated C# and the runtime build, and per-entry manifests that map
/// an entry file plus the content hashes of all its input files to an assembly. A warm start only reads
/// the manifest and hashes the input files: no translation, no Roslyn.
/// </summary>
internal sealed class ProgramCache(string directory)
{
    private const string Layout = "v1";

    public string Directory { get; } = Path.Combine(directory, Layout);

    /// <summary>The cache folder for this user and environment.</summary>
    public static string DefaultDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("PORTALIS_CACHE");
            if (!string.IsNullOrEmpty(configured))
            {
                return configured;
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "portalis");
        }
    }

    /// <summary>
    /// Identifies this build of Portalis: the module version ids of the compiler and runtime assemblies,
    /// so a rebuilt runtime never runs a program compiled against an older one.
    /// </summary>
    public static string ToolVersion { get; } =
        $"{typeof(ProgramCache).Assembly.ManifestModule.ModuleVersionId:N}-{typeof(Portalis.Runtime.PyObject).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The warm path: the cached assembly and entry type for <paramref name="entryPath"/> when no input file changed.</summary>
    public bool TryGetWarm(string entryPath, out string assemblyPath, out string entryTypeName, out IReadOnlyList<string> libraryKeys)
    {
        assemblyPath = entryTypeName = string.Empty;
        libraryKeys = [];
        var libraries = new List<string>();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(ManifestPath(entryPath));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        if (lines.Length < 3 || lines[0] != "portalis " + ToolVersion || !lines[1].StartsWith("assembly ", StringComparison.Ordinal)
            || !lines[2].StartsWith("entry ", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 3; i < lines.Length; i++)
        {
            // "absent <path>": a module file the import search did not find then.
            if (lines[i].StartsWith("absent ", StringComparison.Ordinal))
            {
                if (File.Exists(lines[i]["absent ".Length..]))
                {
                    return false;
                }

                continue;
            }

            // "library <key>": a shared library module's assembly the program references.
            if (lines[i].StartsWith("library ", StringComparison.Ordinal))
            {
                var key = lines[i]["library ".Length..];
                if (!File.Exists(LibraryPath(key)))
                {
                    return false;
                }

                libraries.Add(key);
                continue;
            }

            // "file <sha256> <path>"
            var parts = lines[i].Split(' ', 3);
            if (parts.Length != 3 || parts[0] != "file" || HashFile(parts[2]) != parts[1])
            {
                return false;
            }
        }

        var path = AssemblyPath(lines[1]["assembly ".Length..]);
        if (!File.Exists(path))
        {
            return false;
        }

        assemblyPath = path;
        entryTypeName = lines[2]["entry ".Length..];
        libraryKeys = libraries;
        return true;
    }

    /// <summary>The cache key of a translation: the generated C#, its entry type and the runtime build.</summary>
    public static string KeyOf(TranslationResult translation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, ToolVersion);
        Append(hash, translation.EntryTypeName);
        foreach (var source in translation.Sources)
        {
            Append(hash, source.FileName);
            Append(hash, source.Text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public string AssemblyPath(string key) => Path.Combine(Directory, "assemblies", key + ".dll");

    /// <summary>Where the assembly of a shared library module (<see cref="LibraryModule"/>) is kept.</summary>
    public string LibraryPath(string key) => Path.Combine(Directory, "library", key + ".dll");

    /// <summary>Stores a library module's assembly image (atomically).</summary>
    public string StoreLibrary(string key, byte[] image)
    {
        var path = LibraryPath(key);
        WriteAtomically(path, image);
        return path;
    }

    /// <summary>Stores an assembly image under <paramref name="key"/> (atomically: readers never see a partial file).</summary>
    public string StoreAssembly(string key, byte[] image)
    {
        var path = AssemblyPath(key);
        WriteAtomically(path, image);
        return path;
    }

    /// <summary>Records that <paramref name="entryPath"/>, with its input files as they are now, compiles to <paramref name="key"/>.</summary>
    public void StoreManifest(string entryPath, string key, TranslationResult translation)
    {
        var text = new StringBuilder();
        text.Append("portalis ").Append(ToolVersion).Append('\n');
        text.Append("assembly ").Append(key).Append('\n');
        text.Append("entry ").Append(translation.EntryTypeName).Append('\n');
        foreach (var file in translation.InputFiles)
        {
            var fileHash = HashFile(file);
            if (fileHash is null)
            {
                return;
            }

            text.Append("file ").Append(fileHash).Append(' ').Append(file).Append('\n');
        }

        foreach (var file in translation.AbsentFiles)
        {
            text.Append("absent ").Append(file).Append('\n');
        }

        foreach (var library in translation.Library)
        {
            text.Append("library ").Append(library.Key).Append('\n');
        }

        WriteAtomically(ManifestPath(entryPath), Encoding.UTF8.GetBytes(text.ToString()));
    }

    private string ManifestPath(string entryPath)
    {
        var name = ContentHash.Hex(Encoding.UTF8.GetBytes(Path.GetFullPath(entryPath)));
        return Path.Combine(Directory, "manifests", name + ".txt");
    }

    // The warm path hashes with ContentHash, not SHA-256: System.Security.Cryptography loads OpenSSL,
    // which alone costs a noticeable part of a warm start.
    private static string? HashFile(string path)
    {
        try
        {
            return ContentHash.Hex(File.ReadAllBytes(path));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
