using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// A value of the dynamic path that the translator expects to be a number: a float held unboxed, or any other
/// value boxed. Arithmetic over operands the type inference could not prove (<c>x * x + y * y</c> with <c>x</c>
/// read from a list) and the locals such arithmetic is stored into use it, so floats flow through without a heap
/// allocation per operation; this is how CPython's specialized float opcodes avoid their boxes, in C# value
/// terms. An int operand mixed with a float converts as Python converts it (correctly rounded); every other case
/// takes the dynamic operation (<see cref="PyOps"/>), whose results and errors are Python's.
/// </summary>
public readonly struct PyNum
{
    // The tag of an unboxed float; any other content of _boxed is the value itself (None is null).
    private static readonly object s_float = new();

    private readonly double _float;
    private readonly object? _boxed;

    /// <summary>An unboxed float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyNum(double value)
    {
        _float = value;
        _boxed = s_float;
    }

    private PyNum(object? boxed, bool unused)
    {
        _ = unused;
        _float = 0;
        _boxed = boxed;
    }

    private bool IsFloat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_boxed, s_float);
    }

    /// <summary>A dynamic value (a float is unboxed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum From(object? value) => value is double d ? new PyNum(d) : new PyNum(value, false);

    /// <summary>The value for the dynamic path (a float is boxed here, once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? Box() => IsFloat ? _float : _boxed;

    /// <summary>Truthiness.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyNum a) => a.IsFloat ? a._float != 0.0 : PyOps.IsTrue(a._boxed);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Add(PyNum a, PyNum b) =>
        a.IsFloat && b.IsFloat ? new PyNum(a._float + b._float) : Slow(BinaryOperator.Add, a, b, inPlace: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Sub(PyNum a, PyNum b) =>
        a.IsFloat && b.IsFloat ? new PyNum(a._float - b._float) : Slow(BinaryOperator.Sub, a, b, inPlace: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Mul(PyNum a, PyNum b) =>
        a.IsFloat && b.IsFloat ? new PyNum(a._float * b._float) : Slow(BinaryOperator.Mul, a, b, inPlace: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum TrueDiv(PyNum a, PyNum b) =>
        a.IsFloat && b.IsFloat && b._float != 0.0 ? new PyNum(a._float / b._float) : Slow(BinaryOperator.TrueDiv, a, b, inPlace: false);

    public static PyNum FloorDiv(PyNum a, PyNum b) => Slow(BinaryOperator.FloorDiv, a, b, inPlace: false);

    public static PyNum Mod(PyNum a, PyNum b) => Slow(BinaryOperator.Mod, a, b, inPlace: false);

    public static PyNum Pow(PyNum a, PyNum b) => Slow(BinaryOperator.Pow, a, b, inPlace: false);

    /// <summary><c>a op= b</c>: the in-place protocol first, as <see cref="PyOps.InPlace"/> (a float has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum InPlace(BinaryOperator op, PyNum a, PyNum b)
    {
        // op is a constant at every call site, so the JIT keeps one arm.
        if (a.IsFloat && b.IsFloat)
        {
            switch (op)
            {
                case BinaryOperator.Add:
                    return new PyNum(a._float + b._float);
                case BinaryOperator.Sub:
                    return new PyNum(a._float - b._float);
                case BinaryOperator.Mul:
                    return new PyNum(a._float * b._float);
                case BinaryOperator.TrueDiv when b._float != 0.0:
                    return new PyNum(a._float / b._float);
            }
        }

        return Slow(op, a, b, inPlace: true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Neg(PyNum a) => a.IsFloat ? new PyNum(-a._float) : From(PyOps.Neg(a._boxed));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Pos(PyNum a) => a.IsFloat ? a : From(PyOps.Pos(a._boxed));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Lt(PyNum a, PyNum b) => Exact(a, b, out var x, out var y) ? x < y : PyOps.Lt(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Le(PyNum a, PyNum b) => Exact(a, b, out var x, out var y) ? x <= y : PyOps.Le(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Gt(PyNum a, PyNum b) => Exact(a, b, out var x, out var y) ? x > y : PyOps.Gt(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Ge(PyNum a, PyNum b) => Exact(a, b, out var x, out var y) ? x >= y : PyOps.Ge(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Eq(PyNum a, PyNum b) => Exact(a, b, out var x, out var y) ? x == y : PyOps.Eq(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Ne(PyNum a, PyNum b) => Exact(a, b, out var x, out var y) ? x != y : PyOps.Ne(a.Box(), b.Box());

    /// <summary>
    /// Both operands as doubles whose comparison is the exact Python comparison: two floats, or a float and an
    /// int of at most 53 bits (Objects/floatobject.c, float_richcompare, compares larger ints exactly).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Exact(PyNum a, PyNum b, out double x, out double y)
    {
        if (a.IsFloat)
        {
            x = a._float;
            if (b.IsFloat)
            {
                y = b._float;
                return true;
            }

            if (b._boxed is long l && l is > -(1L << 53) and < (1L << 53))
            {
                y = l;
                return true;
            }
        }
        else if (b.IsFloat && a._boxed is long l && l is > -(1L << 53) and < (1L << 53))
        {
            x = l;
            y = b._float;
            return true;
        }

        x = y = 0;
        return false;
    }

    /// <summary>Everything but float op float: float with int, then the dynamic operation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyNum Slow(BinaryOperator op, PyNum a, PyNum b, bool inPlace)
    {
        if (Floats(a, b, out var x, out var y) && FloatOperation(op, x, y, out var result))
        {
            return new PyNum(result);
        }

        var left = a.Box();
        var right = b.Box();
        return From(inPlace ? PyOps.InPlace(op, left, right) : PyOps.Binary(op, left, right));
    }

    /// <summary>Two floats, or a float and an int that fits in 64 bits (converted, correctly rounded, as Python does).</summary>
    private static bool Floats(PyNum a, PyNum b, out double x, out double y)
    {
        x = a.IsFloat ? a._float : a._boxed is long la ? la : double.NaN;
        y = b.IsFloat ? b._float : b._boxed is long lb ? lb : double.NaN;
        return (a.IsFloat || b.IsFloat) && (a.IsFloat || a._boxed is long) && (b.IsFloat || b._boxed is long);
    }

    /// <summary>A float operation whose result is Python's, or false where Python raises or leaves floats.</summary>
    private static bool FloatOperation(BinaryOperator op, double x, double y, out double result)
    {
        result = 0;
        switch (op)
        {
            case BinaryOperator.Add:
                result = x + y;
                return true;
            case BinaryOperator.Sub:
                result = x - y;
                return true;
            case BinaryOperator.Mul:
                result = x * y;
                return true;
            case BinaryOperator.TrueDiv when y != 0.0:
                result = x / y;
                return true;
            case BinaryOperator.FloorDiv when y != 0.0:
                result = PyTyped.FloorDiv(x, y);
                return true;
            case BinaryOperator.Mod when y != 0.0:
                result = PyTyped.Mod(x, y);
                return true;
            case BinaryOperator.Pow when x > 0.0 && double.IsFinite(x) && double.IsFinite(y):
                // A positive finite base: no complex result; an overflow (infinite result) raises, so it goes
                // the dynamic way (Objects/floatobject.c, float_pow).
                result = Math.Pow(x, y);
                return double.IsFinite(result);
            default:
                return false;
        }
    }
}
