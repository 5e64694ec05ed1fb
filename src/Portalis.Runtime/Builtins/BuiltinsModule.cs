using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Portalis.Runtime;

/// <summary>
/// The builtin functions as Python callables, with CPython 3.11's signatures (Python/bltinmodule.c):
/// the members of <see cref="PyBuiltins.Module"/>. Callables passed in (keys, map functions) are any
/// Python callable.
/// </summary>
[PyNativeModule("builtins")]
public static partial class BuiltinsModule
{
    private static readonly ConcurrentDictionary<Type, bool> s_callableTypes = new();

    /// <summary><c>print(*args, sep=' ', end='\n', file=None, flush=False)</c>: writes to <c>sys.stdout</c> as currently set.</summary>
    [PyExport("print")]
    public static void Print([PyVarArgs] object?[] args, object? sep = null, object? end = null, object? file = null, bool flush = false)
    {
        if (sep is not (null or string))
        {
            throw new PyTypeError($"sep must be None or a string, not {PyOps.TypeName(sep)}");
        }

        if (end is not (null or string))
        {
            throw new PyTypeError($"end must be None or a string, not {PyOps.TypeName(end)}");
        }

        // A terminated multiprocessing worker prints nothing more.
        MultiprocessingModule.StopIfTerminated();
        var target = file ?? SysModule.StdoutObject;
        if (target is null)
        {
            // sys.stdout = None: print does nothing, as in CPython.
            return;
        }

        var separator = (string?)sep ?? " ";
        var builder = new StringBuilder();
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            builder.Append(PyOps.Str(args[i]));
        }

        builder.Append((string?)end ?? "\n");
        if (target is PyTextFile text)
        {
            text.Write(builder.ToString());
            if (flush)
            {
                text.Flush();
            }

            return;
        }

        NativeCalls.CallMethod(target, "write", builder.ToString());
        if (flush)
        {
            NativeCalls.CallMethod(target, "flush");
        }
    }

    /// <summary><c>input(prompt='', /)</c>: the prompt goes to <c>sys.stdout</c> without a newline; EOFError at end of input.</summary>
    [PyExport("input")]
    public static string Input([PyPositionalOnly] object? prompt = null)
    {
        if (prompt is not null)
        {
            var stdout = SysModule.StdoutObject;
            NativeCalls.CallMethod(stdout, "write", PyOps.Str(prompt));
            NativeCalls.CallMethod(stdout, "flush");
        }
        else
        {
            NativeCalls.CallMethod(SysModule.StdoutObject, "flush");
        }

        var line = NativeCalls.CallMethod(SysModule.StdinObject, "readline") as string ?? string.Empty;
        if (line.Length == 0)
        {
            throw new PyEOFError("EOF when reading a line");
        }

        return line.EndsWith('\n') ? line[..^1] : line;
    }

    /// <summary><c>len(obj, /)</c></summary>
    [PyExport("len")]
    public static long Len([PyPositionalOnly] object? obj) => PyOps.Len(obj);

    /// <summary><c>abs(x, /)</c></summary>
    [PyExport("abs")]
    public static object? Abs([PyPositionalOnly] object? x) => PyOps.Abs(x);

    /// <summary><c>all(iterable, /)</c></summary>
    [PyExport("all")]
    public static bool All([PyPositionalOnly] object? iterable) => PyBuiltins.All(iterable);

    /// <summary><c>any(iterable, /)</c></summary>
    [PyExport("any")]
    public static bool Any([PyPositionalOnly] object? iterable) => PyBuiltins.Any(iterable);

    /// <summary><c>ascii(obj, /)</c></summary>
    [PyExport("ascii")]
    public static string Ascii([PyPositionalOnly] object? obj) => PyOps.Ascii(obj);

    /// <summary><c>bin(number, /)</c></summary>
    [PyExport("bin")]
    public static string Bin([PyPositionalOnly] object? number) => PyBuiltins.Bin(number);

    /// <summary><c>oct(number, /)</c></summary>
    [PyExport("oct")]
    public static string Oct([PyPositionalOnly] object? number) => PyBuiltins.Oct(number);

    /// <summary><c>hex(number, /)</c></summary>
    [PyExport("hex")]
    public static string Hex([PyPositionalOnly] object? number) => PyBuiltins.Hex(number);

    /// <summary><c>callable(obj, /)</c></summary>
    [PyExport("callable")]
    public static bool Callable([PyPositionalOnly] object? obj) => obj switch
    {
        PyBuiltinFunction or PyType => true,

        // Objects/object.c, PyCallable_Check: an instance of a class is callable when the class (its MRO) has __call__.
        _ when obj is PyInstance || PyOps.TypeOf(obj).IsHeapType => PyOps.TypeOf(obj).TryLookup("__call__", out _),
        PyObject o => s_callableTypes.GetOrAdd(o.GetType(), static t =>
            t.GetMethod(nameof(PyObject.Call), [typeof(ReadOnlySpan<object?>), typeof(string[])])?.DeclaringType != typeof(PyObject)),
        _ => false,
    };

    /// <summary><c>chr(i, /)</c></summary>
    [PyExport("chr")]
    public static string Chr([PyPositionalOnly] object? i) => PyBuiltins.Chr(i);

    /// <summary><c>ord(c, /)</c></summary>
    [PyExport("ord")]
    public static long Ord([PyPositionalOnly] object? c) => PyBuiltins.Ord(c);

    /// <summary><c>divmod(x, y, /)</c></summary>
    [PyExport("divmod")]
    public static PyTuple DivMod(object? x, [PyPositionalOnly] object? y) => PyOps.DivMod(x, y);

    /// <summary><c>format(value, format_spec='', /)</c></summary>
    [PyExport("format")]
    public static string Format(object? value, [PyPositionalOnly] string format_spec = "") => PyFormat.Format(value, format_spec);

    /// <summary><c>repr(obj, /)</c></summary>
    [PyExport("repr")]
    public static string Repr([PyPositionalOnly] object? obj) => PyOps.Repr(obj);

    /// <summary><c>hash(obj, /)</c></summary>
    [PyExport("hash")]
    public static long Hash([PyPositionalOnly] object? obj) => PyOps.Hash(obj);

    /// <summary>
    /// <c>__import__(name, globals=None, locals=None, fromlist=(), level=0)</c>: absolute imports of modules the
    /// program was translated with (or native ones). Without a fromlist the top package is returned, as the
    /// <c>import a.b</c> statement binds <c>a</c>; with one, the named module itself.
    /// </summary>
    [PyExport("__import__")]
    public static PyModule DunderImport(string name, object? globals = null, object? locals = null, object? fromlist = null, long level = 0)
    {
        if (level != 0)
        {
            throw new PyImportError("relative __import__ is not supported: pass the absolute module name");
        }

        if (name.Length == 0)
        {
            throw new PyValueError("Empty module name");
        }

        return fromlist is not null && PyOps.IsTrue(fromlist) ? PyImport.Import(name) : PyImport.ImportTop(name);
    }

    /// <summary><c>id(obj, /)</c></summary>
    [PyExport("id")]
    public static long Id([PyPositionalOnly] object? obj) => PyOps.Id(obj);

    /// <summary><c>getattr(object, name[, default], /)</c></summary>
    [PyExport("getattr")]
    public static object? GetAttr(object? obj, object? name, [PyPositionalOnly, PyOptional] object? @default = null)
    {
        var attribute = AttributeName(name);
        if (@default == PyArg.Missing)
        {
            return PyOps.GetAttr(obj, attribute);
        }

        return PyOps.GetAttr(obj, attribute, @default);
    }

    /// <summary><c>hasattr(obj, name, /)</c></summary>
    [PyExport("hasattr")]
    public static bool HasAttr(object? obj, [PyPositionalOnly] object? name) => PyOps.HasAttr(obj, AttributeName(name));

    /// <summary><c>setattr(obj, name, value, /)</c></summary>
    [PyExport("setattr")]
    public static void SetAttr(object? obj, object? name, [PyPositionalOnly] object? value)
    {
        PyOps.SetAttr(obj, AttributeName(name), value);
    }

    /// <summary><c>delattr(obj, name, /)</c></summary>
    [PyExport("delattr")]
    public static void DelAttr(object? obj, [PyPositionalOnly] object? name)
    {
        PyOps.DelAttr(obj, AttributeName(name));
    }

    /// <summary><c>isinstance(obj, class_or_tuple, /)</c></summary>
    [PyExport("isinstance")]
    public static bool IsInstance(object? obj, [PyPositionalOnly] object? class_or_tuple) => PyBuiltins.IsInstance(obj, class_or_tuple);

    /// <summary><c>issubclass(cls, class_or_tuple, /)</c></summary>
    [PyExport("issubclass")]
    public static bool IsSubclass(object? cls, [PyPositionalOnly] object? class_or_tuple) => PyBuiltins.IsSubclass(cls, class_or_tuple);

    /// <summary><c>iter(object[, sentinel], /)</c>: with a sentinel, calls the callable until it returns the sentinel.</summary>
    [PyExport("iter")]
    public static object? Iter(object? obj, [PyPositionalOnly, PyOptional] object? sentinel = null)
    {
        if (sentinel == PyArg.Missing)
        {
            // Objects/genobject.c: a generator's tp_iter returns the generator itself (`iter(g) is g`); a Python
            // class's __iter__ result is returned as it is (`def __iter__(self): return self`).
            if (obj is PyObject { PyClass: not null } && ClassDispatch.TryGetIter(obj, out var iterator))
            {
                return iterator;
            }

            return obj is PyGenerator || (obj is PyObject o && o is not PyContainer && o.TryGetAttribute("__next__", out _) && o.Iter() is null) ? obj : PyOps.Iter(obj);
        }

        if (!Callable(obj))
        {
            throw new PyTypeError("iter(v, w): v must be callable");
        }

        return new PyIterator(CallUntil(obj, sentinel).GetEnumerator(), "callable_iterator");

        static IEnumerable<object?> CallUntil(object? function, object? sentinel)
        {
            while (true)
            {
                var value = PyOps.Call(function);
                if (PyOps.Eq(value, sentinel))
                {
                    yield break;
                }

                yield return value;
            }
        }
    }

    /// <summary><c>next(iterator[, default], /)</c></summary>
    [PyExport("next")]
    public static object? Next(object? iterator, [PyPositionalOnly, PyOptional] object? @default = null)
    {
        if (iterator is not PyIterator && iterator is PyObject o && o.TryGetAttribute("__next__", out var next))
        {
            try
            {
                return PyOps.Call(next);
            }
            catch (PyStopIteration) when (@default != PyArg.Missing)
            {
                return @default;
            }
        }

        return @default == PyArg.Missing ? PyOps.Next(iterator) : PyOps.Next(iterator, @default);
    }

    /// <summary><c>max(iterable, *, key=None[, default])</c> / <c>max(a, b, *args, key=None)</c></summary>
    [PyExport("max")]
    public static object? Max([PyVarArgs] object?[] args, object? key = null, [PyOptional] object? @default = null) =>
        MinMax(args, key, @default, "max");

    /// <summary><c>min(iterable, *, key=None[, default])</c> / <c>min(a, b, *args, key=None)</c></summary>
    [PyExport("min")]
    public static object? Min([PyVarArgs] object?[] args, object? key = null, [PyOptional] object? @default = null) =>
        MinMax(args, key, @default, "min");

    /// <summary><c>pow(base, exp, mod=None)</c></summary>
    [PyExport("pow")]
    public static object? Pow(object? @base, object? exp, object? mod = null) => PyOps.Pow(@base, exp, mod);

    /// <summary><c>round(number, ndigits=None)</c></summary>
    [PyExport("round")]
    public static object? Round(object? number, object? ndigits = null) => PyBuiltins.Round(number, ndigits);

    /// <summary><c>sorted(iterable, /, *, key=None, reverse=False)</c></summary>
    [PyExport("sorted")]
    public static PyList Sorted([PyPositionalOnly] object? iterable, [PyKeywordOnly] object? key = null, bool reverse = false) =>
        PyBuiltins.Sorted(iterable, NativeCalls.KeyFunc(key), reverse);

    /// <summary><c>sum(iterable, /, start=0)</c></summary>
    [PyExport("sum")]
    public static object? Sum([PyPositionalOnly] object? iterable, object? start = null) => PyBuiltins.Sum(iterable, start ?? 0L);

    /// <summary>
    /// <c>globals()</c> called through another name: translated code calls the builtin by its own name with the
    /// module at hand (<see cref="PyEmit.NamespaceCall"/>); the runtime has no caller frame to read otherwise.
    /// </summary>
    [PyExport("globals")]
    public static object? Globals() => throw new PyTypeError("globals() called indirectly is not supported by Portalis");

    /// <summary><c>locals()</c> outside module level: the runtime has no frame objects to read a function's locals from.</summary>
    [PyExport("locals")]
    public static object? Locals() => throw new PyTypeError("locals() inside a function is not supported by Portalis");

    /// <summary><c>vars(object)</c>: the object's <c>__dict__</c>; <c>vars()</c> without an argument needs the caller's locals, which the runtime does not have.</summary>
    [PyExport("vars")]
    public static object? Vars([PyPositionalOnly, PyOptional] object? obj = null)
    {
        if (obj == PyArg.Missing)
        {
            throw new PyTypeError("vars() without an argument is not supported by Portalis");
        }

        if (obj is PyModule module)
        {
            var d = new PyDict();
            foreach (var name in module.BoundNames())
            {
                d.SetItem(name, module.Global(name).Value);
            }

            return d;
        }

        return NativeCalls.TryGetAttr(obj, "__dict__", out var dict) ? dict : throw new PyTypeError("vars() argument must have __dict__ attribute");
    }

    /// <summary><c>dir(object)</c> (best effort): a module's names, else <c>__dir__()</c>, else the keys of <c>__dict__</c>, sorted.</summary>
    [PyExport("dir")]
    public static PyList Dir([PyPositionalOnly, PyOptional] object? obj = null)
    {
        if (obj == PyArg.Missing)
        {
            throw new PyTypeError("dir() without an argument is not supported by Portalis");
        }

        IEnumerable<object?> names = obj switch
        {
            PyModule m => m.BoundNames(),
            PyType t when !HasMetaclassDir(t) => TypeDir(t),
            _ when NativeCalls.TryGetAttr(obj, "__dir__", out var d) => PyOps.Iterate(PyOps.Call(d)),
            _ when NativeCalls.TryGetAttr(obj, "__dict__", out var dict) => PyOps.Iterate(dict),
            _ => [],
        };
        var list = PyList.FromIterable(names.ToArray());
        list.Sort(null, false);
        return list;
    }

    // dir(cls) calls type(cls).__dir__, which is type.__dir__ unless a metaclass overrides it (a class's own
    // __dir__ is for its instances).
    private static bool HasMetaclassDir(PyType type)
    {
        foreach (var meta in PyOps.TypeOf(type).Mro)
        {
            if (!meta.IsHeapType)
            {
                return false;
            }

            if (meta.Dict.ContainsKey("__dir__"))
            {
                return true;
            }
        }

        return false;
    }

    // Objects/typeobject.c, type___dir___impl: the names in the __dict__ of the class and of all its bases.
    private static IEnumerable<object?> TypeDir(PyType type)
    {
        var names = new HashSet<object?>();
        foreach (var t in type.Mro)
        {
            foreach (var k in t.Dict.Keys())
            {
                names.Add(k);
            }
        }

        return names;
    }

    /// <summary><c>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)</c></summary>
    [PyExport("open")]
    public static object Open(object? file, string mode = "r", long buffering = -1, string? encoding = null, string? errors = null, string? newline = null, bool closefd = true, object? opener = null)
    {
        var path = PyArg.ToPath(file);
        return PyBuiltins.Open(path, mode, encoding);
    }

    private static string AttributeName(object? name) =>
        name as string ?? throw new PyTypeError($"attribute name must be string, not '{PyOps.TypeName(name)}'");

    private static object? MinMax(object?[] args, object? key, object? defaultValue, string name)
    {
        var hasDefault = defaultValue != PyArg.Missing;
        switch (args.Length)
        {
            case 0:
                throw new PyTypeError($"{name} expected at least 1 argument, got 0");
            case 1:
                return name == "max"
                    ? PyBuiltins.Max(args[0], NativeCalls.KeyFunc(key), hasDefault ? defaultValue : null, hasDefault)
                    : PyBuiltins.Min(args[0], NativeCalls.KeyFunc(key), hasDefault ? defaultValue : null, hasDefault);
            default:
                if (hasDefault)
                {
                    throw new PyTypeError($"Cannot specify a default for {name}() with multiple positional arguments");
                }

                return name == "max" ? PyBuiltins.MaxOf(args, NativeCalls.KeyFunc(key)) : PyBuiltins.MinOf(args, NativeCalls.KeyFunc(key));
        }
    }
}
