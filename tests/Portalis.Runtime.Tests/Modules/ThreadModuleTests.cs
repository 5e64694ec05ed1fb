using Portalis.Runtime;
using Portalis.Threading;

namespace Portalis.Runtime.Tests.Modules;

public sealed class ThreadModuleTests
{
    [Fact]
    public void LockAcquire_BadArguments_RaiseCPythonErrors()
    {
        var lockObject = Py.Call("_thread", "allocate_lock");
        Assert.Equal("ValueError: can't specify a timeout for a non-blocking call", Py.Error(() => Py.Method(lockObject, "acquire", false, 1.0)));
        Assert.Equal("ValueError: timeout value must be positive", Py.Error(() => Py.Method(lockObject, "acquire", true, -2L)));
        Assert.Equal("TypeError: 'NoneType' object cannot be interpreted as an integer", Py.Error(() => Py.Method(lockObject, "acquire", true, null)));
        Assert.Equal("OverflowError: timestamp out of range for platform time_t", Py.Error(() => Py.Method(lockObject, "acquire", true, 1e300)));
        Assert.Equal("RuntimeError: release unlocked lock", Py.Error(() => Py.Method(lockObject, "release")));
        Assert.Equal(false, Py.Method(lockObject, "locked"));
    }

    [Fact]
    public void RLock_ReleaseSaveAndRestore_KeepCountAndOwner()
    {
        var rlock = Py.Call("_thread", "RLock");
        Py.Method(rlock, "acquire");
        Py.Method(rlock, "acquire");
        var saved = (PyTuple)Py.Method(rlock, "_release_save")!;
        Assert.Equal(2L, saved[0]);
        Assert.Equal(false, Py.Method(rlock, "_is_owned"));
        Py.Method(rlock, "_acquire_restore", saved);
        Assert.Equal(2L, Py.Method(rlock, "_recursion_count"));
        Py.Method(rlock, "release");
        Py.Method(rlock, "release");
        Assert.Equal("RuntimeError: cannot release un-acquired lock", Py.Error(() => Py.Method(rlock, "release")));
    }

    [Fact]
    public void StartNewThread_SentinelReleasedWhenFunctionReturns()
    {
        var gate = (PyThreadLock)Py.Call("_thread", "allocate_lock")!;
        gate.AcquireBlocking();
        PyThreadLock? sentinel = null;
        var started = new PyBuiltinFunction("body", (args, kwnames) =>
        {
            sentinel = (PyThreadLock)Py.Call("_thread", "_set_sentinel")!;
            sentinel.AcquireBlocking();
            gate.Release();
            return null;
        });
        Py.Call("_thread", "start_new_thread", started, PyTuple.Empty);
        gate.AcquireBlocking();
        Assert.True(sentinel!.Inner.Acquire(TimeSpan.FromSeconds(30)));
        Assert.Equal("TypeError: 2nd arg must be a tuple", Py.Error(() => Py.Call("_thread", "start_new_thread", started, new PyList())));
    }

    [Fact]
    public void SimpleQueue_FifoAndEmpty()
    {
        var queue = Py.Call("_queue", "SimpleQueue");
        Py.Method(queue, "put", 1L);
        Py.Method(queue, "put", 2L);
        Assert.Equal(2L, Py.Method(queue, "qsize"));
        Assert.Equal(1L, Py.Method(queue, "get"));
        Assert.Equal(2L, Py.Method(queue, "get_nowait"));
        Assert.Equal("Empty: ", Py.Error(() => Py.Method(queue, "get", false)));
        Assert.Equal("ValueError: 'timeout' must be a non-negative number", Py.Error(() => Py.Method(queue, "get", true, -1L)));
    }

    [Fact]
    public void GetIdent_IsTheLogicalThreadId() =>
        Assert.Equal(ThreadingBackend.Current.CurrentThread.Id, Py.Call("_thread", "get_ident"));
}
