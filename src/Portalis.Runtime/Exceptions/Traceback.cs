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
        Append(builder, exception, new PrintContext(suggest: false, chain: true));
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
        Append(builder, exception, new PrintContext(suggest: true, chain: true));
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
        Append(builder, exception, new PrintContext(suggest: false, chain: false));
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

    // Lib/traceback.py, TracebackException: the defaults of max_group_width and max_group_depth.
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

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

    private static void Append(StringBuilder builder, PyBaseException exception, PrintContext ctx)
    {
        // Lib/traceback.py, TracebackException.__init__ and format: cause wins over context; a seen
        // exception is not printed twice (cycles in the chain).
        ctx.Seen.Add(exception);
        if (ctx.Chain)
        {
            if (exception.Cause is { } cause && !ctx.Seen.Contains(cause))
            {
                Append(builder, cause, ctx);
                Emit(builder, ctx, "\nThe above exception was the direct cause of the following exception:\n\n");
            }
            else if (exception.Context is { } context && !exception.SuppressContext && !ctx.Seen.Contains(context))
            {
                Append(builder, context, ctx);
                Emit(builder, ctx, "\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }

        AppendOne(builder, exception, ctx);
    }

    private static void AppendOne(StringBuilder builder, PyBaseException exception, PrintContext ctx)
    {
        if (exception is not PyBaseExceptionGroup group)
        {
            if (exception.Frames.Count > 0)
            {
                Emit(builder, ctx, "Traceback (most recent call last):\n");
                Emit(builder, ctx, FramesText(exception, ctx));
            }

            Emit(builder, ctx, ExceptionLine(exception, ctx));
            return;
        }

        if (ctx.Depth > MaxGroupDepth)
        {
            Emit(builder, ctx, $"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }

        // Lib/traceback.py, TracebackException.format: a group's traceback and line, then each sub-exception in a
        // numbered box, nested one level deeper; past max_group_width the rest are only counted.
        var topLevel = ctx.Depth == 0;
        if (topLevel)
        {
            ctx.Depth++;
        }

        if (exception.Frames.Count > 0)
        {
            Emit(builder, ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            Emit(builder, ctx, FramesText(exception, ctx));
        }

        Emit(builder, ctx, ExceptionLine(exception, ctx));
        var count = group.Exceptions.Count;
        var n = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (var i = 0; i < n; i++)
        {
            var last = i == n - 1;
            if (last)
            {
                // The closing line may be added by a recursive call.
                ctx.NeedClose = true;
            }

            var truncated = i >= MaxGroupWidth;
            var title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Append(' ', 2 * ctx.Depth).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
            ctx.Depth++;
            if (!truncated)
            {
                Append(builder, (PyBaseException)group.Exceptions[i]!, ctx);
            }
            else
            {
                var remaining = count - MaxGroupWidth;
                Emit(builder, ctx, $"and {remaining} more exception{(remaining > 1 ? "s" : string.Empty)}\n");
            }

            if (last && ctx.NeedClose)
            {
                builder.Append(' ', 2 * ctx.Depth).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }

            ctx.Depth--;
        }

        if (topLevel)
        {
            ctx.Depth = 0;
        }
    }

    private static string FramesText(PyBaseException exception, PrintContext ctx)
    {
        var text = new StringBuilder();
        AppendFrames(text, exception.Frames, ctx.Suggest);
        return text.ToString();
    }

    private static string ExceptionLine(PyBaseException exception, PrintContext ctx)
    {
        var text = new StringBuilder();
        exception.AppendExceptionLine(text, ctx.Suggest ? Suggestions.For(exception) : null);
        return text.ToString();
    }

    // Lib/traceback.py, _ExceptionPrintContext.emit: inside a group every line, empty ones too, gets the indent
    // and the margin character.
    private static void Emit(StringBuilder builder, PrintContext ctx, string text, char margin = '|')
    {
        if (ctx.Depth == 0)
        {
            builder.Append(text);
            return;
        }

        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            builder.Append(' ', 2 * ctx.Depth).Append(margin).Append(' ').Append(text, start, end - start);
            start = end;
        }
    }

    /// <summary>Lib/traceback.py's <c>_ExceptionPrintContext</c>: what is printed so far and how deep in groups.</summary>
    private sealed class PrintContext(bool suggest, bool chain)
    {
        public HashSet<PyBaseException> Seen { get; } = new(ReferenceEqualityComparer.Instance);

        public bool Suggest { get; } = suggest;

        public bool Chain { get; } = chain;

        public int Depth { get; set; }

        public bool NeedClose { get; set; }
    }
}
