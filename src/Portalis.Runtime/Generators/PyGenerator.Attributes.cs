namespace Portalis.Runtime;

public sealed partial class PyGenerator
{
    /// <summary>Started, paused at a <c>yield</c> and neither running nor finished (CPython's <c>FRAME_SUSPENDED</c>).</summary>
    internal bool IsSuspendedAtYield => !IsFresh && !_finished && !IsRunning;

    /// <summary>
    /// Lib/inspect.py's <c>getgeneratorstate</c> names: what CPython reads from <c>gi_running</c>,
    /// <c>gi_suspended</c> and <c>gi_frame is None</c> (translated generators have no frame object).
    /// </summary>
    internal string StateName => IsRunning ? "RUNNING" : IsFresh ? "CREATED" : _finished ? "CLOSED" : "SUSPENDED";

    /// <inheritdoc/>
    public override bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "__next__" => new PyBuiltinFunction("__next__", (args, kw) => Next(), this),
            "send" => new PyBuiltinFunction("send", (args, kw) => Send(args.Length == 1 ? args[0] : throw new PyTypeError($"send() takes exactly one argument ({args.Length} given)")), this),
            "throw" => new PyBuiltinFunction("throw", (args, kw) => args.Length switch
            {
                1 when args[0] is PyBaseException e => Throw(e),
                1 => Throw(args[0], null),
                2 or 3 => Throw(args[0], args[1]),
                _ => throw new PyTypeError($"throw expected at least 1 argument, got {args.Length}"),
            }, this),
            "close" => new PyBuiltinFunction("close", (args, kw) =>
            {
                Close();
                return null;
            }, this),
            "__iter__" => new PyBuiltinFunction("__iter__", (args, kw) => this, this),
            "__name__" => Name,
            "__qualname__" => QualName,
            "gi_running" => IsRunning,
            "gi_suspended" => IsSuspendedAtYield,
            "gi_yieldfrom" => (object?)_delegate ?? _delegateEnumerator,
            _ => PyUnbound.Value,
        };
        if (value is PyUnbound)
        {
            value = null;
            return false;
        }

        return true;
    }
}
