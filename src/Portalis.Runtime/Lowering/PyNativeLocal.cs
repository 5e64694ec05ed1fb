namespace Portalis.Runtime;

/// <summary>
/// Support for the translator's native locals (docs/EMISSION.md, "Typed path"): a local proven to hold an exact
/// native object (<c>rng = random.Random(seed)</c>) is a C# local of that class, so that method calls on it are
/// direct C# calls. The binding itself still runs the dynamic call; this checks its result once.
/// </summary>
public static class PyNativeLocal
{
    /// <summary>
    /// <paramref name="value"/> as <typeparamref name="T"/>. The translator's proof makes the test always pass; were
    /// it ever wrong, the program stops with a SystemError naming the types rather than running on a bad guess.
    /// </summary>
    public static T Expect<T>(object? value)
        where T : class =>
        value as T ?? throw new PySystemError($"internal error: a native local expected {typeof(T).Name}, got {PyOps.TypeName(value)}");

    /// <summary>
    /// <see cref="Expect{T}"/> for a local whose object never leaves the frame (Typing/ConfinedLocals): only the
    /// thread running the function can reach it, so it may stop locking (<see cref="IPyConfinable"/>).
    /// </summary>
    public static T ExpectConfined<T>(object? value)
        where T : class, IPyConfinable
    {
        var confined = Expect<T>(value);
        confined.Confine();
        return confined;
    }
}

/// <summary>
/// A native object whose calls are atomic under an internal lock when threads share it, and which can drop that lock
/// once the translator has proven that no other thread can ever reach it (<see cref="PyNativeLocal.ExpectConfined{T}"/>).
/// </summary>
public interface IPyConfinable
{
    /// <summary>From now on, only the calling thread uses this object.</summary>
    void Confine();
}
