using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// The <c>sys</c> module. <c>stdout</c>, <c>stderr</c> and <c>stdin</c> are settable file objects that
/// <c>print</c> and <c>input</c> read at each call. <c>modules</c> starts as an empty dict; the import
/// system replaces it with its own (<c>SysModule.Module.Set("modules", ...)</c>).
/// </summary>
[PyNativeModule("sys")]
public static class SysModule
{
    private static readonly List<object?> s_auditHooks = [];

    private static readonly Lazy<PyModule> s_module = new(() => NativeModuleCatalog.GetModule("sys")!);
    private static readonly Lazy<PyGlobal> s_stdout = new(() => Module.Global("stdout"));
    private static readonly Lazy<PyGlobal> s_stderr = new(() => Module.Global("stderr"));
    private static readonly Lazy<PyGlobal> s_stdin = new(() => Module.Global("stdin"));
    private static long s_recursionLimit = 1000;
    private static TextReader? s_stdinReader;
    private static TextWriter? s_stderrWriter;

    /// <summary>The <c>sys</c> module object (one per process).</summary>
    public static PyModule Module => s_module.Value;

    /// <summary>The default <c>sys.stdout</c>: writes to <see cref="PyBuiltins.Stdout"/> as it is at each write.</summary>
    public static PyTextFile DefaultStdout { get; } = new("<stdout>", "w", () => PyBuiltins.Stdout, null, null);

    /// <summary>The default <c>sys.stderr</c> (unbuffered).</summary>
    public static PyTextFile DefaultStderr { get; } = new("<stderr>", "w", () => Stderr, null, null);

    /// <summary>The default <c>sys.stdin</c>: reads <see cref="Stdin"/> as it is at each read.</summary>
    public static PyTextFile DefaultStdin { get; } = new("<stdin>", "r", null, () => Stdin, null);

    /// <summary>The reader behind the default <c>sys.stdin</c> (UTF-8 console input); replace it to feed input.</summary>
    public static TextReader Stdin
    {
        get => Volatile.Read(ref s_stdinReader) ?? Interlocked.CompareExchange(ref s_stdinReader, new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)), null) ?? s_stdinReader!;
        set => Volatile.Write(ref s_stdinReader, value);
    }

    /// <summary>
    /// The writer behind the default <c>sys.stderr</c>: <see cref="Console.Error"/> as it is at each write
    /// (so <see cref="Console.SetError"/> captures it) unless a host sets its own.
    /// </summary>
    public static TextWriter Stderr
    {
        get => Volatile.Read(ref s_stderrWriter) ?? Console.Error;
        set => Volatile.Write(ref s_stderrWriter, value);
    }

    /// <summary>Whether a host set <see cref="Stderr"/> (rather than following <see cref="Console.Error"/>).</summary>
    internal static bool HasHostStderr => Volatile.Read(ref s_stderrWriter) is not null;

    /// <summary>The current <c>sys.stdout</c> when a program replaced the default one, else null (no sys module created yet counts as default).</summary>
    internal static object? RedirectedStdout => s_stdout.IsValueCreated && s_stdout.Value.Value is var o && !ReferenceEquals(o, DefaultStdout) ? o : null;

    /// <summary>The current <c>sys.stdout</c> object.</summary>
    public static object? StdoutObject => s_stdout.Value.Value;

    /// <summary>The current <c>sys.stderr</c> object.</summary>
    public static object? StderrObject => s_stderr.Value.Value;

    /// <summary>The current <c>sys.stdin</c> object.</summary>
    public static object? StdinObject => s_stdin.Value.Value;

    /// <summary><c>sys.maxsize</c></summary>
    [PyExport("maxsize")]
    public const long MaxSize = long.MaxValue;

    /// <summary><c>sys.maxunicode</c></summary>
    [PyExport("maxunicode")]
    public const long MaxUnicode = 0x10FFFF;

    /// <summary><c>sys.platform</c></summary>
    [PyExport("platform")]
    public const string Platform = "linux";

    /// <summary><c>sys.byteorder</c></summary>
    [PyExport("byteorder")]
    public const string ByteOrder = "little";

    /// <summary><c>sys.version</c></summary>
    [PyExport("version")]
    public const string Version = "3.11.7 (Portalis) [.NET]";

    /// <summary><c>sys.hexversion</c></summary>
    [PyExport("hexversion")]
    public const long HexVersion = 0x030B07F0;

    /// <summary><c>sys.version_info</c></summary>
    [PyExport("version_info")]
    public static readonly PyStructSeq VersionInfo = new("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"], 3L, 11L, 7L, "final", 0L);

    /// <summary><c>sys.float_repr_style</c>: floats print as the shortest repr that round-trips, as CPython does.</summary>
    [PyExport("float_repr_style")]
    public const string FloatReprStyle = "short";

    /// <summary><c>sys.float_info</c> (IEEE double).</summary>
    [PyExport("float_info")]
    public static readonly PyStructSeq FloatInfo = new(
        "sys.float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
        double.MaxValue, 1024L, 308L, 2.2250738585072014e-308, -1021L, -307L, 15L, 53L, 2.220446049250313e-16, 2L, 1L);

    /// <summary><c>sys.int_info</c>, as CPython 3.11 on 64-bit Linux reports it.</summary>
    [PyExport("int_info")]
    public static readonly PyStructSeq IntInfo = new(
        "sys.int_info",
        ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        30L, 4L, 4300L, 640L);

    /// <summary><c>sys.hash_info</c>: the parameters of the numeric hash the runtime implements (modulus 2**61 - 1).</summary>
    [PyExport("hash_info")]
    public static readonly PyStructSeq HashInfo = new(
        "sys.hash_info",
        ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
        64L, 2305843009213693951L, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L);

    /// <summary><c>sys.exc_info()</c>: (type, value, traceback) of the exception being handled, or three Nones.</summary>
    [PyExport("exc_info")]
    public static PyTuple ExcInfo() => PyOps.CurrentHandledException is { } e
        ? new PyTuple([PyOps.TypeOf(e), e, PyTracebackObject.Of(e)])
        : new PyTuple([null, null, null]);

    /// <summary>
    /// <c>sys.excepthook(type, value, traceback)</c> (Python/sysmodule.c, <c>sys_excepthook_impl</c>): prints
    /// <paramref name="value"/>'s traceback to stderr, as for an uncaught exception. Also <c>sys.__excepthook__</c>;
    /// the host calls whatever <c>sys.excepthook</c> holds for an exception that ends the program.
    /// </summary>
    [PyExport("excepthook")]
    public static void ExceptHook([PyPositionalOnly] object? type, [PyPositionalOnly] object? value, [PyPositionalOnly] object? traceback)
    {
        PyBuiltins.FlushStdout();
        Stderr.Write(value is Exception e
            ? PyRuntime.FormatUncaught(e)
            : $"TypeError: print_exception(): Exception expected for value, {PyOps.TypeName(value)} found\n");
        Stderr.Flush();
    }

    /// <summary><c>sys.exit(status=None)</c>: raises SystemExit.</summary>
    [PyExport("exit")]
    public static void Exit([PyPositionalOnly] object? status = null) =>
        throw (status is null ? new PySystemExit() : new PySystemExit(status));

    /// <summary>
    /// <c>sys.audit(event, *args)</c>: calls the hooks <see cref="AddAuditHook"/> installed, in order (PEP 578).
    /// The runtime raises no audit events of its own; library modules (glob, shutil) raise theirs through this.
    /// </summary>
    [PyExport("audit")]
    public static void Audit([PyPositionalOnly] string @event, params object?[] args)
    {
        object?[] hooks;
        lock (s_auditHooks)
        {
            hooks = [.. s_auditHooks];
        }

        foreach (var hook in hooks)
        {
            PyOps.Call(hook, @event, new PyTuple(args));
        }
    }

    /// <summary><c>sys.addaudithook(hook)</c></summary>
    [PyExport("addaudithook")]
    public static void AddAuditHook(object? hook)
    {
        lock (s_auditHooks)
        {
            s_auditHooks.Add(hook);
        }
    }

    /// <summary><c>sys.getrecursionlimit()</c>: the limit <see cref="PyRecursion"/> enforces on translated functions.</summary>
    [PyExport("getrecursionlimit")]
    public static long GetRecursionLimit() => Interlocked.Read(ref s_recursionLimit);

    /// <summary><c>sys.setrecursionlimit(limit)</c></summary>
    [PyExport("setrecursionlimit")]
    public static void SetRecursionLimit([PyPositionalOnly] long limit)
    {
        if (limit < 1)
        {
            throw new PyValueError("recursion limit must be greater or equal than 1");
        }

        Interlocked.Exchange(ref s_recursionLimit, limit);
        PyRecursion.Limit = (int)Math.Min(limit, int.MaxValue);
    }

    /// <summary><c>sys.intern(string)</c></summary>
    [PyExport("intern")]
    public static string Intern([PyPositionalOnly] object? s) => s is string str
        ? string.Intern(str)
        : throw new PyTypeError($"intern() argument must be str, not {PyOps.TypeName(s)}");

    /// <summary><c>sys.getdefaultencoding()</c></summary>
    [PyExport("getdefaultencoding")]
    public static string GetDefaultEncoding() => "utf-8";

    /// <summary><c>sys.getsizeof(obj)</c>: not meaningful on .NET; a constant-size estimate.</summary>
    [PyExport("getsizeof")]
    public static long GetSizeOf(object? obj, object? @default = null) => 64;

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("stdout", DefaultStdout);
        module.Set("stderr", DefaultStderr);
        module.Set("stdin", DefaultStdin);
        module.Set("__stdout__", DefaultStdout);
        module.Set("__stderr__", DefaultStderr);
        module.Set("__stdin__", DefaultStdin);
        module.Set("argv", new PyList(string.Empty));
        module.Set("path", new PyList());
        module.Set("modules", new PyDict());
        module.Set("executable", Environment.ProcessPath ?? string.Empty);
        module.Set("flags", new PyStructSeq(
            "sys.flags",
            ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
             "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"],
            0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 1L, 0L, false, -1L));
        module.Set("implementation", new PyStructSeq("namespace", ["name"], "portalis"));
        module.TryGetAttribute("excepthook", out var hook);
        module.Set("__excepthook__", hook);
        DefaultExceptHook = hook;
    }

    /// <summary>The builtin <c>sys.excepthook</c> (what <c>sys.__excepthook__</c> holds at start).</summary>
    internal static object? DefaultExceptHook { get; private set; }

    /// <summary>
    /// Puts <c>sys.excepthook</c> and <c>sys.__excepthook__</c> back to the builtin hook: the sys module
    /// lives as long as the process, and a host may run several programs one after another.
    /// </summary>
    internal static void ResetHooks()
    {
        Module.Set("excepthook", DefaultExceptHook);
        Module.Set("__excepthook__", DefaultExceptHook);
    }
}
