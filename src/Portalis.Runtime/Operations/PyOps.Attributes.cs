using System.Numerics;

namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// <c>getattr(x, name)</c> for the data attributes of builtin values (int/float/complex real and imag,
    /// numerator/denominator, slice and range fields, exception args). Methods are bound by the translator,
    /// not here.
    /// </summary>
    public static object? GetAttr(object? value, string name)
    {
        switch (value, name)
        {
            case (long or BigInteger or bool, "real" or "numerator"):
                return value is bool b ? (b ? 1L : 0L) : value;
            case (long or BigInteger or bool, "imag"):
                return 0L;
            case (long or BigInteger or bool, "denominator"):
                return 1L;
            case (double d, "real"):
                return d;
            case (double, "imag"):
                return 0.0;
            case (Complex c, "real"):
                return c.Real;
            case (Complex c, "imag"):
                return c.Imaginary;
            case (PySlice s, "start"):
                return s.Start;
            case (PySlice s, "stop"):
                return s.Stop;
            case (PySlice s, "step"):
                return s.Step;
            case (PyRange r, "start"):
                return r.Start;
            case (PyRange r, "stop"):
                return r.Stop;
            case (PyRange r, "step"):
                return r.Step;
            case (PyBaseException e, "args"):
                return e.Args;
            default:
                throw new PyAttributeError($"'{TypeName(value)}' object has no attribute '{name}'");
        }
    }
}
