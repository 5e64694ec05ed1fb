namespace Portalis.Runtime;

/// <summary>
/// <c>_portalis_traceback</c>, the native half of Portalis's Lib/traceback.py: the formatting and printing of
/// exceptions (CPython's Lib/traceback.py API): <c>format_exc</c>,
/// <c>print_exc</c>, <c>format_exception</c>, <c>print_exception</c>, <c>format_exception_only</c>. The frames are
/// those of the .NET stack trace mapped back to Python lines, as for an uncaught exception; <c>format_tb</c> and
/// <c>print_tb</c> take the traceback objects of <see cref="PyTracebackObject"/>. <c>_stack</c> and
/// <c>_source_line</c> give the Python side the current thread's frames and source lines.
/// </summary>
[PyNativeModule("_portalis_traceback")]
public static class TracebackModule
{
    /// <summary><c>format_exc(limit=None, chain=True)</c>: the exception being handled, formatted, or <c>"NoneType: None\n"</c>.</summary>
    [PyExport("format_exc")]
    public static string FormatExc(object? limit = null, bool chain = true) =>
        PyOps.CurrentHandledException is { } e ? FormatText(e, chain) : "NoneType: None\n";

    /// <summary><c>print_exc(limit=None, file=None, chain=True)</c>: <see cref="FormatExc"/> written to <paramref name="file"/> or <c>sys.stderr</c>.</summary>
    [PyExport("print_exc")]
    public static void PrintExc(object? limit = null, object? file = null, bool chain = true) => Write(file, FormatExc(limit, chain));

    /// <summary><c>format_exception(exc, /, value=..., tb=..., limit=None, chain=True)</c>: the lines of the formatted exception.</summary>
    [PyExport("format_exception")]
    public static PyList FormatException([PyPositionalOnly] object? exc, [PyOptional] object? value = null, [PyOptional] object? tb = null,
        object? limit = null, bool chain = true) =>
        Lines(Exception(exc, value) is { } e ? FormatText(e, chain) : "NoneType: None\n");

    /// <summary><c>print_exception(exc, /, value=..., tb=..., limit=None, file=None, chain=True)</c></summary>
    [PyExport("print_exception")]
    public static void PrintException([PyPositionalOnly] object? exc, [PyOptional] object? value = null, [PyOptional] object? tb = null,
        object? limit = null, object? file = null, bool chain = true) =>
        Write(file, Exception(exc, value) is { } e ? FormatText(e, chain) : "NoneType: None\n");

    /// <summary><c>format_exception_only(exc, /, value=...)</c>: the exception line(s) alone.</summary>
    [PyExport("format_exception_only")]
    public static PyList FormatExceptionOnly([PyPositionalOnly] object? exc, [PyOptional] object? value = null) =>
        Lines(Exception(exc, value) is { } e ? Traceback.FormatExceptionOnly(e) : "NoneType: None\n");

    /// <summary><c>format_tb(tb, limit=None)</c>: one string per frame of the traceback object, outermost first.</summary>
    [PyExport("format_tb")]
    public static PyList FormatTb(object? tb, object? limit = null) => Lines(FramesText(tb, limit));

    /// <summary><c>print_tb(tb, limit=None, file=None)</c></summary>
    [PyExport("print_tb")]
    public static void PrintTb(object? tb, object? limit = null, object? file = null) => Write(file, FramesText(tb, limit));

    /// <summary><c>_stack()</c>: the current thread's Python frames, outermost first, as (filename, lineno, name) tuples.</summary>
    [PyExport("_stack")]
    public static PyList Stack() =>
        new([.. TracebackBuilder.FramesOf(new System.Diagnostics.StackTrace(fNeedFileInfo: true))
            .Select(f => (object?)new PyTuple([f.File, (long)f.Line, f.Function]))]);

    /// <summary><c>_source_line(filename, lineno)</c>: the line as in the file (linecache.getline's role), or "".</summary>
    [PyExport("_source_line")]
    public static string SourceLine(string filename, long lineno) =>
        lineno is >= 1 and <= int.MaxValue ? TracebackBuilder.SourceLine(filename, (int)lineno) is { } line ? line + "\n" : string.Empty : string.Empty;

    // Lib/traceback.py, extract_tb + StackSummary.format: a positive limit keeps the outermost frames, a negative
    // one the innermost.
    private static string FramesText(object? tb, object? limit)
    {
        var frames = tb switch
        {
            null => [],
            PyTracebackObject t => t.Frames,
            _ => throw NoTracebackError(tb),
        };
        if (limit is not null)
        {
            var n = (int)Math.Clamp(PyOps.ToIndex(limit), -frames.Count, frames.Count);
            frames = n >= 0 ? frames.Take(n).ToList() : frames.Skip(frames.Count + n).ToList();
        }

        var builder = new System.Text.StringBuilder();
        Traceback.AppendFrames(builder, frames);
        return builder.ToString();
    }

    private static PyAttributeError NoTracebackError(object? tb) =>
        new PyAttributeError($"'{PyOps.TypeName(tb)}' object has no attribute 'tb_frame'").For(tb, "tb_frame");

    // Lib/traceback.py, _parse_value_tb: the new form passes the exception alone; the old one (type, value, tb).
    private static PyBaseException? Exception(object? exc, object? value) =>
        (value == PyArg.Missing ? exc : value) switch
        {
            PyBaseException e => e,
            null => null,
            var other => throw new PyTypeError($"Exception expected for value, {PyOps.TypeName(other)} found"),
        };

    private static string FormatText(PyBaseException e, bool chain)
    {
        TracebackBuilder.Attach(e);
        return Traceback.Format(e, chain);
    }

    // format_exception's list: one string per frame (its "File" line with the source line) and per other line.
    private static PyList Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            var line = text[start..end];
            if (line.StartsWith("    ", StringComparison.Ordinal) && lines.Count > 0 && lines[^1] is var frame && frame.StartsWith("  File ", StringComparison.Ordinal))
            {
                lines[^1] = frame + line;
            }
            else
            {
                lines.Add(line);
            }

            start = end;
        }

        return new PyList(lines.ToArray<object?>());
    }

    private static void Write(object? file, string text)
    {
        var target = file ?? SysModule.StderrObject;
        if (target is not null)
        {
            NativeCalls.CallMethod(target, "write", text);
        }
    }
}
