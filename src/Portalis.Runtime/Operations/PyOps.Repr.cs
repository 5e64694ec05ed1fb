using System.Globalization;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

public static partial class PyOps
{
    [ThreadStatic]
    private static HashSet<object>? t_reprActive;

    /// <summary><c>repr(x)</c></summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        string s => PyStr.Repr(s),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "True" : "False",
        double d => PyFloat.Repr(d),
        BigInteger big => PyInt.ToDecimalString(big),
        Complex c => ComplexRepr(c),
        PyObject o => o.Repr(),
        PyBaseException e => e.PyRepr(),
        PyNotImplemented => "NotImplemented",
        PyEllipsis => "Ellipsis",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary><c>str(x)</c></summary>
    public static string Str(object? value) => value switch
    {
        string s => s,
        PyObject o => o.Str(),
        PyBaseException e => e.PyStr(),
        _ => Repr(value),
    };

    /// <summary><c>ascii(x)</c></summary>
    public static string Ascii(object? value) => PyStr.Ascii(Repr(value));

    /// <summary>Appends <c>repr(x)</c>.</summary>
    public static void AppendRepr(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case string s:
                PyStr.AppendRepr(builder, s);
                break;
            case long l:
                builder.Append(l);
                break;
            // An instance of a Python subclass (a namedtuple) goes through its own Repr, which honours __repr__.
            case PyContainer { PyClass: null } c:
                c.AppendRepr(builder);
                break;
            default:
                builder.Append(Repr(value));
                break;
        }
    }

    /// <summary>
    /// Py_ReprEnter: returns false when <paramref name="container"/> is already being repr'd on this
    /// thread (the caller then prints <c>[...]</c>, <c>{...}</c> or <c>(...)</c>); pair with <see cref="LeaveRepr"/>.
    /// </summary>
    public static bool EnterRepr(object container)
    {
        t_reprActive ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        return t_reprActive.Add(container);
    }

    /// <summary>Py_ReprLeave.</summary>
    public static void LeaveRepr(object container) => t_reprActive?.Remove(container);

    /// <summary><c>repr(z)</c> (Objects/complexobject.c, <c>complex_repr</c>).</summary>
    public static string ComplexRepr(Complex value)
    {
        var imag = FloatFormatter.Shortest(value.Imaginary, addDotZero: false);
        if (value.Real == 0 && !double.IsNegative(value.Real))
        {
            return imag + "j";
        }

        var real = FloatFormatter.Shortest(value.Real, addDotZero: false);
        var sign = imag.StartsWith('-') ? string.Empty : "+";
        return "(" + real + sign + imag + "j)";
    }
}
