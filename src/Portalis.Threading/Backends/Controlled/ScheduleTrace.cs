using System.Globalization;
using System.Text;

namespace Portalis.Threading.Backends.Controlled;

/// <summary>The operation a thread performs at a scheduling point, for the failure trace.</summary>
internal enum TraceOp
{
    Start,
    Enter,
    Exit,
    Wait,
    Pulse,
    PulseAll,
    Join,
    Sleep,
    Yield,
    Point,
    End,
}

/// <summary>
/// The last scheduling steps of a run, kept in a ring so that a failure can show the
/// interleaving that led to it: at each step, the thread that reached a scheduling point and the
/// operation it was about to perform (a blocked Enter or Wait shows up once, when it began).
/// </summary>
internal sealed class ScheduleTrace
{
    private const int Capacity = 24;

    private readonly (long Step, ControlledThread Thread, TraceOp Op, object? Subject)[] _ring = new (long, ControlledThread, TraceOp, object?)[Capacity];
    private long _count;

    public void Record(long step, ControlledThread thread, TraceOp op, object? subject)
    {
        _ring[_count % Capacity] = (step, thread, op, subject);
        _count++;
    }

    /// <summary>The recorded steps, oldest first, one per line.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        text.Append(_count > Capacity ? $"last {Capacity} of {_count} scheduling steps:" : "scheduling steps:");
        for (var i = Math.Max(0, _count - Capacity); i < _count; i++)
        {
            var (step, thread, op, subject) = _ring[i % Capacity];
            text.Append(CultureInfo.InvariantCulture, $"\n  {step,5}  {thread} {Describe(op, subject)}");
        }

        return text.ToString();
    }

    private static string Describe(TraceOp op, object? subject) => op switch
    {
        TraceOp.Start => $"StartThread {subject}",
        TraceOp.Enter => $"Enter {subject}",
        TraceOp.Exit => $"Exit {subject}",
        TraceOp.Wait => $"Wait {subject}",
        TraceOp.Pulse => $"Pulse {subject}",
        TraceOp.PulseAll => $"PulseAll {subject}",
        TraceOp.Join => $"Join {subject}",
        TraceOp.Sleep => "Sleep",
        TraceOp.Yield => "Yield",
        TraceOp.End => "ends",
        _ => "SchedulingPoint",
    };
}
