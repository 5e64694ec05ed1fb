namespace Portalis.Threading.Sync;

/// <summary>
/// Python's <c>with lock:</c> for C#: returned by <c>Hold()</c> on <see cref="Lock"/>,
/// <see cref="RLock"/>, <see cref="Condition"/> and <see cref="Semaphore"/> after a blocking
/// acquire; disposing it releases, as <c>__exit__</c> does.
/// </summary>
/// <example><code>using (cond.Hold()) { cond.WaitFor(() => ready); }</code></example>
public readonly ref struct LockScope
{
    private readonly IReleasable? _held;

    internal LockScope(IReleasable held)
    {
        _held = held;
    }

    /// <summary>Releases what was acquired. Call once.</summary>
    public void Dispose() => _held?.Release();
}

/// <summary>A primitive that <see cref="LockScope"/> releases.</summary>
internal interface IReleasable
{
    void Release();
}
