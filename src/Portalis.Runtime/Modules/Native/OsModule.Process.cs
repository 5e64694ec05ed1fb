using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Portalis.Runtime;

/// <summary>
/// The process-level part of <c>os</c> that programs ask about: parent pid, CPU affinity, load average,
/// <c>uname</c>, user ids, <c>system</c>, <c>kill</c>, permissions and links. Each is what the Linux call
/// returns; where .NET has no equivalent (user ids without a P/Invoke) the documented fallback is used.
/// </summary>
public static partial class OsModule
{
    private static readonly string[] s_unameFields = ["sysname", "nodename", "release", "version", "machine"];
    private static readonly string[] s_timesFields = ["user", "system", "children_user", "children_system", "elapsed"];
    private static long s_umask = 0x12;

    /// <summary><c>os.getppid()</c></summary>
    [PyExport("getppid")]
    public static long GetPPid()
    {
        // /proc/self/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary><c>os.sched_getaffinity(pid)</c>: the CPUs this process may run on.</summary>
    [PyExport("sched_getaffinity")]
    public static PySet SchedGetAffinity([PyPositionalOnly] long pid)
    {
        var cpus = new PySet();
        var mask = OperatingSystem.IsLinux() || OperatingSystem.IsWindows() ? (long)Process.GetCurrentProcess().ProcessorAffinity : (1L << Environment.ProcessorCount) - 1;
        for (var cpu = 0; cpu < 64; cpu++)
        {
            if ((mask & (1L << cpu)) != 0)
            {
                cpus.Add((long)cpu);
            }
        }

        return cpus;
    }

    /// <summary><c>os.getloadavg()</c></summary>
    [PyExport("getloadavg")]
    public static PyTuple GetLoadAvg()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return new PyTuple([.. parts[..3].Select(p => (object?)double.Parse(p, System.Globalization.CultureInfo.InvariantCulture))]);
        }
        catch (IOException)
        {
            throw PyOSError.Create("Load averages are unobtainable");
        }
    }

    /// <summary><c>os.uname()</c></summary>
    [PyExport("uname")]
    public static PyStructSeq Uname()
    {
        static string Read(string path, string fallback)
        {
            try
            {
                return File.ReadAllText(path).Trim();
            }
            catch (IOException)
            {
                return fallback;
            }
        }

        var machine = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x86_64",
            Architecture.Arm64 => "aarch64",
            Architecture.X86 => "i686",
            var other => other.ToString().ToLowerInvariant(),
        };
        return new PyStructSeq("posix.uname_result", s_unameFields,
            OperatingSystem.IsLinux() ? "Linux" : RuntimeInformation.OSDescription.Split(' ')[0],
            Environment.MachineName,
            Read("/proc/sys/kernel/osrelease", Environment.OSVersion.Version.ToString()),
            Read("/proc/sys/kernel/version", string.Empty),
            machine);
    }

    /// <summary><c>os.times()</c>: processor times of this process (children are not tracked: 0).</summary>
    [PyExport("times")]
    public static PyStructSeq Times()
    {
        var process = Process.GetCurrentProcess();
        return new PyStructSeq("posix.times_result", s_timesFields,
            Math.Round(process.UserProcessorTime.TotalSeconds, 2), Math.Round(process.PrivilegedProcessorTime.TotalSeconds, 2), 0.0, 0.0,
            Math.Round(Environment.TickCount64 / 1000.0, 2));
    }

    /// <summary><c>os.getuid()</c>, and the other ids: from /proc/self/status on Linux.</summary>
    [PyExport("getuid")]
    public static long GetUid() => StatusId("Uid:", 0);

    /// <summary><c>os.geteuid()</c></summary>
    [PyExport("geteuid")]
    public static long GetEUid() => StatusId("Uid:", 1);

    /// <summary><c>os.getgid()</c></summary>
    [PyExport("getgid")]
    public static long GetGid() => StatusId("Gid:", 0);

    /// <summary><c>os.getegid()</c></summary>
    [PyExport("getegid")]
    public static long GetEGid() => StatusId("Gid:", 1);

    /// <summary><c>os.getlogin()</c></summary>
    [PyExport("getlogin")]
    public static string GetLogin() => Environment.UserName;

    /// <summary>
    /// <c>os.system(command)</c>: runs the command with /bin/sh; the wait status (exit code × 256). The child
    /// inherits the process's standard streams, as in CPython; when a host captured the program's streams
    /// (<see cref="PyRuntime.CaptureStandardStreams"/>), the child's output is copied into the captured writers.
    /// </summary>
    [PyExport("system")]
    public static long System_(string command)
    {
        PyBuiltins.FlushStdout();
        var captureOut = !PyRuntime.IsProcessStdout(PyBuiltins.Stdout);
        var captureErr = !PyRuntime.IsProcessStderr;
        var info = new ProcessStartInfo("/bin/sh", ["-c", command])
        {
            UseShellExecute = false,
            RedirectStandardOutput = captureOut,
            RedirectStandardError = captureErr,
        };
        using var process = Process.Start(info) ?? throw PyOSError.Create("could not start /bin/sh");
        var pumps = new List<Task>(2);
        if (captureOut)
        {
            pumps.Add(Pump(process.StandardOutput, PyBuiltins.Stdout));
        }

        if (captureErr)
        {
            pumps.Add(Pump(process.StandardError, SysModule.Stderr));
        }

        process.WaitForExit();
        Task.WaitAll(pumps);
        return process.ExitCode >= 128 ? process.ExitCode - 128 : (long)process.ExitCode << 8;
    }

    private static Task Pump(StreamReader from, TextWriter to) => Task.Run(() =>
    {
        var buffer = new char[4096];
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            lock (to)
            {
                to.Write(buffer, 0, read);
            }
        }
    });

    /// <summary><c>os.kill(pid, sig)</c>: a signal to another process (this process: see <c>signal</c>).</summary>
    [PyExport("kill")]
    public static void Kill([PyPositionalOnly] long pid, [PyPositionalOnly] long sig)
    {
        try
        {
            using var process = Process.GetProcessById((int)pid);
            if (sig != 0)
            {
                process.Kill();
            }
        }
        catch (ArgumentException)
        {
            throw PyOSError.Create(3L, "No such process");
        }
    }

    /// <summary>
    /// <c>os._exit(n)</c>: ends the process at once with status <paramref name="n"/>: no atexit functions, no
    /// <c>finally</c> blocks, no waiting for threads (Modules/posixmodule.c, <c>os__exit_impl</c> calls <c>_exit</c>).
    /// What sys.stdout still buffers is lost, as CPython loses its buffer; a terminal's stdout is line-buffered
    /// in CPython, so there the printed lines are written first. stderr is written through.
    /// </summary>
    [PyExport("_exit")]
    public static void Exit([PyPositionalOnly] long n)
    {
        if (!Console.IsOutputRedirected)
        {
            PyBuiltins.FlushStdout();
        }

        PyBuiltins.DiscardStdoutAtExit();
        SysModule.Stderr.Flush();
        Environment.Exit(unchecked((int)n));
    }

    /// <summary><c>os.umask(mask)</c>: returns the previous mask. .NET cannot set it; the value is recorded.</summary>
    [PyExport("umask")]
    public static long Umask([PyPositionalOnly] long mask) => Interlocked.Exchange(ref s_umask, mask);

    /// <summary><c>os.chmod(path, mode)</c></summary>
    [PyExport("chmod")]
    public static void ChMod(string path, long mode) =>
        OsErrors.Wrap(path, () =>
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw OsErrors.Create(2, "No such file or directory", path);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, (UnixFileMode)(mode & 0xFFF));
            }

            return 0;
        });

    /// <summary><c>os.symlink(src, dst)</c></summary>
    [PyExport("symlink")]
    public static void Symlink(string src, string dst) => OsErrors.Wrap(dst, () => File.CreateSymbolicLink(dst, src));

    /// <summary><c>os.readlink(path)</c></summary>
    [PyExport("readlink")]
    public static string ReadLink(string path) =>
        new FileInfo(path).LinkTarget ?? throw OsErrors.Create(File.Exists(path) || Directory.Exists(path) ? 22 : 2, File.Exists(path) || Directory.Exists(path) ? "Invalid argument" : "No such file or directory", path);

    private static long StatusId(string key, int index)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[key.Length..].Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[index], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
