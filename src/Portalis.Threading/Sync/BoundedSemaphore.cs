namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>threading.BoundedSemaphore</c>: a <see cref="Semaphore"/> whose counter may not be
/// released above its initial value (Lib/threading.py, <c>BoundedSemaphore</c>).
/// </summary>
public sealed class BoundedSemaphore : Semaphore
{
    /// <summary>Creates a bounded semaphore; the initial value is also the bound.</summary>
    /// <param name="value">The initial counter and its maximum.</param>
    /// <exception cref="SyncValueError"><paramref name="value"/> is negative.</exception>
    public BoundedSemaphore(int value = 1)
        : base(value, bound: value)
    {
    }
}
