namespace Portalis.Runtime;

/// <summary>Python's <c>_queue</c> module (Modules/_queuemodule.c): <c>SimpleQueue</c> and <c>Empty</c>, re-exported by <c>Lib/queue.py</c>.</summary>
[PyNativeModule("_queue")]
public static class QueueModule
{
    /// <summary>The <c>_queue.Empty</c> exception class (an Exception subclass that Python code can subclass).</summary>
    public static PyType EmptyType { get; } = PyType.RegisterException(typeof(PyQueueEmpty), "Empty", "_queue", PyType.ForException(typeof(PyException)), static a => new PyQueueEmpty(a));

    /// <summary>
    /// The <c>_queue.SimpleQueue</c> class. Python code can subclass it, as CPython's (a subclass's instance is a
    /// native queue typed as the subclass, with an instance dict).
    /// </summary>
    public static PyType SimpleQueueType { get; } = CreateSimpleQueueType();

    private static PyType CreateSimpleQueueType()
    {
        var type = PyType.RegisterSubclassableNative(typeof(PySimpleQueue), "SimpleQueue", "_queue", static (args, kwnames) =>
        {
            // Modules/_queuemodule.c, simplequeue_new (argument clinic, no parameters).
            if (kwnames is { Length: > 0 })
            {
                throw new PyTypeError("SimpleQueue() takes no keyword arguments");
            }

            if (args.Length > 0)
            {
                throw new PyTypeError("SimpleQueue() takes no positional arguments");
            }

            return new PySimpleQueue();
        }, static () => new PySimpleQueue(), static (args, kwnames) =>
        {
            // SimpleQueue has object's tp_init: a subclass's super().__init__() takes no arguments.
            if (args.Length > 1 || kwnames is { Length: > 0 })
            {
                throw new PyTypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }

            return null;
        });
        type.DefineAttribute("__class_getitem__", PyGenericAlias.ClassGetItem(type));
        return type;
    }

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("Empty", EmptyType);
        module.Set("SimpleQueue", SimpleQueueType);
    }
}

/// <summary><c>_queue.Empty</c>: raised by a non-blocking or timed-out <c>get</c> on an empty queue.</summary>
public sealed class PyQueueEmpty(params object?[]? args) : PyException(args)
{
    /// <inheritdoc/>
    public override string PythonTypeName => "Empty";
}
