using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// A value of the dynamic path that the translator expects to be a number: a float or an int that fits in 64
/// bits held unboxed, or any other value boxed. Arithmetic over operands the type inference could not prove
/// (<c>x * x + y * y</c> with <c>x</c> read from a list) and the locals such arithmetic is stored into use it, so
/// numbers flow through without a heap allocation per operation; this is what CPython's specialized float and int
/// opcodes do with their free lists, in C# value terms. Float and int operations follow Python's rules inline
/// (an int mixed with a float converts correctly rounded, as <c>PyLong_AsDouble</c>); everything else (an int
/// overflow, a zero divisor, a string, a user type) takes the operator's <see cref="PyOps"/> entry, whose results
/// and errors are Python's.
/// </summary>
public readonly struct PyNum
{
    // The tags of the unboxed states; any other content of _boxed is the value itself (None is null).
    private static readonly object s_float = new();
    private static readonly object s_int = new();

    // The float's bits or the int.
    private readonly long _bits;
    private readonly object? _boxed;

    private PyNum(long bits, object? boxed)
    {
        _bits = bits;
        _boxed = boxed;
    }

    /// <summary>An unboxed float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyNum(double value)
        : this(BitConverter.DoubleToInt64Bits(value), s_float)
    {
    }

    private bool IsFloat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_boxed, s_float);
    }

    private bool IsInt
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_boxed, s_int);
    }

    private double Float
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => BitConverter.Int64BitsToDouble(_bits);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyNum Int(long value) => new(value, s_int);

    /// <summary>A dynamic value (floats and 64-bit ints are unboxed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum From(object? value) => value switch
    {
        double d => new PyNum(BitConverter.DoubleToInt64Bits(d), s_float),
        long l => new PyNum(l, s_int),
        _ => new PyNum(0, value),
    };

    /// <summary>The value for the dynamic path (a number is boxed here, once; small ints share boxes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? Box() => IsFloat ? Float : IsInt ? PyIntValue.BoxSmall(_bits) : _boxed;

    /// <summary>Truthiness.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyNum a) => a.IsFloat ? a.Float != 0.0 : a.IsInt ? a._bits != 0 : PyOps.IsTrue(a._boxed);

    // The arithmetic below reads the fields directly and builds its result with one constructor call instead of
    // going through IsFloat, Float and the helpers: a typed function makes dozens of these calls, every nested
    // call the JIT inlines costs it a local, and once a method has used up its inlining locals even the smallest
    // helpers stay calls. `inPlace` is the operator's "+=" form: the same on numbers, __iadd__ first otherwise.

    /// <summary><c>a + b</c> (or <c>a += b</c> when <paramref name="inPlace"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Add(PyNum a, PyNum b, bool inPlace = false)
    {
        if (a._boxed == s_float && b._boxed == s_float)
        {
            return new PyNum(BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(a._bits) + BitConverter.Int64BitsToDouble(b._bits)), s_float);
        }

        var sum = a._bits + b._bits;
        return a._boxed == s_int && b._boxed == s_int && ((a._bits ^ sum) & (b._bits ^ sum)) >= 0
            ? new PyNum(sum, s_int)
            : Slow(BinaryOperator.Add, a, b, inPlace);
    }

    /// <summary><c>a - b</c> (or <c>a -= b</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Sub(PyNum a, PyNum b, bool inPlace = false)
    {
        if (a._boxed == s_float && b._boxed == s_float)
        {
            return new PyNum(BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(a._bits) - BitConverter.Int64BitsToDouble(b._bits)), s_float);
        }

        var difference = a._bits - b._bits;
        return a._boxed == s_int && b._boxed == s_int && ((a._bits ^ b._bits) & (a._bits ^ difference)) >= 0
            ? new PyNum(difference, s_int)
            : Slow(BinaryOperator.Sub, a, b, inPlace);
    }

    /// <summary><c>a * b</c> (or <c>a *= b</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Mul(PyNum a, PyNum b, bool inPlace = false)
    {
        if (a._boxed == s_float && b._boxed == s_float)
        {
            return new PyNum(BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(a._bits) * BitConverter.Int64BitsToDouble(b._bits)), s_float);
        }

        // The high half of the 128-bit product is the sign extension of the low half exactly when it fits.
        var high = Math.BigMul(a._bits, b._bits, out var product);
        return a._boxed == s_int && b._boxed == s_int && high == product >> 63
            ? new PyNum(product, s_int)
            : Slow(BinaryOperator.Mul, a, b, inPlace);
    }

    /// <summary><c>a / b</c> (or <c>a /= b</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum TrueDiv(PyNum a, PyNum b, bool inPlace = false) =>
        a._boxed == s_float && b._boxed == s_float && BitConverter.Int64BitsToDouble(b._bits) != 0.0
            ? new PyNum(BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(a._bits) / BitConverter.Int64BitsToDouble(b._bits)), s_float)
            : Slow(BinaryOperator.TrueDiv, a, b, inPlace);

    public static PyNum FloorDiv(PyNum a, PyNum b) => Slow(BinaryOperator.FloorDiv, a, b, inPlace: false);

    public static PyNum Mod(PyNum a, PyNum b) => Slow(BinaryOperator.Mod, a, b, inPlace: false);

    /// <summary>
    /// <c>a ** b</c>. On floats with a positive finite base this is C's <c>pow</c> whenever the result is finite
    /// (Objects/floatobject.c, <c>float_pow</c>: an underflow to zero is not an error); everything else takes the
    /// dynamic path's special cases and errors.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Pow(PyNum a, PyNum b)
    {
        if (a._boxed == s_float && b._boxed == s_float)
        {
            var x = BitConverter.Int64BitsToDouble(a._bits);
            var result = Math.Pow(x, BitConverter.Int64BitsToDouble(b._bits));
            if (x > 0.0 && double.IsFinite(x) && double.IsFinite(result))
            {
                // C's pow and float_pow agree on a positive finite base for every exponent, infinities and NaN
                // included (C99 Annex F); an infinite result may be an OverflowError, so the dynamic path decides it.
                return new PyNum(BitConverter.DoubleToInt64Bits(result), s_float);
            }
        }

        return Slow(BinaryOperator.Pow, a, b, inPlace: false);
    }

    /// <summary><c>a op= b</c>: the in-place protocol first, as <see cref="PyOps.InPlace"/> (numbers have none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum InPlace(BinaryOperator op, PyNum a, PyNum b) => op switch
    {
        // op is a constant at every call site, so the JIT keeps one arm.
        BinaryOperator.Add => Add(a, b, inPlace: true),
        BinaryOperator.Sub => Sub(a, b, inPlace: true),
        BinaryOperator.Mul => Mul(a, b, inPlace: true),
        BinaryOperator.TrueDiv => TrueDiv(a, b, inPlace: true),
        _ => Slow(op, a, b, inPlace: true),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Neg(PyNum a) =>
        a.IsFloat ? new PyNum(-a.Float) : a.IsInt && a._bits != long.MinValue ? Int(-a._bits) : From(PyOps.Neg(a.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyNum Pos(PyNum a) => a.IsFloat || a.IsInt ? a : From(PyOps.Pos(a._boxed));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Lt(PyNum a, PyNum b) =>
        a.IsInt && b.IsInt ? a._bits < b._bits : Exact(a, b, out var x, out var y) ? x < y : PyOps.Lt(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Le(PyNum a, PyNum b) =>
        a.IsInt && b.IsInt ? a._bits <= b._bits : Exact(a, b, out var x, out var y) ? x <= y : PyOps.Le(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Gt(PyNum a, PyNum b) =>
        a.IsInt && b.IsInt ? a._bits > b._bits : Exact(a, b, out var x, out var y) ? x > y : PyOps.Gt(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Ge(PyNum a, PyNum b) =>
        a.IsInt && b.IsInt ? a._bits >= b._bits : Exact(a, b, out var x, out var y) ? x >= y : PyOps.Ge(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Eq(PyNum a, PyNum b) =>
        a.IsInt && b.IsInt ? a._bits == b._bits : Exact(a, b, out var x, out var y) ? x == y : PyOps.Eq(a.Box(), b.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Ne(PyNum a, PyNum b) =>
        a.IsInt && b.IsInt ? a._bits != b._bits : Exact(a, b, out var x, out var y) ? x != y : PyOps.Ne(a.Box(), b.Box());

    /// <summary>
    /// Both operands as doubles whose comparison is the exact Python comparison: two floats, or a float and an
    /// int of at most 53 bits (Objects/floatobject.c, float_richcompare, compares larger ints exactly).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Exact(PyNum a, PyNum b, out double x, out double y)
    {
        if (a.IsFloat)
        {
            x = a.Float;
            if (b.IsFloat)
            {
                y = b.Float;
                return true;
            }

            if (b.IsInt && b._bits is > -(1L << 53) and < (1L << 53))
            {
                y = b._bits;
                return true;
            }
        }
        else if (b.IsFloat && a.IsInt && a._bits is > -(1L << 53) and < (1L << 53))
        {
            x = a._bits;
            y = b.Float;
            return true;
        }

        x = y = 0;
        return false;
    }

    /// <summary>Everything the inline paths leave: floats with ints, int division, then the dynamic operation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyNum Slow(BinaryOperator op, PyNum a, PyNum b, bool inPlace)
    {
        if ((a.IsFloat || b.IsFloat) && (a.IsFloat || a.IsInt) && (b.IsFloat || b.IsInt)
            && FloatOperation(op, a.IsFloat ? a.Float : a._bits, b.IsFloat ? b.Float : b._bits, out var result))
        {
            return new PyNum(result);
        }

        if (a.IsInt && b.IsInt && IntOperation(op, a._bits, b._bits, out var quotient))
        {
            return Int(quotient);
        }

        var left = a.Box();
        var right = b.Box();
        if (inPlace)
        {
            return From(PyOps.InPlace(op, left, right));
        }

        // The operators' own entry points keep their int and str fast paths.
        return From(op switch
        {
            BinaryOperator.Add => PyOps.Add(left, right),
            BinaryOperator.Sub => PyOps.Sub(left, right),
            BinaryOperator.Mul => PyOps.Mul(left, right),
            BinaryOperator.TrueDiv => PyOps.TrueDiv(left, right),
            BinaryOperator.FloorDiv => PyOps.FloorDiv(left, right),
            BinaryOperator.Mod => PyOps.Mod(left, right),
            _ => PyOps.Binary(op, left, right),
        });
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

    /// <summary>Int floor division and modulo with Python's signs (Objects/longobject.c, l_divmod); false otherwise.</summary>
    private static bool IntOperation(BinaryOperator op, long x, long y, out long result)
    {
        result = 0;
        if (y == 0 || (x == long.MinValue && y == -1) || op is not (BinaryOperator.FloorDiv or BinaryOperator.Mod))
        {
            return false;
        }

        var quotient = x / y;
        var remainder = x % y;
        if (remainder != 0 && (remainder ^ y) < 0)
        {
            quotient--;
            remainder += y;
        }

        result = op == BinaryOperator.FloorDiv ? quotient : remainder;
        return true;
    }
}
