using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// The <c>cmath</c> module (Modules/cmathmodule.c, 3.11): each function computes the C99 Annex G result,
/// with the special-value tables for infinite and NaN parts, and reports CPython's errno outcome: a result
/// Annex G flags as invalid or divide-by-zero is <c>ValueError("math domain error")</c>, an overflow is
/// <c>OverflowError("math range error")</c>. The scalings that avoid spurious overflow and underflow are
/// kept, so finite results agree with CPython's bit for bit where the libm calls do.
/// </summary>
[PyNativeModule("cmath")]
public static partial class CmathModule
{
    private const double LargeDouble = double.MaxValue / 4.0;
    private const double Ln2 = 0.6931471805599453094;
    private const double Ln10 = 2.302585092994045684;
    private const int MantDig = 53;
    private const int ScaleUp = (2 * (MantDig / 2)) + 1;
    private const int ScaleDown = -(ScaleUp + 1) / 2;
    private static readonly double s_sqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double s_logLargeDouble = Math.Log(LargeDouble);
    private const double DblMin = 2.2250738585072014e-308;
    private static readonly double s_sqrtDblMin = Math.Sqrt(DblMin);

    /// <summary>The errno outcome of a C function: none, EDOM or ERANGE.</summary>
    private enum Errno
    {
        None,
        Domain,
        Range,
    }

    /// <summary><c>cmath.pi</c></summary>
    [PyExport("pi")]
    public const double Pi = Math.PI;

    /// <summary><c>cmath.e</c></summary>
    [PyExport("e")]
    public const double E = Math.E;

    /// <summary><c>cmath.tau</c></summary>
    [PyExport("tau")]
    public const double Tau = Math.Tau;

    /// <summary><c>cmath.inf</c></summary>
    [PyExport("inf")]
    public const double Infinity = double.PositiveInfinity;

    /// <summary><c>cmath.nan</c></summary>
    [PyExport("nan")]
    public const double NaN = double.NaN;

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        module.Set("infj", new Complex(0.0, double.PositiveInfinity));
        module.Set("nanj", new Complex(0.0, double.NaN));
    }

    /// <summary><c>cmath.sqrt(z)</c></summary>
    [PyExport("sqrt")]
    public static Complex Sqrt([PyPositionalOnly] object? z) => Checked(SqrtImpl(ToComplex(z), out var e), e);

    /// <summary><c>cmath.exp(z)</c></summary>
    [PyExport("exp")]
    public static Complex Exp([PyPositionalOnly] object? z) => Checked(ExpImpl(ToComplex(z), out var e), e);

    /// <summary><c>cmath.log(z[, base])</c></summary>
    [PyExport("log")]
    public static Complex Log([PyPositionalOnly] object? x, [PyPositionalOnly] object? @base = null)
    {
        var r = LogImpl(ToComplex(x), out var e);
        if (@base is not null)
        {
            var y = LogImpl(ToComplex(@base), out e);
            var (q, ok) = Numeric.Quot(r, y);
            r = q;
            e = ok ? e : Errno.Domain;
        }

        return Checked(r, e);
    }

    /// <summary><c>cmath.log10(z)</c></summary>
    [PyExport("log10")]
    public static Complex Log10([PyPositionalOnly] object? z)
    {
        var r = LogImpl(ToComplex(z), out var e);
        return Checked(new Complex(r.Real / Ln10, r.Imaginary / Ln10), e);
    }

    /// <summary><c>cmath.acos(z)</c></summary>
    [PyExport("acos")]
    public static Complex Acos([PyPositionalOnly] object? z) => Checked(AcosImpl(ToComplex(z)), Errno.None);

    /// <summary><c>cmath.acosh(z)</c></summary>
    [PyExport("acosh")]
    public static Complex Acosh([PyPositionalOnly] object? z) => Checked(AcoshImpl(ToComplex(z)), Errno.None);

    /// <summary><c>cmath.asin(z)</c>: <c>-i asinh(iz)</c>.</summary>
    [PyExport("asin")]
    public static Complex Asin([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        var s = AsinhImpl(new Complex(-c.Imaginary, c.Real));
        return new Complex(s.Imaginary, -s.Real);
    }

    /// <summary><c>cmath.asinh(z)</c></summary>
    [PyExport("asinh")]
    public static Complex Asinh([PyPositionalOnly] object? z) => AsinhImpl(ToComplex(z));

    /// <summary><c>cmath.atan(z)</c>: <c>-i atanh(iz)</c>.</summary>
    [PyExport("atan")]
    public static Complex Atan([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        var s = AtanhImpl(new Complex(-c.Imaginary, c.Real), out var e);
        return Checked(new Complex(s.Imaginary, -s.Real), e);
    }

    /// <summary><c>cmath.atanh(z)</c></summary>
    [PyExport("atanh")]
    public static Complex Atanh([PyPositionalOnly] object? z) => Checked(AtanhImpl(ToComplex(z), out var e), e);

    /// <summary><c>cmath.cos(z)</c>: <c>cosh(iz)</c>.</summary>
    [PyExport("cos")]
    public static Complex Cos([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        return Checked(CoshImpl(new Complex(-c.Imaginary, c.Real), out var e), e);
    }

    /// <summary><c>cmath.cosh(z)</c></summary>
    [PyExport("cosh")]
    public static Complex Cosh([PyPositionalOnly] object? z) => Checked(CoshImpl(ToComplex(z), out var e), e);

    /// <summary><c>cmath.sin(z)</c>: <c>-i sinh(iz)</c>.</summary>
    [PyExport("sin")]
    public static Complex Sin([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        var s = SinhImpl(new Complex(-c.Imaginary, c.Real), out var e);
        return Checked(new Complex(s.Imaginary, -s.Real), e);
    }

    /// <summary><c>cmath.sinh(z)</c></summary>
    [PyExport("sinh")]
    public static Complex Sinh([PyPositionalOnly] object? z) => Checked(SinhImpl(ToComplex(z), out var e), e);

    /// <summary><c>cmath.tan(z)</c>: <c>-i tanh(iz)</c>.</summary>
    [PyExport("tan")]
    public static Complex Tan([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        var s = TanhImpl(new Complex(-c.Imaginary, c.Real), out var e);
        return Checked(new Complex(s.Imaginary, -s.Real), e);
    }

    /// <summary><c>cmath.tanh(z)</c></summary>
    [PyExport("tanh")]
    public static Complex Tanh([PyPositionalOnly] object? z) => Checked(TanhImpl(ToComplex(z), out var e), e);

    /// <summary><c>cmath.phase(z)</c></summary>
    [PyExport("phase")]
    public static double Phase([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        return Math.Atan2(c.Imaginary, c.Real);
    }

    /// <summary><c>cmath.polar(z)</c>: <c>(abs(z), phase(z))</c>; an overflowing modulus is a range error.</summary>
    [PyExport("polar")]
    public static PyTuple Polar([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        var phi = Math.Atan2(c.Imaginary, c.Real);
        var r = Abs(c, out var e);
        Checked(c, e);
        return new PyTuple(r, phi);
    }

    /// <summary><c>cmath.rect(r, phi)</c></summary>
    [PyExport("rect")]
    public static Complex Rect([PyPositionalOnly] double r, [PyPositionalOnly] double phi)
    {
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            Complex z;
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
            {
                z = r > 0
                    ? new Complex(Math.CopySign(Inf, Math.Cos(phi)), Math.CopySign(Inf, Math.Sin(phi)))
                    : new Complex(-Math.CopySign(Inf, Math.Cos(phi)), -Math.CopySign(Inf, Math.Sin(phi)));
            }
            else
            {
                z = s_rectSpecial[SpecialType(r), SpecialType(phi)];
            }

            return Checked(z, r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi) ? Errno.Domain : Errno.None);
        }

        // phi == 0: r * phi keeps the sign of a zero phi (bpo-18513).
        return phi == 0.0 ? new Complex(r, r * phi) : new Complex(r * Math.Cos(phi), r * Math.Sin(phi));
    }

    /// <summary><c>cmath.isfinite(z)</c></summary>
    [PyExport("isfinite")]
    public static bool IsFinite([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        return double.IsFinite(c.Real) && double.IsFinite(c.Imaginary);
    }

    /// <summary><c>cmath.isnan(z)</c></summary>
    [PyExport("isnan")]
    public static bool IsNaN([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        return double.IsNaN(c.Real) || double.IsNaN(c.Imaginary);
    }

    /// <summary><c>cmath.isinf(z)</c></summary>
    [PyExport("isinf")]
    public static bool IsInf([PyPositionalOnly] object? z)
    {
        var c = ToComplex(z);
        return double.IsInfinity(c.Real) || double.IsInfinity(c.Imaginary);
    }

    /// <summary><c>cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)</c></summary>
    [PyExport("isclose")]
    public static bool IsClose(object? a, object? b, [PyKeywordOnly] double rel_tol = 1e-09, double abs_tol = 0.0)
    {
        var x = ToComplex(a);
        var y = ToComplex(b);
        if (rel_tol < 0.0 || abs_tol < 0.0)
        {
            throw new PyValueError("tolerances must be non-negative");
        }

        if (x.Real == y.Real && x.Imaginary == y.Imaginary)
        {
            return true;
        }

        if (double.IsInfinity(x.Real) || double.IsInfinity(x.Imaginary) || double.IsInfinity(y.Real) || double.IsInfinity(y.Imaginary))
        {
            return false;
        }

        var diff = Abs(new Complex(x.Real - y.Real, x.Imaginary - y.Imaginary), out _);
        return diff <= rel_tol * Abs(y, out _) || diff <= rel_tol * Abs(x, out _) || diff <= abs_tol;
    }

    /// <summary>
    /// A <c>Py_complex</c> argument (<c>PyComplex_AsCComplex</c>): a complex, an object with <c>__complex__</c>,
    /// or a real number (<c>__float__</c>, <c>__index__</c>) as its real part.
    /// </summary>
    private static Complex ToComplex(object? value)
    {
        switch (value)
        {
            case Complex c:
                return c;
            case PyObject o when PyValueInstance.Unwrap(o) is Complex inner:
                return inner;
            case PyObject o when o.PyClass is not null && BuiltinSubclass.TryUser(o, "__complex__", [], out var result):
                return PyValueInstance.Unwrap(result) is Complex r
                    ? r
                    : throw new PyTypeError($"__complex__ returned non-complex (type {PyOps.TypeName(result)})");
            default:
                return new Complex(PyArg.ToDouble(value), 0.0);
        }
    }

    private static Complex Checked(Complex value, Errno errno) => errno switch
    {
        Errno.Domain => throw MathModule.DomainError(),
        Errno.Range => throw MathModule.RangeError(),
        _ => value,
    };

    /// <summary>The kind of a double, the row or column of a special-value table (cmathmodule.c, special_type).</summary>
    private static int SpecialType(double d)
    {
        if (double.IsFinite(d))
        {
            return d != 0 ? (Math.CopySign(1.0, d) == 1.0 ? 4 : 1) : (Math.CopySign(1.0, d) == 1.0 ? 3 : 2);
        }

        return double.IsNaN(d) ? 6 : Math.CopySign(1.0, d) == 1.0 ? 5 : 0;
    }

    private static bool IsSpecial(Complex z) => !double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary);

    private static Complex Special(Complex[,] table, Complex z) => table[SpecialType(z.Real), SpecialType(z.Imaginary)];

    /// <summary><c>_Py_c_abs</c>: the modulus; an infinite part wins over a NaN, a finite overflow is ERANGE.</summary>
    private static double Abs(Complex z, out Errno errno)
    {
        errno = Errno.None;
        if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
        {
            return double.IsInfinity(z.Real) ? Math.Abs(z.Real) : double.IsInfinity(z.Imaginary) ? Math.Abs(z.Imaginary) : double.NaN;
        }

        var result = Libm.Hypot(z.Real, z.Imaginary);
        errno = double.IsFinite(result) ? Errno.None : Errno.Range;
        return result;
    }
}
