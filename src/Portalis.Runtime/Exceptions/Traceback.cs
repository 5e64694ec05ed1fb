using System.Text;

namespace Portalis.Runtime;

/// <summary>Formats uncaught exceptions as CPython 3.11 prints them to stderr (Lib/traceback.py).</summary>
public static class Traceback
{
    // Lib/traceback.py, _RECURSIVE_CUTOFF: identical consecutive frames beyond this many are summarised.
    private const int RecursiveCutoff = 3;

    /// <summary>
    /// The full text CPython prints for an uncaught exception: the chain of causes and contexts first, each
    /// followed by its linking sentence, then this exception's frames and its exception line. Frames come
    /// from <see cref="PyBaseException.Frames"/>. CPython 3.11's caret lines (<c>^^^^</c>) are not printed.
    /// </summary>
    public static string Format(PyBaseException exception)
    {
        var builder = new StringBuilder();
        Append(builder, exception, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance), suggest: false);
        return builder.ToString();
    }

    /// <summary>
    /// What the interpreter prints for an uncaught exception (sys.excepthook): <see cref="Format(PyBaseException)"/>
    /// plus CPython 3.11's "Did you mean" suggestions for AttributeError and NameError, which the traceback
    /// module itself does not add in 3.11.
    /// </summary>
    public static string FormatUncaught(PyBaseException exception)
    {
        var builder = new StringBuilder();
        Append(builder, exception, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance), suggest: true);
        return builder.ToString();
    }

    /// <summary>
    /// What <c>traceback.format_exception(exc, chain=chain)</c> joins to: with <paramref name="chain"/> false,
    /// only this exception's frames and exception line.
    /// </summary>
    public static string Format(PyBaseException exception, bool chain)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (chain)
        {
            return Format(exception);
        }

        var builder = new StringBuilder();
        AppendOne(builder, exception);
        return builder.ToString();
    }

    /// <summary>The exception line(s) alone: <c>Type: str</c> and any notes (<c>traceback.format_exception_only</c>).</summary>
    public static string FormatExceptionOnly(PyBaseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var builder = new StringBuilder();
        exception.AppendExceptionLine(builder);
        return builder.ToString();
    }

    private const int PrintLimit = 1000;

    /// <summary>Only the frame lines of <paramref name="frames"/>, each frame as two lines (Lib/traceback.py, <c>StackSummary.format</c>).</summary>
    public static void AppendFrames(StringBuilder builder, IReadOnlyList<TracebackFrame> frames) => AppendFrames(builder, frames, uncaught: false);

    /// <summary>
    /// The frame lines; <paramref name="uncaught"/> follows the interpreter's own printer (Python/traceback.c,
    /// <c>display_source_line_with_margin</c>), which strips only the indentation of a source line, where
    /// Lib/traceback.py's <c>FrameSummary.line</c> strips both ends.
    /// </summary>
    private static void AppendFrames(StringBuilder builder, IReadOnlyList<TracebackFrame> frames, bool uncaught)
    {
        TracebackFrame? last = null;
        var count = 0;

        // Python/traceback.c, tb_print_internal: only the innermost PyTraceBack_LIMIT (1000) entries are printed.
        for (var i = Math.Max(0, frames.Count - PrintLimit); i < frames.Count; i++)
        {
            var frame = frames[i];
            if (last is null || last.File != frame.File || last.Line != frame.Line || last.Function != frame.Function)
            {
                AppendRepeated(builder, count);
                last = frame;
                count = 0;
            }

            count++;
            if (count > RecursiveCutoff)
            {
                continue;
            }

            builder.Append("  File \"").Append(frame.File).Append("\", line ").Append(frame.Line)
                .Append(", in ").Append(frame.Function).Append('\n');
            var source = uncaught ? frame.SourceLine?.TrimStart(' ', '\t', '\f').TrimEnd('\r', '\n') : frame.SourceLine?.Trim();
            if (!string.IsNullOrEmpty(source))
            {
                builder.Append("    ").Append(source).Append('\n');
            }
        }

        AppendRepeated(builder, count);
    }

    private static void AppendRepeated(StringBuilder builder, int count)
    {
        if (count > RecursiveCutoff)
        {
            var more = count - RecursiveCutoff;
            builder.Append("  [Previous line repeated ").Append(more).Append(" more time")
                .Append(more > 1 ? "s" : string.Empty).Append("]\n");
        }
    }

    private static void Append(StringBuilder builder, PyBaseException exception, HashSet<PyBaseException> seen, bool suggest)
    {
        // Lib/traceback.py, TracebackException.__init__ and format: cause wins over context; a seen
        // exception is not printed twice (cycles in the chain).
        seen.Add(exception);
        if (exception.Cause is { } cause && !seen.Contains(cause))
        {
            Append(builder, cause, seen, suggest);
            builder.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exception.Context is { } context && !exception.SuppressContext && !seen.Contains(context))
        {
            Append(builder, context, seen, suggest);
            builder.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }

        AppendOne(builder, exception, suggest);
    }

    private static void AppendOne(StringBuilder builder, PyBaseException exception, bool suggest = false)
    {
        if (exception.Frames.Count > 0)
        {
            builder.Append("Traceback (most recent call last):\n");
            AppendFrames(builder, exception.Frames, suggest);
        }

        exception.AppendExceptionLine(builder, suggest ? Suggestions.For(exception) : null);
    }
}
