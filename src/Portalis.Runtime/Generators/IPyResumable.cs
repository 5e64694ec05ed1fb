namespace Portalis.Runtime;

/// <summary>
/// Something a <c>yield from</c> or <c>await</c> can delegate to with full PEP 380 forwarding (send, throw,
/// close), without going through Python attribute lookups: generators, coroutine frames and the awaitables of
/// async generators.
/// </summary>
public interface IPyResumable
{
    /// <summary>One resume: true with a yielded value, or false with the return value (no StopIteration).</summary>
    bool TryResume(object? sent, Exception? thrown, out object? value);

    /// <summary>Closes the iterator (GeneratorExit at its suspension point).</summary>
    void Close();
}
