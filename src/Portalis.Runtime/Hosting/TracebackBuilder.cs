using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// Turns the .NET stack trace of an exception into Python traceback frames: generated code carries
/// <c>#line N "file.py"</c> directives (so the portable PDB maps IL offsets to Python lines) and
/// <see cref="PyFrameAttribute"/> on each method (the function name). Frames without a <c>.py</c> file
/// (runtime internals, the host) are dropped.
/// </summary>
public static class TracebackBuilder
{
    private static readonly ConcurrentDictionary<string, string[]?> s_sources = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<MethodBase, string> s_names = new();
    private static readonly ConcurrentDictionary<MethodBase, string[]?> s_varnames = new();

    /// <summary>The Python frames of <paramref name="exception"/>'s stack trace, outermost first (traceback order).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Generated code is not trimmed; frames of trimmed methods just lose their name.")]
    public static IReadOnlyList<TracebackFrame> FramesOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var stackTrace = new StackTrace(exception, fNeedFileInfo: true);
        var frames = FramesOf(stackTrace);
        if (exception is PyBaseExceptionGroup { ReraisedByExceptStar: true } && frames.Count > 0)
        {
            // Re-raised by an except* statement: no entry for the frame that re-raised it (CPython's RERAISE).
            frames = frames.Take(frames.Count - 1).ToList();
        }

        if (exception is PyBaseException { RaiseLine: > 0 } raised && frames.Count > 0 && RaisedByStatement(stackTrace))
        {
            // The raising frame's line as the statement gave it (PyOps.RaiseNow), not as optimized code maps it.
            var innermost = frames[^1];
            var corrected = frames.ToList();
            corrected[^1] = innermost with { Line = raised.RaiseLine, SourceLine = SourceLine(innermost.File, raised.RaiseLine) };
            frames = corrected;
        }

        return exception is PyBaseException { PriorFrames.Count: > 0 } reraised ? [.. frames, .. reraised.PriorFrames] : frames;
    }

    /// <summary>
    /// Before a <c>raise</c> statement throws an exception that was raised before: keeps the traceback it has so
    /// far (<see cref="PyBaseException.PriorFrames"/>), since the <c>throw</c> restarts its .NET stack trace.
    /// </summary>
    internal static void KeepPriorFrames(PyBaseException exception)
    {
        var prior = PyTracebackObject.Cached(exception)?.Frames ?? (exception.Frames.Count > 0 ? exception.Frames : FramesOf(exception));
        exception.PriorFrames = prior;
        exception.Frames = [];
        if (exception is PyBaseExceptionGroup group)
        {
            group.ReraisedByExceptStar = false;
        }

        PyTracebackObject.Forget(exception);
    }

    /// <summary>True when the innermost .NET frames are a raising helper called by a Python frame.</summary>
    private static bool RaisedByStatement(StackTrace stackTrace)
    {
        var frames = stackTrace.GetFrames();
        for (var i = 1; i < frames.Length; i++)
        {
            if (frames[i].GetFileName() is { } file && file.EndsWith(".py", StringComparison.Ordinal))
            {
                // The raising frame must be the innermost one shown (not hidden, not a thunk).
                var helper = frames[i - 1].GetMethod();
                return helper is not null && frames[i].GetMethod() is { } raising && s_names.GetOrAdd(raising, FrameName).Length > 0 && helper.Name is "RaiseNow" or "AssertionFailed"
                    && (helper.DeclaringType == typeof(PyOps) || helper.DeclaringType == typeof(PyEmit));
            }
        }

        return false;
    }

    /// <summary>The Python frames of <paramref name="stackTrace"/> (made with file information), outermost first.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Generated code is not trimmed; frames of trimmed methods just lose their name.")]
    public static IReadOnlyList<TracebackFrame> FramesOf(StackTrace stackTrace)
    {
        ArgumentNullException.ThrowIfNull(stackTrace);
        var frames = stackTrace.GetFrames();
        var result = new List<TracebackFrame>();
        MethodBase? lastMethod = null;
        for (var i = frames.Length - 1; i >= 0; i--)
        {
            var frame = frames[i];
            var file = frame.GetFileName();
            if (file is null || !file.EndsWith(".py", StringComparison.Ordinal))
            {
                continue;
            }

            var line = frame.GetFileLineNumber();
            var method = frame.GetMethod();
            var name = method is null ? "<unknown>" : s_names.GetOrAdd(method, FrameName);
            if (name.Length == 0)
            {
                // A C# lambda without [PyFrame] is a thunk of the generated code (the body delegate of a
                // PyFunction), not a Python frame.
                continue;
            }

            if (EndsEarlierSegment(frame) && method is not null && ReferenceEquals(method, lastMethod) && result.Count > 0)
            {
                // A rethrow (bare raise, a finally that held the exception back) continues the stack trace in
                // a new segment that starts in the frame that caught it: one invocation, listed twice. CPython's
                // traceback keeps that frame's entry once, at the line where the exception was first raised
                // through it (RERAISE adds no traceback entry).
                result.RemoveAt(result.Count - 1);
            }

            lastMethod = method;
            var varnames = method is null ? null : s_varnames.GetOrAdd(method, Varnames);
            result.Add(new TracebackFrame(file, line, name, SourceLine(file, line)) { Varnames = varnames });
        }

        return result;
    }

    private static readonly Func<StackFrame, bool>? s_endsSegment = MakeEndsSegment();

    /// <summary>Whether <paramref name="frame"/> is the last frame of a stack trace captured before a rethrow.</summary>
    private static bool EndsEarlierSegment(StackFrame frame) => s_endsSegment?.Invoke(frame) ?? false;

    // StackFrame knows where ExceptionDispatchInfo joined two segments (StackTrace.ToString prints "--- End of
    // stack trace from previous location ---" there) but only exposes it internally; without it, frames are
    // not merged.
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "An absent property only disables merging.")]
    private static Func<StackFrame, bool>? MakeEndsSegment()
    {
        var property = typeof(StackFrame).GetProperty("IsLastFrameFromForeignExceptionStackTrace", BindingFlags.NonPublic | BindingFlags.Instance);
        return property?.GetMethod is { } getter && property.PropertyType == typeof(bool)
            ? getter.CreateDelegate<Func<StackFrame, bool>>()
            : null;
    }

    /// <summary>
    /// Fills <see cref="PyBaseException.Frames"/> of <paramref name="exception"/> and of every exception in
    /// its <c>__cause__</c>/<c>__context__</c> chain that has none yet.
    /// </summary>
    public static void Attach(PyBaseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        for (var pending = new Stack<PyBaseException>([exception]); pending.Count > 0;)
        {
            var e = pending.Pop();
            if (!seen.Add(e))
            {
                continue;
            }

            if (e.Frames.Count == 0)
            {
                e.Frames = FramesOf(e);
            }

            if (e.Cause is { } cause)
            {
                pending.Push(cause);
            }

            if (e.Context is { } context)
            {
                pending.Push(context);
            }

            if (e is PyBaseExceptionGroup group)
            {
                foreach (var item in group.Exceptions)
                {
                    pending.Push((PyBaseException)item!);
                }
            }
        }
    }

    /// <summary>The text of 1-based <paramref name="line"/> of <paramref name="file"/>, or null when unreadable.</summary>
    public static string? SourceLine(string file, int line)
    {
        var lines = s_sources.GetOrAdd(file, static f =>
        {
            try
            {
                return File.ReadAllLines(f);
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        });
        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Kickoff methods of generated state machines are kept with their state machine.")]
    private static string FrameName(MethodBase method)
    {
        if (FrameAttribute(method) is { } attribute)
        {
            // "" drops the frame, as for thunks.
            return attribute.Hidden ? string.Empty : attribute.Name;
        }

        var declaring = method.DeclaringType;
        if (method.Name == "MoveNext" && declaring?.DeclaringType is { } outer && StateMachineKickoff(declaring, outer) is { } kickoff)
        {
            return Demangle(kickoff.Name);
        }

        return Demangle(method.Name);
    }

    /// <summary>The local variable names a frame's [PyFrame] lists (parameters first, as co_varnames).</summary>
    private static string[]? Varnames(MethodBase method) =>
        FrameAttribute(method)?.Varnames?.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The [PyFrame] of a generated method, or of the kickoff method of an async (generator) body's MoveNext.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Kickoff methods of generated state machines are kept with their state machine.")]
    private static PyFrameAttribute? FrameAttribute(MethodBase method)
    {
        if (method.GetCustomAttribute<PyFrameAttribute>() is { } direct)
        {
            return direct;
        }

        var declaring = method.DeclaringType;
        return method.Name == "MoveNext" && declaring?.DeclaringType is { } outer
            ? StateMachineKickoff(declaring, outer)?.GetCustomAttribute<PyFrameAttribute>()
            : null;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Kickoff methods of generated state machines are kept with their state machine.")]
    private static MethodInfo? StateMachineKickoff(Type declaring, Type outer)
    {
        var machine = declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var candidate in outer.GetMethods(all))
        {
            if (candidate.GetCustomAttribute<StateMachineAttribute>() is { } sm && sm.StateMachineType == machine)
            {
                return candidate;
            }
        }

        return null;
    }

    // C# compiler names: "<Outer>b__0_0" is a lambda (a thunk: "" drops the frame), "<Outer>g__inner|0_0" a
    // local function.
    private static string Demangle(string name)
    {
        var local = name.IndexOf(">g__", StringComparison.Ordinal);
        if (local >= 0)
        {
            var start = local + 4;
            var end = name.IndexOf('|', start);
            return end > start ? name[start..end] : name[start..];
        }

        return name.Contains(">b__", StringComparison.Ordinal) ? string.Empty : name;
    }
}
