namespace Portalis.Runtime;

/// <summary><c>os.path</c> with Lib/posixpath.py's string semantics.</summary>
[PyNativeModule("os.path")]
[PyPathArguments]
public static partial class PosixPathModule
{
    /// <summary><c>os.path.sep</c></summary>
    [PyExport("sep")]
    public const string Sep = "/";

    /// <summary><c>os.path.join(a, *p)</c></summary>
    [PyExport("join")]
    public static string Join(object? a, params object?[] p)
    {
        var path = Str(a, "join");
        foreach (var part in p)
        {
            var b = Str(part, "join");
            if (b.StartsWith('/'))
            {
                path = b;
            }
            else if (path.Length == 0 || path.EndsWith('/'))
            {
                path += b;
            }
            else
            {
                path += "/" + b;
            }
        }

        return path;
    }

    /// <summary><c>os.path.split(p)</c></summary>
    [PyExport("split")]
    public static PyTuple Split(string p)
    {
        var i = p.LastIndexOf('/') + 1;
        var head = p[..i];
        var tail = p[i..];
        if (head.Length > 0 && head.Any(c => c != '/'))
        {
            head = head.TrimEnd('/');
        }

        return new PyTuple(head, tail);
    }

    /// <summary><c>os.path.basename(p)</c></summary>
    [PyExport("basename")]
    public static string BaseName(string p) => p[(p.LastIndexOf('/') + 1)..];

    /// <summary><c>os.path.dirname(p)</c></summary>
    [PyExport("dirname")]
    public static string DirName(string p) => (string)Split(p)[0]!;

    /// <summary><c>os.path.splitext(p)</c> (genericpath._splitext: leading dots do not start an extension).</summary>
    [PyExport("splitext")]
    public static PyTuple SplitExt(string p)
    {
        var sepIndex = p.LastIndexOf('/');
        var dotIndex = p.LastIndexOf('.');
        if (dotIndex > sepIndex)
        {
            for (var i = sepIndex + 1; i < dotIndex; i++)
            {
                if (p[i] != '.')
                {
                    return new PyTuple(p[..dotIndex], p[dotIndex..]);
                }
            }
        }

        return new PyTuple(p, string.Empty);
    }

    /// <summary><c>os.path.isabs(s)</c></summary>
    [PyExport("isabs")]
    public static bool IsAbs(string s) => s.StartsWith('/');

    /// <summary><c>os.path.normpath(path)</c></summary>
    [PyExport("normpath")]
    public static string NormPath(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var initialSlashes = path.StartsWith('/') ? 1 : 0;
        if (initialSlashes == 1 && path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("///", StringComparison.Ordinal))
        {
            initialSlashes = 2;
        }

        var comps = new List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp is "" or ".")
            {
                continue;
            }

            if (comp != ".." || (initialSlashes == 0 && comps.Count == 0) || (comps.Count > 0 && comps[^1] == ".."))
            {
                comps.Add(comp);
            }
            else if (comps.Count > 0)
            {
                comps.RemoveAt(comps.Count - 1);
            }
        }

        var result = new string('/', initialSlashes) + string.Join('/', comps);
        return result.Length == 0 ? "." : result;
    }

    /// <summary><c>os.path.abspath(path)</c></summary>
    [PyExport("abspath")]
    public static string AbsPath(string path) => NormPath(IsAbs(path) ? path : Join(Directory.GetCurrentDirectory(), path));

    /// <summary>
    /// <c>os.path.commonprefix(m)</c> (Lib/genericpath.py): the longest common leading part of the min and max
    /// item, element by element (so it works on lists and tuples too, and is not path-aware).
    /// </summary>
    [PyExport("commonprefix")]
    public static object? CommonPrefix([PyPositionalOnly] object? m)
    {
        var items = PyOps.ToArray(m);
        if (items.Length == 0)
        {
            return string.Empty;
        }

        var s1 = items[0];
        var s2 = items[0];
        foreach (var item in items)
        {
            if (PyOps.IsTrue(PyOps.Compare(CompareOperator.Lt, item, s1)))
            {
                s1 = item;
            }

            if (PyOps.IsTrue(PyOps.Compare(CompareOperator.Gt, item, s2)))
            {
                s2 = item;
            }
        }

        var length = PyOps.Len(s1);
        for (long i = 0; i < length; i++)
        {
            if (!PyOps.IsTrue(PyOps.Compare(CompareOperator.Eq, PyOps.GetItem(s1, i), PyOps.GetItem(s2, i))))
            {
                return PyOps.GetItem(s1, new PySlice(null, i, null));
            }
        }

        return s1;
    }

    /// <summary><c>os.path.relpath(path, start=os.curdir)</c></summary>
    [PyExport("relpath")]
    public static string RelPath(string path, string? start = null)
    {
        if (path.Length == 0)
        {
            throw new PyValueError("no path specified");
        }

        var startList = AbsPath(start ?? ".").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathList = AbsPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < startList.Length && i < pathList.Length && startList[i] == pathList[i])
        {
            i++;
        }

        var rel = Enumerable.Repeat("..", startList.Length - i).Concat(pathList.Skip(i)).ToArray();
        return rel.Length == 0 ? "." : string.Join('/', rel);
    }

    /// <summary><c>os.path.expanduser(path)</c>: a leading <c>~</c> becomes $HOME.</summary>
    [PyExport("expanduser")]
    public static string ExpandUser(string path)
    {
        if (!path.StartsWith('~'))
        {
            return path;
        }

        var i = path.IndexOf('/', StringComparison.Ordinal);
        if (i < 0)
        {
            i = path.Length;
        }

        if (i != 1)
        {
            return path;
        }

        var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var result = home.TrimEnd('/') + path[i..];
        return result.Length == 0 ? "/" : result;
    }

    /// <summary><c>os.path.exists(path)</c></summary>
    [PyExport("exists")]
    public static bool Exists(object? path) => path is string s && (File.Exists(s) || Directory.Exists(s));

    /// <summary><c>os.path.isfile(path)</c></summary>
    [PyExport("isfile")]
    public static bool IsFile(object? path) => path is string s && File.Exists(s);

    /// <summary><c>os.path.isdir(s)</c></summary>
    [PyExport("isdir")]
    public static bool IsDir(object? s) => s is string p && Directory.Exists(p);

    /// <summary><c>os.path.getsize(filename)</c></summary>
    [PyExport("getsize")]
    public static long GetSize(string filename)
    {
        if (Directory.Exists(filename))
        {
            return 4096;
        }

        return File.Exists(filename) ? new FileInfo(filename).Length : throw OsErrors.Create(2, "No such file or directory", filename);
    }

    /// <summary><c>os.path.getmtime(filename)</c></summary>
    [PyExport("getmtime")]
    public static double GetMTime(string filename) => Exists(filename)
        ? (File.GetLastWriteTimeUtc(filename) - DateTime.UnixEpoch).Ticks / 1e7
        : throw OsErrors.Create(2, "No such file or directory", filename);

    // genericpath._check_arg_types' message.
    private static string Str(object? value, string function) => value switch
    {
        string s => s,
        PyObject o when PyOps.TypeOf(o).TryLookup("__fspath__", out _) => PyArg.ToPath(o),
        _ => throw new PyTypeError($"{function}() argument must be str, bytes, or os.PathLike object, not '{PyOps.TypeName(value)}'"),
    };
}
