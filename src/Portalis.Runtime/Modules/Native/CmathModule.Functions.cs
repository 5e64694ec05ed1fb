using System.Numerics;

namespace Portalis.Runtime;

/// <summary>The C functions of Modules/cmathmodule.c (<c>cmath_*_impl</c>, <c>c_log</c>), each with its errno outcome.</summary>
public static partial class CmathModule
{
    private static Complex AcosImpl(Complex z)
    {
        if (IsSpecial(z))
        {
            return Special(s_acosSpecial, z);
        }

        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            // Avoid unnecessary overflow for large arguments.
            return new Complex(
                Math.Atan2(Math.Abs(z.Imaginary), z.Real),
                -Math.CopySign(Math.Log(Libm.Hypot(z.Real / 2.0, z.Imaginary / 2.0)) + (Ln2 * 2.0), z.Imaginary));
        }

        var s1 = SqrtImpl(new Complex(1.0 - z.Real, -z.Imaginary), out _);
        var s2 = SqrtImpl(new Complex(1.0 + z.Real, z.Imaginary), out _);
        return new Complex(2.0 * Math.Atan2(s1.Real, s2.Real), Math.Asinh((s2.Real * s1.Imaginary) - (s2.Imaginary * s1.Real)));
    }

    private static Complex AcoshImpl(Complex z)
    {
        if (IsSpecial(z))
        {
            return Special(s_acoshSpecial, z);
        }

        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            return new Complex(Math.Log(Libm.Hypot(z.Real / 2.0, z.Imaginary / 2.0)) + (Ln2 * 2.0), Math.Atan2(z.Imaginary, z.Real));
        }

        var s1 = SqrtImpl(new Complex(z.Real - 1.0, z.Imaginary), out _);
        var s2 = SqrtImpl(new Complex(z.Real + 1.0, z.Imaginary), out _);
        return new Complex(Math.Asinh((s1.Real * s2.Real) + (s1.Imaginary * s2.Imaginary)), 2.0 * Math.Atan2(s1.Imaginary, s2.Real));
    }

    private static Complex AsinhImpl(Complex z)
    {
        if (IsSpecial(z))
        {
            return Special(s_asinhSpecial, z);
        }

        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            var real = z.Imaginary >= 0.0
                ? Math.CopySign(Math.Log(Libm.Hypot(z.Real / 2.0, z.Imaginary / 2.0)) + (Ln2 * 2.0), z.Real)
                : -Math.CopySign(Math.Log(Libm.Hypot(z.Real / 2.0, z.Imaginary / 2.0)) + (Ln2 * 2.0), -z.Real);
            return new Complex(real, Math.Atan2(z.Imaginary, Math.Abs(z.Real)));
        }

        var s1 = SqrtImpl(new Complex(1.0 + z.Imaginary, -z.Real), out _);
        var s2 = SqrtImpl(new Complex(1.0 - z.Imaginary, z.Real), out _);
        return new Complex(
            Math.Asinh((s1.Real * s2.Imaginary) - (s2.Real * s1.Imaginary)),
            Math.Atan2(z.Imaginary, (s1.Real * s2.Real) - (s1.Imaginary * s2.Imaginary)));
    }

    private static Complex AtanhImpl(Complex z, out Errno errno)
    {
        errno = Errno.None;
        if (IsSpecial(z))
        {
            return Special(s_atanhSpecial, z);
        }

        // Reduce to z.real >= 0 with atanh(z) = -atanh(-z).
        if (z.Real < 0.0)
        {
            var negated = AtanhImpl(new Complex(-z.Real, -z.Imaginary), out errno);
            return new Complex(-negated.Real, -negated.Imaginary);
        }

        var ay = Math.Abs(z.Imaginary);
        if (z.Real > s_sqrtLargeDouble || ay > s_sqrtLargeDouble)
        {
            // Large |z|: atanh(z) ~ 1/z +/- i*pi/2.
            var h = Libm.Hypot(z.Real / 2.0, z.Imaginary / 2.0);
            return new Complex(z.Real / 4.0 / h / h, Math.CopySign(Math.PI / 2.0, z.Imaginary));
        }

        if (z.Real == 1.0 && ay < s_sqrtDblMin)
        {
            if (ay == 0.0)
            {
                // C99: atanh(1 +/- 0i) is inf +/- 0i, with divide-by-zero.
                errno = Errno.Domain;
                return new Complex(double.PositiveInfinity, z.Imaginary);
            }

            return new Complex(-Math.Log(Math.Sqrt(ay) / Math.Sqrt(Libm.Hypot(ay, 2.0))), Math.CopySign(Math.Atan2(2.0, -ay) / 2, z.Imaginary));
        }

        return new Complex(
            Libm.Log1p(4.0 * z.Real / (((1 - z.Real) * (1 - z.Real)) + (ay * ay))) / 4.0,
            -Math.Atan2(-2.0 * z.Imaginary, ((1 - z.Real) * (1 + z.Real)) - (ay * ay)) / 2.0);
    }

    private static Complex CoshImpl(Complex z, out Errno errno)
    {
        if (IsSpecial(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                r = z.Real > 0
                    ? new Complex(Math.CopySign(Inf, Math.Cos(z.Imaginary)), Math.CopySign(Inf, Math.Sin(z.Imaginary)))
                    : new Complex(Math.CopySign(Inf, Math.Cos(z.Imaginary)), -Math.CopySign(Inf, Math.Sin(z.Imaginary)));
            }
            else
            {
                r = Special(s_coshSpecial, z);
            }

            errno = double.IsInfinity(z.Imaginary) && !double.IsNaN(z.Real) ? Errno.Domain : Errno.None;
            return r;
        }

        Complex result;
        if (Math.Abs(z.Real) > s_logLargeDouble)
        {
            // cosh(z.real) overflows where cosh(z) may not.
            var xm1 = z.Real - Math.CopySign(1.0, z.Real);
            result = new Complex(Math.Cos(z.Imaginary) * Math.Cosh(xm1) * Math.E, Math.Sin(z.Imaginary) * Math.Sinh(xm1) * Math.E);
        }
        else
        {
            result = new Complex(Math.Cos(z.Imaginary) * Math.Cosh(z.Real), Math.Sin(z.Imaginary) * Math.Sinh(z.Real));
        }

        errno = double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary) ? Errno.Range : Errno.None;
        return result;
    }

    private static Complex SinhImpl(Complex z, out Errno errno)
    {
        if (IsSpecial(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                r = z.Real > 0
                    ? new Complex(Math.CopySign(Inf, Math.Cos(z.Imaginary)), Math.CopySign(Inf, Math.Sin(z.Imaginary)))
                    : new Complex(-Math.CopySign(Inf, Math.Cos(z.Imaginary)), Math.CopySign(Inf, Math.Sin(z.Imaginary)));
            }
            else
            {
                r = Special(s_sinhSpecial, z);
            }

            errno = double.IsInfinity(z.Imaginary) && !double.IsNaN(z.Real) ? Errno.Domain : Errno.None;
            return r;
        }

        Complex result;
        if (Math.Abs(z.Real) > s_logLargeDouble)
        {
            var xm1 = z.Real - Math.CopySign(1.0, z.Real);
            result = new Complex(Math.Cos(z.Imaginary) * Math.Sinh(xm1) * Math.E, Math.Sin(z.Imaginary) * Math.Cosh(xm1) * Math.E);
        }
        else
        {
            result = new Complex(Math.Cos(z.Imaginary) * Math.Sinh(z.Real), Math.Sin(z.Imaginary) * Math.Cosh(z.Real));
        }

        errno = double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary) ? Errno.Range : Errno.None;
        return result;
    }

    private static Complex TanhImpl(Complex z, out Errno errno)
    {
        if (IsSpecial(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                var sign = Math.CopySign(0.0, 2.0 * Math.Sin(z.Imaginary) * Math.Cos(z.Imaginary));
                r = new Complex(z.Real > 0 ? 1.0 : -1.0, sign);
            }
            else
            {
                r = Special(s_tanhSpecial, z);
            }

            errno = double.IsInfinity(z.Imaginary) && double.IsFinite(z.Real) ? Errno.Domain : Errno.None;
            return r;
        }

        errno = Errno.None;
        if (Math.Abs(z.Real) > s_logLargeDouble)
        {
            // Danger of overflow in 2 * z.imag.
            return new Complex(Math.CopySign(1.0, z.Real), 4.0 * Math.Sin(z.Imaginary) * Math.Cos(z.Imaginary) * Math.Exp(-2.0 * Math.Abs(z.Real)));
        }

        var tx = Math.Tanh(z.Real);
        var ty = Math.Tan(z.Imaginary);
        var cx = 1.0 / Math.Cosh(z.Real);
        var txty = tx * ty;
        var denom = 1.0 + (txty * txty);
        return new Complex(tx * (1.0 + (ty * ty)) / denom, ty / denom * cx * cx);
    }

    private static Complex ExpImpl(Complex z, out Errno errno)
    {
        if (IsSpecial(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                r = z.Real > 0
                    ? new Complex(Math.CopySign(Inf, Math.Cos(z.Imaginary)), Math.CopySign(Inf, Math.Sin(z.Imaginary)))
                    : new Complex(Math.CopySign(0.0, Math.Cos(z.Imaginary)), Math.CopySign(0.0, Math.Sin(z.Imaginary)));
            }
            else
            {
                r = Special(s_expSpecial, z);
            }

            errno = double.IsInfinity(z.Imaginary) && (double.IsFinite(z.Real) || double.IsPositiveInfinity(z.Real)) ? Errno.Domain : Errno.None;
            return r;
        }

        Complex result;
        if (z.Real > s_logLargeDouble)
        {
            var l = Math.Exp(z.Real - 1.0);
            result = new Complex(l * Math.Cos(z.Imaginary) * Math.E, l * Math.Sin(z.Imaginary) * Math.E);
        }
        else
        {
            var l = Math.Exp(z.Real);
            result = new Complex(l * Math.Cos(z.Imaginary), l * Math.Sin(z.Imaginary));
        }

        errno = double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary) ? Errno.Range : Errno.None;
        return result;
    }

    /// <summary><c>c_log</c>: rescaled for subnormal and huge moduli, <c>log1p</c> near |z| = 1; log(0) is EDOM.</summary>
    private static Complex LogImpl(Complex z, out Errno errno)
    {
        errno = Errno.None;
        if (IsSpecial(z))
        {
            return Special(s_logSpecial, z);
        }

        var ax = Math.Abs(z.Real);
        var ay = Math.Abs(z.Imaginary);
        double real;
        if (ax > LargeDouble || ay > LargeDouble)
        {
            real = Math.Log(Libm.Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        }
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
            {
                real = Math.Log(Libm.Hypot(Math.ScaleB(ax, MantDig), Math.ScaleB(ay, MantDig))) - (MantDig * Ln2);
            }
            else
            {
                errno = Errno.Domain;
                return new Complex(double.NegativeInfinity, Math.Atan2(z.Imaginary, z.Real));
            }
        }
        else
        {
            var h = Libm.Hypot(ax, ay);
            if (h is >= 0.71 and <= 1.73)
            {
                var am = ax > ay ? ax : ay;
                var an = ax > ay ? ay : ax;
                real = Libm.Log1p(((am - 1) * (am + 1)) + (an * an)) / 2.0;
            }
            else
            {
                real = Math.Log(h);
            }
        }

        return new Complex(real, Math.Atan2(z.Imaginary, z.Real));
    }

    private static Complex SqrtImpl(Complex z, out Errno errno)
    {
        errno = Errno.None;
        if (IsSpecial(z))
        {
            return Special(s_sqrtSpecial, z);
        }

        if (z.Real == 0.0 && z.Imaginary == 0.0)
        {
            return new Complex(0.0, z.Imaginary);
        }

        var ax = Math.Abs(z.Real);
        var ay = Math.Abs(z.Imaginary);
        double s;
        if (ax < DblMin && ay < DblMin)
        {
            // hypot(ax, ay) may be subnormal: rescale.
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + Libm.Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Libm.Hypot(ax, ay / 8.0));
        }

        var d = ay / (2.0 * s);
        return z.Real >= 0.0 ? new Complex(s, Math.CopySign(d, z.Imaginary)) : new Complex(d, Math.CopySign(s, z.Imaginary));
    }
}
