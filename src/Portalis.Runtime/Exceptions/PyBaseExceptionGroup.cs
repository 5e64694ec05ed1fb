#pragma warning disable CA1710 // Python's names, not .NET's "Exception" suffix convention
namespace Portalis.Runtime;

/// <summary>
/// Python 3.11's <c>BaseExceptionGroup</c> (PEP 654): an exception carrying a message and a non-empty tuple of
/// exceptions, so that several unrelated failures (the tasks of an <c>asyncio.TaskGroup</c>) travel as one.
/// Construction, <c>split</c>, <c>subgroup</c> and <c>derive</c> follow Objects/exceptions.c
/// (<c>BaseExceptionGroup_new</c>, <c>exceptiongroup_split_recursive</c>, <c>exceptiongroup_subset</c>).
/// </summary>
public class PyBaseExceptionGroup : PyBaseException
{
    /// <summary>Creates the group; <paramref name="args"/> is the <c>args</c> tuple (message and the sequence as given).</summary>
    internal PyBaseExceptionGroup(string message, PyTuple exceptions, object?[] args)
        : base(args)
    {
        GroupMessage = message;
        Exceptions = exceptions;
    }

    /// <summary>The <c>message</c> attribute.</summary>
    public string GroupMessage { get; }

    /// <summary>The <c>exceptions</c> attribute: the wrapped exceptions, in order.</summary>
    public PyTuple Exceptions { get; }

    /// <summary>
    /// Set on a group that an <c>except*</c> statement re-raises: CPython's RERAISE adds no traceback entry for the
    /// frame doing it, so the innermost frame of the new throw (that frame) is left out of its traceback.
    /// </summary>
    internal bool ReraisedByExceptStar { get; set; }

    /// <summary><c>BaseExceptionGroup_str</c>: the message and the number of sub-exceptions.</summary>
    public override string BaseStr()
    {
        var n = Exceptions.Count;
        return $"{GroupMessage} ({n} sub-exception{(n > 1 ? "s" : string.Empty)})";
    }

    /// <summary>
    /// <c>BaseExceptionGroup.__new__(cls, message, exceptions)</c>: validates the arguments with CPython's messages;
    /// <c>BaseExceptionGroup(...)</c> of only <c>Exception</c> instances makes an <c>ExceptionGroup</c>.
    /// </summary>
    internal static PyBaseExceptionGroup Create(PyType cls, ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 })
        {
            throw new PyTypeError($"{cls.Name}() takes no keyword arguments");
        }

        if (args.Length != 2)
        {
            throw new PyTypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        }

        var message = args[0] as string
            ?? throw new PyTypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {PyOps.TypeName(args[0])}");
        if (!IsSequence(args[1]))
        {
            throw new PyTypeError("second argument (exceptions) must be a sequence");
        }

        var items = PyOps.ToArray(args[1]);
        if (items.Length == 0)
        {
            throw new PyValueError("second argument (exceptions) must be a non-empty sequence");
        }

        var nestsBase = false;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException e)
            {
                throw new PyValueError($"Item {i} of second argument (exceptions) is not an exception");
            }

            nestsBase |= !PyOps.TypeOf(e).IsSubclassOf(PyType.ExceptionType);
        }

        var groupType = PyType.ExceptionGroupType;
        if (ReferenceEquals(cls, groupType))
        {
            if (nestsBase)
            {
                throw new PyTypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        }
        else if (ReferenceEquals(cls, PyType.BaseExceptionGroupType))
        {
            if (!nestsBase)
            {
                cls = groupType;
            }
        }
        else if (nestsBase && cls.IsSubclassOf(PyType.ExceptionType))
        {
            throw new PyTypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
        }

        var excs = PyTuple.Own(items);
        var argv = args.ToArray();
        PyBaseExceptionGroup group = cls.IsSubclassOf(groupType)
            ? new PyExceptionGroup(message, excs, argv)
            : new PyBaseExceptionGroup(message, excs, argv);
        if (cls.IsHeapType)
        {
            group.PyClass = cls;
        }

        return group;
    }

    // PySequence_Check: what has sq_item (not a set, a dict or an iterator).
    private static bool IsSequence(object? value) => value switch
    {
        PyList or PyTuple or string or PyRange or PyBytes or PyByteArray => true,
        PyDict or PySetBase => false,
        PyObject { PyClass: { IsHeapType: true } cls } => cls.TryLookup("__getitem__", out _) && !cls.IsSubclassOf(PyType.DictType),
        _ => false,
    };

    /// <summary><c>derive(excs)</c>: <c>BaseExceptionGroup(self.message, excs)</c>, without any of this group's metadata.</summary>
    internal PyBaseExceptionGroup Derive(object? excs) => Create(PyType.BaseExceptionGroupType, [GroupMessage, excs], null);
}

/// <summary>
/// Python's <c>ExceptionGroup</c>: a <c>BaseExceptionGroup</c> that is also an <c>Exception</c> (its type has both
/// bases; .NET's single inheritance puts it under <see cref="PyBaseExceptionGroup"/>, so code testing for
/// "is an Exception" asks the Python type, not <c>is PyException</c>).
/// </summary>
public class PyExceptionGroup : PyBaseExceptionGroup
{
    internal PyExceptionGroup(string message, PyTuple exceptions, object?[] args)
        : base(message, exceptions, args)
    {
    }
}
