using System.Collections.Concurrent;
using System.Numerics;

namespace Portalis.Runtime;

public sealed partial class PyType
{
    private static readonly ConcurrentDictionary<Type, PyType> s_clrTypes = new();
    private static readonly Dictionary<Type, PyType> s_exceptionTypes = [];
    private static readonly List<PyType> s_builtinExceptions = [];
    private static readonly PyMethodDescriptor s_typeCall;

    /// <summary><c>object</c></summary>
    public static PyType ObjectType { get; } = new("object", null, _ => false, InstanceLayout.Object);

    /// <summary><c>type</c></summary>
    public static PyType TypeType { get; } = new("type", ObjectType, v => v is PyType, InstanceLayout.Type);

    /// <summary><c>int</c></summary>
    public static PyType IntType { get; } = new("int", ObjectType, v => v is long or BigInteger, InstanceLayout.Int);

    /// <summary><c>bool</c></summary>
    public static PyType BoolType { get; } = new("bool", IntType, v => v is bool, InstanceLayout.Final);

    /// <summary><c>float</c></summary>
    public static PyType FloatType { get; } = new("float", ObjectType, v => v is double, InstanceLayout.Float);

    /// <summary><c>complex</c></summary>
    public static PyType ComplexType { get; } = new("complex", ObjectType, v => v is Complex, InstanceLayout.Final);

    /// <summary><c>str</c></summary>
    public static PyType StrType { get; } = new("str", ObjectType, v => v is string, InstanceLayout.Str);

    /// <summary><c>bytes</c></summary>
    public static PyType BytesType { get; } = new("bytes", ObjectType, v => v is PyBytes, InstanceLayout.Final);

    /// <summary><c>bytearray</c></summary>
    public static PyType ByteArrayType { get; } = new("bytearray", ObjectType, v => v is PyByteArray, InstanceLayout.Final);

    /// <summary><c>memoryview</c></summary>
    public static PyType MemoryViewType { get; } = new("memoryview", ObjectType, v => v is PyMemoryView, InstanceLayout.Final);

    /// <summary><c>list</c></summary>
    public static PyType ListType { get; } = new("list", ObjectType, v => v is PyList, InstanceLayout.List);

    /// <summary><c>tuple</c></summary>
    public static PyType TupleType { get; } = new("tuple", ObjectType, v => v is PyTuple, InstanceLayout.Tuple);

    /// <summary><c>dict</c></summary>
    public static PyType DictType { get; } = new("dict", ObjectType, v => v is PyDict, InstanceLayout.Dict);

    /// <summary><c>set</c></summary>
    public static PyType SetType { get; } = new("set", ObjectType, v => v is PySet, InstanceLayout.Set);

    /// <summary><c>frozenset</c></summary>
    public static PyType FrozenSetType { get; } = new("frozenset", ObjectType, v => v is PyFrozenSet, InstanceLayout.Final);

    /// <summary><c>range</c></summary>
    public static PyType RangeType { get; } = new("range", ObjectType, v => v is PyRange, InstanceLayout.Final);

    /// <summary><c>map</c>: a type in CPython (Python/bltinmodule.c, <c>PyMap_Type</c>), so code can test and subclass it.</summary>
    public static PyType MapType { get; } = new("map", ObjectType, null, InstanceLayout.Iterator);

    /// <summary><c>filter</c> (<c>PyFilter_Type</c>).</summary>
    public static PyType FilterType { get; } = new("filter", ObjectType, null, InstanceLayout.Iterator);

    /// <summary><c>zip</c> (<c>PyZip_Type</c>).</summary>
    public static PyType ZipType { get; } = new("zip", ObjectType, null, InstanceLayout.Iterator);

    /// <summary><c>enumerate</c> (Objects/enumobject.c, <c>PyEnum_Type</c>).</summary>
    public static PyType EnumerateType { get; } = new("enumerate", ObjectType, null, InstanceLayout.Iterator);

    /// <summary><c>reversed</c> (Objects/enumobject.c, <c>PyReversed_Type</c>): the generic reverse iterator over a sequence.</summary>
    public static PyType ReversedType { get; } = new("reversed", ObjectType, null, InstanceLayout.Iterator);

    /// <summary><c>slice</c></summary>
    public static PyType SliceType { get; } = new("slice", ObjectType, v => v is PySlice, InstanceLayout.Final);

    /// <summary><c>NoneType</c></summary>
    public static PyType NoneType { get; } = new("NoneType", ObjectType, v => v is null, InstanceLayout.Final);

    /// <summary><c>NotImplementedType</c></summary>
    public static PyType NotImplementedType { get; } = new("NotImplementedType", ObjectType, v => v is PyNotImplemented, InstanceLayout.Final);

    /// <summary><c>ellipsis</c></summary>
    public static PyType EllipsisType { get; } = new("ellipsis", ObjectType, v => v is PyEllipsis, InstanceLayout.Final);

    /// <summary><c>function</c></summary>
    public static PyType FunctionType { get; } = new("function", ObjectType, v => v is PyFunction, InstanceLayout.Final);

    /// <summary><c>property</c></summary>
    public static PyType PropertyType { get; } = new("property", ObjectType, v => v is PyProperty, InstanceLayout.Final);

    /// <summary><c>staticmethod</c></summary>
    public static PyType StaticMethodType { get; } = new("staticmethod", ObjectType, v => v is PyStaticMethod, InstanceLayout.Final);

    /// <summary><c>classmethod</c></summary>
    public static PyType ClassMethodType { get; } = new("classmethod", ObjectType, v => v is PyClassMethod, InstanceLayout.Final);

    /// <summary><c>super</c></summary>
    public static PyType SuperType { get; } = new("super", ObjectType, v => v is PySuper, InstanceLayout.Final);

    /// <summary><c>BaseException</c></summary>
    public static PyType BaseExceptionType { get; } = new("BaseException", ObjectType, null, InstanceLayout.Exception)
    {
        ExceptionFactory = a => new PyBaseException(a),
    };

    /// <summary><c>Exception</c></summary>
    public static PyType ExceptionType { get; private set; }

    /// <summary><c>BaseExceptionGroup</c> (PEP 654).</summary>
    public static PyType BaseExceptionGroupType { get; private set; }

    /// <summary><c>ExceptionGroup</c>: its bases are <c>BaseExceptionGroup</c> and <c>Exception</c>.</summary>
    public static PyType ExceptionGroupType { get; private set; }

    /// <summary>Every builtin exception class, <c>BaseException</c> first, bases before subclasses.</summary>
    public static IReadOnlyList<PyType> BuiltinExceptionTypes => s_builtinExceptions;

    /// <summary>The builtin types bound in the <c>builtins</c> module by name (exceptions excluded, see <see cref="BuiltinExceptionTypes"/>).</summary>
    public static IReadOnlyList<PyType> BuiltinTypes { get; } =
    [
        ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, MemoryViewType, ListType, TupleType, DictType,
        SetType, FrozenSetType, RangeType, SliceType, PropertyType, StaticMethodType, ClassMethodType, SuperType,
        MapType, FilterType, ZipType, EnumerateType, ReversedType,
    ];

    static PyType()
    {
        // A PyIterator names its type: these names are the builtin iterator types themselves.
        foreach (var iteratorType in (PyType[])[MapType, FilterType, ZipType, EnumerateType, ReversedType])
        {
            s_iteratorTypes[iteratorType.Name] = iteratorType;
        }

        s_exceptionTypes[typeof(PyBaseException)] = BaseExceptionType;
        s_builtinExceptions.Add(BaseExceptionType);
        Exc(typeof(PyException), "Exception", "BaseException", a => new PyException(a));
        Exc(typeof(PyGeneratorExit), "GeneratorExit", "BaseException", a => new PyGeneratorExit(a));
        Exc(typeof(PyKeyboardInterrupt), "KeyboardInterrupt", "BaseException", a => new PyKeyboardInterrupt(a));
        Exc(typeof(PySystemExit), "SystemExit", "BaseException", a => new PySystemExit(a));
        ExceptionType = s_builtinExceptions.First(t => t.Name == "Exception");
        Exc(typeof(PyBaseExceptionGroup), "BaseExceptionGroup", "BaseException", a => PyBaseExceptionGroup.Create(BaseExceptionGroupType!, a, null));
        BaseExceptionGroupType = s_builtinExceptions[^1];
        Exc(typeof(PyExceptionGroup), "ExceptionGroup", "BaseExceptionGroup", a => PyBaseExceptionGroup.Create(ExceptionGroupType!, a, null));
        ExceptionGroupType = s_builtinExceptions[^1];
        ExceptionGroupType.AddBuiltinBase(ExceptionType);
        Exc(typeof(PyArithmeticError), "ArithmeticError", "Exception", a => new PyArithmeticError(a));
        Exc(typeof(PyLookupError), "LookupError", "Exception", a => new PyLookupError(a));
        Exc(typeof(PyValueError), "ValueError", "Exception", a => new PyValueError(a));
        Exc(typeof(PyTypeError), "TypeError", "Exception", a => new PyTypeError(a));
        Exc(typeof(PyAttributeError), "AttributeError", "Exception", a => new PyAttributeError(a));
        Exc(typeof(PyNameError), "NameError", "Exception", a => new PyNameError(a));
        Exc(typeof(PyRuntimeError), "RuntimeError", "Exception", a => new PyRuntimeError(a));
        Exc(typeof(PyStopIteration), "StopIteration", "Exception", a => new PyStopIteration(a));
        Exc(typeof(PyStopAsyncIteration), "StopAsyncIteration", "Exception", a => new PyStopAsyncIteration(a));
        Exc(typeof(PyAssertionError), "AssertionError", "Exception", a => new PyAssertionError(a));
        Exc(typeof(PyEOFError), "EOFError", "Exception", a => new PyEOFError(a));
        Exc(typeof(PyImportError), "ImportError", "Exception", a => new PyImportError(a));
        Exc(typeof(PyMemoryError), "MemoryError", "Exception", a => new PyMemoryError(a));
        Exc(typeof(PyBufferError), "BufferError", "Exception", a => new PyBufferError(a));
        Exc(typeof(PySyntaxError), "SyntaxError", "Exception", a => new PySyntaxError(a));
        Exc(typeof(PySystemError), "SystemError", "Exception", a => new PySystemError(a));
        Exc(typeof(PyReferenceError), "ReferenceError", "Exception", a => new PyReferenceError(a));
        Exc(typeof(PyOSError), "OSError", "Exception", a => PyOSError.Create(a));
        Exc(typeof(PyWarning), "Warning", "Exception", a => new PyWarning(a));
        Exc(typeof(PyZeroDivisionError), "ZeroDivisionError", "ArithmeticError", a => new PyZeroDivisionError(a));
        Exc(typeof(PyOverflowError), "OverflowError", "ArithmeticError", a => new PyOverflowError(a));
        Exc(typeof(PyFloatingPointError), "FloatingPointError", "ArithmeticError", a => new PyFloatingPointError(a));
        Exc(typeof(PyIndexError), "IndexError", "LookupError", a => new PyIndexError(a));
        Exc(typeof(PyKeyError), "KeyError", "LookupError", a => new PyKeyError(a));
        Exc(typeof(PyUnicodeError), "UnicodeError", "ValueError", a => new PyUnicodeError(a));
        Exc(typeof(PyUnboundLocalError), "UnboundLocalError", "NameError", a => new PyUnboundLocalError(a));
        Exc(typeof(PyRecursionError), "RecursionError", "RuntimeError", a => new PyRecursionError(a));
        Exc(typeof(PyNotImplementedError), "NotImplementedError", "RuntimeError", a => new PyNotImplementedError(a));
        Exc(typeof(PyModuleNotFoundError), "ModuleNotFoundError", "ImportError", a => new PyModuleNotFoundError(a));
        Exc(typeof(PyIndentationError), "IndentationError", "SyntaxError", a => new PyIndentationError(a));
        Exc(typeof(PyFileNotFoundError), "FileNotFoundError", "OSError", a => new PyFileNotFoundError(a));
        Exc(typeof(PyFileExistsError), "FileExistsError", "OSError", a => new PyFileExistsError(a));
        Exc(typeof(PyIsADirectoryError), "IsADirectoryError", "OSError", a => new PyIsADirectoryError(a));
        Exc(typeof(PyNotADirectoryError), "NotADirectoryError", "OSError", a => new PyNotADirectoryError(a));
        Exc(typeof(PyPermissionError), "PermissionError", "OSError", a => new PyPermissionError(a));
        Exc(typeof(PyInterruptedError), "InterruptedError", "OSError", a => new PyInterruptedError(a));
        Exc(typeof(PyBlockingIOError), "BlockingIOError", "OSError", a => new PyBlockingIOError(a));
        Exc(typeof(PyChildProcessError), "ChildProcessError", "OSError", a => new PyChildProcessError(a));
        Exc(typeof(PyProcessLookupError), "ProcessLookupError", "OSError", a => new PyProcessLookupError(a));
        Exc(typeof(PyTimeoutError), "TimeoutError", "OSError", a => new PyTimeoutError(a));
        Exc(typeof(PyConnectionError), "ConnectionError", "OSError", a => new PyConnectionError(a));
        Exc(typeof(PyUserWarning), "UserWarning", "Warning", a => new PyUserWarning(a));
        Exc(typeof(PyDeprecationWarning), "DeprecationWarning", "Warning", a => new PyDeprecationWarning(a));
        Exc(typeof(PyPendingDeprecationWarning), "PendingDeprecationWarning", "Warning", a => new PyPendingDeprecationWarning(a));
        Exc(typeof(PySyntaxWarning), "SyntaxWarning", "Warning", a => new PySyntaxWarning(a));
        Exc(typeof(PyRuntimeWarning), "RuntimeWarning", "Warning", a => new PyRuntimeWarning(a));
        Exc(typeof(PyFutureWarning), "FutureWarning", "Warning", a => new PyFutureWarning(a));
        Exc(typeof(PyImportWarning), "ImportWarning", "Warning", a => new PyImportWarning(a));
        Exc(typeof(PyUnicodeWarning), "UnicodeWarning", "Warning", a => new PyUnicodeWarning(a));
        Exc(typeof(PyBytesWarning), "BytesWarning", "Warning", a => new PyBytesWarning(a));
        Exc(typeof(PyResourceWarning), "ResourceWarning", "Warning", a => new PyResourceWarning(a));
        Exc(typeof(PyEncodingWarning), "EncodingWarning", "Warning", a => new PyEncodingWarning(a));
        Exc(typeof(PyUnicodeEncodeError), "UnicodeEncodeError", "UnicodeError", a => new PyUnicodeError(a));
        Exc(typeof(PyUnicodeDecodeError), "UnicodeDecodeError", "UnicodeError", PyUnicodeDecodeError.Create);
        Exc(typeof(PyUnicodeTranslateError), "UnicodeTranslateError", "UnicodeError", a => new PyUnicodeError(a));
        Exc(typeof(PyTabError), "TabError", "IndentationError", a => new PyTabError(a));
        Exc(typeof(PyBrokenPipeError), "BrokenPipeError", "ConnectionError", a => new PyBrokenPipeError(a));
        Exc(typeof(PyConnectionAbortedError), "ConnectionAbortedError", "ConnectionError", a => new PyConnectionAbortedError(a));
        Exc(typeof(PyConnectionRefusedError), "ConnectionRefusedError", "ConnectionError", a => new PyConnectionRefusedError(a));
        Exc(typeof(PyConnectionResetError), "ConnectionResetError", "ConnectionError", a => new PyConnectionResetError(a));        s_typeCall = BuiltinTypeSlots.Populate();
    }

    /// <summary>The type object of a builtin exception class (<c>typeof(PyValueError)</c> gives <c>ValueError</c>).</summary>
    public static PyType ForException(Type exceptionClass)
    {
        lock (s_exceptionTypes)
        {
            for (var t = exceptionClass; t is not null; t = t.BaseType)
            {
                if (s_exceptionTypes.TryGetValue(t, out var type))
                {
                    return type;
                }
            }
        }

        throw new ArgumentException($"{exceptionClass} is not a Python exception class", nameof(exceptionClass));
    }

    /// <summary>The type object of a builtin exception class by its Python name, or null.</summary>
    public static PyType? ExceptionByName(string name) => s_builtinExceptions.FirstOrDefault(t => t.Name == name);

    /// <summary>The type object for a runtime object class without a registered type (iterators, views, generators...).</summary>
    internal static PyType ForClr(PyObject value) => value switch
    {
        PyIterator => s_iteratorTypes.GetOrAdd(value.PythonTypeName, static name => Qualified(name, ObjectType)),
        PyStructSeq => s_iteratorTypes.GetOrAdd(value.PythonTypeName, static name => Qualified(name, TupleType)),
        NativeObject => s_clrTypes.GetOrAdd(value.GetType(), static (clr, name) => NativeQualified(clr, name), value.PythonTypeName),
        _ => s_clrTypes.GetOrAdd(value.GetType(), static (_, name) => Qualified(name, ObjectType), value.PythonTypeName),
    };

    // A dotted tp_name (`_io.TextIOWrapper`, `os.stat_result`) is CPython's module and name: `__name__` is the
    // part after the last dot and `__module__` the part before it; error messages keep the full tp_name.
    private static PyType Qualified(string name, PyType baseType)
    {
        var dot = name.LastIndexOf('.');
        var type = new PyType(dot < 0 ? name : name[(dot + 1)..], baseType, null, InstanceLayout.Final);
        if (dot > 0)
        {
            type.Dict.SetItem("__module__", name[..dot]);
        }

        return type;
    }

    // The type of a native module's object that was not registered as a class (_thread.lock, _thread.RLock):
    // its exported methods are the type's methods, as in CPython.
    private static PyType NativeQualified(Type clr, string name)
    {
        var type = Qualified(name, ObjectType);
        AddMethodDescriptors(type, clr, name);
        return type;
    }

    // One .NET class stands for CPython's many iterator types (list_iterator, dict_keyiterator, ...) and struct
    // sequence types (os.stat_result, time.struct_time, ...): one type per name.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyType> s_iteratorTypes = new(StringComparer.Ordinal);

    // A second base for a builtin type (ExceptionGroup is both a BaseExceptionGroup and an Exception); the instance
    // layout stays the first base's.
    private void AddBuiltinBase(PyType extra)
    {
        _bases = [.. _bases, extra];
        _mro = ComputeMro(this, _bases);
        extra.AddSubclass(this);
    }

    private static void Exc(Type clr, string name, string baseName, Func<object?[], PyBaseException> factory)
    {
        var baseType = s_builtinExceptions.First(t => t.Name == baseName);
        PyType? self = null;
        self = new PyType(name, baseType, null, InstanceLayout.Exception)
        {
            ExceptionFactory = a =>
            {
                var e = factory(a);
                if (!clr.IsInstanceOfType(e))
                {
                    e.PyClass = self;
                }

                return e;
            },
        };
        s_exceptionTypes[clr] = self;
        s_builtinExceptions.Add(self);
    }

    internal void SetBuiltinNew(PyNativeCall body) => BuiltinNew = body;
}
