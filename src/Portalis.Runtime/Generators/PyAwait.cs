namespace Portalis.Runtime;

/// <summary>
/// The operations <c>await</c>, <c>async with</c> and <c>async for</c> compile to. Each returns the iterator that
/// the coroutine's frame then delegates to with <see cref="PyGenerator.YieldFrom"/> (CPython 3.11's GET_AWAITABLE,
/// BEFORE_ASYNC_WITH, GET_AITER and GET_ANEXT, with their error messages).
/// </summary>
public static class PyAwait
{
    /// <summary>
    /// <c>await value</c>: the iterator to delegate to (Objects/genobject.c <c>_PyCoro_GetAwaitableIter</c>): a
    /// coroutine's own frame, a <c>types.coroutine</c> generator, or the iterator its type's <c>__await__</c> returns.
    /// </summary>
    public static object Awaitable(object? value)
    {
        switch (value)
        {
            case PyCoroutine coroutine:
                // Python/ceval.c GET_AWAITABLE: a coroutine suspended in an await of its own cannot be awaited twice.
                return coroutine.Frame.IsDelegating ? throw new PyRuntimeError("coroutine is being awaited already") : coroutine.Frame;
            case PyGenerator { IsIterableCoroutine: true } generator:
                return generator;
        }

        if (!TryLookupSpecial(value, "__await__", out var method))
        {
            throw new PyTypeError($"object {PyOps.TypeName(value)} can't be used in 'await' expression");
        }

        var iterator = PyOps.Call(method);
        switch (iterator)
        {
            case PyCoroutine or PyGenerator { IsIterableCoroutine: true }:
                throw new PyTypeError("__await__() returned a coroutine");
            case IPyResumable:
                return iterator;
            case PyIterator:
                return iterator;
            case PyObject { PyClass: not null } custom when PyOps.TypeOf(custom).TryLookup("__next__", out _):
                return new PyIteratorResumable(custom);
            default:
                throw new PyTypeError($"__await__() returned non-iterator of type '{PyOps.TypeName(iterator)}'");
        }
    }

    /// <summary>
    /// <c>async with mgr</c> (BEFORE_ASYNC_WITH): looks up <c>__aenter__</c> and <c>__aexit__</c> on the type, calls
    /// <c>__aenter__</c> and returns its awaitable iterator in <paramref name="enter"/>, and the bound <c>__aexit__</c>.
    /// </summary>
    public static object? AsyncWithEnter(object? mgr, out object enter)
    {
        var typeName = PyOps.TypeOf(mgr).Name;
        if (!TryLookupSpecial(mgr, "__aenter__", out var aenter))
        {
            throw new PyTypeError($"'{typeName}' object does not support the asynchronous context manager protocol");
        }

        if (!TryLookupSpecial(mgr, "__aexit__", out var aexit))
        {
            throw new PyTypeError($"'{typeName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }

        enter = Awaitable(PyOps.Call(aenter));
        return aexit;
    }

    /// <summary>
    /// Leaving an <c>async with</c> block by an exception: calls <c>__aexit__(type, value, None)</c> with the
    /// exception as the handled one, and returns the awaitable iterator of its result (true suppresses).
    /// </summary>
    public static object AsyncWithExit(object? exit, Exception e)
    {
        var handler = PyOps.EnterHandler(e);
        try
        {
            return Awaitable(PyOps.Call(exit, PyOps.TypeOf(handler.Exception), handler.Exception, null));
        }
        finally
        {
            PyOps.ExitHandler(handler);
        }
    }

    /// <summary>Leaving an <c>async with</c> block normally: the awaitable iterator of <c>__aexit__(None, None, None)</c>.</summary>
    public static object AsyncWithExit(object? exit) => Awaitable(PyOps.Call(exit, null, null, null));

    /// <summary><c>async for</c>'s GET_AITER: <c>type(x).__aiter__(x)</c>.</summary>
    public static object? AsyncIter(object? iterable)
    {
        if (!TryLookupSpecial(iterable, "__aiter__", out var aiter))
        {
            throw new PyTypeError($"'async for' requires an object with __aiter__ method, got {PyOps.TypeName(iterable)}");
        }

        var iterator = PyOps.Call(aiter);
        if (!TryLookupSpecial(iterator, "__anext__", out _))
        {
            throw new PyTypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {PyOps.TypeName(iterator)}");
        }

        return iterator;
    }

    /// <summary><c>async for</c>'s GET_ANEXT: the awaitable iterator of <c>type(it).__anext__(it)</c>; its StopAsyncIteration ends the loop.</summary>
    public static object AsyncNext(object? iterator)
    {
        if (iterator is PyAsyncGenerator generator)
        {
            return new PyAsyncGenASend(generator, null);
        }

        if (!TryLookupSpecial(iterator, "__anext__", out var anext))
        {
            throw new PyTypeError($"'async for' requires an iterator with __anext__ method, got {PyOps.TypeName(iterator)}");
        }

        var awaitable = PyOps.Call(anext);
        try
        {
            return Awaitable(awaitable);
        }
        catch (PyTypeError e)
        {
            throw new PyTypeError($"'async for' received an invalid object from __anext__: {PyOps.TypeName(awaitable)}") { Context = e }.WithCause(e);
        }
    }

    // A special method is looked up on the type (Objects/typeobject.c _PyObject_LookupSpecial); runtime objects
    // without a Python class answer through their attribute hook.
    private static bool TryLookupSpecial(object? value, string name, out object? method)
    {
        if (value is PyObject { PyClass: null } native)
        {
            return native.TryGetAttribute(name, out method);
        }

        var type = PyOps.TypeOf(value);
        if (type.TryLookup(name, out var attr))
        {
            method = ClassDispatch.Bind(attr, value, type);
            return true;
        }

        method = null;
        return false;
    }
}
