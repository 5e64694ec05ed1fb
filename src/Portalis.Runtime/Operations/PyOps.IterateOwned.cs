namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// <c>for x in f(...)</c>: like <see cref="Iterate"/>, but a generator the call just created (not yet
    /// started) is owned by the loop alone, so leaving the loop early (break, return, an exception) closes
    /// it, as CPython's reference counting does when the loop drops its iterator: the generator's finally
    /// blocks and with statements run at that point, not at some later collection.
    /// </summary>
    public static IEnumerable<object?> IterateOwned(object? iterable) =>
        iterable is PyGenerator { IsFresh: true } generator ? Owned(generator) : Iterate(iterable);

    // CPython finalizes a dropped generator in gen_dealloc: an exception from close() is reported as
    // unraisable ("Exception ignored in ...") and does not propagate into the loop's code.
    private static void CloseDropped(PyGenerator generator)
    {
        try
        {
            generator.Close();
        }
        catch (PyBaseException)
        {
        }
    }

    private static IEnumerable<object?> Owned(PyGenerator generator)
    {
        try
        {
            while (generator.TryResume(null, null, out var value))
            {
                yield return value;
            }
        }
        finally
        {
            if (!generator.IsFinished)
            {
                CloseDropped(generator);
            }
        }
    }
}
