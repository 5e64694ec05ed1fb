using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Modules;

public sealed class MiscModuleTests
{
    [Fact]
    public void PosixPathZlibStringTime_MatchCPython() => ModuleCases.CheckAll("misc");

    [Fact]
    public void Os_FileSystemFunctions_WorkAndRaiseCPythonErrors()
    {
        var root = Path.Combine(Path.GetTempPath(), "portalis-os-" + Guid.NewGuid().ToString("N"));
        try
        {
            var nested = (string)Py.Call("os.path", "join", root, "a", "b")!;
            Py.Call("os", "makedirs", nested);
            Assert.Equal(true, Py.Call("os.path", "isdir", nested));
            Assert.Equal($"FileExistsError: [Errno 17] File exists: '{nested}'", Py.Error(() => Py.Call("os", "makedirs", nested)));
            Py.CallKw("os", "makedirs", [nested, true], "exist_ok");
            var file = Path.Combine(root, "f.txt");
            File.WriteAllText(file, "abc");
            Assert.Equal(3L, Py.Call("os.path", "getsize", file));
            Assert.Equal("['a', 'f.txt']", Py.Repr(PyBuiltins.Sorted(Py.Call("os", "listdir", root))));
            Assert.Equal($"OSError: [Errno 39] Directory not empty: '{root}'", Py.Error(() => Py.Call("os", "rmdir", root)));
            Py.Call("os", "remove", file);
            Assert.Equal(false, Py.Call("os.path", "exists", file));
            Assert.Equal($"FileNotFoundError: [Errno 2] No such file or directory: '{file}'", Py.Error(() => Py.Call("os", "remove", file)));
            Py.Call("os", "rmdir", nested);
            Assert.Same(Py.Module("os.path"), Py.Attr("os", "path"));
            Assert.Equal(Directory.GetCurrentDirectory(), Py.Call("os", "getcwd"));
            Assert.Equal(Environment.GetEnvironmentVariable("PATH"), Py.Call("os", "getenv", "PATH"));
            Assert.Equal("x", Py.Call("os", "getenv", "PORTALIS_SURELY_UNSET_VARIABLE", "x"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Sys_VersionExitRecursionLimit()
    {
        Assert.Equal("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)", Py.Repr(Py.Attr("sys", "version_info")));
        Assert.Equal(true, PyOps.Compare(CompareOperator.Ge, Py.Attr("sys", "version_info"), new PyTuple(3L, 8L)));
        Assert.Equal(long.MaxValue, Py.Attr("sys", "maxsize"));
        var exit = Assert.Throws<PySystemExit>(() => Py.Call("sys", "exit", 3L));
        Assert.Equal(3L, exit.Code);
        Py.Call("sys", "setrecursionlimit", 5000L);
        Assert.Equal(5000L, Py.Call("sys", "getrecursionlimit"));
        Py.Call("sys", "setrecursionlimit", 1000L);
        Assert.Equal("ValueError: recursion limit must be greater or equal than 1", Py.Error(() => Py.Call("sys", "setrecursionlimit", 0L)));
    }

    [Fact]
    public void Time_ClocksAndSleepValidation()
    {
        var t = (double)Py.Call("time", "time")!;
        Assert.InRange(t, 1.6e9, 1e10);
        var a = (double)Py.Call("time", "perf_counter")!;
        Py.Call("time", "sleep", 0.001);
        Assert.True((double)Py.Call("time", "perf_counter")! > a);
        Assert.Equal("ValueError: sleep length must be non-negative", Py.Error(() => Py.Call("time", "sleep", -1L)));
    }

    [Fact]
    public void Zlib_CompressDecompress_RoundTrips()
    {
        var data = new PyBytes("hello hello hello hello"u8);
        Assert.Equal(PyOps.Repr(data), Py.Repr(Py.Call("zlib", "decompress", Py.Call("zlib", "compress", data))));
    }
}
