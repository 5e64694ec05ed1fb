namespace Portalis.Runtime;

/// <summary>
/// <c>os.get_terminal_size</c> and <c>os.access</c>: what <c>shutil.get_terminal_size</c> (argparse's help
/// width) and <c>shutil.which</c> need.
/// </summary>
public static partial class OsModule
{
    private static readonly string[] s_terminalFields = ["columns", "lines"];

    /// <summary><c>os.defpath</c></summary>
    [PyExport("defpath")]
    public const string DefPath = "/bin:/usr/bin";

    /// <summary><c>os.F_OK</c></summary>
    [PyExport("F_OK")]
    public const long F_OK = 0;

    /// <summary><c>os.R_OK</c></summary>
    [PyExport("R_OK")]
    public const long R_OK = 4;

    /// <summary><c>os.W_OK</c></summary>
    [PyExport("W_OK")]
    public const long W_OK = 2;

    /// <summary><c>os.X_OK</c></summary>
    [PyExport("X_OK")]
    public const long X_OK = 1;

    /// <summary>
    /// <c>os.get_terminal_size(fd=STDOUT_FILENO)</c>: the window size of the terminal on fd 0, 1 or 2; OSError
    /// "Inappropriate ioctl for device" when that stream is not a terminal, as the TIOCGWINSZ ioctl fails.
    /// </summary>
    [PyExport("get_terminal_size")]
    public static PyStructSeq GetTerminalSize([PyPositionalOnly] long fd = 1)
    {
        var redirected = fd switch
        {
            0 => Console.IsInputRedirected,
            1 => Console.IsOutputRedirected,
            2 => Console.IsErrorRedirected,
            _ => throw PyOSError.Create(9, "Bad file descriptor"),
        };
        if (redirected)
        {
            throw PyOSError.Create(25, "Inappropriate ioctl for device");
        }

        return TerminalSize(Console.WindowWidth, Console.WindowHeight);
    }

    /// <summary>An <c>os.terminal_size</c> value (<c>shutil.get_terminal_size</c> builds one too).</summary>
    [PyExport("terminal_size")]
    public static PyStructSeq TerminalSize(object? columns, object? lines = null)
    {
        if (lines is null && columns is not (long or int))
        {
            var items = PyOps.ToArray(columns);
            if (items.Length != 2)
            {
                throw new PyTypeError($"os.terminal_size() takes a 2-sequence ({items.Length}-sequence given)");
            }

            (columns, lines) = (items[0], items[1]);
        }

        return new PyStructSeq("os.terminal_size", s_terminalFields, columns is int c ? (long)c : columns, lines is int l ? (long)l : lines);
    }

    /// <summary><c>os.access(path, mode)</c>: existence, and the permission bits of the file for anyone.</summary>
    [PyExport("access")]
    public static bool Access(string path, long mode)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return false;
        }

        if (mode == F_OK || OperatingSystem.IsWindows())
        {
            return true;
        }

        var permissions = File.GetUnixFileMode(path);
        var need = ((mode & R_OK) != 0 ? UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead : 0)
            | ((mode & W_OK) != 0 ? UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite : 0)
            | ((mode & X_OK) != 0 ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : 0);
        bool Has(UnixFileMode user, UnixFileMode group, UnixFileMode other) =>
            (need & (user | group | other)) == 0 || (permissions & (user | group | other)) != 0;
        return Has(UnixFileMode.UserRead, UnixFileMode.GroupRead, UnixFileMode.OtherRead)
            && Has(UnixFileMode.UserWrite, UnixFileMode.GroupWrite, UnixFileMode.OtherWrite)
            && Has(UnixFileMode.UserExecute, UnixFileMode.GroupExecute, UnixFileMode.OtherExecute);
    }
}
