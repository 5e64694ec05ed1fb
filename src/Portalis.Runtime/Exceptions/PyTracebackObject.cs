using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// A traceback object (<c>e.__traceback__</c>, <c>sys.exc_info()[2]</c>): one entry per Python frame the
/// exception passed through, outermost first, linked by <c>tb_next</c>. The entries come from the .NET stack
/// trace when first asked for, so for a caught exception they run from the frame that caught it to the one
/// that raised it, as CPython's do. Frame objects carry the code name, file and line only.
/// </summary>
public sealed class PyTracebackObject : NativeObject
{
    private static readonly ConditionalWeakTable<PyBaseException, PyTracebackObject> s_tracebacks = new();

    private readonly IReadOnlyList<TracebackFrame> _frames;
    private readonly int _index;
    private PyTracebackObject? _next;

    private PyTracebackObject(IReadOnlyList<TracebackFrame> frames, int index)
    {
        _frames = frames;
        _index = index;
        Frame = new PyFrameObject(frames[index]);
    }

    /// <summary>The traceback of <paramref name="exception"/>, or null when it was never raised (no frames).</summary>
    public static PyTracebackObject? Of(PyBaseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (s_tracebacks.TryGetValue(exception, out var known))
        {
            return known;
        }

        var frames = exception.Frames.Count > 0 ? exception.Frames : TracebackBuilder.FramesOf(exception);
        if (frames.Count == 0)
        {
            return null;
        }

        return s_tracebacks.GetValue(exception, _ => new PyTracebackObject(frames, 0));
    }

    /// <summary>The traceback object already handed out for <paramref name="exception"/>, if any.</summary>
    internal static PyTracebackObject? Cached(PyBaseException exception) => s_tracebacks.TryGetValue(exception, out var known) ? known : null;

    /// <summary>Drops the traceback object of <paramref name="exception"/> (it is raised again and will grow).</summary>
    internal static void Forget(PyBaseException exception) => s_tracebacks.Remove(exception);

    /// <summary>The frames from this entry inward (what <c>traceback.format_tb(tb)</c> prints).</summary>
    internal IReadOnlyList<TracebackFrame> Frames => _frames.Skip(_index).ToList();

    /// <inheritdoc/>
    public override string PythonTypeName => "traceback";

    /// <summary><c>tb_frame</c></summary>
    [PyExport("tb_frame")]
    public PyFrameObject Frame { get; }

    /// <summary><c>tb_lineno</c></summary>
    [PyExport("tb_lineno")]
    public long LineNo => _frames[_index].Line;

    /// <summary><c>tb_lasti</c>: no bytecode offsets exist; -1 as for a frame without an instruction.</summary>
    [PyExport("tb_lasti")]
    public long LastI => -1;

    /// <summary><c>tb_next</c>: the next entry inward, or None.</summary>
    [PyExport("tb_next")]
    public PyTracebackObject? Next => _index + 1 < _frames.Count ? _next ??= new PyTracebackObject(_frames, _index + 1) : null;

    /// <inheritdoc/>
    public override string Repr() => $"<traceback object at 0x{PyOps.Id(this):x}>";
}

/// <summary>A frame object as a traceback shows it: <c>f_code</c> (name and file) and <c>f_lineno</c>.</summary>
public sealed class PyFrameObject : NativeObject
{
    private readonly TracebackFrame _frame;

    internal PyFrameObject(TracebackFrame frame)
    {
        _frame = frame;
        Code = new PyFrameCode(frame.Function, frame.File);
    }

    /// <inheritdoc/>
    public override string PythonTypeName => "frame";

    /// <summary><c>f_code</c></summary>
    [PyExport("f_code")]
    public PyFrameCode Code { get; }

    /// <summary><c>f_lineno</c>: the line of the traceback entry (for a frame still running, CPython gives its current line).</summary>
    [PyExport("f_lineno")]
    public long LineNo => _frame.Line;

    /// <inheritdoc/>
    public override string Repr() => $"<frame at 0x{PyOps.Id(this):x}, file {PyOps.Repr(_frame.File)}, line {_frame.Line}, code {_frame.Function}>";
}

/// <summary>The code object of a traceback frame: <c>co_name</c> and <c>co_filename</c>.</summary>
public sealed class PyFrameCode(string name, string file) : NativeObject
{
    /// <inheritdoc/>
    public override string PythonTypeName => "code";

    /// <summary><c>co_name</c></summary>
    [PyExport("co_name")]
    public string Name { get; } = name;

    /// <summary><c>co_filename</c></summary>
    [PyExport("co_filename")]
    public string FileName { get; } = file;

    /// <inheritdoc/>
    public override string Repr() => $"<code object {Name} at 0x{PyOps.Id(this):x}, file {PyOps.Repr(FileName)}>";
}
