namespace Portalis.Runtime;

public static partial class MathModule
{
    /// <summary><c>math.fsum(iterable)</c>: the correctly rounded sum (mathmodule.c, <c>math_fsum</c>: Shewchuk's partials).</summary>
    [PyExport("fsum")]
    public static double Fsum([PyPositionalOnly] object? iterable)
    {
        var partials = new List<double>();
        var specialSum = 0.0;
        var infSum = 0.0;
        foreach (var item in PyOps.Iterate(iterable))
        {
            var x = PyArg.ToDouble(item);
            var xsave = x;
            var i = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }

                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0.0)
                {
                    partials[i++] = lo;
                }

                x = hi;
            }

            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // A non-finite x is either an intermediate overflow or an inf/nan summand.
                    if (double.IsFinite(xsave))
                    {
                        throw new PyOverflowError("intermediate overflow in fsum");
                    }

                    if (double.IsInfinity(xsave))
                    {
                        infSum += xsave;
                    }

                    specialSum += xsave;
                    partials.Clear();
                }
                else
                {
                    partials.Add(x);
                }
            }
        }

        if (specialSum != 0.0)
        {
            return double.IsNaN(infSum) ? throw new PyValueError("-inf + inf in fsum") : specialSum;
        }

        var n = partials.Count;
        var total = 0.0;
        if (n > 0)
        {
            total = partials[--n];
            var lo = 0.0;
            while (n > 0)
            {
                var x = total;
                var y = partials[--n];
                total = x + y;
                var yr = total - x;
                lo = y - yr;
                if (lo != 0.0)
                {
                    break;
                }
            }

            // Round half-even correctly when the remaining partials push past the halfway point.
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                var y = lo * 2.0;
                var x = total + y;
                var yr = x - total;
                if (y == yr)
                {
                    total = x;
                }
            }
        }

        return total;
    }

    /// <summary><c>math.hypot(*coordinates)</c> (3.11's <c>vector_norm</c>: lossless scaling and a correction step).</summary>
    [PyExport("hypot")]
    public static double Hypot(params object?[] coordinates)
    {
        var values = new double[coordinates.Length];
        var max = 0.0;
        var foundNaN = false;
        for (var i = 0; i < values.Length; i++)
        {
            var x = Math.Abs(PyArg.ToDouble(coordinates[i]));
            values[i] = x;
            foundNaN |= double.IsNaN(x);
            if (x > max)
            {
                max = x;
            }
        }

        return VectorNorm(values, max, foundNaN);
    }

    /// <summary><c>math.dist(p, q)</c></summary>
    [PyExport("dist")]
    public static double Dist(object? p, [PyPositionalOnly] object? q)
    {
        if (p is not PyTuple && p is not PyList || q is not PyTuple && q is not PyList)
        {
            throw new PyTypeError("dist(): both points must be sequences");
        }

        var a = PyOps.ToArray(p);
        var b = PyOps.ToArray(q);
        if (a.Length != b.Length)
        {
            throw new PyValueError("both points must have the same number of dimensions");
        }

        var values = new double[a.Length];
        var max = 0.0;
        var foundNaN = false;
        for (var i = 0; i < a.Length; i++)
        {
            var x = Math.Abs(PyArg.ToDouble(a[i]) - PyArg.ToDouble(b[i]));
            values[i] = x;
            foundNaN |= double.IsNaN(x);
            if (x > max)
            {
                max = x;
            }
        }

        return VectorNorm(values, max, foundNaN);
    }

    private static double VectorNorm(double[] vec, double max, bool foundNaN)
    {
        if (double.IsInfinity(max))
        {
            return max;
        }

        if (foundNaN)
        {
            return double.NaN;
        }

        if (max == 0.0 || vec.Length <= 1)
        {
            return max;
        }

        var maxE = FrexpCore(max).Exponent;
        if (maxE < -1023)
        {
            // ldexp(1.0, -max_e) would overflow: bring subnormals to normals first.
            for (var i = 0; i < vec.Length; i++)
            {
                vec[i] /= 2.2250738585072014e-308;
            }

            return 2.2250738585072014e-308 * VectorNorm(vec, max / 2.2250738585072014e-308, foundNaN);
        }

        var scale = Math.ScaleB(1.0, -maxE);
        var csum = 1.0;
        var frac1 = 0.0;
        var frac2 = 0.0;
        foreach (var v in vec)
        {
            var x = v * scale;
            var (prHi, prLo) = DlMul(x, x);
            var smHi = csum + prHi;
            var smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }

        var h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var (pHi, pLo) = DlMul(-h, h);
        var sHi = csum + pHi;
        var sLo = pHi - (sHi - csum);
        csum = sHi;
        frac1 += pLo;
        frac2 += sLo;
        var corr = csum - 1.0 + (frac1 + frac2);
        h += corr / (2.0 * h);
        return h / scale;
    }

    // Dekker's exact product (the value is the same as with an fma).
    private static (double Hi, double Lo) DlMul(double x, double y)
    {
        var z = x * y;
        var zz = Math.FusedMultiplyAdd(x, y, -z);
        return (z, zz);
    }
}
