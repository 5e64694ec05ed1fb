using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Portalis.Compiler.Build;

/// <summary>
/// Precompiles a shared library module's assembly to native code (ReadyToRun) with the SDK's crossgen2, as it
/// enters the cache. A library module's body and static constructor are methods of tens of kilobytes of IL that
/// every import would otherwise JIT before running them once; precompiled, <c>import functools</c> took 68 to 100
/// ms instead of 160 to 190 (bench/translator-results.md, session 11). The image keeps its IL, metadata and
/// embedded PDB, so tracebacks through library frames are unchanged, and hot library methods are still rejitted
/// by tiered compilation. Without crossgen2 (or when it fails) the IL image is kept: precompiling only saves time.
/// </summary>
/// <remarks>
/// The tool is found through <c>PORTALIS_CROSSGEN2</c> (a path, or <c>off</c>), else the path recorded at build
/// time (Portalis.Compiler.csproj downloads the crossgen2 package of the SDK's runtime). A program's own assembly
/// is not precompiled: its hot loops need the JIT's inlining of runtime helpers across assemblies, which
/// precompiled code cannot do, and it is compiled far more often than the library.
/// </remarks>
internal static class ReadyToRunCompiler
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<string?> s_tool = new(FindTool);

    /// <summary>The crossgen2 executable this build uses, or null when there is none.</summary>
    public static string? Tool => s_tool.Value;

    /// <summary>The precompiled form of <paramref name="image"/>, or null when it cannot be made here.</summary>
    public static byte[]? TryCompile(byte[] image, string assemblyName)
    {
        if (Tool is not { } tool || TargetArchitecture() is not { } architecture || TargetOs() is not { } os)
        {
            return null;
        }

        var directory = Path.Combine(Path.GetTempPath(), "portalis-r2r-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(directory);
            var input = Path.Combine(directory, assemblyName + ".il.dll");
            var output = Path.Combine(directory, assemblyName + ".dll");
            File.WriteAllBytes(input, image);
            var info = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(input, output, os, architecture))
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            // Drain both pipes so a chatty tool never blocks on a full one.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            Task.WaitAll(stdout, stderr);
            return process.ExitCode == 0 && File.Exists(output) ? File.ReadAllBytes(output) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind costs only disk space.
            }
        }
    }

    private static string[] Arguments(string input, string output, string os, string architecture) =>
    [
        input, "--out", output, "--targetos", os, "--targetarch", architecture, "-O",
        // The references a library module's assembly has: the shared framework the process runs on, the runtime
        // and the threading library (library modules never reference one another: they import at run time).
        "--reference", Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll"),
        "--reference", typeof(Portalis.Runtime.PyObject).Assembly.Location,
        "--reference", typeof(Portalis.Threading.LogicalThread).Assembly.Location,
    ];

    private static string? FindTool()
    {
        var configured = Environment.GetEnvironmentVariable("PORTALIS_CROSSGEN2");
        if (string.Equals(configured, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var recorded = typeof(ReadyToRunCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Portalis.Crossgen2")?.Value;
        var candidate = !string.IsNullOrEmpty(configured) ? configured : recorded;
        if (string.IsNullOrEmpty(candidate))
        {
            return null;
        }

        return File.Exists(candidate) ? candidate : File.Exists(candidate + ".exe") ? candidate + ".exe" : null;
    }

    private static string? TargetArchitecture() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => "x64",
        Architecture.Arm64 => "arm64",
        _ => null,
    };

    private static string? TargetOs() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : null;
}
