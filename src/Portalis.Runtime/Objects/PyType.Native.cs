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
        AddMethodDescriptors(type, instanceClass, module + "." + name);
        s_clrTypes[instanceClass] = type;
        Interlocked.Increment(ref s_version);
        return type;
    }

    /// <summary>
    /// Puts the exported methods of native class <paramref name="instanceClass"/> in <paramref name="type"/>'s dict as
    /// method descriptors, as a C type's <c>tp_methods</c> are: <c>type(lock).__enter__(lock)</c> works, and so does
    /// code that looks special methods up on the type (<c>contextlib.ExitStack.enter_context</c>, the ABCs' hooks).
    /// Instances still answer their own attribute lookups (<see cref="NativeObject.TryGetAttribute"/>).
    /// </summary>
    /// <param name="type">The type object.</param>
    /// <param name="instanceClass">The .NET class of its instances.</param>
    /// <param name="typeName">CPython's tp_name (<c>collections.deque</c>), for the message of a call on a foreign object.</param>
    private static void AddMethodDescriptors(PyType type, Type instanceClass, string typeName)
    {
        foreach (var (method, binder) in NativeObject.ExportedMethods(instanceClass))
        {
            type.Dict.SetItem(method, new PyMethodDescriptor(type, method, (a, k) => a.Length > 0 && instanceClass.IsInstanceOfType(a[0])
                ? binder.Invoke(a[0], a[1..], k)
                : throw new PyTypeError($"descriptor '{method}' for '{typeName}' objects doesn't apply to a '{PyOps.TypeName(a.Length > 0 ? a[0] : null)}' object"), isSlotWrapper: false));
        }
    }

    /// <summary>
    /// Creates the type object of a native class that Python code can subclass, as CPython's C types with
    /// <c>Py_TPFLAGS_BASETYPE</c> (<c>_random.Random</c>): its exported methods are method descriptors in the
    /// class dict, so a subclass inherits or overrides them; <c>__init__</c> is <paramref name="init"/>; a subclass
    /// instance is an <paramref name="allocate"/>d object whose <see cref="PyObject.PyClass"/> is the subclass,
    /// with an instance dict. Calling the class itself still runs <paramref name="constructor"/> alone.
    /// </summary>
    internal static PyType RegisterSubclassableNative(Type instanceClass, string name, string module, PyNativeCall constructor, Func<NativeObject> allocate, PyNativeCall init)
    {
        var type = RegisterNative(instanceClass, name, module, constructor);
        type.Layout = InstanceLayout.Native;
        type.NativeAllocator = allocate;
        type.Dict.SetItem("__new__", new PyMethodDescriptor(type, "__new__", (a, k) => a[0] is PyType { IsHeapType: true } cls ? cls.AllocateHeap(a[1..], k) : constructor(a[1..], k), isSlotWrapper: false));
        type.Dict.SetItem("__init__", new PyMethodDescriptor(type, "__init__", init, isSlotWrapper: false));
        Interlocked.Increment(ref s_version);
        return type;
    }

    /// <summary>
    /// CPython's <c>tp_name</c>, as its error messages show a type: the bare name for builtins and Python classes,
    /// <c>module.name</c> for a type implemented natively in another module (<c>_thread.lock</c>, <c>collections.deque</c>).
    /// </summary>
    internal string TpName => !IsHeapType && Dict.TryGetValue("__module__", out var module) && module is string m && m != "builtins"
        ? m + "." + Name
        : Name;

    /// <summary>The allocator of a subclassable native class (<see cref="RegisterSubclassableNative"/>).</summary>
    private Func<NativeObject>? NativeAllocator { get; set; }

    /// <summary>A new instance of this heap subclass of a native class: the native object, typed as this class.</summary>
    private NativeObject AllocateNative()
    {
        var native = this;
        while (native.NativeAllocator is null)
        {
            native = native.Base!;
        }

        var instance = native.NativeAllocator();
        instance.PyClass = this;
        return instance;
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
