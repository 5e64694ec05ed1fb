using System.Runtime.CompilerServices;

namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.local</c> as a typed cell: each logical thread sees its own value
/// (Lib/_threading_local.py, Modules/_threadmodule.c <c>localobject</c>). Values are keyed by
/// <see cref="IThreadingBackend.CurrentThread"/>, so they follow logical threads, not OS threads.
/// </summary>
/// <typeparam name="T">The per-thread value; Python's <c>local</c> is <c>Local&lt;a dict&gt;</c>.</typeparam>
/// <remarks>
/// A thread's value is held weakly through its <see cref="LogicalThread"/> object: it becomes
/// collectable when the thread has ended and nothing references that object any more. The seam has
/// no end-of-thread hook, so unlike CPython the value is not dropped at the exact moment the thread ends.
/// </remarks>
public sealed class Local<T>
{
    private readonly IThreadingBackend _backend;
    private readonly Func<T>? _initializer;
    private readonly ConditionalWeakTable<LogicalThread, StrongBox<T>> _values = new();

    /// <summary>Creates a thread-local cell.</summary>
    /// <param name="initializer">
    /// Run once per thread on its first read, as a <c>local</c> subclass's <c>__init__</c> is; without
    /// it, reading a thread's unset value fails.
    /// </param>
    public Local(Func<T>? initializer = null)
    {
        _backend = ThreadingBackend.Current;
        _initializer = initializer;
    }

    /// <summary>Whether the calling thread has a value (set, or created by the initializer).</summary>
    public bool HasValue => _values.TryGetValue(_backend.CurrentThread, out _);

    /// <summary>The calling thread's value.</summary>
    /// <exception cref="InvalidOperationException">Read before being set on this thread, with no initializer.</exception>
    public T Value
    {
        get => GetBox().Value!;
        set
        {
            var thread = _backend.CurrentThread;
            if (_values.TryGetValue(thread, out var box))
            {
                box.Value = value;
            }
            else
            {
                _values.AddOrUpdate(thread, new StrongBox<T>(value));
            }
        }
    }

    /// <summary>Gets the calling thread's value without creating one.</summary>
    /// <param name="value">The value, or default when there is none.</param>
    /// <returns>True if the calling thread has a value.</returns>
    public bool TryGetValue(out T? value)
    {
        if (_values.TryGetValue(_backend.CurrentThread, out var box))
        {
            value = box.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Forgets the calling thread's value; the initializer runs again on the next read.</summary>
    /// <returns>True if there was a value.</returns>
    public bool Remove() => _values.Remove(_backend.CurrentThread);

    private StrongBox<T> GetBox()
    {
        var thread = _backend.CurrentThread;
        if (_values.TryGetValue(thread, out var box))
        {
            return box;
        }

        if (_initializer is null)
        {
            throw new InvalidOperationException("This thread has no value in this Local<T>.");
        }

        // Only this thread adds its own key, so the initializer runs once per thread.
        box = new StrongBox<T>(_initializer());
        _values.AddOrUpdate(thread, box);
        return box;
    }
}
