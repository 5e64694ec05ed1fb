namespace Portalis.Runtime;

/// <summary>
/// The awaitable that <c>agen.athrow(...)</c> and <c>agen.aclose()</c> (no arguments) return (CPython's
/// <c>async_generator_athrow</c>, Objects/genobject.c <c>async_gen_athrow_send</c>/<c>_throw</c>).
/// </summary>
public sealed class PyAsyncGenAThrow(PyAsyncGenerator generator, object?[]? throwArgs) : PyAsyncGenAwaitable
{

    private bool IsClose => throwArgs is null;

    /// <inheritdoc/>
    public override string PythonTypeName => "async_generator_athrow";

    /// <inheritdoc/>
    public override bool TryResume(object? sent, Exception? thrown, out object? value)
    {
        if (_state == Closed)
        {
            throw new PyRuntimeError("cannot reuse already awaited aclose()/athrow()");
        }

        var frame = generator.Frame;
        if (thrown is null && frame.IsFinished)
        {
            _state = Closed;
            value = null;
            return false;
        }

        if (thrown is null && _state == Init)
        {
            if (generator.RunningAsync)
            {
                _state = Closed;
                throw new PyRuntimeError(IsClose ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }

            if (generator.Closed)
            {
                _state = Closed;
                throw new PyStopAsyncIteration();
            }

            if (sent is not null)
            {
                throw new PyRuntimeError("can't send non-None value to a just-started coroutine");
            }

            _state = Iterating;
            generator.RunningAsync = true;
            if (IsClose)
            {
                generator.Closed = true;
                thrown = new PyGeneratorExit();
            }
            else
            {
                thrown = throwArgs!.Length == 1
                    ? PyGenerator.MakeException(throwArgs[0], null)
                    : PyGenerator.MakeException(throwArgs[0], throwArgs[1]);
            }
        }

        try
        {
            if (!IsClose)
            {
                value = generator.Unwrap(() => (frame.TryResume(sent, thrown, out var v), v));
                return true;
            }

            // aclose(): a value the body yields means it ignored GeneratorExit; a value an awaited object yields passes.
            if (frame.TryResume(sent, thrown, out var result))
            {
                if (result is AsyncGenWrappedValue)
                {
                    generator.RunningAsync = false;
                    _state = Closed;
                    throw new PyRuntimeError("async generator ignored GeneratorExit");
                }

                value = result;
                return true;
            }

            generator.RunningAsync = false;
            _state = Closed;
            value = null;
            return false;
        }
        catch (PyStopIteration stop)
        {
            _state = Closed;
            value = stop.Value;
            return false;
        }
        catch (Exception e) when (IsClose && e is PyStopAsyncIteration or PyGeneratorExit)
        {
            // aclose() completes quietly when the generator stops.
            generator.RunningAsync = false;
            _state = Closed;
            value = null;
            return false;
        }
        catch
        {
            generator.RunningAsync = false;
            _state = Closed;
            throw;
        }
    }
}
