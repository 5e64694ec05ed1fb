namespace Portalis.Runtime;

/// <summary>
/// The import system of a translated program: modules are registered at start-up (translated modules
/// with the body to run, native modules with a factory) and imported by dotted name. Follows
/// Lib/importlib/_bootstrap.py (<c>_find_and_load</c>, <c>_handle_fromlist</c>) for the order of
/// effects: parents first, the module in <see cref="Modules"/> before its body runs (circular imports see
/// the partial module), removed again if the body raises, then bound as an attribute of its parent.
/// </summary>
/// <remarks>
/// Thread-safe: a module body runs once; a thread importing a module another thread is executing waits
/// for it (per-module locks, as <c>_ModuleLock</c>), while the importing thread itself sees the partial
/// module. A cycle of imports across threads is not detected (CPython's <c>_DeadlockError</c>).
/// </remarks>
public static partial class PyImport
{
    private static readonly Lock s_lock = new();
    private static readonly Dictionary<string, Registration> s_registry = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, ImportInProgress> s_inProgress = new(StringComparer.Ordinal);

    /// <summary><c>sys.modules</c>: every imported module by name (keys are <c>str</c>).</summary>
    public static PyDict Modules { get; } = new();

    /// <summary>Registers a translated module: <paramref name="execute"/> runs its body on first import, with the module created here.</summary>
    /// <param name="name">The dotted module name (<c>__main__</c> for the entry module).</param>
    /// <param name="file">The absolute path of the .py file (<c>__file__</c>).</param>
    /// <param name="isPackage">True for a package's <c>__init__.py</c> (gets <c>__path__</c>).</param>
    /// <param name="execute">Runs the module body against the module's namespace.</param>
    public static void RegisterSource(string name, string file, bool isPackage, Action<PyModule> execute)
    {
        ArgumentNullException.ThrowIfNull(execute);
        Register(name, new Registration(() => new PyModule(name, file), isPackage, execute, null));
    }

    /// <summary>
    /// Registers a translated module whose <see cref="PyModule"/> the generated code created itself (its
    /// globals live in static cells of that instance); <paramref name="execute"/> runs the body.
    /// </summary>
    public static void RegisterSource(PyModule module, bool isPackage, Action<PyModule> execute)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(execute);
        Register(module.Name, new Registration(() => module, isPackage, execute, null));
    }

    /// <summary>Registers a native module (<c>sys</c>, <c>math</c>, ...): <paramref name="factory"/> builds it on first import.</summary>
    public static void RegisterNative(string name, Func<PyModule> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Register(name, new Registration(factory, false, null, factory));
    }

    /// <summary>True when <paramref name="name"/> was registered (it can be imported).</summary>
    public static bool IsRegistered(string name)
    {
        lock (s_lock)
        {
            return s_registry.ContainsKey(name);
        }
    }

    /// <summary>
    /// Forgets every registration and imported module (tests, or a host that runs several programs in
    /// one process one after another).
    /// </summary>
    public static void Reset()
    {
        lock (s_lock)
        {
            s_registry.Clear();
            Modules.Clear();
        }
    }

    private static void Register(string name, Registration registration)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        lock (s_lock)
        {
            s_registry[name] = registration;
        }
    }

    private sealed record Registration(Func<PyModule> Create, bool IsPackage, Action<PyModule>? Execute, Func<PyModule>? NativeFactory);

    private sealed class ImportInProgress(int ownerThread)
    {
        public int OwnerThread { get; } = ownerThread;

        // A Portalis event, not a BCL one: a thread that waits for another's import blocks through the
        // threading backend, so the Controlled scheduler sees the wait and the native watchdog can report it.
        public Portalis.Threading.Sync.Event Done { get; } = new();
    }
}
