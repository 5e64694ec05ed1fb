using System.Numerics;

namespace Portalis.Runtime;

/// <summary>Binary arithmetic on int (long/BigInteger/bool), float and complex, as Objects/longobject.c, floatobject.c and complexobject.c.</summary>
internal static class Numeric
{
    private enum Kind
    {
        None,
        Int,
        Float,
        Complex,
    }

    public static object? Binary(BinaryOperator op, object? a, object? b)
    {
        var ka = KindOf(a);
        var kb = KindOf(b);
        if (ka == Kind.None || kb == Kind.None)
        {
            return PyNotImplemented.Value;
        }

        if (ka == Kind.Int && kb == Kind.Int)
        {
            if (a is bool ba && b is bool bb && op is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
            {
                // bool & | ^ bool stays bool (Objects/boolobject.c).
                return op switch
                {
                    BinaryOperator.And => ba & bb,
                    BinaryOperator.Or => ba | bb,
                    _ => ba ^ bb,
                };
            }

            return IntBinary(op, a!, b!);
        }

        if (ka == Kind.Complex || kb == Kind.Complex)
        {
            return ComplexBinary(op, a, b);
        }

        if (op is BinaryOperator.LShift or BinaryOperator.RShift or BinaryOperator.And or BinaryOperator.Or
            or BinaryOperator.Xor or BinaryOperator.MatMul)
        {
            return PyNotImplemented.Value;
        }

        // int ** negative int is a float result computed from the float operands.
        return FloatBinary(op, ToDouble(a), ToDouble(b));
    }

    public static double ToDouble(object? value) => value switch
    {
        double d => d,
        long l => l,
        bool b => b ? 1.0 : 0.0,
        BigInteger big => PyInt.ToDouble(big),
        _ => throw new PyTypeError($"must be real number, not {PyOps.TypeName(value)}"),
    };

    public static Complex ToComplex(object? value) => value is Complex c ? c : new Complex(ToDouble(value), 0);

    private static Kind KindOf(object? value) => value switch
    {
        long or bool or BigInteger => Kind.Int,
        double => Kind.Float,
        Complex => Kind.Complex,
        _ => Kind.None,
    };

    private static object IntBinary(BinaryOperator op, object a, object b)
    {
        if (a is bool ab)
        {
            a = ab ? 1L : 0L;
        }

        if (b is bool bb)
        {
            b = bb ? 1L : 0L;
        }

        if (a is long x && b is long y)
        {
            switch (op)
            {
                case BinaryOperator.Add:
                case BinaryOperator.Sub:
                case BinaryOperator.Mul:
                    break;
                case BinaryOperator.TrueDiv:
                    return PyInt.TrueDivide(x, y);
                case BinaryOperator.FloorDiv:
                    if (y == 0)
                    {
                        throw new PyZeroDivisionError("integer division or modulo by zero");
                    }

                    if (x == long.MinValue && y == -1)
                    {
                        break;
                    }

                    return PyOps.FloorDivLong(x, y);
                case BinaryOperator.Mod:
                    if (y == 0)
                    {
                        throw new PyZeroDivisionError("integer modulo by zero");
                    }

                    return y == -1 ? 0L : PyOps.ModLong(x, y);
                case BinaryOperator.And:
                    return x & y;
                case BinaryOperator.Or:
                    return x | y;
                case BinaryOperator.Xor:
                    return x ^ y;
                case BinaryOperator.RShift:
                    if (y < 0)
                    {
                        throw new PyValueError("negative shift count");
                    }

                    return y >= 64 ? (x < 0 ? -1L : 0L) : x >> (int)y;
                case BinaryOperator.LShift:
                    if (y < 0)
                    {
                        throw new PyValueError("negative shift count");
                    }

                    if (x == 0)
                    {
                        return 0L;
                    }

                    if (y < 63)
                    {
                        var shifted = x << (int)y;
                        if (shifted >> (int)y == x)
                        {
                            return shifted;
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        var p = PyInt.ToBig(a);
        var q = PyInt.ToBig(b);
        switch (op)
        {
            case BinaryOperator.Add:
                return PyInt.Normalize(p + q);
            case BinaryOperator.Sub:
                return PyInt.Normalize(p - q);
            case BinaryOperator.Mul:
                return PyInt.Normalize(p * q);
            case BinaryOperator.TrueDiv:
                return PyInt.TrueDivide(p, q);
            case BinaryOperator.FloorDiv:
            {
                if (q.IsZero)
                {
                    throw new PyZeroDivisionError("integer division or modulo by zero");
                }

                var quotient = BigInteger.DivRem(p, q, out var rem);
                if (!rem.IsZero && (rem.Sign != q.Sign))
                {
                    quotient -= 1;
                }

                return PyInt.Normalize(quotient);
            }

            case BinaryOperator.Mod:
            {
                if (q.IsZero)
                {
                    throw new PyZeroDivisionError("integer modulo by zero");
                }

                var rem = BigInteger.Remainder(p, q);
                if (!rem.IsZero && rem.Sign != q.Sign)
                {
                    rem += q;
                }

                return PyInt.Normalize(rem);
            }

            case BinaryOperator.Pow:
                return IntPow(p, q);
            case BinaryOperator.LShift:
                if (q.Sign < 0)
                {
                    throw new PyValueError("negative shift count");
                }

                if (p.IsZero)
                {
                    return 0L;
                }

                if (q > int.MaxValue)
                {
                    throw new PyOverflowError("too many digits in integer");
                }

                return PyInt.Normalize(p << (int)q);
            case BinaryOperator.RShift:
                if (q.Sign < 0)
                {
                    throw new PyValueError("negative shift count");
                }

                if (q > int.MaxValue)
                {
                    return p.Sign < 0 ? -1L : 0L;
                }

                return PyInt.Normalize(p >> (int)q);
            case BinaryOperator.And:
                return PyInt.Normalize(p & q);
            case BinaryOperator.Or:
                return PyInt.Normalize(p | q);
            case BinaryOperator.Xor:
                return PyInt.Normalize(p ^ q);
            default:
                return PyNotImplemented.Value;
        }
    }

    private static object IntPow(BigInteger p, BigInteger q)
    {
        if (q.Sign < 0)
        {
            // Objects/longobject.c, long_pow: a negative exponent gives float pow.
            return FloatBinary(BinaryOperator.Pow, PyInt.ToDouble(p), PyInt.ToDouble(q));
        }

        if (p.IsZero)
        {
            return q.IsZero ? 1L : 0L;
        }

        if (p.IsOne)
        {
            return 1L;
        }

        if (p == BigInteger.MinusOne)
        {
            return q.IsEven ? 1L : -1L;
        }

        if (q > int.MaxValue)
        {
            throw new PyMemoryError();
        }

        return PyInt.Normalize(BigInteger.Pow(p, (int)q));
    }

    public static object FloatBinary(BinaryOperator op, double x, double y)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return x + y;
            case BinaryOperator.Sub:
                return x - y;
            case BinaryOperator.Mul:
                return x * y;
            case BinaryOperator.TrueDiv:
                if (y == 0)
                {
                    throw new PyZeroDivisionError("float division by zero");
                }

                return x / y;
            case BinaryOperator.FloorDiv:
                return FloatDivMod(x, y, "float floor division by zero").Quotient;
            case BinaryOperator.Mod:
                return FloatMod(x, y);
            case BinaryOperator.Pow:
                return FloatPow(x, y);
            default:
                return PyNotImplemented.Value;
        }
    }

    // Objects/floatobject.c, float_rem.
    private static double FloatMod(double vx, double wx)
    {
        if (wx == 0)
        {
            throw new PyZeroDivisionError("float modulo");
        }

        var mod = CFmod(vx, wx);
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }

        return mod;
    }

    // C fmod: the C# % operator on doubles is IEEE fmod (result has the sign of the dividend).
    private static double CFmod(double x, double y) => x % y;

    // Objects/floatobject.c, _float_div_mod.
    public static (double Quotient, double Remainder) FloatDivMod(double vx, double wx, string zeroMessage)
    {
        if (wx == 0)
        {
            throw new PyZeroDivisionError(zeroMessage);
        }

        var mod = CFmod(vx, wx);
        var div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }

        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }

        return (floordiv, mod);
    }

    // Objects/floatobject.c, float_pow.
    private static object FloatPow(double iv, double iw)
    {
        if (iw == 0)
        {
            return 1.0;
        }

        if (double.IsNaN(iv))
        {
            return iv;
        }

        if (double.IsNaN(iw))
        {
            return iv == 1.0 ? 1.0 : iw;
        }

        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0)
            {
                return 1.0;
            }

            return (iw > 0) == (iv > 1.0) ? double.PositiveInfinity : 0.0;
        }

        if (double.IsInfinity(iv))
        {
            var oddExponent = Math.Abs(iw % 2.0) == 1.0;
            if (iw > 0)
            {
                return oddExponent ? iv : Math.Abs(iv);
            }

            return oddExponent ? Math.CopySign(0.0, iv) : 0.0;
        }

        if (iv == 0)
        {
            if (iw < 0)
            {
                throw new PyZeroDivisionError("0.0 cannot be raised to a negative power");
            }

            var oddExponent = Math.Abs(iw % 2.0) == 1.0;
            return oddExponent ? iv : 0.0;
        }

        var negateResult = false;
        if (iv < 0)
        {
            if (iw != Math.Floor(iw))
            {
                // A negative base to a fractional power is complex.
                return ComplexPow(new Complex(iv, 0), new Complex(iw, 0));
            }

            iv = -iv;
            negateResult = Math.Abs(iw % 2.0) == 1.0;
        }

        if (iv == 1.0)
        {
            return negateResult ? -1.0 : 1.0;
        }

        var ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix))
        {
            throw new PyOverflowError(34L, "Numerical result out of range");
        }

        return negateResult ? -ix : ix;
    }

    private static object ComplexBinary(BinaryOperator op, object? a, object? b)
    {
        var x = ToComplex(a);
        var y = ToComplex(b);
        switch (op)
        {
            case BinaryOperator.Add:
                return new Complex(x.Real + y.Real, x.Imaginary + y.Imaginary);
            case BinaryOperator.Sub:
                return new Complex(x.Real - y.Real, x.Imaginary - y.Imaginary);
            case BinaryOperator.Mul:
                return Prod(x, y);
            case BinaryOperator.TrueDiv:
                var (q, ok) = Quot(x, y);
                if (!ok)
                {
                    throw new PyZeroDivisionError("complex division by zero");
                }

                return q;
            case BinaryOperator.Pow:
                return ComplexPow(x, y);
            default:
                return PyNotImplemented.Value;
        }
    }

    private static Complex Prod(Complex a, Complex b) =>
        new((a.Real * b.Real) - (a.Imaginary * b.Imaginary), (a.Real * b.Imaginary) + (a.Imaginary * b.Real));

    // Objects/complexobject.c, _Py_c_quot.
    internal static (Complex Value, bool Ok) Quot(Complex a, Complex b)
    {
        var absBReal = Math.Abs(b.Real);
        var absBImag = Math.Abs(b.Imaginary);
        if (absBReal >= absBImag)
        {
            if (absBReal == 0.0)
            {
                return (Complex.Zero, false);
            }

            var ratio = b.Imaginary / b.Real;
            var denom = b.Real + (b.Imaginary * ratio);
            return (new Complex((a.Real + (a.Imaginary * ratio)) / denom, (a.Imaginary - (a.Real * ratio)) / denom), true);
        }

        if (absBImag >= absBReal)
        {
            var ratio = b.Real / b.Imaginary;
            var denom = (b.Real * ratio) + b.Imaginary;
            return (new Complex(((a.Real * ratio) + a.Imaginary) / denom, ((a.Imaginary * ratio) - a.Real) / denom), true);
        }

        return (new Complex(double.NaN, double.NaN), true);
    }

    // Objects/complexobject.c, complex_pow with c_powi for small integral exponents and _Py_c_pow otherwise.
    private static Complex ComplexPow(Complex a, Complex b)
    {
        Complex p;
        if (b.Imaginary == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
        {
            var n = (long)b.Real;
            if (n > 0)
            {
                p = PowU(a, n);
            }
            else
            {
                var (q, ok) = Quot(Complex.One, PowU(a, -n));
                if (!ok)
                {
                    throw new PyZeroDivisionError("0.0 to a negative or complex power");
                }

                p = q;
            }
        }
        else if (b.Real == 0.0 && b.Imaginary == 0.0)
        {
            p = Complex.One;
        }
        else if (a.Real == 0.0 && a.Imaginary == 0.0)
        {
            if (b.Imaginary != 0.0 || b.Real < 0.0)
            {
                throw new PyZeroDivisionError("0.0 to a negative or complex power");
            }

            p = Complex.Zero;
        }
        else
        {
            var vabs = Hypot(a.Real, a.Imaginary);
            var len = Math.Pow(vabs, b.Real);
            var at = Math.Atan2(a.Imaginary, a.Real);
            var phase = at * b.Real;
            if (b.Imaginary != 0.0)
            {
                len /= Math.Exp(at * b.Imaginary);
                phase += b.Imaginary * Math.Log(vabs);
            }

            if (double.IsInfinity(phase))
            {
                // cos/sin of an infinity set errno to EDOM in C, which complex_pow reports so.
                throw new PyZeroDivisionError("0.0 to a negative or complex power");
            }

            p = new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
        }

        if (double.IsInfinity(p.Real) || double.IsInfinity(p.Imaginary))
        {
            throw new PyOverflowError("complex exponentiation");
        }

        return p;
    }

    private static Complex PowU(Complex x, long n)
    {
        var r = Complex.One;
        var p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0)
            {
                r = Prod(r, p);
            }

            mask <<= 1;
            p = Prod(p, p);
        }

        return r;
    }

    public static double ComplexAbs(Complex c)
    {
        // Objects/complexobject.c, complex_abs: hypot, OverflowError "absolute value too large".
        if (double.IsInfinity(c.Real) || double.IsInfinity(c.Imaginary))
        {
            return double.PositiveInfinity;
        }

        if (double.IsNaN(c.Real) || double.IsNaN(c.Imaginary))
        {
            return double.NaN;
        }

        var result = Hypot(c.Real, c.Imaginary);
        if (double.IsInfinity(result))
        {
            throw new PyOverflowError("absolute value too large");
        }

        return result;
    }

    private static double Hypot(double x, double y) => Libm.Hypot(x, y);
}
