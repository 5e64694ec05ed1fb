namespace Portalis.Runtime;

/// <summary>
/// The C library functions CPython calls whose .NET counterparts round differently or are missing: glibc's
/// <c>hypot</c> rounds differently from <c>double.Hypot</c>, and .NET has no <c>log1p</c>. A result
/// one ulp off shows in <c>repr</c>, so <c>cmath</c> and <c>abs(complex)</c> use these.
/// </summary>
internal static class Libm
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;
    private static readonly double s_scale = Math.ScaleB(1.0, -600);
    private static readonly double s_largeValue = Math.ScaleB(1.0, 511);
    private static readonly double s_tinyValue = Math.ScaleB(1.0, -511);
    private static readonly double s_epsilon = Math.ScaleB(1.0, -54);

    /// <summary>
    /// <c>hypot(x, y)</c> as glibc 2.35+ computes it (sysdeps/ieee754/dbl-64/e_hypot.c without FMA): scaled so
    /// the squares neither overflow nor underflow, then one correction step (Borges, "An Improved Algorithm
    /// for hypot(a,b)", 2019). CPython's <c>abs(complex)</c> and <c>cmath</c> call the C library's hypot.
    /// </summary>
    public static double Hypot(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            return double.IsInfinity(x) || double.IsInfinity(y) ? double.PositiveInfinity : x + y;
        }

        x = Math.Abs(x);
        y = Math.Abs(y);
        var ax = x < y ? y : x;
        var ay = x < y ? x : y;
        if (ax > s_largeValue)
        {
            return ay <= ax * s_epsilon ? ax + ay : Kernel(ax * s_scale, ay * s_scale) / s_scale;
        }

        if (ay < s_tinyValue)
        {
            return ax >= ay / s_epsilon ? ax + ay : Kernel(ax / s_scale, ay / s_scale) * s_scale;
        }

        return ay <= ax * s_epsilon ? ax + ay : Kernel(ax, ay);
    }

    /// <summary><c>log1p(x)</c>: fdlibm's argument reduction and polynomial (the SunPro algorithm libm uses).</summary>
    public static double Log1p(double x)
    {
        var bits = BitConverter.DoubleToUInt64Bits(x);
        var hx = (uint)(bits >> 32);
        var k = 1;
        double c = 0, f = 0;
        if (hx < 0x3fda827a || hx >> 31 != 0)
        {
            // 1 + x < sqrt(2)+
            if (hx >= 0xbff00000)
            {
                return x == -1 ? double.NegativeInfinity : double.NaN;
            }

            if (hx << 1 < 0x3ca00000 << 1)
            {
                // |x| < 2**-53
                return x;
            }

            if (hx <= 0xbfd2bec4)
            {
                // sqrt(2)/2- <= 1 + x < sqrt(2)+
                k = 0;
                f = x;
            }
        }
        else if (hx >= 0x7ff00000)
        {
            return x;
        }

        if (k != 0)
        {
            var u = 1 + x;
            var hu = (uint)(BitConverter.DoubleToUInt64Bits(u) >> 32);
            hu += 0x3ff00000 - 0x3fe6a09e;
            k = (int)(hu >> 20) - 0x3ff;

            // Correction term ~ log(1+x) - log(u), avoiding underflow in c/u.
            if (k < 54)
            {
                c = k >= 2 ? 1 - (u - x) : x - (u - 1);
                c /= u;
            }

            // Reduce u into [sqrt(2)/2, sqrt(2)].
            hu = (hu & 0x000fffff) + 0x3fe6a09e;
            var ubits = ((ulong)hu << 32) | (BitConverter.DoubleToUInt64Bits(u) & 0xffffffff);
            f = BitConverter.UInt64BitsToDouble(ubits) - 1;
        }

        var hfsq = 0.5 * f * f;
        var s = f / (2.0 + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        var t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        var r = t2 + t1;
        double dk = k;
        return (s * (hfsq + r)) + ((dk * Ln2Lo) + c) - hfsq + f + (dk * Ln2Hi);
    }

    private static double Kernel(double ax, double ay)
    {
        var h = Math.Sqrt((ax * ax) + (ay * ay));
        double t1, t2;
        if (h <= 2.0 * ay)
        {
            var delta = h - ay;
            t1 = ax * ((2.0 * delta) - ax);
            t2 = (delta - (2.0 * (ax - ay))) * delta;
        }
        else
        {
            var delta = h - ax;
            t1 = 2.0 * delta * (ax - (2.0 * ay));
            t2 = (((4.0 * delta) - ay) * ay) + (delta * delta);
        }

        return h - ((t1 + t2) / (2.0 * h));
    }
}
