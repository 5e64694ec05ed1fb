namespace Portalis.Runtime;

/// <summary>
/// A Python asynchronous generator (an <c>async def</c> containing <c>yield</c>). Its frame is a
/// <see cref="PyGenerator"/> of kind <see cref="GeneratorKind.AsyncGenerator"/> in which <c>yield v</c> produces a
/// <see cref="AsyncGenWrappedValue"/> and <c>await</c> delegates as in a coroutine; the awaitables that
/// <c>__anext__</c>/<c>asend</c> and <c>athrow</c>/<c>aclose</c> return tell the two apart (CPython 3.11's
/// Objects/genobject.c, <c>async_gen_unwrap_value</c>), so values the body yields end the await with
/// StopIteration and values awaited objects yield pass through to the event loop.
/// </summary>
/// <remarks>
/// Not done: the finalizer hooks (<c>sys.set_asyncgen_hooks</c>) by which an event loop closes async generators
/// that are dropped before they finish.
/// </remarks>
public sealed class PyAsyncGenerator : PyObject
{
    /// <summary>Creates an async generator that has not started.</summary>
    public PyAsyncGenerator(string name, string qualName, Func<PyGenerator, Task<object?>> body)
    {
        Frame = new PyGenerator(name, qualName, body) { Kind = GeneratorKind.AsyncGenerator };
    }

    /// <summary>Creates the async generator of an <c>async def</c> (or async generator expression) with code object <paramref name="code"/>.</summary>
    public PyAsyncGenerator(PyCode code, Func<PyGenerator, Task<object?>> body)
        : this(code.Name, code.QualName, body)
    {
    }

    internal PyGenerator Frame { get; }

    /// <summary><c>ag_closed</c>: the body finished or aclose() ran.</summary>
    internal bool Closed { get; set; }

    /// <summary><c>ag_running_async</c>: an asend/athrow awaitable is in progress.</summary>
    internal bool RunningAsync { get; set; }

    /// <summary><c>__name__</c>.</summary>
    public string Name => Frame.Name;

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName => Frame.QualName;

    /// <inheritdoc/>
    public override string PythonTypeName => "async_generator";

    /// <inheritdoc/>
    public override string Repr() => $"<async_generator object {QualName} at 0x{PyOps.Id(this):x}>";

    /// <summary>What <c>yield value</c> in an async generator body yields to its driver.</summary>
    public static object Wrap(object? value) => new AsyncGenWrappedValue(value);

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "__aiter__" => new PyBuiltinFunction("__aiter__", (args, kw) => this, this),
            "__anext__" => new PyBuiltinFunction("__anext__", (args, kw) => new PyAsyncGenASend(this, null), this),
            "asend" => new PyBuiltinFunction("asend", (args, kw) => new PyAsyncGenASend(this, args.Length == 1 ? args[0] : throw new PyTypeError($"asend() takes exactly one argument ({args.Length} given)")), this),
            "athrow" => new PyBuiltinFunction("athrow", (args, kw) => args.Length is >= 1 and <= 3
                ? new PyAsyncGenAThrow(this, args.ToArray())
                : throw new PyTypeError($"athrow expected at least 1 argument, got {args.Length}"), this),
            "aclose" => new PyBuiltinFunction("aclose", (args, kw) => new PyAsyncGenAThrow(this, null), this),
            "__name__" => Name,
            "__qualname__" => QualName,
            "ag_running" => RunningAsync,
            "ag_await" => null,
            _ => PyUnbound.Value,
        };
        if (value is PyUnbound)
        {
            value = null;
            return false;
        }

        return true;
    }

    /// <summary>
    /// <c>async_gen_unwrap_value</c>: a wrapped value ends the await with StopIteration(value); the frame's end
    /// becomes StopAsyncIteration; StopAsyncIteration and GeneratorExit close the generator.
    /// </summary>
    internal object? Unwrap(Func<(bool Yielded, object? Value)> step)
    {
        bool yielded;
        object? value;
        try
        {
            (yielded, value) = step();
        }
        catch (Exception e) when (e is PyStopAsyncIteration or PyGeneratorExit)
        {
            Closed = true;
            RunningAsync = false;
            throw;
        }
        catch
        {
            RunningAsync = false;
            throw;
        }

        if (!yielded)
        {
            Closed = true;
            RunningAsync = false;
            throw new PyStopAsyncIteration();
        }

        if (value is AsyncGenWrappedValue wrapped)
        {
            RunningAsync = false;
            throw PyGenerator.StopIterationFor(wrapped.Value);
        }

        return value;
    }
}

/// <summary>CPython's <c>_PyAsyncGenWrappedValue</c>: marks a value an async generator body yields (as opposed to one an awaited object yields).</summary>
internal sealed class AsyncGenWrappedValue(object? value)
{
    public object? Value { get; } = value;
}
