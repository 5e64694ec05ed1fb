namespace Portalis.Runtime;

/// <summary>The native part of <c>collections</c>: <c>deque</c> (the Python-source <c>collections</c> re-exports it).</summary>
[PyNativeModule("_collections")]
public static class CollectionsModule
{
    private static readonly NativeBinder s_binder = new("deque", "deque", typeof(CollectionsModule).GetMethod(nameof(CreateDeque))!);

    /// <summary>The <c>deque</c> class object.</summary>
    public static PyType DequeClass { get; } = PyType.RegisterNative(typeof(PyDeque), "deque", "collections", static (args, kwnames) => s_binder.Invoke(null, args, kwnames));

    /// <summary><c>deque(iterable=(), maxlen=None)</c></summary>
    public static PyDeque CreateDeque(object? iterable = null, long? maxlen = null) => new(iterable, maxlen);

    [PyModuleInit]
    private static void Init(PyModule module) => module.Set("deque", DequeClass);
}
