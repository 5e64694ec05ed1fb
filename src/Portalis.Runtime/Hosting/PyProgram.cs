namespace Portalis.Runtime;

/// <summary>
/// A translated program as the host sees it: its <c>sys.argv</c>, the callback that registers its
/// modules, and the name of its entry module. A host receives one from <see cref="PyRuntime.RunHosted"/>
/// and decides how to run it: natively (<see cref="PyRuntime.RunNative"/>), under seeded schedules
/// (<see cref="PyExplorer"/>), or once on the calling thread (<see cref="RunOnCurrentThread"/>).
/// </summary>
public sealed class PyProgram
{
    private readonly string[] _argv;

    /// <summary>Creates a program from what a generated <c>Main</c> passes to <see cref="PyRuntime.RunMain"/>.</summary>
    /// <param name="argv">The Python <c>sys.argv</c>, script path first.</param>
    /// <param name="registerModules">Registers the program's modules with <see cref="PyImport"/>.</param>
    /// <param name="mainModule">The registered name of the entry module.</param>
    public PyProgram(string[] argv, Action registerModules, string mainModule)
    {
        ArgumentNullException.ThrowIfNull(argv);
        _argv = [.. argv];
        RegisterModules = registerModules ?? throw new ArgumentNullException(nameof(registerModules));
        MainModule = mainModule ?? throw new ArgumentNullException(nameof(mainModule));
    }

    /// <summary>The Python <c>sys.argv</c>, script path first.</summary>
    public IReadOnlyList<string> Argv => _argv;

    /// <summary>Registers the program's modules (called again for each run: every run starts with fresh module state).</summary>
    public Action RegisterModules { get; }

    /// <summary>The registered name of the entry module (normally <c>__main__</c>).</summary>
    public string MainModule { get; }

    /// <summary>
    /// Runs the program once on the calling thread, with fresh module state, under the calling thread's
    /// threading backend; returns the exit status (<see cref="PyRuntime.RunOnCurrentThread"/>).
    /// </summary>
    public int RunOnCurrentThread() => PyRuntime.RunOnCurrentThread(_argv, RegisterModules, MainModule);
}
