namespace Portalis.Runtime;

/// <summary>
/// A Python coroutine object, what calling an <c>async def</c> function returns. Its frame is a
/// <see cref="PyGenerator"/> of kind <see cref="GeneratorKind.Coroutine"/>: <c>await x</c> in the body is a
/// <c>yield from</c> of <c>x</c>'s awaitable iterator (<see cref="PyAwait.Awaitable"/>), so whatever drives the
/// coroutine (an asyncio Task calling <c>send(None)</c>) sees the values the innermost awaitable yields.
/// Semantics follow CPython 3.11's Objects/genobject.c (<c>coro_*</c>, <c>gen_send_ex2</c>).
/// </summary>
/// <remarks>
/// A coroutine is deliberately not iterable (no <c>__iter__</c>/<c>__next__</c>): only <c>__await__</c>
/// hands out an iterator, the <c>coroutine_wrapper</c>. CPython's "coroutine ... was never awaited"
/// RuntimeWarning, issued when an unstarted coroutine is garbage-collected, is not emitted.
/// </remarks>
public sealed class PyCoroutine : PyObject, IPyResumable
{
    private readonly PyGenerator _frame;

    /// <summary>Creates a coroutine that has not started; <paramref name="body"/> runs on the first <c>send(None)</c>.</summary>
    public PyCoroutine(string name, string qualName, Func<PyGenerator, Task<object?>> body)
    {
        _frame = new PyGenerator(name, qualName, body) { Kind = GeneratorKind.Coroutine };
    }

    /// <summary>Creates the coroutine of an <c>async def</c> (or asynchronous comprehension) with code object <paramref name="code"/>.</summary>
    public PyCoroutine(PyCode code, Func<PyGenerator, Task<object?>> body)
        : this(code.Name, code.QualName, body)
    {
    }

    /// <summary>The state machine of the body (what <c>await</c> delegates to).</summary>
    internal PyGenerator Frame => _frame;

    /// <summary><c>__name__</c>.</summary>
    public string Name => _frame.Name;

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName => _frame.QualName;

    /// <inheritdoc/>
    public override string PythonTypeName => "coroutine";

    /// <inheritdoc/>
    public override string Repr() => $"<coroutine object {QualName} at 0x{PyOps.Id(this):x}>";

    /// <summary><c>coro.send(value)</c>: StopIteration carries the return value.</summary>
    public object? Send(object? value) => _frame.Send(value);

    /// <summary><c>coro.throw(exception)</c>.</summary>
    public object? Throw(PyBaseException exception) => _frame.Throw(exception);

    /// <summary><c>coro.close()</c>.</summary>
    public void Close() => _frame.Close();

    /// <inheritdoc/>
    public bool TryResume(object? sent, Exception? thrown, out object? value) => _frame.TryResume(sent, thrown, out value);

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name is "send" or "throw" or "close")
        {
            value = ResumableMethods.Method(this, _frame, name);
            return true;
        }

        value = name switch
        {
            "__await__" => new PyBuiltinFunction("__await__", (args, kw) => new PyCoroutineWrapper(this), this),
            "__name__" => Name,
            "__qualname__" => QualName,
            "cr_running" => _frame.IsRunning,
            "cr_await" => null,
            "cr_suspended" => !_frame.IsFresh && !_frame.IsFinished && !_frame.IsRunning,
            _ => PyUnbound.Value,
        };
        if (value is PyUnbound)
        {
            value = null;
            return false;
        }

        return true;
    }
}

/// <summary>
/// What <c>coroutine.__await__()</c> returns (CPython's <c>coroutine_wrapper</c>): an iterator over the
/// coroutine's frame, for code that drives a coroutine with the iterator protocol.
/// </summary>
public sealed class PyCoroutineWrapper(PyCoroutine coroutine) : PyObject, IPyResumable
{
    /// <inheritdoc/>
    public override string PythonTypeName => "coroutine_wrapper";

    /// <inheritdoc/>
    public override string Repr() => $"<coroutine_wrapper object at 0x{PyOps.Id(this):x}>";

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => Values();

    /// <inheritdoc/>
    public bool TryResume(object? sent, Exception? thrown, out object? value) => coroutine.TryResume(sent, thrown, out value);

    /// <inheritdoc/>
    public void Close() => coroutine.Close();

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        value = name == "__iter__" ? new PyBuiltinFunction("__iter__", (args, kw) => this, this) : ResumableMethods.Method(this, this, name);
        return value is not null;
    }

    private IEnumerator<object?> Values()
    {
        while (TryResume(null, null, out var value))
        {
            yield return value;
        }
    }
}
