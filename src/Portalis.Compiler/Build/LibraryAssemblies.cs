using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace Portalis.Compiler.Build;

/// <summary>
/// Resolves a program assembly's references to shared library module assemblies (<c>PortalisLib_{key}</c>,
/// see <see cref="LibraryModule"/>): they live in the cache, not next to the application, so the default load
/// context asks this resolver for them the first time the program's registration code touches one.
/// </summary>
internal static class LibraryAssemblies
{
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> s_assemblies = new(StringComparer.Ordinal);
    private static int s_hooked;

    /// <summary>Makes the assembly at <paramref name="path"/> the one loaded for <paramref name="assemblyName"/>.</summary>
    public static void Register(string assemblyName, string path) =>
        Register(assemblyName, new Lazy<Assembly>(() => AssemblyLoadContext.Default.LoadFromAssemblyPath(path)));

    /// <summary>Makes an in-memory image the assembly loaded for <paramref name="assemblyName"/> (an unwritable cache).</summary>
    public static void Register(string assemblyName, byte[] image) =>
        Register(assemblyName, new Lazy<Assembly>(() => AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image))));

    private static void Register(string assemblyName, Lazy<Assembly> assembly)
    {
        // An assembly already loaded under this name stays: its key names its content, so it is the same code.
        s_assemblies.AddOrUpdate(assemblyName, assembly, (_, old) => old.IsValueCreated ? old : assembly);
        if (Interlocked.Exchange(ref s_hooked, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += Resolve;
        }
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name) =>
        name.Name is { } simple && s_assemblies.TryGetValue(simple, out var assembly) ? assembly.Value : null;
}
