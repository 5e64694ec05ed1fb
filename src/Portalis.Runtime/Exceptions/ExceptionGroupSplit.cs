namespace Portalis.Runtime;

/// <summary>
/// <c>BaseExceptionGroup.split</c> and <c>subgroup</c> (Objects/exceptions.c, <c>exceptiongroup_split_recursive</c>):
/// a matcher (type, tuple of types, predicate, or, for <c>except*</c>'s re-raise, a set of leaf exceptions) is
/// applied to the group and, recursively, to its nested groups; the matching and non-matching parts are rebuilt
/// with <c>derive</c> and keep the original's traceback, cause, context and notes.
/// </summary>
internal static class ExceptionGroupSplit
{
    /// <summary>Whether a leaf matches: by type (isinstance), by predicate, or by identity in a set of leaves.</summary>
    internal abstract class Matcher
    {
        public abstract bool Matches(PyBaseException exception);
    }

    /// <summary>The matcher for a <c>split</c>/<c>subgroup</c> argument (<c>get_matcher_type</c>).</summary>
    public static Matcher For(object? value)
    {
        if (value is not PyType && BuiltinsModule.Callable(value))
        {
            return new PredicateMatcher(value);
        }

        if (IsExceptionClass(value))
        {
            return new TypeMatcher(value);
        }

        if (value is PyTuple { PyClass: null } tuple && tuple.All(IsExceptionClass))
        {
            return new TypeMatcher(value);
        }

        throw new PyTypeError("expected a function, exception type or tuple of exception types");
    }

    private static bool IsExceptionClass(object? value) => value is PyType t && t.IsSubclassOf(PyType.BaseExceptionType);

    /// <summary>
    /// Splits <paramref name="exception"/>: the matching part (the exception itself when it matches as a whole) and,
    /// when <paramref name="constructRest"/>, the rest; null for an empty part.
    /// </summary>
    public static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException exception, Matcher matcher, bool constructRest)
    {
        if (matcher.Matches(exception))
        {
            return (exception, null);
        }

        if (exception is not PyBaseExceptionGroup group)
        {
            return (null, constructRest ? exception : null);
        }

        var matches = new PyList();
        var rests = new PyList();
        foreach (var item in group.Exceptions)
        {
            var (m, r) = Split((PyBaseException)item!, matcher, constructRest);
            if (m is not null)
            {
                matches.Append(m);
            }

            if (r is not null)
            {
                rests.Append(r);
            }
        }

        var match = Subset(group, matches);
        var rest = constructRest ? Subset(group, rests) : null;
        return (match, rest);
    }

    /// <summary><c>exceptiongroup_subset</c>: <c>orig.derive(excs)</c> with orig's metadata; null for no exceptions.</summary>
    private static PyBaseExceptionGroup? Subset(PyBaseExceptionGroup orig, PyList excs)
    {
        if (excs.Count == 0)
        {
            return null;
        }

        var derived = PyOps.CallMethod(orig, "derive", excs) as PyBaseExceptionGroup
            ?? throw new PyTypeError("derive must return an instance of BaseExceptionGroup");
        derived.Frames = orig.Frames.Count > 0 ? orig.Frames : TracebackBuilder.FramesOf(orig);

        // PyException_SetCause sets __suppress_context__ even for a None cause, so a part never shows its context.
        derived.Context = orig.Context;
        derived.Cause = orig.Cause;
        derived.SuppressContext = true;
        if (orig.Notes is { } notes)
        {
            derived.Notes = new PyList([.. notes]);
        }

        return derived;
    }

    private sealed class TypeMatcher(object? typeOrTuple) : Matcher
    {
        public override bool Matches(PyBaseException exception) => PyOps.IsInstanceOfExceptionTypes(exception, typeOrTuple);
    }

    private sealed class PredicateMatcher(object? predicate) : Matcher
    {
        public override bool Matches(PyBaseException exception) => PyOps.IsTrue(PyOps.Call(predicate, exception));
    }

    /// <summary>Matches the leaves in a set (by identity), never a group: <c>except*</c>'s projection of what it re-raises.</summary>
    internal sealed class LeafMatcher(HashSet<PyBaseException> leaves) : Matcher
    {
        public override bool Matches(PyBaseException exception) => exception is not PyBaseExceptionGroup && leaves.Contains(exception);
    }
}
