namespace Portalis.Compiler;

/// <summary>Relative imports resolved at translation time (Lib/importlib/_bootstrap.py, <c>_resolve_name</c>).</summary>
internal static class ImportResolution
{
    /// <summary>
    /// The absolute module named by <c>from {dots}{from} import ...</c> in module <paramref name="moduleName"/>,
    /// or null with CPython's ImportError message in <paramref name="error"/>.
    /// </summary>
    public static string? Resolve(string moduleName, bool isPackage, int level, string? from, out string? error)
    {
        error = null;
        if (level == 0)
        {
            return from;
        }

        // The package of a module is its name without the last part; a package's own name is its package.
        var package = isPackage ? moduleName : moduleName.Contains('.') ? moduleName[..moduleName.LastIndexOf('.')] : string.Empty;
        if (package.Length == 0 || moduleName == "__main__")
        {
            error = "attempted relative import with no known parent package";
            return null;
        }

        var parts = package.Split('.');
        if (level - 1 >= parts.Length)
        {
            error = "attempted relative import beyond top-level package";
            return null;
        }

        var basePackage = string.Join('.', parts.Take(parts.Length - (level - 1)));
        return from is null ? basePackage : basePackage + "." + from;
    }
}
