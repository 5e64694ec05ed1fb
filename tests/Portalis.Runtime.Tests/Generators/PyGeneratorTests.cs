using Portalis.Runtime;

namespace Portalis.Runtime.Tests.Generators;

public sealed class PyGeneratorTests
{
    // def count(n): i = 0; while i < n: yield i; i += 1; return "done"
    private static PyGenerator Count(long n) => new("count", "count", g => CountBody(g, n));

    private static async Task<object?> CountBody(PyGenerator g, long n)
    {
        for (long i = 0; i < n; i++)
        {
            await g.Yield(i);
        }

        return "done";
    }

    // def echo(): received = []; while True: x = yield len(received); if x is None: return received; received.append(x)
    private static PyGenerator Echo() => new("echo", "echo", async g =>
    {
        var received = new PyList();
        while (true)
        {
            var x = await g.Yield(received.Count);
            if (x is null)
            {
                return received;
            }

            received.Append(x);
        }
    });

    [Fact]
    public void Next_ExhaustedGenerator_RaisesStopIterationWithReturnValueThenEmpty()
    {
        var gen = Count(2);
        Assert.Equal(0L, gen.Next());
        Assert.Equal(1L, gen.Next());
        var stop = Assert.Throws<PyStopIteration>(() => gen.Next());
        Assert.Equal("done", stop.Value);
        var again = Assert.Throws<PyStopIteration>(() => gen.Next());
        Assert.Empty(again.Args.Items.ToArray());
    }

    [Fact]
    public void Iterate_ForeachOverPyOpsIterate_YieldsAllValuesWithoutStopIteration()
    {
        var values = PyOps.Iterate(Count(4)).ToList();
        Assert.Equal([0L, 1L, 2L, 3L], values);
    }

    [Fact]
    public void Send_Values_AreTheResultOfYield()
    {
        var gen = Echo();
        Assert.Equal(0, gen.Next());
        Assert.Equal(1, gen.Send("a"));
        Assert.Equal(2, gen.Send("b"));
        var stop = Assert.Throws<PyStopIteration>(() => gen.Send(null));
        Assert.Equal("['a', 'b']", PyOps.Repr(stop.Value));
    }

    [Fact]
    public void Send_NonNoneToJustStartedGenerator_RaisesTypeError()
    {
        var error = Assert.Throws<PyTypeError>(() => Echo().Send(1L));
        Assert.Equal("can't send non-None value to a just-started generator", error.Message);
    }

    [Fact]
    public void Next_ReentrantCall_RaisesGeneratorAlreadyExecuting()
    {
        PyGenerator? self = null;
        self = new PyGenerator("g", "g", async g =>
        {
            await g.Yield(self!.Next());
            return null;
        });
        var error = Assert.Throws<PyValueError>(() => self.Next());
        Assert.Equal("generator already executing", error.Message);
    }

    [Fact]
    public void Next_StopIterationInsideBody_BecomesRuntimeErrorChainedFromIt()
    {
        var gen = new PyGenerator("g", "g", async g =>
        {
            await g.Yield(1L);
            throw new PyStopIteration();
        });
        gen.Next();
        var error = Assert.Throws<PyRuntimeError>(() => gen.Next());
        Assert.Equal("generator raised StopIteration", error.Message);
        Assert.IsType<PyStopIteration>(error.Cause);
        Assert.Throws<PyStopIteration>(() => gen.Next());
    }

    [Fact]
    public void Throw_CaughtInBody_YieldsNextValue()
    {
        var gen = new PyGenerator("g", "g", async g =>
        {
            try
            {
                await g.Yield(1L);
            }
            catch (PyValueError e)
            {
                await g.Yield("caught " + e.Message);
            }

            return null;
        });
        gen.Next();
        Assert.Equal("caught boom", gen.Throw(new PyValueError("boom")));
    }

    [Fact]
    public void Throw_Uncaught_PropagatesAndFinishes()
    {
        var gen = Count(5);
        gen.Next();
        var thrown = new PyKeyError("k");
        Assert.Same(thrown, Assert.Throws<PyKeyError>(() => gen.Throw(thrown)));
        Assert.True(gen.IsFinished);
        Assert.Throws<PyStopIteration>(() => gen.Next());
    }

    [Fact]
    public void Throw_IntoJustStartedGenerator_RaisesWithoutRunningBody()
    {
        var ran = false;
        var gen = new PyGenerator("g", "g", async g =>
        {
            ran = true;
            await g.Yield(1L);
            return null;
        });
        Assert.Throws<PyValueError>(() => gen.Throw(new PyValueError("x")));
        Assert.False(ran);
        Assert.Throws<PyStopIteration>(() => gen.Next());
    }

    [Fact]
    public void Throw_InstanceWithSeparateValue_RaisesTypeError()
    {
        var error = Assert.Throws<PyTypeError>(() => Count(1).Throw(new PyValueError(), 1L));
        Assert.Equal("instance exception may not have a separate value", error.Message);
        var notException = Assert.Throws<PyTypeError>(() => Count(1).Throw(1L, null));
        Assert.Equal("exceptions must be classes or instances deriving from BaseException, not int", notException.Message);
    }

    [Fact]
    public void Close_RunsFinallyAndFinishes()
    {
        var log = new List<string>();
        var gen = new PyGenerator("g", "g", async g =>
        {
            try
            {
                await g.Yield(1L);
                await g.Yield(2L);
            }
            finally
            {
                log.Add("finally");
            }

            return null;
        });
        gen.Next();
        gen.Close();
        Assert.Equal(["finally"], log);
        Assert.Throws<PyStopIteration>(() => gen.Next());
        gen.Close();
    }

    [Fact]
    public void Close_GeneratorThatYieldsOnGeneratorExit_RaisesRuntimeError()
    {
        var gen = new PyGenerator("g", "g", async g =>
        {
            while (true)
            {
                try
                {
                    await g.Yield(1L);
                }
                catch (PyGeneratorExit)
                {
                }
            }
        });
        gen.Next();
        var error = Assert.Throws<PyRuntimeError>(gen.Close);
        Assert.Equal("generator ignored GeneratorExit", error.Message);
    }

    [Fact]
    public void Close_JustStartedGenerator_NeverRunsBody()
    {
        var ran = false;
        var gen = new PyGenerator("g", "g", async g =>
        {
            ran = true;
            await g.Yield(1L);
            return null;
        });
        gen.Close();
        Assert.False(ran);
        Assert.True(gen.IsFinished);
    }

    [Fact]
    public void YieldFrom_SubGenerator_ForwardsValuesSendAndReturnsItsResult()
    {
        var gen = new PyGenerator("outer", "outer", async g =>
        {
            var inner = await g.YieldFrom(Echo());
            await g.Yield(inner);
            return "end";
        });
        Assert.Equal(0, gen.Next());
        Assert.Equal(1, gen.Send("x"));
        Assert.Equal("['x']", PyOps.Repr(gen.Send(null)));
        Assert.Equal("end", Assert.Throws<PyStopIteration>(() => gen.Next()).Value);
    }

    [Fact]
    public void YieldFrom_PlainIterableAndEmpty_IteratesAndResultIsNone()
    {
        var gen = new PyGenerator("g", "g", async g =>
        {
            var empty = await g.YieldFrom(new PyList());
            var r = await g.YieldFrom(new PyList(1L, 2L));
            return PyOps.Repr(new PyTuple(empty, r));
        });
        Assert.Equal([1L, 2L], PyOps.Iterate(gen).ToList());
        var gen2 = new PyGenerator("g", "g", async g => await g.YieldFrom(new PyTuple()));
        Assert.Null(Assert.Throws<PyStopIteration>(() => gen2.Next()).Value);
    }

    [Fact]
    public void YieldFrom_ThrowIsForwardedToSubGenerator()
    {
        var gen = new PyGenerator("outer", "outer", async g => await g.YieldFrom(new PyGenerator("inner", "inner", async h =>
        {
            try
            {
                await h.Yield(1L);
            }
            catch (PyValueError)
            {
                return "inner handled";
            }

            return null;
        })));
        gen.Next();
        Assert.Equal("inner handled", Assert.Throws<PyStopIteration>(() => gen.Throw(new PyValueError())).Value);
    }

    [Fact]
    public void YieldFrom_CloseClosesSubGeneratorFirst()
    {
        var log = new List<string>();
        var gen = new PyGenerator("outer", "outer", async g =>
        {
            try
            {
                await g.YieldFrom(new PyGenerator("inner", "inner", async h =>
                {
                    try
                    {
                        await h.Yield(1L);
                    }
                    finally
                    {
                        log.Add("inner");
                    }

                    return null;
                }));
            }
            finally
            {
                log.Add("outer");
            }

            return null;
        });
        gen.Next();
        gen.Close();
        Assert.Equal(["inner", "outer"], log);
    }

    [Fact]
    public void YieldFrom_SubGeneratorRaises_ExceptionSurfacesInOuterBody()
    {
        var gen = new PyGenerator("outer", "outer", async g =>
        {
            try
            {
                await g.YieldFrom(new PyGenerator("inner", "inner", async h =>
                {
                    await h.Yield(1L);
                    throw new PyKeyError("inner");
                }));
            }
            catch (PyKeyError)
            {
                return "caught";
            }

            return null;
        });
        gen.Next();
        Assert.Equal("caught", Assert.Throws<PyStopIteration>(() => gen.Next()).Value);
    }

    [Fact]
    public void Repr_UsesQualifiedName()
    {
        Assert.Matches("^<generator object f\\.<locals>\\.g at 0x[0-9a-f]+>$", new PyGenerator("g", "f.<locals>.g", async g => null).Repr());
    }

    [Fact]
    public void Next_FromAnotherThread_ResumesWhereItStopped()
    {
        var gen = Count(3);
        Assert.Equal(0L, gen.Next());
        object? fromThread = null;
        var thread = new Thread(() => fromThread = gen.Next());
        thread.Start();
        thread.Join();
        Assert.Equal(1L, fromThread);
        Assert.Equal(2L, gen.Next());
    }

    [Fact]
    public void Next_BodyException_KeepsBodyFramesInStackTrace()
    {
        var gen = new PyGenerator("g", "g", g => FailingBody(g));
        gen.Next();
        var error = Assert.Throws<PyZeroDivisionError>(() => gen.Next());
        Assert.Contains(nameof(FailingBody), error.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_SteadyState_DoesNotAllocatePerResume()
    {
        var gen = new PyGenerator("g", "g", async g =>
        {
            while (true)
            {
                await g.Yield(null);
            }
        });
        for (var i = 0; i < 100; i++)
        {
            gen.Next();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            gen.Next();
        }

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1000, "allocations per resume");
    }

    private static async Task<object?> FailingBody(PyGenerator g)
    {
        await g.Yield(1L);
        throw new PyZeroDivisionError("division by zero");
    }
}
