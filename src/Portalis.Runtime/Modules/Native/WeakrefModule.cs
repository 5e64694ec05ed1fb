namespace Portalis.Runtime;

/// <summary>
/// <c>_weakref</c>: weak references over <see cref="WeakReference{T}"/>, what <c>weakref.ref</c> and
/// <c>weakref.WeakSet</c> (asyncio's task registry) are built on. The referent is collected by .NET's tracing
/// collector, so a dead reference shows up later than under CPython's reference counting, and no callbacks
/// are run (the second argument of <c>ref</c> is refused rather than silently ignored).
/// </summary>
[PyNativeModule("_weakref")]
public static class WeakrefModule
{
    /// <summary><c>ref(object)</c>: a weak reference to <paramref name="target"/>.</summary>
    [PyExport("ref")]
    public static PyWeakRef Ref(object? target, object? callback = null)
    {
        if (callback is not null)
        {
            throw new PyTypeError("weakref callbacks are not supported by Portalis");
        }

        // Objects/weakrefobject.c: types without a weakref slot (int, str, tuple, list, dict, None...) refuse.
        if (target is not PyObject o || o is PyList or PyTuple or PyDict)
        {
            throw new PyTypeError($"cannot create weak reference to '{PyOps.TypeName(target)}' object");
        }

        return new PyWeakRef(o);
    }

    /// <summary><c>getweakrefcount(object)</c> is not tracked: 0, as for an object nothing refers to weakly.</summary>
    [PyExport("getweakrefcount")]
    public static long GetWeakRefCount(object? target) => 0;
}

/// <summary>
/// A Python <c>weakref.ref</c>: calling it gives the referent or None. Hash and equality follow
/// Objects/weakrefobject.c: the referent's hash (remembered once taken), and equality of live referents, else identity.
/// </summary>
public sealed class PyWeakRef : PyObject
{
    private readonly WeakReference<PyObject> _target;
    private long? _hash;

    internal PyWeakRef(PyObject target)
    {
        _target = new WeakReference<PyObject>(target);
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "weakref.ReferenceType";

    /// <summary>The referent, or null once it was collected.</summary>
    public object? Target => _target.TryGetTarget(out var t) ? t : null;

    /// <inheritdoc/>
    public override object? Call(ReadOnlySpan<object?> args, string[]? kwnames) =>
        args.Length == 0 && kwnames is null ? Target : throw new PyTypeError($"weakref() takes no arguments");

    /// <inheritdoc/>
    public override long Hash()
    {
        if (_hash is { } h)
        {
            return h;
        }

        var target = Target ?? throw new PyTypeError("weak object has gone away");
        _hash = PyOps.Hash(target);
        return _hash.Value;
    }

    /// <inheritdoc/>
    public override object? RichCompare(CompareOperator op, object? other)
    {
        if (op is not (CompareOperator.Eq or CompareOperator.Ne) || other is not PyWeakRef otherRef)
        {
            return PyNotImplemented.Value;
        }

        var a = Target;
        var b = otherRef.Target;
        var equal = a is null || b is null ? ReferenceEquals(this, otherRef) : PyOps.Eq(a, b);
        return op == CompareOperator.Eq ? equal : !equal;
    }

    /// <inheritdoc/>
    public override string Repr() => Target is { } t
        ? $"<weakref at 0x{PyOps.Id(this):x}; to '{PyOps.TypeName(t)}' at 0x{PyOps.Id(t):x}>"
        : $"<weakref at 0x{PyOps.Id(this):x}; dead>";
}
