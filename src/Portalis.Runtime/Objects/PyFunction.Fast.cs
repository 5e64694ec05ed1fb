using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// Fixed-arity entry points. A function whose parameters are only positional ones (no defaults needed, no
/// <c>*args</c>, keyword-only or <c>**kwargs</c>) and which is called with exactly that many positional
/// arguments needs no argument binding; the translator gives such functions a delegate taking the arguments
/// directly, so the call allocates no slot array (CPython's vectorcall does the same for simple code objects).
/// </summary>
public sealed partial class PyFunction
{
    private readonly Delegate? _fast;

    // The number of arguments _fast takes, or -1 when there is none.
    private readonly int _arity = -1;

    /// <summary>Creates a function of no parameters.</summary>
    public PyFunction(PyCode code, Func<object?> body, PyModule module)
        : this(code, _ => body(), module) => (_fast, _arity) = FastEntry(code, body, 0);

    /// <summary>Creates a function whose body takes its one argument directly.</summary>
    public PyFunction(PyCode code, Func<object?, object?> body, PyModule module)
        : this(code, s => body(s[0]), module) => (_fast, _arity) = FastEntry(code, body, 1);

    /// <summary>Creates a function whose body takes its two arguments directly.</summary>
    public PyFunction(PyCode code, Func<object?, object?, object?> body, PyModule module)
        : this(code, s => body(s[0], s[1]), module) => (_fast, _arity) = FastEntry(code, body, 2);

    /// <summary>Creates a function whose body takes its three arguments directly.</summary>
    public PyFunction(PyCode code, Func<object?, object?, object?, object?> body, PyModule module)
        : this(code, s => body(s[0], s[1], s[2]), module) => (_fast, _arity) = FastEntry(code, body, 3);

    /// <summary>Creates a function whose body takes its four arguments directly.</summary>
    public PyFunction(PyCode code, Func<object?, object?, object?, object?, object?> body, PyModule module)
        : this(code, s => body(s[0], s[1], s[2], s[3]), module) => (_fast, _arity) = FastEntry(code, body, 4);

    private static (Delegate?, int) FastEntry(PyCode code, Delegate body, int arity) =>
        code.IsSimple && code.PositionalCount == arity && code.SlotCount == arity ? (body, arity) : (null, -1);

    private object? CallFast(ReadOnlySpan<object?> args)
    {
        PyRecursion.CheckStack();
        switch (args.Length)
        {
            case 0:
                return Unsafe.As<Func<object?>>(_fast!)();
            case 1:
                return Unsafe.As<Func<object?, object?>>(_fast!)(args[0]);
            case 2:
                return Unsafe.As<Func<object?, object?, object?>>(_fast!)(args[0], args[1]);
            case 3:
                return Unsafe.As<Func<object?, object?, object?, object?>>(_fast!)(args[0], args[1], args[2]);
            default:
                return Unsafe.As<Func<object?, object?, object?, object?, object?>>(_fast!)(args[0], args[1], args[2], args[3]);
        }
    }

    private object? CallFast(object? self, ReadOnlySpan<object?> args)
    {
        PyRecursion.CheckStack();
        switch (args.Length)
        {
            case 0:
                return Unsafe.As<Func<object?, object?>>(_fast!)(self);
            case 1:
                return Unsafe.As<Func<object?, object?, object?>>(_fast!)(self, args[0]);
            case 2:
                return Unsafe.As<Func<object?, object?, object?, object?>>(_fast!)(self, args[0], args[1]);
            default:
                return Unsafe.As<Func<object?, object?, object?, object?, object?>>(_fast!)(self, args[0], args[1], args[2]);
        }
    }

    /// <summary><c>self.m()</c> through a method cache: the fixed-arity delegate when it takes exactly <c>self</c>.</summary>
    internal object? CallWithSelf(object? self)
    {
        if (_arity == 1)
        {
            PyRecursion.CheckStack();
            return Unsafe.As<Func<object?, object?>>(_fast!)(self);
        }

        return CallWithSelf(self, [], null);
    }

    /// <summary><c>self.m(a)</c> through a method cache, without an argument span when the delegate fits.</summary>
    internal object? CallWithSelf(object? self, object? a)
    {
        if (_arity == 2)
        {
            PyRecursion.CheckStack();
            return Unsafe.As<Func<object?, object?, object?>>(_fast!)(self, a);
        }

        return CallWithSelf(self, [a], null);
    }

    /// <summary><c>self.m(a, b)</c> through a method cache, without an argument span when the delegate fits.</summary>
    internal object? CallWithSelf(object? self, object? a, object? b)
    {
        if (_arity == 3)
        {
            PyRecursion.CheckStack();
            return Unsafe.As<Func<object?, object?, object?, object?>>(_fast!)(self, a, b);
        }

        return CallWithSelf(self, [a, b], null);
    }
}
