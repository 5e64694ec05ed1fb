namespace Portalis.Runtime;

/// <summary>
/// The rest of Lib/posixpath.py's <c>__all__</c>: the constants, the POSIX no-ops (<c>normcase</c>,
/// <c>splitdrive</c>), links, <c>commonpath</c> and <c>expandvars</c>. The module is also importable as
/// <c>posixpath</c> (the same module object, as <c>os.path is posixpath</c> on POSIX).
/// </summary>
public static partial class PosixPathModule
{
    /// <summary><c>os.path.curdir</c></summary>
    [PyExport("curdir")]
    public const string CurDir = ".";

    /// <summary><c>os.path.pardir</c></summary>
    [PyExport("pardir")]
    public const string ParDir = "..";

    /// <summary><c>os.path.extsep</c></summary>
    [PyExport("extsep")]
    public const string ExtSep = ".";

    /// <summary><c>os.path.pathsep</c></summary>
    [PyExport("pathsep")]
    public const string PathSep = ":";

    /// <summary><c>os.path.defpath</c></summary>
    [PyExport("defpath")]
    public const string DefPath = "/bin:/usr/bin";

    /// <summary><c>os.path.devnull</c></summary>
    [PyExport("devnull")]
    public const string DevNull = "/dev/null";

    /// <summary><c>os.path.altsep</c> (None on POSIX)</summary>
    [PyExport("altsep")]
    public static readonly object? AltSep = null;

    /// <summary><c>os.path.supports_unicode_filenames</c></summary>
    [PyExport("supports_unicode_filenames")]
    public const bool SupportsUnicodeFilenames = false;

    /// <summary><c>os.path.normcase(s)</c>: unchanged on POSIX.</summary>
    [PyExport("normcase")]
    public static object? NormCase(object? s) => s is string or PyBytes ? s : Str(s, "normcase");

    /// <summary><c>os.path.splitdrive(p)</c>: no drive on POSIX.</summary>
    [PyExport("splitdrive")]
    public static PyTuple SplitDrive(object? p) => new(p is PyBytes ? new PyBytes([]) : "", p);

    /// <summary><c>os.path.islink(path)</c></summary>
    [PyExport("islink")]
    public static bool IsLink(object? path) => path is string s && new FileInfo(s).LinkTarget is not null;

    /// <summary><c>os.path.lexists(path)</c>: true for broken links too.</summary>
    [PyExport("lexists")]
    public static bool LExists(object? path) => Exists(path) || IsLink(path);

    /// <summary><c>os.path.ismount(path)</c></summary>
    [PyExport("ismount")]
    public static bool IsMount(object? path) =>
        path is string s && Directory.Exists(s) && (NormPath(AbsPath(s)) == "/" || DriveInfo.GetDrives().Any(d => d.Name.TrimEnd('/') == NormPath(AbsPath(s))));

    /// <summary><c>os.path.realpath(filename, *, strict=False)</c>: the absolute path with every link resolved.</summary>
    [PyExport("realpath")]
    public static string RealPath(string filename, [PyKeywordOnly] bool strict = false)
    {
        var path = AbsPath(filename);
        var resolved = "/";
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = resolved == "/" ? "/" + part : resolved + "/" + part;
            var info = new FileInfo(next);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                next = target.FullName.TrimEnd('/');
            }
            else if (strict && !File.Exists(next) && !Directory.Exists(next))
            {
                throw OsErrors.Create(2, "No such file or directory", next);
            }

            resolved = next.Length == 0 ? "/" : next;
        }

        return resolved;
    }

    /// <summary><c>os.path.getatime(filename)</c></summary>
    [PyExport("getatime")]
    public static double GetATime(string filename) => Exists(filename)
        ? (File.GetLastAccessTimeUtc(filename) - DateTime.UnixEpoch).Ticks / 1e7
        : throw OsErrors.Create(2, "No such file or directory", filename);

    /// <summary><c>os.path.getctime(filename)</c> (the inode change time; .NET reports the status change as the write time on Linux).</summary>
    [PyExport("getctime")]
    public static double GetCTime(string filename) => GetMTime(filename);

    /// <summary><c>os.path.samefile(f1, f2)</c></summary>
    [PyExport("samefile")]
    public static bool SameFile(string f1, string f2)
    {
        if (!Exists(f1))
        {
            throw OsErrors.Create(2, "No such file or directory", f1);
        }

        if (!Exists(f2))
        {
            throw OsErrors.Create(2, "No such file or directory", f2);
        }

        return RealPath(f1) == RealPath(f2);
    }

    /// <summary><c>os.path.commonpath(paths)</c> (posixpath.commonpath: whole components, all absolute or all relative).</summary>
    [PyExport("commonpath")]
    public static string CommonPath(object? paths)
    {
        var list = PyOps.ToArray(paths).Select(p => Str(p, "commonpath")).ToList();
        if (list.Count == 0)
        {
            throw new PyValueError("commonpath() arg is an empty sequence");
        }

        var absolute = list[0].StartsWith('/');
        if (list.Any(p => p.StartsWith('/') != absolute))
        {
            throw new PyValueError("Can't mix absolute and relative paths");
        }

        var split = list.Select(p => p.Split('/').Where(c => c.Length > 0 && c != ".").ToArray()).ToList();
        var shortest = split.MinBy(s => string.Join('\0', s), StringComparer.Ordinal)!;
        var longest = split.MaxBy(s => string.Join('\0', s), StringComparer.Ordinal)!;
        var common = shortest;
        for (var i = 0; i < shortest.Length; i++)
        {
            if (shortest[i] != longest[i])
            {
                common = shortest[..i];
                break;
            }
        }

        var prefix = absolute ? "/" : "";
        return prefix + string.Join('/', common);
    }

    /// <summary><c>os.path.expandvars(path)</c>: <c>$name</c> and <c>${name}</c> from the environment; unknown names stay.</summary>
    [PyExport("expandvars")]
    public static string ExpandVars(string path)
    {
        if (!path.Contains('$'))
        {
            return path;
        }

        return System.Text.RegularExpressions.Regex.Replace(path, @"\$(\w+|\{[^}]*\})", m =>
        {
            var name = m.Groups[1].Value;
            if (name.StartsWith('{'))
            {
                name = name[1..^1];
            }

            return Environment.GetEnvironmentVariable(name) ?? m.Value;
        }, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }
}
