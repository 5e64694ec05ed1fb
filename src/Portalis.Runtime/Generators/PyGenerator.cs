using System.Collections;
using System.Runtime.ExceptionServices;

namespace Portalis.Runtime;

/// <summary>
/// A Python generator object. The body is a C# <c>async</c> method that awaits <see cref="Yield"/> and
/// <see cref="YieldFrom"/>; the generator drives its state machine synchronously on the caller's thread
/// (the awaiters only store the continuation, nothing is scheduled), so <c>next()</c> costs one delegate
/// call and no allocation. Semantics follow CPython 3.11's Objects/genobject.c (<c>gen_send_ex</c>,
/// <c>_gen_throw</c>, <c>gen_close</c>) and PEP 380 / PEP 479.
/// </summary>
/// <remarks>
/// A generator may be resumed from different threads one after another; a resume while another is running
/// (on any thread, including the generator itself) raises ValueError("generator already executing").
/// </remarks>
public sealed partial class PyGenerator : PyObject, IEnumerable<object?>, IPyResumable
{
    private readonly Func<PyGenerator, Task<object?>> _body;
    private Task<object?>? _task;

    // The state machine's continuation, stored by the awaiters at each suspension.
    private Action? _continuation;

    // Set by Yield/YieldFrom during a step: the value this step produces.
    private bool _suspended;
    private object? _yielded;

    // What the pending await returns (sent value / sub-iterator result) or raises.
    private object? _resumeValue;
    private Exception? _resumeException;

    // PEP 380: the sub-iterator of a pending 'yield from' (gi_yieldfrom).
    private IPyResumable? _delegate;
    private IEnumerator<object?>? _delegateEnumerator;

    private bool _finished;
    private bool _closing;
    private int _running;

    /// <summary>Creates a generator that has not started; <paramref name="body"/> runs on the first resume.</summary>
    /// <param name="name">The function's <c>__name__</c>.</param>
    /// <param name="qualName">The function's <c>__qualname__</c> (what the repr shows).</param>
    /// <param name="body">The generator body: an async method awaiting <see cref="Yield"/> / <see cref="YieldFrom"/>.</param>
    public PyGenerator(string name, string qualName, Func<PyGenerator, Task<object?>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Name = name;
        QualName = qualName;
        _body = body;
    }

    /// <summary>What the body belongs to: a generator, or the frame of a coroutine or async generator (their error messages differ).</summary>
    public GeneratorKind Kind { get; init; }

    /// <summary>
    /// A generator made awaitable by <c>types.coroutine</c> (CPython's CO_ITERABLE_COROUTINE flag): <c>await</c>
    /// accepts it and delegates to it like <c>yield from</c>.
    /// </summary>
    public bool IsIterableCoroutine { get; set; }

    private string KindName => Kind switch
    {
        GeneratorKind.Coroutine => "coroutine",
        GeneratorKind.AsyncGenerator => "async generator",
        _ => "generator",
    };

    /// <summary>Creates the generator of a generator function or expression with code object <paramref name="code"/>.</summary>
    public PyGenerator(PyCode code, Func<PyGenerator, Task<object?>> body)
        : this(code.Name, code.QualName, body)
    {
        IsIterableCoroutine = code.IsIterableCoroutine;
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; }

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName { get; }

    /// <summary><c>gi_running</c>: true while the body executes.</summary>
    public bool IsRunning => Volatile.Read(ref _running) != 0;

    /// <summary>True while a <c>yield from</c> / <c>await</c> is suspended in a sub-iterator (<c>_PyGen_yf</c>).</summary>
    internal bool IsDelegating => !_finished && (_delegate is not null || _delegateEnumerator is not null);

    /// <summary>True once the body has returned, raised, or the generator was closed.</summary>
    public bool IsFinished => _finished;

    /// <inheritdoc/>
    public override string PythonTypeName => "generator";

    /// <inheritdoc/>
    public override string Repr() => $"<generator object {QualName} at 0x{PyOps.Id(this):x}>";

    /// <inheritdoc/>
    public override IEnumerator<object?> Iter() => GetEnumerator();

    /// <summary>Iterates the remaining values (a C# <c>foreach</c>; stops without raising StopIteration).</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        while (TryResume(null, null, out var value))
        {
            yield return value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary><c>yield value</c>: suspends the body; the await returns the sent value (None for <c>next()</c>) or raises what <c>throw()</c> injects.</summary>
    public YieldAwaitable Yield(object? value)
    {
        _yielded = value;
        _suspended = true;
        return new YieldAwaitable(this);
    }

    /// <summary>
    /// <c>yield from iterable</c> (PEP 380): values of the sub-iterator are produced by this generator,
    /// <c>send</c>/<c>throw</c>/<c>close</c> are forwarded to it, and the await returns its return value
    /// (the StopIteration value). A sub-iterator that finishes at once completes the await without suspending.
    /// </summary>
    public YieldAwaitable YieldFrom(object? iterable)
    {
        if (iterable is IPyResumable sub)
        {
            // _PyGen_Send with None: a just-started or running sub-generator gets its own checks.
            if (sub.TryResume(null, null, out var first))
            {
                _delegate = sub;
                return Yield(first);
            }

            return new YieldAwaitable(this, first);
        }

        var enumerator = PyOps.Iterate(iterable).GetEnumerator();
        if (enumerator.MoveNext())
        {
            _delegateEnumerator = enumerator;
            return Yield(enumerator.Current);
        }

        return new YieldAwaitable(this, null);
    }
}
