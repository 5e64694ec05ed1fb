using Portalis.Threading.Backends.Native;

namespace Portalis.Threading;

/// <summary>Chooses the backend that new primitives and threads use.</summary>
public static class ThreadingBackend
{
    [ThreadStatic]
    private static IThreadingBackend? s_current;

    /// <summary>The native backend: OS threads and the BCL's blocking primitives.</summary>
    public static IThreadingBackend Native => NativeBackend.Instance;

    /// <summary>
    /// The backend of the calling thread: the one that started it when it is a logical thread of a
    /// non-native backend, otherwise <see cref="Native"/>.
    /// </summary>
    public static IThreadingBackend Current => s_current ?? NativeBackend.Instance;

    /// <summary>
    /// Makes <paramref name="backend"/> the calling OS thread's backend. Backends call this on the
    /// threads they run logical threads on; tests use it to run a body under a chosen backend.
    /// </summary>
    /// <returns>The previous value, to restore with a second call.</returns>
    public static IThreadingBackend? SetCurrent(IThreadingBackend? backend)
    {
        var previous = s_current;
        s_current = backend;
        return previous;
    }
}
