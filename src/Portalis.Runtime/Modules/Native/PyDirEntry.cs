namespace Portalis.Runtime;

/// <summary><c>os.DirEntry</c>: a name found by <c>os.scandir</c>, with its path and type tests.</summary>
public sealed class PyDirEntry : NativeObject
{
    internal PyDirEntry(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "posix.DirEntry";

    /// <summary><c>name</c></summary>
    [PyExport("name")]
    public string Name { get; }

    /// <summary><c>path</c>: the scandir argument joined with the name.</summary>
    [PyExport("path")]
    public string Path { get; }

    /// <summary><c>is_dir(*, follow_symlinks=True)</c></summary>
    [PyExport("is_dir")]
    public bool IsDir([PyKeywordOnly] bool follow_symlinks = true) => Directory.Exists(Path) && (follow_symlinks || !IsSymlink());

    /// <summary><c>is_file(*, follow_symlinks=True)</c></summary>
    [PyExport("is_file")]
    public bool IsFile([PyKeywordOnly] bool follow_symlinks = true) => File.Exists(Path) && (follow_symlinks || !IsSymlink());

    /// <summary><c>is_symlink()</c></summary>
    [PyExport("is_symlink")]
    public bool IsSymlink() => new FileInfo(Path).LinkTarget is not null;

    /// <summary><c>stat(*, follow_symlinks=True)</c></summary>
    [PyExport("stat")]
    public PyStructSeq Stat([PyKeywordOnly] bool follow_symlinks = true) => OsModule.StatOf(Path, follow_symlinks);

    /// <summary><c>inode()</c> (not exposed by .NET: 0)</summary>
    [PyExport("inode")]
    public long Inode() => 0;

    /// <summary><c>__fspath__()</c></summary>
    [PyExport("__fspath__")]
    public string FsPath() => Path;

    /// <inheritdoc/>
    public override string Repr() => $"<DirEntry {PyOps.Repr(Name)}>";
}

/// <summary>The iterator <c>os.scandir</c> returns: iterable once, and a context manager that closes it.</summary>
public sealed class PyScandirIterator(IEnumerator<PyDirEntry> entries) : NativeObject
{
    private bool _closed;

    /// <inheritdoc/>
    public override string PythonTypeName => "posix.ScandirIterator";

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => Items();

    /// <summary><c>close()</c></summary>
    [PyExport("close")]
    public void Close() => _closed = true;

    /// <summary><c>__enter__()</c></summary>
    [PyExport("__enter__")]
    public PyScandirIterator Enter() => this;

    /// <summary><c>__exit__(*args)</c></summary>
    [PyExport("__exit__")]
    public bool Exit(params object?[] args)
    {
        Close();
        return false;
    }

    private IEnumerator<object?> Items()
    {
        while (!_closed && entries.MoveNext())
        {
            yield return entries.Current;
        }
    }
}
