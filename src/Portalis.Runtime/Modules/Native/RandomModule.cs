namespace Portalis.Runtime;

/// <summary>
/// The <c>random</c> module: the <c>Random</c> class and the bound methods of one module-level instance
/// seeded from OS entropy (Lib/random.py's <c>_inst</c>).
/// </summary>
[PyNativeModule("random")]
public static class RandomModule
{
    private static readonly string[] s_functions =
    [
        "seed", "random", "getrandbits", "randbytes", "randrange", "randint", "choice", "shuffle", "sample", "choices", "uniform",
        "triangular", "normalvariate", "gauss", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "betavariate",
        "paretovariate", "weibullvariate", "getstate", "setstate",
    ];

    /// <summary>The <c>Random</c> class, which Python code may subclass (Lib/random.py's <c>class Random(_random.Random)</c>).</summary>
    public static PyType RandomClass { get; } = PyType.RegisterSubclassableNative(typeof(PyRandom), "Random", "random", CreateRandom, PyRandom.CreateUnseeded, PyRandom.Init);

    /// <summary>The module's default instance (<c>random._inst</c>).</summary>
    public static PyRandom Instance { get; } = new();

    /// <summary><c>random.random()</c> on the default instance (a direct entry point for translated code).</summary>
    public static double Random() => Instance.Random();

    /// <summary><c>random.Random(x=None)</c>: a new generator (the translator types locals bound by it).</summary>
    [PyFactory("Random")]
    public static PyRandom CreateRandom(ReadOnlySpan<object?> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 })
        {
            // Random.__init__(self, x=None) also takes its seed by keyword.
            PyRandom.Init([null, .. args], kwnames);
            return new PyRandom(args[^1]);
        }

        if (args.Length > 1)
        {
            throw new PyTypeError($"Random.__init__() takes from 1 to 2 positional arguments but {args.Length + 1} were given");
        }

        return new PyRandom(args.Length == 1 ? args[0] : null);
    }

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("Random", RandomClass);
        module.Set("SystemRandom", new PyBuiltinFunction("SystemRandom", static (args, kwnames) => PyRandom.CreateSystem(), null, "random"));
        module.Set("_inst", Instance);
        foreach (var name in s_functions)
        {
            Instance.TryGetAttribute(name, out var method);
            module.Set(name, method);
        }
    }
}
