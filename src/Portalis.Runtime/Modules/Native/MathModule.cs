using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// The <c>math</c> module (Modules/mathmodule.c, 3.11): libm functions with CPython's error rules
/// (<c>math_1</c>/<c>math_2</c>: a NaN from a non-NaN argument is "math domain error", an infinity from a
/// finite argument is "math range error" where the function can overflow), exact integer functions and
/// the accurate sums.
/// </summary>
[PyNativeModule("math")]
public static partial class MathModule
{
    /// <summary><c>math.pi</c></summary>
    [PyExport("pi")]
    public const double Pi = Math.PI;

    /// <summary><c>math.e</c></summary>
    [PyExport("e")]
    public const double E = Math.E;

    /// <summary><c>math.tau</c></summary>
    [PyExport("tau")]
    public const double Tau = Math.Tau;

    /// <summary><c>math.inf</c></summary>
    [PyExport("inf")]
    public const double Inf = double.PositiveInfinity;

    /// <summary><c>math.nan</c></summary>
    [PyExport("nan")]
    public const double NaN = double.NaN;

    /// <summary><c>math.sqrt(x)</c></summary>
    [PyExport("sqrt")]
    public static double Sqrt([PyPositionalOnly] double x) => Math1(x, Math.Sqrt(x), false);

    /// <summary><c>math.cbrt(x)</c></summary>
    [PyExport("cbrt")]
    public static double Cbrt([PyPositionalOnly] double x) => Math.Cbrt(x);

    /// <summary><c>math.exp(x)</c></summary>
    [PyExport("exp")]
    public static double Exp([PyPositionalOnly] double x) => Math1(x, Math.Exp(x), true);

    /// <summary><c>math.exp2(x)</c></summary>
    [PyExport("exp2")]
    public static double Exp2([PyPositionalOnly] double x) => Math1(x, Math.Pow(2.0, x), true);

    /// <summary><c>math.expm1(x)</c>: Kahan's formulation, accurate near 0.</summary>
    [PyExport("expm1")]
    public static double Expm1([PyPositionalOnly] double x)
    {
        if (Math.Abs(x) < 0.7)
        {
            var u = Math.Exp(x);
            return u == 1.0 ? x : u - 1.0 == -1.0 ? -1.0 : (u - 1.0) * x / Math.Log(u);
        }

        return Math1(x, Math.Exp(x) - 1.0, true);
    }

    /// <summary><c>math.log1p(x)</c>: accurate near 0.</summary>
    [PyExport("log1p")]
    public static double Log1p([PyPositionalOnly] double x)
    {
        if (x <= -1.0)
        {
            // log1p(-1) is a pole: CPython reports it as a domain error too.
            throw DomainError();
        }

        var u = 1.0 + x;
        if (!double.IsFinite(u))
        {
            return x;
        }

        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary><c>math.fabs(x)</c></summary>
    [PyExport("fabs")]
    public static double Fabs([PyPositionalOnly] double x) => Math.Abs(x);

    /// <summary><c>math.sin(x)</c></summary>
    [PyExport("sin")]
    public static double Sin([PyPositionalOnly] double x) => Math1(x, Math.Sin(x), false);

    /// <summary><c>math.cos(x)</c></summary>
    [PyExport("cos")]
    public static double Cos([PyPositionalOnly] double x) => Math1(x, Math.Cos(x), false);

    /// <summary><c>math.tan(x)</c></summary>
    [PyExport("tan")]
    public static double Tan([PyPositionalOnly] double x) => Math1(x, Math.Tan(x), false);

    /// <summary><c>math.asin(x)</c></summary>
    [PyExport("asin")]
    public static double Asin([PyPositionalOnly] double x) => Math1(x, Math.Asin(x), false);

    /// <summary><c>math.acos(x)</c></summary>
    [PyExport("acos")]
    public static double Acos([PyPositionalOnly] double x) => Math1(x, Math.Acos(x), false);

    /// <summary><c>math.atan(x)</c></summary>
    [PyExport("atan")]
    public static double Atan([PyPositionalOnly] double x) => Math.Atan(x);

    /// <summary><c>math.atan2(y, x)</c></summary>
    [PyExport("atan2")]
    public static double Atan2(double y, [PyPositionalOnly] double x) => Math.Atan2(y, x);

    /// <summary><c>math.sinh(x)</c></summary>
    [PyExport("sinh")]
    public static double Sinh([PyPositionalOnly] double x) => Math1(x, Math.Sinh(x), true);

    /// <summary><c>math.cosh(x)</c></summary>
    [PyExport("cosh")]
    public static double Cosh([PyPositionalOnly] double x) => Math1(x, Math.Cosh(x), true);

    /// <summary><c>math.tanh(x)</c></summary>
    [PyExport("tanh")]
    public static double Tanh([PyPositionalOnly] double x) => Math.Tanh(x);

    /// <summary><c>math.asinh(x)</c></summary>
    [PyExport("asinh")]
    public static double Asinh([PyPositionalOnly] double x) => Math.Asinh(x);

    /// <summary><c>math.acosh(x)</c></summary>
    [PyExport("acosh")]
    public static double Acosh([PyPositionalOnly] double x) => Math1(x, Math.Acosh(x), false);

    /// <summary><c>math.atanh(x)</c></summary>
    [PyExport("atanh")]
    public static double Atanh([PyPositionalOnly] double x) => Math.Abs(x) >= 1.0 ? throw DomainError() : Math.Atanh(x);

    /// <summary><c>math.degrees(x)</c></summary>
    [PyExport("degrees")]
    public static double Degrees([PyPositionalOnly] double x) => x * (180.0 / Math.PI);

    /// <summary><c>math.radians(x)</c></summary>
    [PyExport("radians")]
    public static double Radians([PyPositionalOnly] double x) => x * (Math.PI / 180.0);

    /// <summary><c>math.copysign(x, y)</c></summary>
    [PyExport("copysign")]
    public static double CopySign(double x, [PyPositionalOnly] double y) => Math.CopySign(x, y);

    /// <summary><c>math.fmod(x, y)</c> (C fmod: the sign of x).</summary>
    [PyExport("fmod")]
    public static double Fmod(double x, [PyPositionalOnly] double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x))
        {
            return x;
        }

        var r = x % y;
        return double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y) ? throw DomainError() : r;
    }

    /// <summary><c>math.remainder(x, y)</c> (IEEE 754 remainder).</summary>
    [PyExport("remainder")]
    public static double Remainder(double x, [PyPositionalOnly] double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }

        if (double.IsInfinity(x) || y == 0.0)
        {
            throw DomainError();
        }

        return double.IsInfinity(y) ? x : Math.IEEERemainder(x, y);
    }

    /// <summary><c>math.pow(x, y)</c> (C99 pow with CPython's errors).</summary>
    [PyExport("pow")]
    public static double Pow(double x, [PyPositionalOnly] double y)
    {
        var r = Math.Pow(x, y);
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (double.IsNaN(r))
            {
                throw DomainError();
            }

            if (double.IsInfinity(r))
            {
                throw x == 0.0 ? DomainError() : RangeError();
            }
        }

        return r;
    }

    /// <summary><c>math.floor(x)</c>: an int.</summary>
    [PyExport("floor")]
    public static object Floor([PyPositionalOnly] object? x) => x switch
    {
        long or BigInteger => x,
        bool b => b ? 1L : 0L,
        _ => PyFloat.Truncate(Math.Floor(PyArg.ToDouble(x))),
    };

    /// <summary><c>math.ceil(x)</c>: an int.</summary>
    [PyExport("ceil")]
    public static object Ceil([PyPositionalOnly] object? x) => x switch
    {
        long or BigInteger => x,
        bool b => b ? 1L : 0L,
        _ => PyFloat.Truncate(Math.Ceiling(PyArg.ToDouble(x))),
    };

    /// <summary><c>math.trunc(x)</c>: an int.</summary>
    [PyExport("trunc")]
    public static object Trunc([PyPositionalOnly] object? x) => x switch
    {
        long or BigInteger => x,
        bool b => b ? 1L : 0L,
        double d => PyFloat.Truncate(d),
        _ => throw new PyTypeError($"type {PyOps.TypeName(x)} doesn't define __trunc__ method"),
    };

    /// <summary><c>math.modf(x)</c>: (fractional part, integer part), both with x's sign.</summary>
    [PyExport("modf")]
    public static PyTuple Modf([PyPositionalOnly] double x)
    {
        if (double.IsInfinity(x))
        {
            return new PyTuple(Math.CopySign(0.0, x), x);
        }

        var i = Math.Truncate(x);
        return new PyTuple(Math.CopySign(x - i, x), i);
    }

    /// <summary><c>math.frexp(x)</c>: (m, e) with 0.5 &lt;= |m| &lt; 1 and x == m * 2**e.</summary>
    [PyExport("frexp")]
    public static PyTuple Frexp([PyPositionalOnly] double x)
    {
        if (x == 0.0 || !double.IsFinite(x))
        {
            return new PyTuple(x, 0L);
        }

        var (m, e) = FrexpCore(x);
        return new PyTuple(m, (long)e);
    }

    /// <summary><c>math.ldexp(x, i)</c></summary>
    [PyExport("ldexp")]
    public static double Ldexp(double x, [PyPositionalOnly] object? i)
    {
        if (!PyOps.IsIntLike(i))
        {
            throw new PyTypeError("Expected an int as second argument to ldexp.");
        }

        var exp = PyInt.ToBig(i);
        if (x == 0.0 || !double.IsFinite(x))
        {
            return x;
        }

        if (exp > 10000)
        {
            throw RangeError();
        }

        if (exp < -10000)
        {
            return Math.CopySign(0.0, x);
        }

        var r = Math.ScaleB(x, (int)exp);
        return double.IsInfinity(r) ? throw RangeError() : r;
    }

    /// <summary><c>math.isfinite(x)</c></summary>
    [PyExport("isfinite")]
    public static bool IsFinite([PyPositionalOnly] double x) => double.IsFinite(x);

    /// <summary><c>math.isinf(x)</c></summary>
    [PyExport("isinf")]
    public static bool IsInf([PyPositionalOnly] double x) => double.IsInfinity(x);

    /// <summary><c>math.isnan(x)</c></summary>
    [PyExport("isnan")]
    public static bool IsNaN([PyPositionalOnly] double x) => double.IsNaN(x);

    /// <summary><c>math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)</c> (PEP 485).</summary>
    [PyExport("isclose")]
    public static bool IsClose(double a, double b, [PyKeywordOnly] double rel_tol = 1e-09, double abs_tol = 0.0)
    {
        if (rel_tol < 0.0 || abs_tol < 0.0)
        {
            throw new PyValueError("tolerances must be non-negative");
        }

        if (a == b)
        {
            return true;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return false;
        }

        var diff = Math.Abs(b - a);
        return (diff <= Math.Abs(rel_tol * b)) || (diff <= Math.Abs(rel_tol * a)) || (diff <= abs_tol);
    }

    /// <summary><c>math.nextafter(x, y)</c></summary>
    [PyExport("nextafter")]
    public static double NextAfter(double x, [PyPositionalOnly] double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }

        if (x == y)
        {
            return y;
        }

        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    /// <summary><c>math.ulp(x)</c></summary>
    [PyExport("ulp")]
    public static double Ulp([PyPositionalOnly] double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        x = Math.Abs(x);
        if (double.IsInfinity(x))
        {
            return x;
        }

        var next = Math.BitIncrement(x);
        if (double.IsInfinity(next))
        {
            return x - Math.BitDecrement(x);
        }

        return next - x;
    }

    /// <summary><c>math.log(x[, base])</c>: ints of any size.</summary>
    [PyExport("log")]
    public static double Log(object? x, [PyPositionalOnly, PyOptional] object? @base = null)
    {
        var num = LogHelper(x, Math.Log);
        if (@base == PyArg.Missing)
        {
            return num;
        }

        var den = LogHelper(@base, Math.Log);
        return den == 0.0 ? throw new PyZeroDivisionError("float division by zero") : num / den;
    }

    /// <summary><c>math.log2(x)</c></summary>
    [PyExport("log2")]
    public static double Log2([PyPositionalOnly] object? x) => LogHelper(x, Math.Log2);

    /// <summary><c>math.log10(x)</c></summary>
    [PyExport("log10")]
    public static double Log10([PyPositionalOnly] object? x) => LogHelper(x, Math.Log10);

    private static double LogHelper(object? x, Func<double, double> log)
    {
        // mathmodule.c, loghelper: ints too large for a double go through frexp.
        if (x is BigInteger big)
        {
            if (big.Sign <= 0)
            {
                throw DomainError();
            }

            if (big.GetBitLength() > 1024)
            {
                var (m, e) = BigFrexp(big);
                return log(m) + (log(2.0) * e);
            }

            return log(PyInt.ToDouble(big));
        }

        if (x is long or bool && PyArg.ToLong(x) <= 0)
        {
            throw DomainError();
        }

        var v = PyArg.ToDouble(x);
        if (double.IsNaN(v) || v == double.PositiveInfinity)
        {
            return v;
        }

        return v <= 0.0 ? throw DomainError() : log(v);
    }

    private static (double Mantissa, long Exponent) BigFrexp(BigInteger big)
    {
        var bits = (long)big.GetBitLength();
        var shift = bits - 62;
        var top = big >> (int)shift;
        if (!(big & ((BigInteger.One << (int)shift) - 1)).IsZero)
        {
            top |= 1;
        }

        return (Math.ScaleB((double)(long)top, -62), bits);
    }

    internal static (double Mantissa, int Exponent) FrexpCore(double x)
    {
        var e = Math.ILogB(x) + 1;
        var m = Math.ScaleB(x, -e);
        return (m, e);
    }

    private static double Math1(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x))
        {
            throw DomainError();
        }

        if (double.IsInfinity(r) && double.IsFinite(x))
        {
            throw canOverflow ? RangeError() : DomainError();
        }

        return r;
    }

    internal static PyValueError DomainError() => new("math domain error");

    internal static PyOverflowError RangeError() => new("math range error");
}
