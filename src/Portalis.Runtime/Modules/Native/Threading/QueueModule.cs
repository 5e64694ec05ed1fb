namespace Portalis.Runtime;

/// <summary>Python's <c>_queue</c> module (Modules/_queuemodule.c): <c>SimpleQueue</c> and <c>Empty</c>, re-exported by <c>Lib/queue.py</c>.</summary>
[PyNativeModule("_queue")]
public static class QueueModule
{
    /// <summary>The <c>_queue.Empty</c> exception class (an Exception subclass that Python code can subclass).</summary>
    public static PyType EmptyType { get; } = PyType.RegisterException(typeof(PyQueueEmpty), "Empty", "_queue", PyType.ForException(typeof(PyException)), static a => new PyQueueEmpty(a));

    /// <summary>The <c>_queue.SimpleQueue</c> class.</summary>
    public static PyType SimpleQueueType { get; } = PyType.RegisterNative(typeof(PySimpleQueue), "SimpleQueue", "_queue", static (args, kwnames) =>
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
    });

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
