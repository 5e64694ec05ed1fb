using System.Text;

namespace Portalis.Threading.Errors;

/// <summary>
/// What a deadlock looks like: every blocked thread and what it waits on. Made by the native
/// backend's watchdog and by the Controlled backend; rendered by <see cref="ToString"/>.
/// </summary>
public sealed class DeadlockReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="headline">The first line, for example <c>deadlock: every live thread is blocked</c>.</param>
    /// <param name="threads">The blocked threads, in a stable order.</param>
    public DeadlockReport(string headline, IReadOnlyList<BlockedThreadInfo> threads)
    {
        Headline = headline ?? throw new ArgumentNullException(nameof(headline));
        Threads = threads ?? throw new ArgumentNullException(nameof(threads));
    }

    /// <summary>The first line of the report.</summary>
    public string Headline { get; }

    /// <summary>Every thread that takes part in the deadlock.</summary>
    public IReadOnlyList<BlockedThreadInfo> Threads { get; }

    /// <summary>
    /// A hook that adds a line of context per thread, called while the report is made: the Python
    /// layer sets it to return the Python source line each thread is blocked at. Return null for none.
    /// </summary>
    /// <remarks>On the native backend it runs on each blocked thread itself, at its next wait slice,
    /// so it may read the calling thread's own stack; under the Controlled backend it runs on the
    /// thread that found the deadlock. It must not block on Portalis primitives.</remarks>
    public static Func<LogicalThread, string?>? ThreadAnnotator { get; set; }

    /// <summary>The report as text: the headline, then one line per thread and its annotation.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Headline);
        foreach (var thread in Threads)
        {
            text.Append('\n').Append("  ").Append(thread.ToString());
            if (thread.Annotation is { Length: > 0 } annotation)
            {
                foreach (var line in annotation.Split('\n'))
                {
                    text.Append('\n').Append("      ").Append(line);
                }
            }
        }

        return text.ToString();
    }

    internal static string? Annotate(LogicalThread thread)
    {
        var annotator = ThreadAnnotator;
        if (annotator is null)
        {
            return null;
        }

        try
        {
            return annotator(thread);
        }
#pragma warning disable CA1031 // A failing hook must not hide the deadlock it was asked to describe.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return $"(annotator failed: {ex.GetType().Name}: {ex.Message})";
        }
    }
}

/// <summary>One blocked thread in a <see cref="DeadlockReport"/>.</summary>
/// <param name="ThreadId">The logical thread's id.</param>
/// <param name="ThreadName">The logical thread's name.</param>
/// <param name="IsDaemon">Whether it is a daemon thread.</param>
/// <param name="WaitsOn">What it waits on, for example <c>waits to enter Lock#3 held by 'Thread-2'</c>.</param>
/// <param name="Annotation">Extra context from <see cref="DeadlockReport.ThreadAnnotator"/>, or null.</param>
public sealed record class BlockedThreadInfo(long ThreadId, string ThreadName, bool IsDaemon, string WaitsOn, string? Annotation)
{
    /// <summary>One line: <c>'name' (id 3, daemon) waits to ...</c>.</summary>
    public override string ToString()
        => $"'{ThreadName}' (id {ThreadId}{(IsDaemon ? ", daemon" : string.Empty)}) {WaitsOn}";
}
