using System.Collections.Concurrent;
using System.Text.Json;
using Portalis.Threading;
using Portalis.Threading.Tracing;

namespace Portalis.Runtime;

/// <summary>
/// <c>portalis run --trace out.json</c>: records the program's threads (their lifetimes, under their
/// Python names), the time they spend blocked (contended locks, condition, event and queue waits,
/// joins) and pool tasks, and writes them as Chrome trace-event JSON, which Perfetto
/// (ui.perfetto.dev) and chrome://tracing open.
/// </summary>
/// <remarks>
/// Install it with <see cref="ThreadingTrace.Listener"/> before the program starts and remove it
/// after; then <see cref="Write"/>. Timestamps are microseconds since the recorder was created.
/// Only blocked time is recorded for waits (an uncontended acquire costs nothing and shows nothing).
/// </remarks>
public sealed class PyTraceRecorder : IThreadingTraceListener
{
    private readonly long _origin = ThreadingTrace.Now();
    private readonly ConcurrentQueue<Event> _events = new();
    private readonly ConcurrentDictionary<long, Lifetime> _threads = new();

    /// <inheritdoc/>
    public void ThreadStarted(LogicalThread thread, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(thread);
        _threads[thread.Id] = new Lifetime(thread, timestamp);
    }

    /// <inheritdoc/>
    public void ThreadEnded(LogicalThread thread, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (_threads.TryGetValue(thread.Id, out var lifetime))
        {
            lifetime.End = timestamp;
        }
    }

    /// <inheritdoc/>
    public void Blocked(LogicalThread thread, TraceBlockKind kind, string subject, long start, long end)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var (verb, category) = kind switch
        {
            TraceBlockKind.Enter => ("acquire", "lock"),
            TraceBlockKind.Join => ("join", "join"),
            _ => ("wait", CategoryOf(subject)),
        };
        _events.Enqueue(new Event(thread.Id, $"{verb} {subject}", category, start, end));
    }

    /// <inheritdoc/>
    public void Span(LogicalThread thread, string category, string name, long start, long end)
    {
        ArgumentNullException.ThrowIfNull(thread);
        _events.Enqueue(new Event(thread.Id, name, category, start, end));
    }

    /// <summary>Writes the trace-event JSON (<c>{"traceEvents": [...]}</c>) to <paramref name="path"/>.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="processName">The process's name in the viewer (the script).</param>
    public void Write(string path, string processName)
    {
        using var stream = File.Create(path);
        Write(stream, processName);
    }

    /// <summary>Writes the trace-event JSON to <paramref name="stream"/>.</summary>
    /// <param name="stream">The output.</param>
    /// <param name="processName">The process's name in the viewer (the script).</param>
    public void Write(Stream stream, string processName)
    {
        var now = ThreadingTrace.Now();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("displayTimeUnit", "ms");
        json.WriteStartArray("traceEvents");
        json.WriteStartObject();
        json.WriteString("name", "process_name");
        json.WriteString("ph", "M");
        json.WriteNumber("pid", 1);
        json.WriteStartObject("args");
        json.WriteString("name", processName);
        json.WriteEndObject();
        json.WriteEndObject();
        foreach (var (id, lifetime) in _threads.OrderBy(static p => p.Key))
        {
            // The name is read at the end: Python code may rename a thread after it started.
            var name = lifetime.Thread.Name;
            json.WriteStartObject();
            json.WriteString("name", "thread_name");
            json.WriteString("ph", "M");
            json.WriteNumber("pid", 1);
            json.WriteNumber("tid", id);
            json.WriteStartObject("args");
            json.WriteString("name", name);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteComplete(json, new Event(id, name, "thread", lifetime.Start, lifetime.End ?? now));
        }

        foreach (var e in _events.OrderBy(static e => e.Start))
        {
            WriteComplete(json, e);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string CategoryOf(string subject)
    {
        var owner = subject.Split('#')[0];
        return owner switch
        {
            "Lock" or "RLock" or "Mutex" or "RwLock" => "lock",
            "Condition" or "Condvar" => "condition",
            "Event" => "event",
            "Semaphore" or "BoundedSemaphore" => "semaphore",
            "Barrier" => "barrier",
            "Future" or "FutureWaiter" or "WorkerPool" => "pool",
            _ when owner.Contains("channel", StringComparison.Ordinal) || owner.Contains("queue", StringComparison.OrdinalIgnoreCase) => "queue",
            _ => "wait",
        };
    }

    private void WriteComplete(Utf8JsonWriter json, Event e)
    {
        json.WriteStartObject();
        json.WriteString("name", e.Name);
        json.WriteString("cat", e.Category);
        json.WriteString("ph", "X");
        json.WriteNumber("ts", Math.Round(ThreadingTrace.ToMicroseconds(e.Start - _origin), 3));
        json.WriteNumber("dur", Math.Round(ThreadingTrace.ToMicroseconds(Math.Max(0, e.End - e.Start)), 3));
        json.WriteNumber("pid", 1);
        json.WriteNumber("tid", e.ThreadId);
        json.WriteEndObject();
    }

    private sealed record class Event(long ThreadId, string Name, string Category, long Start, long End);

    private sealed class Lifetime(LogicalThread thread, long start)
    {
        public LogicalThread Thread { get; } = thread;

        public long Start { get; } = start;

        public long? End { get; set; }
    }
}
