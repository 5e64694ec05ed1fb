namespace Portalis.Runtime;

public static partial class PyRuntime
{
    /// <summary>
    /// The exit status of a program that deadlocked: every live thread blocked on Portalis primitives
    /// with no timeout. Distinct from 1 (an uncaught exception) and 2 (a usage error), as a signal's
    /// status would be; the report on stderr names the threads, what they wait on, and their Python lines.
    /// </summary>
    public const int DeadlockExitStatus = 3;

    /// <summary>
    /// The exit status of a program ended by an uncaught KeyboardInterrupt: 128 + SIGINT, what a shell reports
    /// for CPython, which re-raises SIGINT at itself after finalizing (Modules/main.c, <c>exit_sigint</c>).
    /// </summary>
    public const int KeyboardInterruptExitStatus = 130;

    [ThreadStatic]
    private static Func<PyProgram, int>? t_host;

    /// <summary>
    /// Calls a translated program's entry <paramref name="entry"/> (its generated <c>Main</c>) with
    /// <paramref name="argv"/>, but instead of running the program natively, hands it to
    /// <paramref name="host"/>, which decides how to run it (for example under seeded schedules) and
    /// returns the exit status. The interception applies to the calling thread only.
    /// </summary>
    /// <param name="entry">The generated <c>Main(string[])</c>, which calls <see cref="RunMain"/>.</param>
    /// <param name="argv">The Python <c>sys.argv</c>, script path first.</param>
    /// <param name="host">Runs the program and returns its exit status.</param>
    public static int RunHosted(Func<string[], int> entry, string[] argv, Func<PyProgram, int> host)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(argv);
        ArgumentNullException.ThrowIfNull(host);
        var previous = t_host;
        t_host = host;
        try
        {
            return entry(argv);
        }
        finally
        {
            t_host = previous;
        }
    }

    // RunMain with a host installed by RunHosted: the host gets the program, once.
    private static bool TryRunHosted(string[] argv, Action registerModules, string mainModule, out int status)
    {
        if (t_host is not { } host)
        {
            status = 0;
            return false;
        }

        t_host = null;
        try
        {
            status = host(new PyProgram(argv, registerModules, mainModule));
        }
        finally
        {
            t_host = host;
        }

        return true;
    }
}
