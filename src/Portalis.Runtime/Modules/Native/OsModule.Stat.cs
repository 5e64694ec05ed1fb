namespace Portalis.Runtime;

/// <summary>
/// <c>os.stat</c>, <c>os.lstat</c> and <c>os.scandir</c> over .NET's file-system information. The type and
/// permission bits of <c>st_mode</c>, the size and the times are the file's; .NET does not expose inode,
/// device, link count or owner, so those fields are 0 (1 for <c>st_nlink</c>).
/// </summary>
public static partial class OsModule
{
    private static readonly string[] s_statFields =
    [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    ];

    /// <summary><c>os.O_RDONLY</c></summary>
    [PyExport("O_RDONLY")]
    public const long O_RDONLY = 0;

    /// <summary><c>os.O_WRONLY</c></summary>
    [PyExport("O_WRONLY")]
    public const long O_WRONLY = 1;

    /// <summary><c>os.O_RDWR</c></summary>
    [PyExport("O_RDWR")]
    public const long O_RDWR = 2;

    /// <summary><c>os.O_CREAT</c></summary>
    [PyExport("O_CREAT")]
    public const long O_CREAT = 0x40;

    /// <summary><c>os.O_EXCL</c></summary>
    [PyExport("O_EXCL")]
    public const long O_EXCL = 0x80;

    /// <summary><c>os.O_TRUNC</c></summary>
    [PyExport("O_TRUNC")]
    public const long O_TRUNC = 0x200;

    /// <summary><c>os.O_APPEND</c></summary>
    [PyExport("O_APPEND")]
    public const long O_APPEND = 0x400;

    /// <summary><c>os.O_DIRECTORY</c></summary>
    [PyExport("O_DIRECTORY")]
    public const long O_DIRECTORY = 0x10000;

    /// <summary><c>os.stat(path, *, dir_fd=None, follow_symlinks=True)</c></summary>
    [PyExport("stat")]
    public static PyStructSeq Stat(object? path, [PyKeywordOnly] object? dir_fd = null, [PyKeywordOnly] bool follow_symlinks = true) =>
        StatOf(PyArg.ToPath(path), follow_symlinks);

    /// <summary><c>os.lstat(path, *, dir_fd=None)</c>: the link itself, not its target.</summary>
    [PyExport("lstat")]
    public static PyStructSeq LStat(object? path, [PyKeywordOnly] object? dir_fd = null) => StatOf(PyArg.ToPath(path), followSymlinks: false);

    /// <summary><c>os.scandir(path='.')</c>: an iterator of <c>DirEntry</c> that is also a context manager.</summary>
    [PyExport("scandir")]
    public static PyScandirIterator Scandir(object? path = null)
    {
        var directory = path is null ? "." : PyArg.ToPath(path);
        if (!Directory.Exists(directory))
        {
            throw OsErrors.Create(File.Exists(directory) ? 20 : 2, File.Exists(directory) ? "Not a directory" : "No such file or directory", directory);
        }

        var prefix = directory.EndsWith('/') ? directory : directory + "/";
        var entries = OsErrors.Wrap(directory, () => new DirectoryInfo(directory).EnumerateFileSystemInfos().ToList());
        return new PyScandirIterator(entries.Select(e => new PyDirEntry(e.Name, prefix + e.Name)).GetEnumerator());
    }

    /// <summary><c>os.fsencode(filename)</c></summary>
    [PyExport("fsencode")]
    public static PyBytes FsEncode(object? filename) => FsPath(filename) switch
    {
        string s => new PyBytes(System.Text.Encoding.UTF8.GetBytes(s)),
        var b => (PyBytes)b!,
    };

    /// <summary><c>os.fsdecode(filename)</c></summary>
    [PyExport("fsdecode")]
    public static string FsDecode(object? filename) => FsPath(filename) switch
    {
        PyBytes b => System.Text.Encoding.UTF8.GetString(b.Span),
        var s => (string)s!,
    };

    internal static PyStructSeq StatOf(string path, bool followSymlinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (followSymlinks && info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? throw OsErrors.Create(2, "No such file or directory", path);
        }

        if (!info.Exists && info.LinkTarget is null)
        {
            throw OsErrors.Create(2, "No such file or directory", path);
        }

        var type = info.LinkTarget is not null ? 0xA000L : info is DirectoryInfo ? 0x4000L : 0x8000L;
        var mode = type | (OperatingSystem.IsWindows() ? 0x1A4L : (long)info.UnixFileMode);
        var size = info is FileInfo file && info.LinkTarget is null ? file.Length : info is DirectoryInfo ? 4096L : (long)(info.LinkTarget?.Length ?? 0);
        var atime = Seconds(info.LastAccessTimeUtc);
        var mtime = Seconds(info.LastWriteTimeUtc);
        object?[] values =
        [
            mode, 0L, 0L, 1L, 0L, 0L, size, (long)Math.Floor(atime), (long)Math.Floor(mtime), (long)Math.Floor(mtime),
            atime, mtime, mtime, Nanoseconds(info.LastAccessTimeUtc), Nanoseconds(info.LastWriteTimeUtc), Nanoseconds(info.LastWriteTimeUtc),
        ];
        return new PyStructSeq("os.stat_result", s_statFields, 10, values);
    }

    private static double Seconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks / 1e7;

    private static long Nanoseconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks * 100;

}
