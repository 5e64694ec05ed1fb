using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Portalis.Runtime;

/// <summary>An exception being handled by an <c>except</c> block (<see cref="PyOps.EnterHandler"/>).</summary>
public sealed class PyExceptionHandler
{
    internal PyExceptionHandler(PyBaseException exception, PyExceptionHandler? previous)
    {
        Exception = exception;
        Previous = previous;
    }

    /// <summary>The handled Python exception (the <c>as</c> target).</summary>
    public PyBaseException Exception { get; }

    /// <summary>The enclosing handler (the stack is an immutable list, so it flows correctly through async code).</summary>
    internal PyExceptionHandler? Previous { get; }
}

public static partial class PyOps
{
    private static readonly ConditionalWeakTable<Exception, PyBaseException> s_converted = new();

    // An AsyncLocal rather than a thread-static: generator bodies are async methods that resume on any
    // thread, and a handler's state must follow its logical flow (CPython keeps it per frame).
    private static readonly AsyncLocal<PyExceptionHandler?> s_handler = new();

    /// <summary>The exception of the innermost active <c>except</c> block in this flow (<c>sys.exc_info()[1]</c>), or null.</summary>
    public static PyBaseException? CurrentHandledException => s_handler.Value?.Exception;

    /// <summary>
    /// <c>raise exc</c>: a class is instantiated, the result must be a BaseException; the exception being
    /// handled becomes its <c>__context__</c>. Use as <c>throw PyOps.Raise(exc)</c>.
    /// </summary>
    public static PyBaseException Raise(object? exc)
    {
        var e = MakeException(exc, "exceptions must derive from BaseException");
        SetContext(e);
        return e;
    }

    /// <summary><c>raise exc from cause</c> (cause None suppresses the context).</summary>
    public static PyBaseException Raise(object? exc, object? cause)
    {
        var e = MakeException(exc, "exceptions must derive from BaseException");
        var c = cause is null ? null : MakeException(cause, "exception causes must derive from BaseException");
        e.Cause = c;
        e.SuppressContext = true;
        SetContext(e);
        return e;
    }

    /// <summary>
    /// A <c>raise</c> statement on Python line <paramref name="line"/>: throws <see cref="Raise(object?)"/>'s
    /// exception, remembering the line. Generated code writes <c>throw PyOps.RaiseNow(exc, line);</c> (the C#
    /// <c>throw</c> only ends the statement for flow analysis). The line is passed because optimized JIT code
    /// moves a rarely run block such as <c>if bad: raise ...</c> out of line, where its native-to-IL map points
    /// at a neighbouring statement; the traceback would show the wrong line for the raising frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyBaseException RaiseNow(object? exc, int line) => throw AtLine(Raise(exc), line);

    /// <summary><c>raise exc from cause</c> on Python line <paramref name="line"/> (see <see cref="RaiseNow(object?, int)"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyBaseException RaiseNow(object? exc, object? cause, int line) => throw AtLine(Raise(exc, cause), line);

    internal static PyBaseException AtLine(PyBaseException exception, int line)
    {
        if (exception.StackTrace is not null || exception.Frames.Count > 0)
        {
            // Raised before: its traceback so far stays behind the frames this raise adds.
            TracebackBuilder.KeepPriorFrames(exception);
        }

        exception.RaiseLine = line;
        return exception;
    }

    /// <summary>Bare <c>raise</c>: rethrows the handled exception with its stack; RuntimeError when none is active.</summary>
    [DoesNotReturn]
    public static void Reraise()
    {
        var e = CurrentHandledException ?? throw new PyRuntimeError("No active exception to reraise");
        ExceptionDispatchInfo.Capture(e).Throw();
        throw e;
    }

    /// <summary>
    /// <c>except T</c>: whether the .NET exception <paramref name="e"/>, as a Python exception, is an instance of
    /// the class or tuple of classes <paramref name="typeOrTuple"/>.
    /// </summary>
    public static bool ExceptionMatches(Exception e, object? typeOrTuple)
    {
        CheckCatchable(typeOrTuple);
        if (!IsCatchable(e))
        {
            return false;
        }

        var pe = ToPython(e);
        return MatchesType(TypeOf(pe), typeOrTuple);
    }

    /// <summary>
    /// False for the signal with which the Controlled backend (<c>portalis run --explore</c>) unwinds the
    /// threads of a finished or failed schedule: no Python handler, not even a bare <c>except:</c>, may
    /// catch it. True for every other exception.
    /// </summary>
    public static bool IsCatchable(Exception e) => !Portalis.Threading.Exploration.ControlledRun.IsUnwinding(e);

    private static bool MatchesType(PyType type, object? typeOrTuple)
    {
        if (typeOrTuple is PyTuple tuple)
        {
            foreach (var t in tuple)
            {
                if (MatchesType(type, t))
                {
                    return true;
                }
            }

            return false;
        }

        return type.IsSubclassOf((PyType)typeOrTuple!);
    }

    private static void CheckCatchable(object? typeOrTuple)
    {
        if (typeOrTuple is PyTuple tuple)
        {
            foreach (var t in tuple)
            {
                CheckCatchable(t);
            }

            return;
        }

        if (typeOrTuple is not PyType t2 || !t2.IsSubclassOf(PyType.BaseExceptionType))
        {
            throw new PyTypeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /// <summary>Enters an <c>except</c> block: converts the exception and makes it the handled one (for context chaining, bare raise, sys.exc_info).</summary>
    public static PyExceptionHandler EnterHandler(Exception e)
    {
        var pe = ToPython(e);
        if (pe.Context is null)
        {
            // Raised and caught inside another except block: the outer handled exception is its context.
            SetContext(pe);
        }

        var handler = new PyExceptionHandler(pe, s_handler.Value);
        s_handler.Value = handler;
        return handler;
    }

    /// <summary>Leaves an <c>except</c> block entered by <see cref="EnterHandler"/>.</summary>
    public static void ExitHandler(PyExceptionHandler handler)
    {
        s_handler.Value = handler.Previous;
    }

    /// <summary>
    /// The Python exception for any .NET exception: a PyBaseException is itself; stack exhaustion is
    /// RecursionError, out-of-memory MemoryError, anything else SystemError with the .NET message. The
    /// conversion is remembered, so repeated calls give the same object.
    /// </summary>
    public static PyBaseException ToPython(Exception e) => e switch
    {
        PyBaseException pe => pe,
        _ => s_converted.GetValue(e, static x => x switch
        {
            InsufficientExecutionStackException => new PyRecursionError("maximum recursion depth exceeded"),
            OutOfMemoryException => new PyMemoryError(),
            _ => new PySystemError(x.GetType().Name + ": " + x.Message),
        }),
    };

    /// <summary>
    /// <c>with mgr</c>: looks up <c>__enter__</c> and <c>__exit__</c> on the manager's type, calls <c>__enter__</c>
    /// (its result goes to <paramref name="value"/>) and returns the bound <c>__exit__</c>.
    /// </summary>
    public static object? WithEnter(object? mgr, out object? value)
    {
        // threading.Lock and RLock: their __enter__ is acquire() and their __exit__ a release that never
        // suppresses, so the lock itself stands for its bound __exit__ (see WithExit).
        switch (mgr)
        {
            case PyThreadLock { PyClass: null } threadLock:
                value = threadLock.AcquireBlocking();
                return threadLock;
            case PyThreadRLock { PyClass: null } rlock:
                value = rlock.Acquire(PyArg.Missing, PyArg.Missing);
                return rlock;
        }

        var type = TypeOf(mgr);
        object? enter;
        object? exit;
        if (type.TryLookup("__enter__", out var enterAttr))
        {
            if (!type.TryLookup("__exit__", out var exitAttr))
            {
                throw new PyTypeError($"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
            }

            enter = ClassDispatch.Bind(enterAttr, mgr, type);
            exit = ClassDispatch.Bind(exitAttr, mgr, type);
        }
        else if (mgr is PyObject o && o.PyClass is null && o.TryGetAttribute("__enter__", out enter))
        {
            if (!o.TryGetAttribute("__exit__", out exit))
            {
                throw new PyTypeError($"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
            }
        }
        else
        {
            throw new PyTypeError($"'{type.Name}' object does not support the context manager protocol");
        }

        value = Call(enter);
        return exit;
    }

    /// <summary>
    /// Leaves a <c>with</c> block: calls <paramref name="exit"/> with <c>(type, value, None)</c> for an exception or
    /// three Nones, and returns whether the exception is suppressed.
    /// </summary>
    public static bool WithExit(object? exit, Exception? e)
    {
        switch (exit)
        {
            case PyThreadLock threadLock:
                threadLock.Release();
                return false;
            case PyThreadRLock rlock:
                rlock.Release();
                return false;
        }

        if (e is null)
        {
            Call(exit, null, null, null);
            return false;
        }

        var handler = EnterHandler(e);
        try
        {
            return IsTrue(Call(exit, TypeOf(handler.Exception), handler.Exception, null));
        }
        finally
        {
            ExitHandler(handler);
        }
    }

    private static PyBaseException MakeException(object? exc, string message)
    {
        switch (exc)
        {
            case PyBaseException e:
                return e;
            case PyType t when t.IsSubclassOf(PyType.BaseExceptionType):
                var made = Call(t);
                return made as PyBaseException
                    ?? throw new PyTypeError($"calling {Repr(t)} should have returned an instance of BaseException, not {TypeName(made)}");
            default:
                throw new PyTypeError(message);
        }
    }

    /// <summary>
    /// The exception filter of an <c>except</c> block's body: an exception leaving the handler that the runtime
    /// raised (a KeyError from a subscript, not a <c>raise</c> statement, which chains itself) gets the handled
    /// exception as its <c>__context__</c>, as Python/errors.c, <c>_PyErr_SetObject</c> does for every raise.
    /// The filter runs before the handler's state is left; it never catches (always false).
    /// </summary>
    public static bool ChainInHandler(Exception exception)
    {
        if (IsCatchable(exception) && ToPython(exception) is { Context: null } e)
        {
            SetContext(e);
        }

        return false;
    }

    /// <summary>Implicit chaining (Python/errors.c, <c>_PyErr_SetObject</c>): the handled exception becomes the context, breaking cycles.</summary>
    private static void SetContext(PyBaseException e)
    {
        var handled = CurrentHandledException;
        if (handled is null || ReferenceEquals(handled, e))
        {
            return;
        }

        // Avoid a cycle: if e is already in handled's context chain, cut the chain there.
        var o = handled;
        while (o.Context is { } next)
        {
            if (ReferenceEquals(next, e))
            {
                o.Context = null;
                break;
            }

            o = next;
        }

        e.Context = handled;
    }
}
