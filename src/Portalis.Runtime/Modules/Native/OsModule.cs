namespace Portalis.Runtime;

/// <summary>The <c>os</c> module (POSIX): files and directories, environment, process facts; <c>os.path</c> is <see cref="PosixPathModule"/>.</summary>
[PyNativeModule("os")]
[PyPathArguments]
public static partial class OsModule
{
    /// <summary><c>os.sep</c></summary>
    [PyExport("sep")]
    public const string Sep = "/";

    /// <summary><c>os.altsep</c> (None on POSIX).</summary>
    [PyExport("altsep")]
    public static readonly object? AltSep;

    /// <summary><c>os.linesep</c></summary>
    [PyExport("linesep")]
    public const string LineSep = "\n";

    /// <summary><c>os.pathsep</c></summary>
    [PyExport("pathsep")]
    public const string PathSep = ":";

    /// <summary><c>os.curdir</c></summary>
    [PyExport("curdir")]
    public const string CurDir = ".";

    /// <summary><c>os.pardir</c></summary>
    [PyExport("pardir")]
    public const string ParDir = "..";

    /// <summary><c>os.extsep</c></summary>
    [PyExport("extsep")]
    public const string ExtSep = ".";

    /// <summary><c>os.devnull</c></summary>
    [PyExport("devnull")]
    public const string DevNull = "/dev/null";

    /// <summary><c>os.name</c></summary>
    [PyExport("name")]
    public const string Name = "posix";

    /// <summary><c>os.getcwd()</c></summary>
    [PyExport("getcwd")]
    public static string GetCwd() => Directory.GetCurrentDirectory();

    /// <summary><c>os.chdir(path)</c></summary>
    [PyExport("chdir")]
    public static void ChDir(string path) => OsErrors.Wrap(path, () =>
    {
        if (!Directory.Exists(path))
        {
            throw File.Exists(path) ? OsErrors.Create(20, "Not a directory", path) : OsErrors.Create(2, "No such file or directory", path);
        }

        Directory.SetCurrentDirectory(path);
        return 0;
    });

    /// <summary><c>os.listdir(path='.')</c>: names in directory order, without '.' and '..'.</summary>
    [PyExport("listdir")]
    public static PyList ListDir(string? path = null)
    {
        var dir = path ?? ".";
        if (!Directory.Exists(dir))
        {
            throw File.Exists(dir) ? OsErrors.Create(20, "Not a directory", dir) : OsErrors.Create(2, "No such file or directory", dir);
        }

        return OsErrors.Wrap(dir, () => new PyList([.. Directory.EnumerateFileSystemEntries(dir).Select(p => (object?)Path.GetFileName(p))]));
    }

    /// <summary>
    /// <c>os.walk(top, topdown=True, onerror=None, followlinks=False)</c> (Lib/os.py): a lazy generator of
    /// <c>(dirpath, dirnames, filenames)</c> in directory order; top-down, the caller may prune
    /// <c>dirnames</c> in place before the walk descends.
    /// </summary>
    [PyExport("walk")]
    public static PyIterator Walk(object? top, bool topdown = true, object? onerror = null, bool followlinks = false) =>
        new(WalkCore(PyOps.Str(FsPath(top)), topdown, onerror, followlinks).GetEnumerator());

    private static IEnumerable<object?> WalkCore(string top, bool topdown, object? onerror, bool followlinks)
    {
        PyList dirs;
        PyList files;
        try
        {
            dirs = new PyList();
            files = new PyList();
            foreach (var entry in Directory.EnumerateFileSystemEntries(top))
            {
                (Directory.Exists(entry) ? dirs : files).Append(Path.GetFileName(entry));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (onerror is not null)
            {
                PyOps.Call(onerror, OsErrors.Create(Directory.Exists(top) ? 13 : 2, Directory.Exists(top) ? "Permission denied" : "No such file or directory", top));
            }

            yield break;
        }

        if (topdown)
        {
            yield return new PyTuple(top, dirs, files);
        }

        foreach (var name in dirs.ToArray())
        {
            var path = PosixPathModule.Join(top, name);
            if (followlinks || new DirectoryInfo(path).LinkTarget is null)
            {
                foreach (var item in WalkCore(path, topdown, onerror, followlinks))
                {
                    yield return item;
                }
            }
        }

        if (!topdown)
        {
            yield return new PyTuple(top, dirs, files);
        }
    }

    /// <summary><c>os.remove(path)</c> / <c>os.unlink(path)</c></summary>
    [PyExport("remove")]
    [PyExport("unlink")]
    public static void Remove(string path)
    {
        if (Directory.Exists(path))
        {
            throw OsErrors.Create(21, "Is a directory", path);
        }

        if (!File.Exists(path) && !IsSymlink(path))
        {
            throw OsErrors.Create(2, "No such file or directory", path);
        }

        OsErrors.Wrap(path, () =>
        {
            File.Delete(path);
            return 0;
        });
    }

    /// <summary><c>os.rename(src, dst)</c></summary>
    [PyExport("rename")]
    [PyExport("replace")]
    public static void Rename(string src, string dst) => OsErrors.Wrap(src, () =>
    {
        if (Directory.Exists(src))
        {
            Directory.Move(src, dst);
        }
        else if (File.Exists(src))
        {
            File.Move(src, dst, overwrite: true);
        }
        else
        {
            throw PyOSError.Create(2L, "No such file or directory", src, null, dst);
        }

        return 0;
    });

    /// <summary><c>os.mkdir(path, mode=0o777)</c></summary>
    [PyExport("mkdir")]
    public static void MkDir(string path, long mode = 511)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            throw OsErrors.Create(17, "File exists", path);
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null && !Directory.Exists(parent))
        {
            throw OsErrors.Create(2, "No such file or directory", path);
        }

        OsErrors.Wrap(path, () => Directory.CreateDirectory(path));
    }

    /// <summary><c>os.makedirs(name, mode=0o777, exist_ok=False)</c></summary>
    [PyExport("makedirs")]
    public static void MakeDirs(string name, long mode = 511, bool exist_ok = false)
    {
        if (Directory.Exists(name))
        {
            if (!exist_ok)
            {
                throw OsErrors.Create(17, "File exists", name);
            }

            return;
        }

        if (File.Exists(name))
        {
            throw OsErrors.Create(17, "File exists", name);
        }

        OsErrors.Wrap(name, () => Directory.CreateDirectory(name));
    }

    /// <summary><c>os.rmdir(path)</c></summary>
    [PyExport("rmdir")]
    public static void RmDir(string path)
    {
        if (!Directory.Exists(path))
        {
            throw File.Exists(path) ? OsErrors.Create(20, "Not a directory", path) : OsErrors.Create(2, "No such file or directory", path);
        }

        if (Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw OsErrors.Create(39, "Directory not empty", path);
        }

        OsErrors.Wrap(path, () =>
        {
            Directory.Delete(path);
            return 0;
        });
    }

    /// <summary><c>os.getenv(key, default=None)</c>: reads <c>os.environ</c>.</summary>
    [PyExport("getenv")]
    public static object? GetEnv(string key, object? @default = null)
    {
        var environ = NativeModuleCatalog.GetModule("os")!.Global("environ").Value as PyDict;
        return environ is not null && environ.TryGetValue(key, out var value) ? value : @default;
    }

    /// <summary><c>os.putenv(key, value)</c></summary>
    [PyExport("putenv")]
    public static void PutEnv(string key, string value) => Environment.SetEnvironmentVariable(key, value);

    /// <summary><c>os.getpid()</c></summary>
    [PyExport("getpid")]
    public static long GetPid() => Environment.ProcessId;

    /// <summary><c>os.cpu_count()</c></summary>
    [PyExport("cpu_count")]
    public static long CpuCount() => Environment.ProcessorCount;

    /// <summary><c>os.urandom(size)</c></summary>
    [PyExport("urandom")]
    public static PyBytes URandom([PyPositionalOnly] long size) => size < 0
        ? throw new PyValueError("negative argument not allowed")
        : new PyBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)size));

    /// <summary><c>os.fspath(path)</c></summary>
    [PyExport("fspath")]
    public static object? FsPath(object? path) => path is string or PyBytes ? path : PyArg.ToPath(path);

    private static bool IsSymlink(string path) => new FileInfo(path).LinkTarget is not null;

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        // os.environ: a snapshot dict; assigning to it does not change the process environment (CPython's
        // putenv on assignment is not modelled).
        var environ = new PyDict();
        foreach (var entry in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().OrderBy(e => (string)e.Key, StringComparer.Ordinal))
        {
            environ.SetItem((string)entry.Key, (string?)entry.Value ?? string.Empty);
        }

        module.Set("environ", environ);
        module.Set("path", NativeModuleCatalog.GetModule("os.path"));
    }
}
