using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// Python's <c>BaseException</c>: the root of every Python exception a translated program can raise or catch.
/// The Python type name is the C# class name without its <c>Py</c> prefix (<see cref="PyValueError"/> is
/// <c>ValueError</c>).
/// </summary>
public class PyBaseException : Exception
{
    /// <summary>
    /// Creates the exception with the given <c>args</c> tuple items. A literal <c>null</c> argument (which C#
    /// binds to the array itself) means one <c>None</c> argument, as <c>ValueError(None)</c>.
    /// </summary>
    public PyBaseException(params object?[]? args)
    {
        Args = args is null ? new PyTuple([null]) : new PyTuple(args);
    }

    /// <summary>The <c>args</c> tuple.</summary>
    public PyTuple Args { get; set; }

    /// <summary><c>__cause__</c>: set by <c>raise ... from cause</c>.</summary>
    public PyBaseException? Cause { get; set; }

    /// <summary><c>__context__</c>: the exception being handled when this one was raised.</summary>
    public PyBaseException? Context { get; set; }

    /// <summary><c>__suppress_context__</c>: true after <c>raise ... from ...</c>, hides <see cref="Context"/> in tracebacks.</summary>
    public bool SuppressContext { get; set; }

    /// <summary><c>__notes__</c> (3.11, <c>add_note</c>), printed after the exception line; null when none were added.</summary>
    public PyList? Notes { get; internal set; }

    /// <summary>
    /// The Python frames this exception passed through, innermost last (traceback order). The code that
    /// catches .NET stack traces and maps them through <c>#line</c> fills this in; the runtime only formats it.
    /// </summary>
    public IReadOnlyList<TracebackFrame> Frames { get; set; } = [];

    /// <summary>
    /// The traceback this exception had when a <c>raise</c> statement raised it again (a stored exception, as
    /// <c>Future.result()</c> re-raises): CPython adds the frames of the new propagation in front of the existing
    /// <c>__traceback__</c>, while .NET starts a new stack trace at the <c>throw</c>, so the old entries are kept here.
    /// </summary>
    internal IReadOnlyList<TracebackFrame> PriorFrames { get; set; } = [];

    /// <summary>
    /// The Python line of the <c>raise</c> (or failed <c>assert</c>) statement that last threw this exception, set
    /// by <see cref="PyOps.RaiseNow(object?, int)"/>; 0 when a runtime operation raised it. The raising frame's own
    /// line comes from here rather than from the JIT's native-to-IL map (see <see cref="TracebackBuilder"/>).
    /// </summary>
    internal int RaiseLine { get; set; }

    /// <summary>The Python class when it is a user subclass (or a builtin class without its own .NET class).</summary>
    internal PyType? PyClass { get; set; }

    /// <summary>The instance attribute dictionary (attributes set on the exception), created on first write.</summary>
    internal PyDict? Dict { get; set; }

    /// <summary>The Python type name, e.g. <c>ValueError</c>.</summary>
    public virtual string PythonTypeName
    {
        get
        {
            if (PyClass is { } cls)
            {
                return cls.Name;
            }

            var name = GetType().Name;
            return name.StartsWith("Py", StringComparison.Ordinal) ? name[2..] : name;
        }
    }

    /// <summary>The .NET message is the Python <c>str()</c> of the exception.</summary>
    public override string Message => PyStr();

    /// <summary><c>raise self from cause</c>: sets <see cref="Cause"/> and <see cref="SuppressContext"/>.</summary>
    public PyBaseException WithCause(PyBaseException? cause)
    {
        Cause = cause;
        SuppressContext = true;
        return this;
    }

    /// <summary><c>add_note(note)</c> (3.11).</summary>
    public void AddNote(string note)
    {
        Notes ??= new PyList();
        Notes.Append(note);
    }

    /// <summary><c>str(exc)</c>: the class's <c>__str__</c> (a user override), else <see cref="BaseStr"/>.</summary>
    public string PyStr() => PyClass is { IsHeapType: true } ? ClassDispatch.StrOf(this) : BaseStr();

    /// <summary><c>repr(exc)</c>: the class's <c>__repr__</c> (a user override), else <see cref="BaseRepr"/>.</summary>
    public string PyRepr() => PyClass is { IsHeapType: true } ? ClassDispatch.ReprOf(this) : BaseRepr();

    /// <summary>The builtin <c>__str__</c> (Objects/exceptions.c, <c>BaseException_str</c>): "" for no args, str(arg) for one, str(args) otherwise.</summary>
    public virtual string BaseStr() => Args.Count switch
    {
        0 => string.Empty,
        1 => PyOps.Str(Args[0]),
        _ => PyOps.Repr(Args),
    };

    /// <summary>The builtin <c>__repr__</c> (<c>BaseException_repr</c>): <c>Name(arg)</c> for one arg, <c>Name(args...)</c> otherwise.</summary>
    public virtual string BaseRepr()
    {
        if (Args.Count == 1)
        {
            return PythonTypeName + "(" + PyOps.Repr(Args[0]) + ")";
        }

        return PythonTypeName + PyOps.Repr(Args);
    }

    /// <inheritdoc/>
    public override string ToString() => PyRepr();

    // Lib/traceback.py, format_exception_only: a class's __qualname__, prefixed by its __module__ unless that
    // is __main__ or builtins (a user exception defined in an imported module prints as "pkg.mod.Error").
    private string QualifiedTypeName()
    {
        if (PyClass is not { IsHeapType: true } cls)
        {
            return PythonTypeName;
        }

        return cls.ModuleName is string module && module is not ("__main__" or "builtins")
            ? module + "." + cls.QualName
            : cls.QualName;
    }

    internal void AppendExceptionLine(StringBuilder builder, string? suggestion = null)
    {
        // Lib/traceback.py, TracebackException.format_exception_only: "Type: str" or just "Type".
        var text = PyStr();
        builder.Append(QualifiedTypeName());
        if (text.Length > 0)
        {
            builder.Append(": ").Append(text);
        }

        if (suggestion is not null)
        {
            // Python/pythonrun.c, print_exception: the trailer of an offered suggestion.
            builder.Append(". Did you mean: '").Append(suggestion).Append("'?");
        }

        builder.Append('\n');
        if (Notes is not null)
        {
            foreach (var note in Notes)
            {
                builder.Append(note is string s ? s : PyOps.Repr(note)).Append('\n');
            }
        }
    }
}
