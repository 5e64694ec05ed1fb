using System.Numerics;
using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

public static partial class PyOps
{
    private static IdSpace s_ids = new();

    /// <summary><c>type(x)</c> for every runtime value.</summary>
    public static PyType TypeOf(object? value) => value switch
    {
        null => PyType.NoneType,
        long or BigInteger => PyType.IntType,
        string => PyType.StrType,
        bool => PyType.BoolType,
        double => PyType.FloatType,
        PyObject { PyClass: { } cls } => cls,
        PyType t => t.Metatype ?? PyType.TypeType,
        PyList => PyType.ListType,
        PyDict => PyType.DictType,
        PyTuple => PyType.TupleType,
        PySet => PyType.SetType,
        PyFrozenSet => PyType.FrozenSetType,
        PyBytes => PyType.BytesType,
        PyByteArray => PyType.ByteArrayType,
        PyMemoryView => PyType.MemoryViewType,
        PyRange => PyType.RangeType,
        PySlice => PyType.SliceType,
        PyFunction => PyType.FunctionType,
        PyProperty => PyType.PropertyType,
        PyStaticMethod => PyType.StaticMethodType,
        PyClassMethod => PyType.ClassMethodType,
        PySuper => PyType.SuperType,
        PyObject o => PyType.ForClr(o),
        PyBaseException e => e.PyClass ?? PyType.ForException(e.GetType()),
        Complex => PyType.ComplexType,
        PyNotImplemented => PyType.NotImplementedType,
        PyEllipsis => PyType.EllipsisType,
        _ => throw new PyTypeError($"no Python type for .NET value of type '{value.GetType()}'"),
    };

    /// <summary><c>type(x).__name__</c> for any runtime value.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        long or BigInteger => "int",
        bool => "bool",
        double => "float",
        string => "str",
        Complex => "complex",
        PyObject { PyClass: { } cls } => cls.Name,
        PyType t => (t.Metatype ?? PyType.TypeType).Name,
        PyObject o => o.PythonTypeName,
        PyBaseException e => e.PythonTypeName,
        PyNotImplemented => "NotImplementedType",
        PyEllipsis => "ellipsis",
        _ => value.GetType().Name,
    };

    /// <summary>
    /// <c>isinstance(value, classinfo)</c>: a type, or a tuple of them (recursively), with the metaclass's
    /// <c>__instancecheck__</c> (Objects/abstract.c, <c>PyObject_IsInstance</c>).
    /// </summary>
    public static bool IsInstance(object? value, object? classInfo)
    {
        switch (classInfo)
        {
            case PyUnionType union:
                return union.IsInstance(value);
            case PyType t:
                if (ReferenceEquals(TypeOf(value), t))
                {
                    return true;
                }

                if (t.Metatype is { } meta && meta.TryLookup("__instancecheck__", out var check) && check is not PyMethodDescriptor)
                {
                    return IsTrue(CallWithSelf(check, t, [value], null));
                }

                return t.IsInstance(value);
            case PyTuple tuple:
                foreach (var c in tuple)
                {
                    if (IsInstance(value, c))
                    {
                        return true;
                    }
                }

                return false;
            default:
                if (classInfo is not null && TypeOf(classInfo).TryLookup("__instancecheck__", out var ic) && ic is not PyMethodDescriptor)
                {
                    return IsTrue(CallWithSelf(ic, classInfo, [value], null));
                }

                throw new PyTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }

    /// <summary><c>issubclass(cls, classinfo)</c> with the metaclass's <c>__subclasscheck__</c>.</summary>
    public static bool IsSubclass(object? cls, object? classInfo)
    {
        switch (classInfo)
        {
            case PyUnionType union:
                return union.IsSubclass(cls);
            case PyTuple tuple:
                foreach (var c in tuple)
                {
                    if (IsSubclass(cls, c))
                    {
                        return true;
                    }
                }

                return false;
            case PyType t when t.Metatype is { } meta && meta.TryLookup("__subclasscheck__", out var check) && check is not PyMethodDescriptor:
                return IsTrue(CallWithSelf(check, t, [cls], null));
            case PyType t:
                return cls is PyType c2 ? c2.IsSubclassOf(t) : throw new PyTypeError("issubclass() arg 1 must be a class");
            default:
                throw new PyTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
    }

    /// <summary>
    /// <c>id(x)</c>: unique among live objects, stable for an object's lifetime. Value types (int, float,
    /// bool) are boxed per use, so their ids say nothing; None, True and False get fixed ids.
    /// </summary>
    public static long Id(object? value)
    {
        switch (value)
        {
            case null:
                return 0x7f0000000100;
            case bool b:
                return b ? 0x7f0000000140 : 0x7f0000000160;
            default:
                var space = Volatile.Read(ref s_ids);
                return space.Ids.GetValue(value, space.Allocate).Value;
        }
    }

    /// <summary>
    /// Gives the objects of a controlled schedule (<c>--explore</c>, <c>--seed</c>) ids from a fresh space that
    /// counts from the same first id, so that a schedule and its replay (a new process) print the same ids,
    /// as do two schedules that ask for ids in the same order. Objects that outlive the schedule (built-in
    /// types) get a new id in the next space; nothing keyed by an id survives a schedule, whose module
    /// state is fresh. Returns the previous space, for <see cref="EndIdSpace"/>.
    /// </summary>
    internal static object BeginIdSpace() => Interlocked.Exchange(ref s_ids, new IdSpace());

    /// <summary>Restores the id space that <see cref="BeginIdSpace"/> returned.</summary>
    internal static void EndIdSpace(object previous) => Volatile.Write(ref s_ids, (IdSpace)previous);

    /// <summary>Ids handed out on demand: unique among the space's objects, counting up in steps of 16 like aligned addresses.</summary>
    private sealed class IdSpace
    {
        /// <summary>The first id: an address-like value in a range no other id uses (None, True and False sit below it).</summary>
        internal const long First = 0x7f0000001000;

        private long _next = First - 16;

        public IdSpace()
        {
            Allocate = _ => new StrongBox<long>(Interlocked.Add(ref _next, 16));
        }

        public ConditionalWeakTable<object, StrongBox<long>> Ids { get; } = new();

        /// <summary>The table's factory, made once (a method group would allocate a delegate per <c>id()</c>).</summary>
        public ConditionalWeakTable<object, StrongBox<long>>.CreateValueCallback Allocate { get; }
    }
}

public static partial class PyBuiltins
{
    /// <summary><c>isinstance(value, classinfo)</c></summary>
    public static bool IsInstance(object? value, object? classInfo) => PyOps.IsInstance(value, classInfo);

    /// <summary><c>issubclass(cls, classinfo)</c></summary>
    public static bool IsSubclass(object? cls, object? classInfo) => PyOps.IsSubclass(cls, classInfo);

    /// <summary><c>type(x)</c></summary>
    public static PyType Type(object? value) => PyOps.TypeOf(value);
}
