namespace Portalis.Runtime;

/// <summary>
/// The awaitable that <c>agen.__anext__()</c> and <c>agen.asend(v)</c> return (CPython's
/// <c>async_generator_asend</c>, Objects/genobject.c <c>async_gen_asend_send</c>/<c>_throw</c>/<c>_close</c>).
/// </summary>
public sealed class PyAsyncGenASend(PyAsyncGenerator generator, object? sendValue) : PyAsyncGenAwaitable
{

    /// <inheritdoc/>
    public override string PythonTypeName => "async_generator_asend";

    /// <inheritdoc/>
    public override bool TryResume(object? sent, Exception? thrown, out object? value)
    {
        if (_state == Closed)
        {
            throw new PyRuntimeError("cannot reuse already awaited __anext__()/asend()");
        }

        if (thrown is null && _state == Init)
        {
            if (generator.RunningAsync)
            {
                throw new PyRuntimeError("anext(): asynchronous generator is already running");
            }

            sent ??= sendValue;
            _state = Iterating;
        }

        generator.RunningAsync = true;
        try
        {
            value = generator.Unwrap(() => (generator.Frame.TryResume(sent, thrown, out var v), v));
            return true;
        }
        catch (PyStopIteration stop)
        {
            _state = Closed;
            value = stop.Value;
            return false;
        }
        catch
        {
            _state = Closed;
            throw;
        }
    }
}
