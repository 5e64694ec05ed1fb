using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// A builtin type object (<c>int</c>, <c>str</c>, <c>list</c> ...) for <c>type()</c>, <c>isinstance</c>
/// and <c>issubclass</c>. User classes will get their own type objects with the class system.
/// </summary>
public sealed class PyType : PyObject
{
    private readonly Func<object?, bool> _isExactInstance;

    private PyType(string name, PyType? baseType, Func<object?, bool> isExactInstance)
    {
        Name = name;
        Base = baseType;
        _isExactInstance = isExactInstance;
    }

    /// <summary><c>object</c></summary>
    public static PyType ObjectType { get; } = new("object", null, _ => false);

    /// <summary><c>int</c></summary>
    public static PyType IntType { get; } = new("int", ObjectType, v => v is long or BigInteger);

    /// <summary><c>bool</c></summary>
    public static PyType BoolType { get; } = new("bool", IntType, v => v is bool);

    /// <summary><c>float</c></summary>
    public static PyType FloatType { get; } = new("float", ObjectType, v => v is double);

    /// <summary><c>complex</c></summary>
    public static PyType ComplexType { get; } = new("complex", ObjectType, v => v is System.Numerics.Complex);

    /// <summary><c>str</c></summary>
    public static PyType StrType { get; } = new("str", ObjectType, v => v is string);

    /// <summary><c>bytes</c></summary>
    public static PyType BytesType { get; } = new("bytes", ObjectType, v => v is PyBytes);

    /// <summary><c>list</c></summary>
    public static PyType ListType { get; } = new("list", ObjectType, v => v is PyList);

    /// <summary><c>tuple</c></summary>
    public static PyType TupleType { get; } = new("tuple", ObjectType, v => v is PyTuple);

    /// <summary><c>dict</c></summary>
    public static PyType DictType { get; } = new("dict", ObjectType, v => v is PyDict);

    /// <summary><c>set</c></summary>
    public static PyType SetType { get; } = new("set", ObjectType, v => v is PySet);

    /// <summary><c>frozenset</c></summary>
    public static PyType FrozenSetType { get; } = new("frozenset", ObjectType, v => v is PyFrozenSet);

    /// <summary><c>range</c></summary>
    public static PyType RangeType { get; } = new("range", ObjectType, v => v is PyRange);

    /// <summary><c>slice</c></summary>
    public static PyType SliceType { get; } = new("slice", ObjectType, v => v is PySlice);

    /// <summary><c>NoneType</c></summary>
    public static PyType NoneType { get; } = new("NoneType", ObjectType, v => v is null);

    /// <summary><c>type</c></summary>
    public static PyType TypeType { get; } = new("type", ObjectType, v => v is PyType);

    private static readonly PyType[] s_all = [IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, NoneType, TypeType];

    /// <summary><c>__name__</c></summary>
    public string Name { get; }

    /// <summary>The base type (<c>bool</c>'s is <c>int</c>); null for <c>object</c>.</summary>
    public PyType? Base { get; }

    /// <inheritdoc/>
    public override string PythonTypeName => "type";

    /// <inheritdoc/>
    public override string Repr() => $"<class '{Name}'>";

    /// <summary><c>type(x)</c> for builtin values.</summary>
    public static PyType Of(object? value)
    {
        foreach (var t in s_all)
        {
            if (t._isExactInstance(value))
            {
                return t;
            }
        }

        throw new PyTypeError($"no builtin type object for '{PyOps.TypeName(value)}'");
    }

    /// <summary><c>issubclass(this, other)</c></summary>
    public bool IsSubclassOf(PyType other)
    {
        for (var t = this; t is not null; t = t.Base)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>isinstance(value, this)</c></summary>
    public bool IsInstance(object? value) => ReferenceEquals(this, ObjectType) || Of(value).IsSubclassOf(this);
}

public static partial class PyBuiltins
{
    /// <summary><c>isinstance(value, classinfo)</c> where classinfo is a type or a tuple of them.</summary>
    public static bool IsInstance(object? value, object? classInfo) => classInfo switch
    {
        PyType t => t.IsInstance(value),
        PyTuple tuple => tuple.Any(c => IsInstance(value, c)),
        _ => throw new PyTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    };

    /// <summary><c>issubclass(cls, classinfo)</c></summary>
    public static bool IsSubclass(object? cls, object? classInfo)
    {
        if (cls is not PyType type)
        {
            throw new PyTypeError("issubclass() arg 1 must be a class");
        }

        return classInfo switch
        {
            PyType t => type.IsSubclassOf(t),
            PyTuple tuple => tuple.Any(c => IsSubclass(cls, c)),
            _ => throw new PyTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
        };
    }

    /// <summary><c>type(x)</c></summary>
    public static PyType Type(object? value) => PyType.Of(value);
}
