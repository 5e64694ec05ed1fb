namespace Portalis.Runtime;

/// <summary>
/// What a <see cref="PyGenerator"/> state machine runs for. Coroutines and async generators reuse the generator
/// machinery for their frames (as CPython's Objects/genobject.c shares <c>gen_send_ex2</c> between the three), and
/// only the error messages and the exhausted-coroutine rule depend on the kind.
/// </summary>
public enum GeneratorKind
{
    /// <summary>A generator function's body or a generator expression.</summary>
    Generator,

    /// <summary>The frame of an <c>async def</c> without <c>yield</c> (<see cref="PyCoroutine"/>).</summary>
    Coroutine,

    /// <summary>The frame of an <c>async def</c> with <c>yield</c> (<see cref="PyAsyncGenerator"/>).</summary>
    AsyncGenerator,
}
