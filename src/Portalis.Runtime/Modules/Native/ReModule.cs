using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// The engine under the <c>re</c> module (Lib/re.py, which adds CPython's <c>RegexFlag</c>): .NET's regex engine with Python's syntax translated (<see cref="RegexTranslator"/>),
/// code-point positions, Python's group numbering, <c>sub</c> templates and 3.7+ empty-match rules.
/// Differences that remain: <c>\w</c>/<c>\d</c>/case-insensitivity follow .NET's Unicode tables; lookbehind
/// may be variable-width (CPython rejects it); possessive quantifiers raise re.error.
/// </summary>
[PyNativeModule("_portalis_re")]
public static class ReModule
{
    /// <summary><c>re.TEMPLATE</c></summary>
    [PyExport("TEMPLATE")]
    [PyExport("T")]
    public const long TEMPLATE = 1;

    /// <summary><c>re.IGNORECASE</c></summary>
    [PyExport("IGNORECASE")]
    [PyExport("I")]
    public const long IGNORECASE = 2;

    /// <summary><c>re.LOCALE</c></summary>
    [PyExport("LOCALE")]
    [PyExport("L")]
    public const long LOCALE = 4;

    /// <summary><c>re.MULTILINE</c></summary>
    [PyExport("MULTILINE")]
    [PyExport("M")]
    public const long MULTILINE = 8;

    /// <summary><c>re.DOTALL</c></summary>
    [PyExport("DOTALL")]
    [PyExport("S")]
    public const long DOTALL = 16;

    /// <summary><c>re.UNICODE</c></summary>
    [PyExport("UNICODE")]
    [PyExport("U")]
    public const long UNICODE = 32;

    /// <summary><c>re.VERBOSE</c></summary>
    [PyExport("VERBOSE")]
    [PyExport("X")]
    public const long VERBOSE = 64;

    /// <summary><c>re.DEBUG</c></summary>
    [PyExport("DEBUG")]
    public const long DEBUG = 128;

    /// <summary><c>re.ASCII</c></summary>
    [PyExport("ASCII")]
    [PyExport("A")]
    public const long ASCII = 256;

    /// <summary><c>re.compile(pattern, flags=0)</c></summary>
    [PyExport("compile")]
    public static PyPattern Compile(object? pattern, long flags = 0) => PyPattern.Compile(pattern, flags);

    /// <summary><c>re.match(pattern, string, flags=0)</c></summary>
    [PyExport("match")]
    public static PyMatch? Match(object? pattern, object? @string, long flags = 0) => PyPattern.Compile(pattern, flags).Match(@string);

    /// <summary><c>re.fullmatch(pattern, string, flags=0)</c></summary>
    [PyExport("fullmatch")]
    public static PyMatch? FullMatch(object? pattern, object? @string, long flags = 0) => PyPattern.Compile(pattern, flags).FullMatch(@string);

    /// <summary><c>re.search(pattern, string, flags=0)</c></summary>
    [PyExport("search")]
    public static PyMatch? Search(object? pattern, object? @string, long flags = 0) => PyPattern.Compile(pattern, flags).Search(@string);

    /// <summary><c>re.findall(pattern, string, flags=0)</c></summary>
    [PyExport("findall")]
    public static PyList FindAll(object? pattern, object? @string, long flags = 0) => PyPattern.Compile(pattern, flags).FindAll(@string);

    /// <summary><c>re.finditer(pattern, string, flags=0)</c></summary>
    [PyExport("finditer")]
    public static PyIterator FindIter(object? pattern, object? @string, long flags = 0) => PyPattern.Compile(pattern, flags).FindIter(@string);

    /// <summary><c>re.sub(pattern, repl, string, count=0, flags=0)</c></summary>
    [PyExport("sub")]
    public static object? Sub(object? pattern, object? repl, object? @string, long count = 0, long flags = 0) => PyPattern.Compile(pattern, flags).Sub(repl, @string, count);

    /// <summary><c>re.subn(pattern, repl, string, count=0, flags=0)</c></summary>
    [PyExport("subn")]
    public static PyTuple SubN(object? pattern, object? repl, object? @string, long count = 0, long flags = 0) => PyPattern.Compile(pattern, flags).SubN(repl, @string, count);

    /// <summary><c>re.split(pattern, string, maxsplit=0, flags=0)</c></summary>
    [PyExport("split")]
    public static PyList Split(object? pattern, object? @string, long maxsplit = 0, long flags = 0) => PyPattern.Compile(pattern, flags).Split(@string, maxsplit);

    /// <summary><c>re.escape(pattern)</c>: backslashes before the characters special in patterns (3.7+ set).</summary>
    [PyExport("escape")]
    public static object Escape(object? pattern)
    {
        var text = pattern switch
        {
            string s => s,
            PyBytesLike b => Encoding.Latin1.GetString(b.Span),
            _ => throw new PyTypeError($"expected string or bytes-like object, got '{PyOps.TypeName(pattern)}'"),
        };
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\v\f".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return pattern is string ? builder.ToString() : new PyBytes(Encoding.Latin1.GetBytes(builder.ToString()));
    }

    /// <summary><c>re.purge()</c>: the cache is kept (patterns are immutable), so this does nothing.</summary>
    [PyExport("purge")]
    public static void Purge()
    {
    }

    /// <summary>The <c>re.error</c> class (an Exception subclass that Python code can catch, raise and subclass).</summary>
    public static PyType ErrorType { get; } = PyType.RegisterException(typeof(PyReError), "error", "re", PyType.ForException(typeof(PyException)), static a => new PyReError(a));

    /// <summary>The <c>re.Pattern</c> class: compiled patterns are made by <c>re.compile</c>, never by calling it.</summary>
    public static PyType PatternType { get; } = PyType.RegisterNative(typeof(PyPattern), "Pattern", "re", static (_, _) => throw new PyTypeError("cannot create 're.Pattern' instances"));

    /// <summary>The <c>re.Match</c> class.</summary>
    public static PyType MatchType { get; } = PyType.RegisterNative(typeof(PyMatch), "Match", "re", static (_, _) => throw new PyTypeError("cannot create 're.Match' instances"));

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("error", ErrorType);
        module.Set("Pattern", PatternType);
        module.Set("Match", MatchType);
    }
}
