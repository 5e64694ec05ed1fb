namespace Portalis.Threading.Sync;

/// <summary>
/// A thread-safe cell: reads run under a shared lock and updates under an exclusive one of an
/// <see cref="RwLock{T}"/>, so concurrent readers do not serialise and writers are not starved.
/// </summary>
/// <typeparam name="T">The value. Treat a mutable reference type as owned by the cell: mutate it only inside <see cref="Mutate(Action{T})"/>.</typeparam>
/// <remarks>The callbacks run with the lock held; they must not use the same cell again.</remarks>
public sealed class SharedState<T>
{
    private readonly RwLock<T> _lock;

    /// <summary>Creates a cell holding <paramref name="value"/>.</summary>
    /// <param name="value">The initial value.</param>
    public SharedState(T value)
    {
        _lock = new RwLock<T>(value);
    }

    /// <summary>Returns the current value.</summary>
    /// <returns>The value.</returns>
    public T Get()
    {
        using var guard = _lock.Read();
        return guard.Value;
    }

    /// <summary>Replaces the value.</summary>
    /// <param name="value">The new value.</param>
    public void Set(T value)
    {
        using var guard = _lock.Write();
        guard.Value = value;
    }

    /// <summary>Computes something from the value under the shared lock.</summary>
    /// <typeparam name="TResult">What <paramref name="reader"/> returns.</typeparam>
    /// <param name="reader">Reads the value.</param>
    /// <returns>What <paramref name="reader"/> returned.</returns>
    public TResult Read<TResult>(Func<T, TResult> reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var guard = _lock.Read();
        return reader(guard.Value);
    }

    /// <summary>Replaces the value with a function of it, atomically.</summary>
    /// <param name="update">Computes the new value from the old.</param>
    /// <returns>The new value.</returns>
    public T Update(Func<T, T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        using var guard = _lock.Write();
        guard.Value = update(guard.Value);
        return guard.Value;
    }

    /// <summary>Mutates the value in place under the exclusive lock (for mutable reference types).</summary>
    /// <param name="update">Mutates the value.</param>
    public void Mutate(Action<T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        using var guard = _lock.Write();
        update(guard.Value);
    }
}
