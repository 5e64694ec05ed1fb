#pragma warning disable CA1710 // Python's names, not .NET's "Exception" suffix convention
namespace Portalis.Runtime;

/// <summary>Python's <c>Exception</c>.</summary>
public class PyException(params object?[]? args) : PyBaseException(args);

/// <summary>Python's <c>ArithmeticError</c>.</summary>
public class PyArithmeticError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>ZeroDivisionError</c>.</summary>
public class PyZeroDivisionError(params object?[]? args) : PyArithmeticError(args);

/// <summary>Python's <c>OverflowError</c>.</summary>
public class PyOverflowError(params object?[]? args) : PyArithmeticError(args);

/// <summary>Python's <c>FloatingPointError</c>.</summary>
public class PyFloatingPointError(params object?[]? args) : PyArithmeticError(args);

/// <summary>Python's <c>LookupError</c>.</summary>
public class PyLookupError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>IndexError</c>.</summary>
public class PyIndexError(params object?[]? args) : PyLookupError(args);

/// <summary>Python's <c>KeyError</c>: its str() is the repr of a single argument (Objects/exceptions.c, <c>KeyError_str</c>).</summary>
public class PyKeyError(params object?[]? args) : PyLookupError(args)
{
    /// <inheritdoc/>
    public override string BaseStr() => Args.Count == 1 ? PyOps.Repr(Args[0]) : base.BaseStr();
}

/// <summary>Python's <c>ValueError</c>.</summary>
public class PyValueError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>UnicodeError</c>.</summary>
public class PyUnicodeError(params object?[]? args) : PyValueError(args);

/// <summary>Python's <c>UnicodeEncodeError</c>, built from (encoding, object, start, end, reason).</summary>
public class PyUnicodeEncodeError(string encoding, string obj, int start, int end, string reason)
    : PyUnicodeError(encoding, obj, (long)start, (long)end, reason)
{
    /// <inheritdoc/>
    public override string BaseStr()
    {
        // Objects/exceptions.c, UnicodeEncodeError_str.
        if (end == start + 1)
        {
            var cp = char.IsSurrogatePair(obj, start) ? char.ConvertToUtf32(obj, start) : obj[start];
            var escaped = cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return $"'{encoding}' codec can't encode character '{escaped}' in position {start}: {reason}";
        }

        return $"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {reason}";
    }
}

/// <summary>Python's <c>UnicodeDecodeError</c>, built from (encoding, object, start, end, reason).</summary>
public class PyUnicodeDecodeError(string encoding, PyBytes obj, int start, int end, string reason)
    : PyUnicodeError(encoding, obj, (long)start, (long)end, reason)
{
    /// <summary>
    /// <c>UnicodeDecodeError(encoding, object, start, end, reason)</c> from Python (Objects/exceptions.c,
    /// <c>UnicodeDecodeError_init</c>): exactly five arguments, a bytes-like object copied to bytes.
    /// </summary>
    internal static PyBaseException Create(object?[] a)
    {
        if (a.Length != 5)
        {
            throw new PyTypeError($"function takes exactly 5 arguments ({a.Length} given)");
        }

        var encoding = a[0] as string ?? throw ArgType(1, "str", a[0]);
        var data = a[1] switch
        {
            PyBytes b => b,
            PyBytesLike b => PyBytes.Own(b.Span.ToArray()),
            var other => throw new PyTypeError($"a bytes-like object is required, not '{PyOps.TypeName(other)}'"),
        };
        var start = a[2] is long or bool or System.Numerics.BigInteger ? (int)Math.Clamp(PyOps.ToIndex(a[2]), int.MinValue, int.MaxValue) : throw ArgType(3, "int", a[2]);
        var end = a[3] is long or bool or System.Numerics.BigInteger ? (int)Math.Clamp(PyOps.ToIndex(a[3]), int.MinValue, int.MaxValue) : throw ArgType(4, "int", a[3]);
        var reason = a[4] as string ?? throw ArgType(5, "str", a[4]);
        return new PyUnicodeDecodeError(encoding, data, start, end, reason);

        static PyTypeError ArgType(int position, string expected, object? got) =>
            new($"argument {position} must be {expected}, not {PyOps.TypeName(got)}");
    }

    /// <inheritdoc/>
    public override string BaseStr()
    {
        // Objects/exceptions.c, UnicodeDecodeError_str.
        if (end == start + 1 && start >= 0 && start < obj.Count)
        {
            return $"'{encoding}' codec can't decode byte 0x{obj[start]:x2} in position {start}: {reason}";
        }

        return $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
    }
}

/// <summary>Python's <c>TypeError</c>.</summary>
public class PyTypeError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>AttributeError</c>.</summary>
public class PyAttributeError(params object?[]? args) : PyException(args)
{
    /// <summary>The object lacking the attribute, when the runtime raised it (CPython's <c>obj</c>); for suggestions.</summary>
    internal object? MissingOn { get; private set; }

    /// <summary>The missing attribute's name when the runtime raised it (CPython's <c>name</c>), else null.</summary>
    internal string? MissingName { get; private set; }

    /// <summary>Records what was looked up (Objects/object.c sets <c>name</c> and <c>obj</c> for "Did you mean").</summary>
    internal PyAttributeError For(object? obj, string name)
    {
        MissingOn = obj;
        MissingName = name;
        return this;
    }
}

/// <summary>Python's <c>NameError</c>.</summary>
public class PyNameError(params object?[]? args) : PyException(args)
{
    /// <summary>The undefined name when the runtime raised it (CPython's <c>name</c>), else null.</summary>
    internal string? MissingName { get; private set; }

    /// <summary>The module whose globals were searched, for "Did you mean" suggestions.</summary>
    internal PyModule? Globals { get; private set; }

    /// <summary>Records the failed lookup (Python/ceval.c, <c>format_exc_check_arg</c> sets <c>name</c>).</summary>
    internal PyNameError For(string name, PyModule? globals)
    {
        MissingName = name;
        Globals = globals;
        return this;
    }
}

/// <summary>Python's <c>UnboundLocalError</c>.</summary>
public class PyUnboundLocalError(params object?[]? args) : PyNameError(args);

/// <summary>Python's <c>RuntimeError</c>.</summary>
public class PyRuntimeError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>RecursionError</c>.</summary>
public class PyRecursionError(params object?[]? args) : PyRuntimeError(args);

/// <summary>Python's <c>NotImplementedError</c>.</summary>
public class PyNotImplementedError(params object?[]? args) : PyRuntimeError(args);

/// <summary>Python's <c>StopIteration</c>; <see cref="Value"/> is <c>args[0]</c> or None.</summary>
public class PyStopIteration(params object?[]? args) : PyException(args)
{
    /// <summary>The generator's return value.</summary>
    public object? Value => Args.Count > 0 ? Args[0] : null;
}

/// <summary>Python's <c>StopAsyncIteration</c>.</summary>
public class PyStopAsyncIteration(params object?[]? args) : PyException(args);

/// <summary>Python's <c>GeneratorExit</c>.</summary>
public class PyGeneratorExit(params object?[]? args) : PyBaseException(args);

/// <summary>Python's <c>KeyboardInterrupt</c>.</summary>
public class PyKeyboardInterrupt(params object?[]? args) : PyBaseException(args);

/// <summary>Python's <c>SystemExit</c>; <see cref="Code"/> is <c>args[0]</c> or None.</summary>
public class PySystemExit(params object?[]? args) : PyBaseException(args)
{
    /// <summary>The exit code or message.</summary>
    public object? Code => Args.Count switch { 0 => null, 1 => Args[0], _ => Args };
}

/// <summary>Python's <c>AssertionError</c>.</summary>
public class PyAssertionError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>EOFError</c>.</summary>
public class PyEOFError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>ImportError</c>.</summary>
public class PyImportError(params object?[]? args) : PyException(args)
{
    /// <summary>The module that was not found when the import system raised it (CPython's <c>name</c>), else null.</summary>
    internal string? MissingModule { get; init; }
}

/// <summary>Python's <c>ModuleNotFoundError</c>.</summary>
public class PyModuleNotFoundError(params object?[]? args) : PyImportError(args);

/// <summary>Python's <c>MemoryError</c>.</summary>
public class PyMemoryError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>BufferError</c>.</summary>
public class PyBufferError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>SyntaxError</c>.</summary>
public class PySyntaxError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>IndentationError</c>.</summary>
public class PyIndentationError(params object?[]? args) : PySyntaxError(args);

/// <summary>Python's <c>TabError</c>.</summary>
public class PyTabError(params object?[]? args) : PyIndentationError(args);

/// <summary>Python's <c>SystemError</c>.</summary>
public class PySystemError(params object?[]? args) : PyException(args);

/// <summary>Python's <c>ReferenceError</c>.</summary>
public class PyReferenceError(params object?[]? args) : PyException(args);

/// <summary>
/// Python's <c>OSError</c>. With two to five arguments the first two are <c>errno</c> and
/// <c>strerror</c>, a third is <c>filename</c> (then <c>args</c> keeps only the first two) and str() is
/// <c>[Errno n] strerror: 'filename'</c> (Objects/exceptions.c, <c>OSError_init</c> and <c>OSError_str</c>).
/// Use <see cref="Create"/> to get the errno-specific subclass as <c>OSError(...)</c> does.
/// </summary>
public class PyOSError : PyException
{
    /// <summary>Creates the exception (no errno-to-subclass mapping; see <see cref="Create"/>).</summary>
    public PyOSError(params object?[]? args)
        : base(args)
    {
        if (args is { Length: >= 2 and <= 5 })
        {
            Errno = args[0];
            StrError = args[1];
            if (args.Length >= 3)
            {
                Filename = args[2];
                Filename2 = args.Length == 5 ? args[4] : null;
                Args = new PyTuple(args[0], args[1]);
            }
        }
    }

    /// <summary><c>errno</c>, or None.</summary>
    public object? Errno { get; }

    /// <summary><c>strerror</c>, or None.</summary>
    public object? StrError { get; }

    /// <summary><c>filename</c>, or None.</summary>
    public object? Filename { get; }

    /// <summary><c>filename2</c>, or None.</summary>
    public object? Filename2 { get; }

    /// <summary>
    /// <c>OSError(*args)</c>: picks the subclass for the errno (PEP 3151), e.g. errno 2 gives
    /// FileNotFoundError, using Linux errno values.
    /// </summary>
    public static PyOSError Create(params object?[]? args)
    {
        if (args is { Length: >= 2 and <= 5 } && args[0] is long errno)
        {
            return errno switch
            {
                2 => new PyFileNotFoundError(args),
                17 => new PyFileExistsError(args),
                21 => new PyIsADirectoryError(args),
                20 => new PyNotADirectoryError(args),
                1 or 13 => new PyPermissionError(args),
                4 => new PyInterruptedError(args),
                11 or 114 or 115 => new PyBlockingIOError(args),
                10 => new PyChildProcessError(args),
                3 => new PyProcessLookupError(args),
                110 => new PyTimeoutError(args),
                32 or 108 => new PyBrokenPipeError(args),
                103 => new PyConnectionAbortedError(args),
                111 => new PyConnectionRefusedError(args),
                104 => new PyConnectionResetError(args),
                _ => new PyOSError(args),
            };
        }

        return new PyOSError(args);
    }

    /// <inheritdoc/>
    public override string BaseStr()
    {
        if (Filename is not null)
        {
            var text = "[Errno " + PyOps.Str(Errno) + "] " + PyOps.Str(StrError) + ": " + PyOps.Repr(Filename);
            return Filename2 is not null ? text + " -> " + PyOps.Repr(Filename2) : text;
        }

        if (Errno is not null || StrError is not null)
        {
            return "[Errno " + PyOps.Str(Errno) + "] " + PyOps.Str(StrError);
        }

        return base.BaseStr();
    }
}

/// <summary>Python's <c>FileNotFoundError</c>.</summary>
public class PyFileNotFoundError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>FileExistsError</c>.</summary>
public class PyFileExistsError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>IsADirectoryError</c>.</summary>
public class PyIsADirectoryError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>NotADirectoryError</c>.</summary>
public class PyNotADirectoryError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>PermissionError</c>.</summary>
public class PyPermissionError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>InterruptedError</c>.</summary>
public class PyInterruptedError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>BlockingIOError</c>.</summary>
public class PyBlockingIOError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>ChildProcessError</c>.</summary>
public class PyChildProcessError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>ProcessLookupError</c>.</summary>
public class PyProcessLookupError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>TimeoutError</c>.</summary>
public class PyTimeoutError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>ConnectionError</c>.</summary>
public class PyConnectionError(params object?[]? args) : PyOSError(args);

/// <summary>Python's <c>BrokenPipeError</c>.</summary>
public class PyBrokenPipeError(params object?[]? args) : PyConnectionError(args);

/// <summary>Python's <c>ConnectionAbortedError</c>.</summary>
public class PyConnectionAbortedError(params object?[]? args) : PyConnectionError(args);

/// <summary>Python's <c>ConnectionRefusedError</c>.</summary>
public class PyConnectionRefusedError(params object?[]? args) : PyConnectionError(args);

/// <summary>Python's <c>ConnectionResetError</c>.</summary>
public class PyConnectionResetError(params object?[]? args) : PyConnectionError(args);

/// <summary>Python's <c>Warning</c>.</summary>
public class PyWarning(params object?[]? args) : PyException(args);

/// <summary>Python's <c>UserWarning</c>.</summary>
public class PyUserWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>DeprecationWarning</c>.</summary>
public class PyDeprecationWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>PendingDeprecationWarning</c>.</summary>
public class PyPendingDeprecationWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>SyntaxWarning</c>.</summary>
public class PySyntaxWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>RuntimeWarning</c>.</summary>
public class PyRuntimeWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>FutureWarning</c>.</summary>
public class PyFutureWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>ImportWarning</c>.</summary>
public class PyImportWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>UnicodeWarning</c>.</summary>
public class PyUnicodeWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>BytesWarning</c>.</summary>
public class PyBytesWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>ResourceWarning</c>.</summary>
public class PyResourceWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>EncodingWarning</c>.</summary>
public class PyEncodingWarning(params object?[]? args) : PyWarning(args);

/// <summary>Python's <c>UnicodeTranslateError</c>.</summary>
public class PyUnicodeTranslateError(params object?[]? args) : PyUnicodeError(args);
