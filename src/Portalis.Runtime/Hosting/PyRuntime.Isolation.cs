namespace Portalis.Runtime;

public static partial class PyRuntime
{
    private static TextWriter? s_processStdout;

    /// <summary>Whether <paramref name="writer"/> is the process's own standard output (no host captured it).</summary>
    internal static bool IsProcessStdout(TextWriter writer) =>
        Volatile.Read(ref s_processStdout) is not { } process || ReferenceEquals(writer, process);

    /// <summary>Whether the default <c>sys.stderr</c> writes to the process's standard error (no host set a writer).</summary>
    internal static bool IsProcessStderr => !SysModule.HasHostStderr;

    /// <summary>
    /// Points the standard streams at the given reader and writers (null: the process's own) and puts
    /// <c>sys.stdout</c>, <c>sys.stderr</c> and <c>sys.stdin</c> back to their default objects, so that a
    /// host can run several programs one after another in one process (the conformance suite does).
    /// </summary>
    public static void RedirectStandardStreams(TextWriter? stdout, TextWriter? stderr, TextReader? stdin)
    {
        Interlocked.CompareExchange(ref s_processStdout, PyBuiltins.Stdout, null);
        PyBuiltins.Stdout = stdout ?? s_processStdout;
        SysModule.Stderr = stderr!;
        SysModule.Stdin = stdin!;
        SysModule.Module.Set("stdout", SysModule.DefaultStdout);
        SysModule.Module.Set("stderr", SysModule.DefaultStderr);
        SysModule.Module.Set("stdin", SysModule.DefaultStdin);
    }

    /// <summary>
    /// Like <see cref="RedirectStandardStreams"/>, but the returned scope puts back the writers and reader
    /// that were in place before (a host inside another host: the conformance suite's controlled runs).
    /// </summary>
    public static IDisposable CaptureStandardStreams(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(stdin);
        var saved = new SavedStreams(PyBuiltins.Stdout, SysModule.Stderr, SysModule.Stdin);
        Interlocked.CompareExchange(ref s_processStdout, PyBuiltins.Stdout, null);
        PyBuiltins.Stdout = stdout;
        SysModule.Stderr = stderr;
        SysModule.Stdin = stdin;
        SysModule.Module.Set("stdout", SysModule.DefaultStdout);
        SysModule.Module.Set("stderr", SysModule.DefaultStderr);
        SysModule.Module.Set("stdin", SysModule.DefaultStdin);
        return saved;
    }

    private sealed class SavedStreams(TextWriter stdout, TextWriter stderr, TextReader stdin) : IDisposable
    {
        public void Dispose()
        {
            PyBuiltins.Stdout = stdout;

            // The default stderr follows Console.Error (null): keep following it.
            SysModule.Stderr = ReferenceEquals(stderr, Console.Error) ? null! : stderr;
            SysModule.Stdin = stdin;
            SysModule.Module.Set("stdout", SysModule.DefaultStdout);
            SysModule.Module.Set("stderr", SysModule.DefaultStderr);
            SysModule.Module.Set("stdin", SysModule.DefaultStdin);
        }
    }
}
