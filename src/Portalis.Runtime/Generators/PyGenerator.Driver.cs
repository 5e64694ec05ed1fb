using System.Runtime.ExceptionServices;

namespace Portalis.Runtime;

public sealed partial class PyGenerator
{
    /// <summary><c>next(gen)</c> / <c>gen.__next__()</c>: the next value, else StopIteration carrying the return value.</summary>
    public object? Next() => TryResume(null, null, out var value) ? value : throw StopIterationFor(value);

    /// <summary><c>gen.send(value)</c> (Objects/genobject.c, <c>gen_send</c>).</summary>
    public object? Send(object? value) => TryResume(value, null, out var result) ? result : throw StopIterationFor(result);

    /// <summary><c>gen.throw(exception)</c>: raises <paramref name="exception"/> at the suspended <c>yield</c>.</summary>
    public object? Throw(PyBaseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return TryResume(null, exception, out var result) ? result : throw StopIterationFor(result);
    }

    /// <summary>
    /// <c>gen.throw(type[, value])</c> (Objects/genobject.c, <c>_gen_throw</c>): an exception instance, or a
    /// class called with <paramref name="value"/> (a tuple is unpacked as the arguments).
    /// </summary>
    public object? Throw(object? type, object? value)
    {
        return Throw(MakeException(type, value));
    }

    /// <summary>True before the body first runs (nothing can refer to the generator from inside it yet).</summary>
    internal bool IsFresh => _task is null && !_finished;

    /// <summary>
    /// <c>gen.close()</c> (<c>gen_close</c>): raises GeneratorExit at the suspended <c>yield</c>; a generator
    /// that yields again raises RuntimeError("generator ignored GeneratorExit").
    /// </summary>
    public void Close()
    {
        bool yielded;
        _closing = true;
        try
        {
            yielded = TryResume(null, new PyGeneratorExit(), out _);
        }
        catch (PyGeneratorExit)
        {
            return;
        }
        finally
        {
            _closing = false;
        }

        if (yielded)
        {
            throw new PyRuntimeError($"{KindName} ignored GeneratorExit");
        }
    }

    /// <summary>
    /// One resume without StopIteration: true with the yielded value, or false with the return value
    /// (None once exhausted). Exceptions from the body propagate with their stack trace.
    /// </summary>
    public bool TryResume(object? sent, Exception? thrown, out object? value)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            throw new PyValueError($"{KindName} already executing");
        }

        try
        {
            return Step(sent, thrown, out value);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    internal static PyStopIteration StopIterationFor(object? value) =>
        value is null ? new PyStopIteration() : new PyStopIteration([value]);

    internal static PyBaseException MakeException(object? type, object? value)
    {
        switch (type)
        {
            case PyBaseException instance:
                return value is null ? instance : throw new PyTypeError("instance exception may not have a separate value");
            case PyObject callable:
                var made = value switch
                {
                    null => PyOps.Call(callable),
                    PyBaseException => value,
                    PyTuple args => PyOps.Call(callable, args.Items),
                    _ => PyOps.Call(callable, value),
                };
                return made as PyBaseException ?? throw new PyTypeError(
                    $"calling {PyOps.Repr(type)} should have returned an instance of BaseException, not {PyOps.TypeName(made)}");
            default:
                throw new PyTypeError($"exceptions must be classes or instances deriving from BaseException, not {PyOps.TypeName(type)}");
        }
    }

    private bool Step(object? sent, Exception? thrown, out object? value)
    {
        if (_finished)
        {
            if (Kind == GeneratorKind.Coroutine && !_closing)
            {
                // gen_send_ex2: an exhausted coroutine raises instead of returning, except from close().
                throw new PyRuntimeError("cannot reuse already awaited coroutine");
            }

            if (thrown is not null)
            {
                ExceptionDispatchInfo.Throw(thrown);
            }

            value = null;
            return false;
        }

        if (_task is null)
        {
            if (thrown is not null)
            {
                // gen_send_ex2 on a FRAME_CREATED generator: the exception is raised at the frame's start,
                // so the body never runs and the generator is finished (PEP 479 still applies).
                _finished = true;
                throw ConvertEscaping(thrown);
            }

            if (sent is not null)
            {
                throw new PyTypeError($"can't send non-None value to a just-started {KindName}");
            }

            _suspended = false;
            try
            {
                _task = _body(this);
            }
            catch (Exception e)
            {
                // Only a non-async body delegate can throw here; treat it as the body raising.
                _finished = true;
                throw ConvertEscaping(e);
            }

            return Finish(out value);
        }

        if ((_delegate is not null || _delegateEnumerator is not null) && Delegate(ref sent, ref thrown, out value))
        {
            return true;
        }

        _resumeValue = sent;
        _resumeException = thrown;
        var continuation = _continuation!;
        _continuation = null;
        continuation();
        return Finish(out value);
    }

    // PEP 380 forwarding (Python/ceval.c SEND, genobject.c _gen_throw with gi_yieldfrom): true when the
    // sub-iterator yielded; false when this body must resume with sent/thrown updated.
    private bool Delegate(ref object? sent, ref Exception? thrown, out object? value)
    {
        var sub = _delegate;
        var enumerator = _delegateEnumerator;
        value = null;
        try
        {
            if (thrown is PyGeneratorExit)
            {
                // gen_close_iter: close the sub-iterator first; an error from it replaces GeneratorExit.
                ClearDelegate();
                try
                {
                    sub?.Close();
                    enumerator?.Dispose();
                }
                catch (Exception e)
                {
                    thrown = e;
                }

                return false;
            }

            if (sub is not null)
            {
                if (sub.TryResume(sent, thrown, out var y))
                {
                    value = y;
                    return true;
                }

                ClearDelegate();
                sent = y;
                thrown = null;
                return false;
            }

            if (thrown is not null)
            {
                // A plain iterator has no throw(): the exception is raised in this body.
                ClearDelegate();
                return false;
            }

            if (sent is not null)
            {
                throw new PyAttributeError("'iterator' object has no attribute 'send'");
            }

            if (enumerator!.MoveNext())
            {
                value = enumerator.Current;
                return true;
            }

            ClearDelegate();
            return false;
        }
        catch (Exception e)
        {
            // The sub-iterator raised: the exception surfaces at the 'yield from' in this body.
            ClearDelegate();
            sent = null;
            thrown = e;
            return false;
        }
    }

    private void ClearDelegate()
    {
        _delegate = null;
        _delegateEnumerator = null;
    }

    private bool Finish(out object? value)
    {
        if (_suspended)
        {
            _suspended = false;
            value = _yielded;
            _yielded = null;
            return true;
        }

        _finished = true;
        _continuation = null;
        var task = _task!;
        if (!task.IsCompleted)
        {
            throw new PySystemError("generator body awaited something other than Yield or YieldFrom");
        }

        try
        {
            value = task.GetAwaiter().GetResult();
            return false;
        }
        catch (PyStopIteration e)
        {
            throw ConvertEscaping(e);
        }
        catch (PyStopAsyncIteration e) when (Kind == GeneratorKind.AsyncGenerator)
        {
            throw ConvertEscaping(e);
        }
    }

    // PEP 479 (gen_send_ex2): a StopIteration escaping the body becomes RuntimeError, chained from it.
    private Exception ConvertEscaping(Exception e)
    {
        if (e is PyStopIteration stop)
        {
            return new PyRuntimeError($"{KindName} raised StopIteration") { Context = stop }.WithCause(stop);
        }

        if (e is PyStopAsyncIteration stopAsync && Kind == GeneratorKind.AsyncGenerator)
        {
            return new PyRuntimeError("async generator raised StopAsyncIteration") { Context = stopAsync }.WithCause(stopAsync);
        }

        ExceptionDispatchInfo.Throw(e);
        return e;
    }

    internal void SetContinuation(Action continuation) => _continuation = continuation;

    internal object? TakeResumeValue()
    {
        var exception = _resumeException;
        var result = _resumeValue;
        _resumeException = null;
        _resumeValue = null;
        if (exception is not null)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        return result;
    }
}
