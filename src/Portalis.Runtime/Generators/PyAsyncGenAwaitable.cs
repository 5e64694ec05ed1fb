namespace Portalis.Runtime;

/// <summary>
/// What the two awaitables of an async generator share (<see cref="PyAsyncGenASend"/> and
/// <see cref="PyAsyncGenAThrow"/>, CPython's <c>async_generator_asend</c> and <c>async_generator_athrow</c>): a
/// state that only moves forward, iteration by resuming, <c>close()</c>, and <c>__await__</c>/<c>__iter__</c>
/// returning the object itself.
/// </summary>
public abstract class PyAsyncGenAwaitable : PyObject, IPyResumable
{
    /// <summary>The states: not started, started, and done (a done awaitable cannot be reused).</summary>
    private protected const int Init = 0, Iterating = 1, Closed = 2;

    /// <summary>One of <see cref="Init"/>, <see cref="Iterating"/>, <see cref="Closed"/>.</summary>
    private protected int _state;

    /// <inheritdoc/>
    public abstract bool TryResume(object? sent, Exception? thrown, out object? value);

    /// <inheritdoc/>
    public void Close() => _state = Closed;

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter()
    {
        while (TryResume(null, null, out var value))
        {
            yield return value;
        }
    }

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "__await__" or "__iter__" => new PyBuiltinFunction(name, (args, kw) => this, this),
            _ => ResumableMethods.Method(this, this, name),
        };
        return value is not null;
    }
}
