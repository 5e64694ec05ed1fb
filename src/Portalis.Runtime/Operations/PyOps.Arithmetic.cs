using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// Python operations on dynamically typed values (<c>object?</c>): arithmetic, comparison, hashing,
/// repr/str, truthiness and the container protocols, with CPython 3.11's results and error messages.
/// </summary>
public static partial class PyOps
{
    /// <summary><c>a + b</c></summary>
    public static object? Add(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return Overflows.Add(x, y, out var r) ? PyInt.Normalize((BigInteger)x + y) : PyIntValue.BoxSmall(r);
        }

        if (a is double dx)
        {
            if (b is double dy)
            {
                return dx + dy;
            }

            if (b is long ly)
            {
                return dx + ly;
            }
        }
        else if (a is long lx && b is double ry)
        {
            return lx + ry;
        }

        if (a is string sa && b is string sb)
        {
            return string.Concat(sa, sb);
        }

        return Binary(BinaryOperator.Add, a, b);
    }

    /// <summary><c>a - b</c></summary>
    public static object? Sub(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return Overflows.Sub(x, y, out var r) ? PyInt.Normalize((BigInteger)x - y) : PyIntValue.BoxSmall(r);
        }

        if (a is double dx)
        {
            if (b is double dy)
            {
                return dx - dy;
            }

            if (b is long ly)
            {
                return dx - ly;
            }
        }
        else if (a is long lx && b is double ry)
        {
            return lx - ry;
        }

        return Binary(BinaryOperator.Sub, a, b);
    }

    /// <summary><c>a * b</c></summary>
    public static object? Mul(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return Overflows.Mul(x, y, out var r) ? PyInt.Normalize((BigInteger)x * y) : PyIntValue.BoxSmall(r);
        }

        if (a is double dx)
        {
            if (b is double dy)
            {
                return dx * dy;
            }

            if (b is long ly)
            {
                return dx * ly;
            }
        }
        else if (a is long lx && b is double ry)
        {
            return lx * ry;
        }

        return Binary(BinaryOperator.Mul, a, b);
    }

    /// <summary><c>a / b</c></summary>
    public static object? TrueDiv(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.TrueDivide(x, y);
        }

        // int operands convert to float first (correctly rounded, as PyLong_AsDouble); a zero divisor raises below.
        if (a is double or long && b is double or long)
        {
            var divisor = b is double db ? db : (long)b;
            if (divisor != 0)
            {
                return (a is double da ? da : (long)a) / divisor;
            }
        }

        return Binary(BinaryOperator.TrueDiv, a, b);
    }

    /// <summary><c>a // b</c></summary>
    public static object? FloorDiv(object? a, object? b)
    {
        if (a is long x && b is long y && y != 0 && !(x == long.MinValue && y == -1))
        {
            return PyIntValue.BoxSmall(FloorDivLong(x, y));
        }

        return Binary(BinaryOperator.FloorDiv, a, b);
    }

    /// <summary><c>a % b</c> (numbers; str/bytes printf formatting goes through <see cref="PercentFormat"/>).</summary>
    public static object? Mod(object? a, object? b)
    {
        if (a is long x && b is long y && y != 0 && y != -1)
        {
            return PyIntValue.BoxSmall(ModLong(x, y));
        }

        return Binary(BinaryOperator.Mod, a, b);
    }

    /// <summary><c>a ** b</c></summary>
    public static object? Pow(object? a, object? b) => Binary(BinaryOperator.Pow, a, b);

    /// <summary><c>a &lt;&lt; b</c></summary>
    public static object? LShift(object? a, object? b) => Binary(BinaryOperator.LShift, a, b);

    /// <summary><c>a &gt;&gt; b</c></summary>
    public static object? RShift(object? a, object? b) => Binary(BinaryOperator.RShift, a, b);

    /// <summary><c>a &amp; b</c></summary>
    public static object? And(object? a, object? b) => Binary(BinaryOperator.And, a, b);

    /// <summary><c>a | b</c></summary>
    public static object? Or(object? a, object? b) => Binary(BinaryOperator.Or, a, b);

    /// <summary><c>a ^ b</c></summary>
    public static object? Xor(object? a, object? b) => Binary(BinaryOperator.Xor, a, b);

    /// <summary><c>a @ b</c></summary>
    public static object? MatMul(object? a, object? b) => Binary(BinaryOperator.MatMul, a, b);

    /// <summary>
    /// Any binary operator: builtin numbers, then sequences and sets, then the <see cref="PyObject"/>
    /// protocol (left operand, then the reflected method of the right one), then CPython's TypeError.
    /// </summary>
    public static object? Binary(BinaryOperator op, object? a, object? b) => Binary(op, a, b, inPlace: false);

    /// <summary>
    /// The binary operation; <paramref name="inPlace"/> when it is the fallback of <c>a op= b</c> (no in-place method
    /// applied), which CPython's TypeError names with the augmented operator ("+=").
    /// </summary>
    internal static object? Binary(BinaryOperator op, object? a, object? b, bool inPlace)
    {
        var result = Numeric.Binary(op, a, b);
        if (result is not PyNotImplemented)
        {
            return result;
        }

        if (a is PyContainer { PyClass: not null } or PyValueInstance || b is PyContainer { PyClass: not null } or PyValueInstance)
        {
            return SubclassBinary(op, a, b);
        }

        result = SequenceBinary(op, a, b);
        if (result is not PyNotImplemented)
        {
            return result;
        }

        // binary_op1: a right operand whose type is a proper subclass of the left's, and overrides the
        // reflected method, goes first.
        if (b is PyObject { PyClass: { } bt } pbFirst && !ReferenceEquals(bt, TypeOf(a)) && bt.IsSubclassOf(TypeOf(a)))
        {
            result = pbFirst.BinaryOp(op, a, reflected: true);
            if (result is not PyNotImplemented)
            {
                return result;
            }
        }

        if (a is PyObject pa)
        {
            result = pa.BinaryOp(op, b, reflected: false);
            if (result is not PyNotImplemented)
            {
                return result;
            }
        }

        if (b is PyObject pb && !ReferenceEquals(a, b))
        {
            result = pb.BinaryOp(op, a, reflected: true);
            if (result is not PyNotImplemented)
            {
                return result;
            }
        }

        if (op == BinaryOperator.Mul && IndexRepeat(a, b) is { } repeated)
        {
            return repeated;
        }

        throw SequenceTypeError(op, a, b) ?? BinaryTypeError(op, a, b, inPlace);
    }

    // Objects/abstract.c, sequence_repeat: with no operand method applying, a sequence times an object with
    // __index__ repeats by that index.
    private static object? IndexRepeat(object? a, object? b)
    {
        var (sequence, count) = IsSequence(a) ? (a, b) : (b, a);
        return IsSequence(sequence) && count is PyObject and not PyContainer && ((PyObject)count).TryIndex(out var index) && IsIntLike(index)
            ? Repeat(sequence!, index)
            : null;
    }

    /// <summary><c>pow(base, exp, mod)</c> with CPython's rules for the three-argument form.</summary>
    public static object? Pow(object? a, object? b, object? mod)
    {
        if (mod is null)
        {
            return Pow(a, b);
        }

        if (!IsIntLike(a) || !IsIntLike(b) || !IsIntLike(mod))
        {
            if (IsNumber(a) && IsNumber(b) && IsNumber(mod))
            {
                throw new PyTypeError("pow() 3rd argument not allowed unless all arguments are integers");
            }

            throw new PyTypeError($"unsupported operand type(s) for pow(): '{TypeName(a)}', '{TypeName(b)}', '{TypeName(mod)}'");
        }

        var m = PyInt.ToBig(mod);
        if (m.IsZero)
        {
            throw new PyValueError("pow() 3rd argument cannot be 0");
        }

        var negativeModulus = m.Sign < 0;
        m = BigInteger.Abs(m);
        var x = PyInt.ToBig(a);
        var e = PyInt.ToBig(b);
        if (e.Sign < 0)
        {
            // Objects/longobject.c, long_pow: a negative exponent uses the modular inverse (3.8+).
            x = ModInverse(x, m);
            e = -e;
        }

        x %= m;
        if (x.Sign < 0)
        {
            x += m;
        }

        var r = m.IsOne ? BigInteger.Zero : BigInteger.ModPow(x, e, m);
        if (negativeModulus && !r.IsZero)
        {
            r -= m;
        }

        return PyInt.Normalize(r);
    }

    /// <summary><c>divmod(a, b)</c></summary>
    public static PyTuple DivMod(object? a, object? b)
    {
        if (IsIntLike(a) && IsIntLike(b))
        {
            return new PyTuple(FloorDiv(a, b), Mod(a, b));
        }

        if (IsRealNumber(a) && IsRealNumber(b))
        {
            var (q, r) = Numeric.FloatDivMod(Numeric.ToDouble(a), Numeric.ToDouble(b), "float divmod()");
            return new PyTuple(q, r);
        }

        if (IsUserObject(a) || IsUserObject(b))
        {
            var q = Binary(BinaryOperator.FloorDiv, a, b);
            return new PyTuple(q, Binary(BinaryOperator.Mod, a, b));
        }

        throw new PyTypeError($"unsupported operand type(s) for divmod(): '{TypeName(a)}' and '{TypeName(b)}'");
    }

    /// <summary><c>-a</c></summary>
    public static object? Neg(object? a) => a switch
    {
        long l => l == long.MinValue ? (object)(-(BigInteger)l) : -l,
        double d => -d,
        bool b => b ? -1L : 0L,
        BigInteger big => PyInt.Normalize(-big),
        Complex c => -c,
        PyObject o when o.UnaryOp(UnaryOperator.Neg) is var r && r is not PyNotImplemented => r,
        _ => throw new PyTypeError($"bad operand type for unary -: '{TypeName(a)}'"),
    };

    /// <summary><c>+a</c></summary>
    public static object? Pos(object? a) => a switch
    {
        long or double or BigInteger or Complex => a,
        bool b => b ? 1L : 0L,
        PyObject o when o.UnaryOp(UnaryOperator.Pos) is var r && r is not PyNotImplemented => r,
        _ => throw new PyTypeError($"bad operand type for unary +: '{TypeName(a)}'"),
    };

    /// <summary><c>~a</c></summary>
    public static object? Invert(object? a) => a switch
    {
        long l => ~l,
        bool b => b ? -2L : -1L,
        BigInteger big => PyInt.Normalize(-big - 1),
        PyObject o when o.UnaryOp(UnaryOperator.Invert) is var r && r is not PyNotImplemented => r,
        _ => throw new PyTypeError($"bad operand type for unary ~: '{TypeName(a)}'"),
    };

    /// <summary><c>not a</c></summary>
    public static bool Not(object? a) => !IsTrue(a);

    /// <summary><c>abs(a)</c></summary>
    public static object? Abs(object? a) => a switch
    {
        long l => l == long.MinValue ? (object)(-(BigInteger)l) : Math.Abs(l),
        double d => Math.Abs(d),
        bool b => b ? 1L : 0L,
        BigInteger big => BigInteger.Abs(big),
        Complex c => Numeric.ComplexAbs(c),
        PyObject o when o.UnaryOp(UnaryOperator.Abs) is var r && r is not PyNotImplemented => r,
        _ => throw new PyTypeError($"bad operand type for abs(): '{TypeName(a)}'"),
    };

    internal static long FloorDivLong(long x, long y)
    {
        var q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0))
        {
            q--;
        }

        return q;
    }

    internal static long ModLong(long x, long y)
    {
        var r = x % y;
        if (r != 0 && ((r ^ y) < 0))
        {
            r += y;
        }

        return r;
    }

    internal static bool IsIntLike(object? value) => value is long or BigInteger or bool;

    internal static bool IsRealNumber(object? value) => value is long or BigInteger or bool or double;

    internal static bool IsNumber(object? value) => value is long or BigInteger or bool or double or Complex;

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        // Extended Euclid on (a mod m, m).
        var r0 = ((a % m) + m) % m;
        var r1 = m;
        BigInteger s0 = 1, s1 = 0;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out var r2);
            (r0, r1) = (r1, r2);
            (s0, s1) = (s1, s0 - (q * s1));
        }

        if (!r0.IsOne)
        {
            throw new PyValueError("base is not invertible for the given modulus");
        }

        return ((s0 % m) + m) % m;
    }

    private static PyTypeError BinaryTypeError(BinaryOperator op, object? a, object? b, bool inPlace = false)
    {
        if (inPlace)
        {
            var augmented = op == BinaryOperator.Pow ? "**=" : BinarySymbol(op) + "=";
            return new PyTypeError($"unsupported operand type(s) for {augmented}: '{TypeName(a)}' and '{TypeName(b)}'");
        }

        return new PyTypeError($"unsupported operand type(s) for {BinarySymbol(op)}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    private static string BinarySymbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Sub => "-",
        BinaryOperator.Mul => "*",
        BinaryOperator.MatMul => "@",
        BinaryOperator.TrueDiv => "/",
        BinaryOperator.FloorDiv => "//",
        BinaryOperator.Mod => "%",
        BinaryOperator.Pow => "** or pow()",
        BinaryOperator.LShift => "<<",
        BinaryOperator.RShift => ">>",
        BinaryOperator.And => "&",
        BinaryOperator.Or => "|",
        _ => "^",
    };
}

public static partial class PyOps
{
    /// <summary>A binary operator with a list/dict/tuple/set subclass operand: the user's methods, then the builtin rules.</summary>
    private static object? SubclassBinary(BinaryOperator op, object? a, object? b)
    {
        object? result;
        if (b is PyObject { PyClass: { } bt } pbFirst && !ReferenceEquals(bt, TypeOf(a)) && bt.IsSubclassOf(TypeOf(a)))
        {
            result = pbFirst.BinaryOp(op, a, reflected: true);
            if (result is not PyNotImplemented)
            {
                return result;
            }
        }

        if (a is PyObject pa && (result = pa.BinaryOp(op, b, reflected: false)) is not PyNotImplemented)
        {
            return result;
        }

        if (b is PyObject pb && !ReferenceEquals(a, b) && (result = pb.BinaryOp(op, a, reflected: true)) is not PyNotImplemented)
        {
            return result;
        }

        if (a is PyValueInstance || b is PyValueInstance)
        {
            return Binary(op, PyValueInstance.Unwrap(a), PyValueInstance.Unwrap(b));
        }

        result = SequenceBinary(op, a, b);
        return result is not PyNotImplemented ? result : throw BinaryTypeError(op, a, b);
    }
}
