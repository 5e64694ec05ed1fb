namespace Portalis.Runtime;

/// <summary>
/// The Python methods every generator-like iterator shares (<c>__next__</c>, <c>send</c>, <c>throw</c>,
/// <c>close</c>), for the awaitable objects of coroutines and async generators; each raises StopIteration
/// with the return value as CPython's <c>gen_send</c>/<c>gen_throw</c> do.
/// </summary>
internal static class ResumableMethods
{
    public static object? Send(IPyResumable target, object? value) =>
        target.TryResume(value, null, out var result) ? result : throw PyGenerator.StopIterationFor(result);

    public static object? Throw(IPyResumable target, object?[] args)
    {
        var exception = args.Length switch
        {
            1 => PyGenerator.MakeException(args[0], null),
            2 or 3 => PyGenerator.MakeException(args[0], args[1]),
            _ => throw new PyTypeError($"throw expected at least 1 argument, got {args.Length}"),
        };
        return target.TryResume(null, exception, out var result) ? result : throw PyGenerator.StopIterationFor(result);
    }

    /// <summary>The bound method <paramref name="name"/> of <paramref name="self"/>, or null when it is not one of these.</summary>
    public static PyBuiltinFunction? Method(PyObject self, IPyResumable target, string name) => name switch
    {
        "__next__" => new PyBuiltinFunction("__next__", (args, kw) => Send(target, null), self),
        "send" => new PyBuiltinFunction("send", (args, kw) => Send(target, args.Length == 1 ? args[0] : throw new PyTypeError($"send() takes exactly one argument ({args.Length} given)")), self),
        "throw" => new PyBuiltinFunction("throw", (args, kw) => Throw(target, args.ToArray()), self),
        "close" => new PyBuiltinFunction("close", (args, kw) =>
        {
            target.Close();
            return null;
        }, self),
        _ => null,
    };
}
