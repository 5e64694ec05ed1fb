using System.Runtime.ExceptionServices;

namespace Portalis.Runtime;

/// <summary>
/// The state of one <c>try ... except*</c> statement while its handlers run (PEP 654): the caught exception, the part
/// no handler has matched yet, and what the handlers raised. Generated code writes, for each handler,
/// <c>if (st.Matches(T)) { var h = st.Enter(); try { body } catch (Exception x) when (st.Raised(x)) { } finally { ... } }</c>,
/// then <c>st.Leave()</c> and <c>st.Reraise()</c>, which throws what CPython's <c>PREP_RERAISE_STAR</c> computes.
/// </summary>
public sealed class PyExceptStar
{
    private readonly PyBaseException _orig;
    private readonly PyExceptionHandler _handler;
    private readonly List<PyBaseException> _raised = [];
    private PyBaseException? _rest;
    private PyBaseException? _match;
    private PyBaseExceptionGroup? _wrapped;

    internal PyExceptStar(PyBaseException orig, PyExceptionHandler handler)
    {
        _orig = orig;
        _rest = orig;
        _handler = handler;
    }

    /// <summary>
    /// <c>except* T</c> (Python/ceval.c, <c>CHECK_EG_MATCH</c> and <c>exception_group_match</c>): validates T and splits
    /// the unmatched part; true when something matched (then <see cref="Enter"/> runs the handler with it).
    /// </summary>
    public bool Matches(object? typeOrTuple)
    {
        PyOps.CheckExceptStarType(typeOrTuple);
        _match = null;
        if (_rest is null)
        {
            return false;
        }

        if (PyOps.IsInstanceOfExceptionTypes(_rest, typeOrTuple))
        {
            if (_rest is PyBaseExceptionGroup)
            {
                _match = _rest;
            }
            else
            {
                // A naked exception is wrapped (_PyExc_CreateExceptionGroup): ExceptionGroup('', (exc,)).
                _wrapped = PyBaseExceptionGroup.Create(PyType.BaseExceptionGroupType, ["", new PyTuple(_rest)], null);
                _match = _wrapped;
            }

            _rest = null;
        }
        else if (_rest is PyBaseExceptionGroup group)
        {
            var pair = PyOps.CallMethod(group, "split", typeOrTuple) as PyTuple;
            _match = pair?[0] as PyBaseException;
            _rest = pair?[1] as PyBaseException;
        }

        return _match is not null;
    }

    /// <summary>Enters the handler of the last successful <see cref="Matches"/>: the matched part is the handled exception.</summary>
    public PyExceptionHandler Enter() => PyOps.EnterHandlerUnchained(_match!);

    /// <summary>
    /// The exception filter around a handler body: an exception leaving it is chained to the matched part and kept for
    /// <see cref="Reraise"/> (the next handlers still run); true (caught) except for the Controlled backend's signal.
    /// </summary>
    public bool Raised(Exception exception)
    {
        if (!PyOps.IsCatchable(exception))
        {
            return false;
        }

        PyOps.ChainInHandler(exception);
        _raised.Add(PyOps.ToPython(exception));
        return true;
    }

    /// <summary>Leaves the state in which the caught exception is the handled one (after the last handler).</summary>
    public void Leave() => PyOps.ExitHandler(_handler);

    /// <summary>
    /// Throws what the statement raises after its handlers (Objects/exceptions.c, <c>_PyExc_PrepReraiseStar</c>):
    /// nothing when every part was handled; otherwise the unmatched rest and the exceptions the handlers raised.
    /// </summary>
    public void Reraise()
    {
        var result = Combine();
        if (result is null)
        {
            return;
        }

        if (result is PyBaseExceptionGroup group && (ReferenceEquals(group, _wrapped) || group.StackTrace is null))
        {
            // A group this statement made (or the wrapper of a naked exception a handler re-raised): CPython's RERAISE
            // throws it with the traceback it has, adding no entry for this frame.
            group.PriorFrames = ReferenceEquals(group, _wrapped) ? [] : group.Frames;
            group.Frames = [];
            group.ReraisedByExceptStar = true;
            PyTracebackObject.Forget(group);
            throw group;
        }

        ExceptionDispatchInfo.Capture(result).Throw();
    }

    private PyBaseException? Combine()
    {
        if (_orig is not PyBaseExceptionGroup origGroup)
        {
            // A naked exception: at most one handler ran, so there is at most one exception to raise.
            return _raised.Count > 0 ? _raised[0] : _rest;
        }

        var raised = new List<PyBaseException>();
        var reraised = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var candidates = _rest is null ? _raised : [.. _raised, _rest];
        foreach (var e in candidates)
        {
            if (IsSameMetadata(e, origGroup))
            {
                CollectLeaves(e, reraised);
            }
            else
            {
                raised.Add(e);
            }
        }

        // exception_group_projection: the re-raised leaves keep the original group's nesting.
        var keep = new List<PyBaseException>(raised);
        if (reraised.Count > 0 && ExceptionGroupSplit.Split(origGroup, new ExceptionGroupSplit.LeafMatcher(reraised), constructRest: false).Match is { } projection)
        {
            keep.Add(projection);
        }

        return keep.Count switch
        {
            0 => null,
            1 => keep[0],
            _ => PyBaseExceptionGroup.Create(PyType.BaseExceptionGroupType, ["", new PyList([.. keep])], null),
        };
    }

    // is_same_exception_metadata: a part split from the original (the rest, or a match re-raised by a bare raise)
    // shares its traceback, cause and context; a raise statement gives an exception a traceback of its own.
    private static bool IsSameMetadata(PyBaseException e, PyBaseExceptionGroup orig) =>
        ReferenceEquals(e, orig) || e.RaiseLine == 0 && ReferenceEquals(e.Frames, orig.Frames) && ReferenceEquals(e.Cause, orig.Cause) && ReferenceEquals(e.Context, orig.Context);

    private static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> leaves)
    {
        if (e is PyBaseExceptionGroup group)
        {
            foreach (var item in group.Exceptions)
            {
                CollectLeaves((PyBaseException)item!, leaves);
            }
        }
        else
        {
            leaves.Add(e);
        }
    }
}

public static partial class PyOps
{
    /// <summary>
    /// Starts the handlers of a <c>try ... except*</c> statement for the caught <paramref name="exception"/>, which
    /// becomes the handled one (an exception raised while matching gets it as context).
    /// </summary>
    public static PyExceptStar BeginExceptStar(Exception exception)
    {
        var handler = EnterHandler(exception);
        var orig = handler.Exception;
        if (orig is PyBaseExceptionGroup && orig.Frames.Count == 0)
        {
            // The parts split from it share this traceback (is_same_exception_metadata compares them by identity).
            orig.Frames = TracebackBuilder.FramesOf(orig);
        }

        return new PyExceptStar(orig, handler);
    }

    /// <summary>Makes <paramref name="exception"/> the handled one without chaining it (an <c>except*</c> part is not raised).</summary>
    internal static PyExceptionHandler EnterHandlerUnchained(PyBaseException exception)
    {
        var handler = new PyExceptionHandler(exception, s_handler.Value);
        s_handler.Value = handler;
        return handler;
    }

    /// <summary>Whether the exception is an instance of the class or one of the classes of a tuple (<c>PyErr_GivenExceptionMatches</c>).</summary>
    internal static bool IsInstanceOfExceptionTypes(PyBaseException exception, object? typeOrTuple) => MatchesType(TypeOf(exception), typeOrTuple);

    /// <summary>Python/ceval.c, <c>check_except_star_type_valid</c>.</summary>
    internal static void CheckExceptStarType(object? typeOrTuple)
    {
        CheckCatchable(typeOrTuple);
        var types = typeOrTuple is PyTuple tuple ? tuple.ToArray() : [typeOrTuple];
        foreach (var t in types)
        {
            if (t is PyType type && type.IsSubclassOf(PyType.BaseExceptionGroupType))
            {
                throw new PyTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }
}
