using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// The awaitable of <see cref="PyGenerator.Yield"/> and <see cref="PyGenerator.YieldFrom"/>: suspending
/// only stores the state machine's continuation in the generator, which resumes it synchronously.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct YieldAwaitable : ICriticalNotifyCompletion
{
    private readonly PyGenerator _generator;
    private readonly bool _completed;
    private readonly object? _result;

    internal YieldAwaitable(PyGenerator generator)
    {
        _generator = generator;
    }

    internal YieldAwaitable(PyGenerator generator, object? result)
    {
        _generator = generator;
        _completed = true;
        _result = result;
    }

    /// <summary>True when a <c>yield from</c> finished without suspending.</summary>
    public bool IsCompleted => _completed;

    /// <summary>The awaiter (this value).</summary>
    public YieldAwaitable GetAwaiter() => this;

    /// <summary>The sent value or sub-iterator result; raises the exception thrown into the generator.</summary>
    public object? GetResult() => _completed ? _result : _generator.TakeResumeValue();

    /// <inheritdoc/>
    public void OnCompleted(Action continuation) => _generator.SetContinuation(continuation);

    /// <inheritdoc/>
    public void UnsafeOnCompleted(Action continuation) => _generator.SetContinuation(continuation);
}
