namespace Portalis.Runtime;

/// <summary>
/// The awaitable that <c>agen.__anext__()</c> and <c>agen.asend(v)</c> return (CPython's
/// <c>async_generator_asend</c>, Objects/genobject.c <c>async_gen_asend_send</c>/<c>_throw</c>/<c>_close</c>).
/// </summary>
public sealed class PyAsyncGenASend(PyAsyncGenerator generator, object? sendValue) : PyObject, IPyResumable
{
    private const int Init = 0, Iterating = 1, Closed = 2;
    private int _state;

    /// <inheritdoc/>
    public override string PythonTypeName => "async_generator_asend";

    /// <inheritdoc/>
    public bool TryResume(object? sent, Exception? thrown, out object? value)
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

    /// <inheritdoc/>
    public void Close() => _state = Closed;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => AsyncGenAwaitables.Values(this);

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        value = AsyncGenAwaitables.Attribute(this, name);
        return value is not null;
    }
}

/// <summary>Members the async generator awaitables share.</summary>
internal static class AsyncGenAwaitables
{
    public static IEnumerator<object?> Values(IPyResumable target)
    {
        while (target.TryResume(null, null, out var value))
        {
            yield return value;
        }
    }

    public static object? Attribute<T>(T self, string name)
        where T : PyObject, IPyResumable => name switch
        {
            "__await__" or "__iter__" => new PyBuiltinFunction(name, (args, kw) => self, self),
            _ => ResumableMethods.Method(self, self, name),
        };
}
