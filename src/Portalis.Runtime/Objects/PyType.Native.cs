namespace Portalis.Runtime;

public sealed partial class PyType
{
    /// <summary>
    /// Creates the type object of a class implemented in C# by a native module (<c>collections.deque</c>,
    /// <c>random.Random</c>): calling it runs <paramref name="constructor"/>, <c>type(x)</c> of every instance of
    /// the .NET class <paramref name="instanceClass"/> is this type (so <c>isinstance</c> works), and attributes
    /// added with <see cref="DefineAttribute"/> are class attributes. Python code cannot subclass it.
    /// </summary>
    public static PyType RegisterNative(Type instanceClass, string name, string module, PyNativeCall constructor)
    {
        ArgumentNullException.ThrowIfNull(instanceClass);
        var type = new PyType(name, ObjectType, instanceClass.IsInstanceOfType, InstanceLayout.Final);
        type.Dict.SetItem("__module__", module);
        type.Dict.SetItem("__new__", new PyMethodDescriptor(type, "__new__", (a, k) => constructor(a[1..], k), isSlotWrapper: false));
        type.SetBuiltinNew(constructor);
        s_clrTypes[instanceClass] = type;
        Interlocked.Increment(ref s_version);
        return type;
    }

    /// <summary>
    /// Creates the type object of an exception class implemented in C# by a native module (<c>json.JSONDecodeError</c>,
    /// <c>re.error</c>): a subclass of <paramref name="baseType"/> that Python code can catch, raise and subclass;
    /// <paramref name="factory"/> builds the exception for <c>cls(*args)</c>.
    /// </summary>
    public static PyType RegisterException(Type exceptionClass, string name, string module, PyType baseType, Func<object?[], PyBaseException> factory)
    {
        ArgumentNullException.ThrowIfNull(baseType);
        if (!baseType.IsSubclassOf(BaseExceptionType))
        {
            throw new ArgumentException($"{baseType.Name} is not an exception class", nameof(baseType));
        }

        var type = new PyType(name, baseType, null, InstanceLayout.Exception) { ExceptionFactory = factory };
        type.Dict.SetItem("__module__", module);
        lock (s_exceptionTypes)
        {
            s_exceptionTypes[exceptionClass] = type;
        }

        Interlocked.Increment(ref s_version);
        return type;
    }

    /// <summary>Adds a class attribute to a builtin or native type (a method descriptor, a constant, a static method).</summary>
    public void DefineAttribute(string name, object? value)
    {
        Dict.SetItem(name, value);
        Interlocked.Increment(ref s_version);
    }
}
