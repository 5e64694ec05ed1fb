using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Generators;

public sealed class PyCoroutineTests
{
    // async def add(a, b): return a + b
    private static PyCoroutine Add(long a, long b) => new("add", "add", g => Task.FromResult<object?>(a + b));

    // async def twice(x): return await add(x, x) * 2
    private static PyCoroutine Twice(long x) => new("twice", "twice", async g => (long)(await g.YieldFrom(PyAwait.Awaitable(Add(x, x))))! * 2);

    // async def pause(): return await Suspend()   (a generator marked by types.coroutine yielding once)
    private static PyCoroutine Pause() => new("pause", "pause", async g =>
    {
        var suspend = new PyGenerator("suspend", "suspend", async s => await s.Yield("paused")) { IsIterableCoroutine = true };
        return await g.YieldFrom(PyAwait.Awaitable(suspend));
    });

    [Fact]
    public void Send_AwaitingCoroutine_ReturnsThroughStopIteration()
    {
        var stop = Assert.Throws<PyStopIteration>(() => Twice(5).Send(null));
        Assert.Equal(20L, stop.Value);
    }

    [Fact]
    public void Send_FinishedCoroutine_RaisesReuseError()
    {
        var coroutine = Add(1, 2);
        Assert.Throws<PyStopIteration>(() => coroutine.Send(null));
        var error = Assert.Throws<PyRuntimeError>(() => coroutine.Send(null));
        Assert.Equal("cannot reuse already awaited coroutine", error.Message);
        coroutine.Close();
    }

    [Fact]
    public void Send_SuspendedInIterableCoroutine_YieldsToTheDriverAndResumesWithTheSentValue()
    {
        var coroutine = Pause();
        Assert.Equal("paused", coroutine.Send(null));
        var stop = Assert.Throws<PyStopIteration>(() => coroutine.Send("resumed"));
        Assert.Equal("resumed", stop.Value);
    }

    [Fact]
    public void Awaitable_CoroutineSuspendedInAnAwait_RaisesBeingAwaitedAlready()
    {
        var coroutine = Pause();
        coroutine.Send(null);
        var error = Assert.Throws<PyRuntimeError>(() => PyAwait.Awaitable(coroutine));
        Assert.Equal("coroutine is being awaited already", error.Message);
    }

    [Fact]
    public void Awaitable_Int_RaisesTypeError()
    {
        var error = Assert.Throws<PyTypeError>(() => PyAwait.Awaitable(5L));
        Assert.Equal("object int can't be used in 'await' expression", error.Message);
    }

    [Fact]
    public void Repr_NamesTheCoroutineType()
    {
        var coroutine = Add(1, 2);
        Assert.Equal("coroutine", coroutine.PythonTypeName);
        Assert.StartsWith("<coroutine object add at 0x", coroutine.Repr(), StringComparison.Ordinal);
        coroutine.Close();
    }

    [Fact]
    public void AsyncGenerator_ANextEndsWithStopIterationPerValueThenStopAsyncIteration()
    {
        // async def agen(): yield 1; yield 2
        var agen = new PyAsyncGenerator("agen", "agen", async g =>
        {
            await g.Yield(PyAsyncGenerator.Wrap(1L));
            await g.Yield(PyAsyncGenerator.Wrap(2L));
            return null;
        });
        Assert.False(new PyAsyncGenASend(agen, null).TryResume(null, null, out var first));
        Assert.Equal(1L, first);
        Assert.False(new PyAsyncGenASend(agen, null).TryResume(null, null, out var second));
        Assert.Equal(2L, second);
        Assert.Throws<PyStopAsyncIteration>(() => new PyAsyncGenASend(agen, null).TryResume(null, null, out _));
    }

    [Fact]
    public void AsyncGenerator_ACloseOfGeneratorThatYieldsAgain_RaisesIgnoredGeneratorExit()
    {
        // async def stubborn(): try: yield 1 / except GeneratorExit: yield 2
        var agen = new PyAsyncGenerator("stubborn", "stubborn", async g =>
        {
            try
            {
                await g.Yield(PyAsyncGenerator.Wrap(1L));
            }
            catch (PyGeneratorExit)
            {
                await g.Yield(PyAsyncGenerator.Wrap(2L));
            }

            return null;
        });
        Assert.False(new PyAsyncGenASend(agen, null).TryResume(null, null, out _));
        var error = Assert.Throws<PyRuntimeError>(() => new PyAsyncGenAThrow(agen, null).TryResume(null, null, out _));
        Assert.Equal("async generator ignored GeneratorExit", error.Message);
    }
}
