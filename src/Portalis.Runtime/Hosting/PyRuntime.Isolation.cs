namespace Portalis.Runtime;

public static partial class PyRuntime
{
    /// <summary>
    /// Points the standard streams at the given reader and writers and puts <c>sys.stdout</c>,
    /// <c>sys.stderr</c> and <c>sys.stdin</c> back to their defaults, so that a host can run several
    /// programs one after another in one process (the conformance suite does).
    /// </summary>
    public static void RedirectStandardStreams(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(stdin);
        PyBuiltins.Stdout = stdout;
        SysModule.Stderr = stderr;
        SysModule.Stdin = stdin;
        SysModule.Module.Set("stdout", SysModule.DefaultStdout);
        SysModule.Module.Set("stderr", SysModule.DefaultStderr);
        SysModule.Module.Set("stdin", SysModule.DefaultStdin);
    }
}
