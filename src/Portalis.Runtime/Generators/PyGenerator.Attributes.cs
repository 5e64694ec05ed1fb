namespace Portalis.Runtime;

public sealed partial class PyGenerator
{
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
