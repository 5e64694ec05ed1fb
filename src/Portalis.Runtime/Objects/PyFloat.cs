using System.Globalization;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

/// <summary>Python <c>float</c> helpers; a float is a <see cref="double"/>.</summary>
public static partial class PyFloat
{
    // Python/pyhash.c: _PyHASH_BITS, _PyHASH_MODULUS, _PyHASH_INF.
    private const int HashBits = 61;
    private const ulong HashModulus = (1UL << HashBits) - 1;
    private const long HashInf = 314159;

    /// <summary>
    /// <c>repr(x)</c> and <c>str(x)</c>: the shortest digits that round-trip (as CPython's <c>float_repr</c>,
    /// mode 'r' of <c>PyOS_double_to_string</c>), exponent form when the decimal exponent is below -4 or
    /// at least 16.
    /// </summary>
    public static string Repr(double value) => FloatFormatter.Shortest(value, addDotZero: true);

    /// <summary>
    /// CPython's float hash (Python/pyhash.c, <c>_Py_HashDouble</c>): equal to the hash of an equal int.
    /// NaN hashes by identity in 3.11; Portalis hashes every NaN to 0 (a NaN is never equal to anything,
    /// so only set/dict order of NaN keys can differ).
    /// </summary>
    public static long Hash(double value)
    {
        if (!double.IsFinite(value))
        {
            return double.IsInfinity(value) ? (value > 0 ? HashInf : -HashInf) : 0;
        }

        if (value == 0)
        {
            return 0;
        }

        // frexp: value = m * 2**e with 0.5 <= |m| < 1.
        var e = Math.ILogB(value) + 1;
        var m = Math.ScaleB(value, -e);
        var sign = 1L;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }

        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & HashModulus) | (x >> (HashBits - 28));
            m *= 268435456.0;
            e -= 28;
            var y = (ulong)m;
            m -= y;
            x += y;
            if (x >= HashModulus)
            {
                x -= HashModulus;
            }
        }

        e = e >= 0 ? e % HashBits : HashBits - 1 - ((-1 - e) % HashBits);
        x = ((x << e) & HashModulus) | (x >> (HashBits - e));
        var result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    /// <summary>True when the float is integral and finite (<c>float.is_integer()</c>).</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>The exact integer value of an integral finite float.</summary>
    public static BigInteger ToBigInteger(double value) => new(value);

    /// <summary>
    /// <c>int(x)</c> for a float: truncation toward zero, with CPython's errors for inf ("cannot convert
    /// float infinity to integer") and nan ("cannot convert float NaN to integer").
    /// </summary>
    public static object Truncate(double value)
    {
        if (double.IsNaN(value))
        {
            throw new PyValueError("cannot convert float NaN to integer");
        }

        if (double.IsInfinity(value))
        {
            throw new PyOverflowError("cannot convert float infinity to integer");
        }

        var t = Math.Truncate(value);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
        {
            return (long)t;
        }

        return PyInt.Normalize(new BigInteger(t));
    }

    /// <summary>
    /// <c>float(s)</c> (Objects/floatobject.c, <c>PyFloat_FromString</c>): surrounding whitespace, a sign,
    /// decimal or exponent notation, underscores between digits, and <c>inf</c>/<c>infinity</c>/<c>nan</c>
    /// in any case. Raises ValueError "could not convert string to float: 's'".
    /// </summary>
    public static double Parse(string text)
    {
        if (TryParse(text, out var value))
        {
            return value;
        }

        throw new PyValueError("could not convert string to float: " + PyStr.Repr(text));
    }

    /// <summary>The non-throwing form of <see cref="Parse"/>.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var s = PyStr.StripWhitespace(text);
        if (s.Length == 0)
        {
            return false;
        }

        var body = s;
        var negative = false;
        if (body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        var lower = body.ToLowerInvariant();
        if (lower is "inf" or "infinity")
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (lower == "nan")
        {
            value = negative ? -double.NaN : double.NaN;
            return true;
        }

        // Grammar (Lib/test/test_float): digits with single underscores between digits, optional
        // fraction, optional exponent; at least one digit in the mantissa.
        var clean = new StringBuilder(body.Length);
        var i = 0;
        var mantissaDigits = 0;
        if (!ReadDigits(body, ref i, clean, ref mantissaDigits))
        {
            return false;
        }

        if (i < body.Length && body[i] == '.')
        {
            clean.Append('.');
            i++;
            if (i < body.Length && body[i] == '_')
            {
                return false;
            }

            if (!ReadDigits(body, ref i, clean, ref mantissaDigits))
            {
                return false;
            }
        }

        if (mantissaDigits == 0)
        {
            return false;
        }

        if (i < body.Length && body[i] is 'e' or 'E')
        {
            clean.Append('e');
            i++;
            if (i < body.Length && body[i] is '+' or '-')
            {
                clean.Append(body[i]);
                i++;
            }

            var exponentDigits = 0;
            if (i < body.Length && body[i] == '_')
            {
                return false;
            }

            if (!ReadDigits(body, ref i, clean, ref exponentDigits) || exponentDigits == 0)
            {
                return false;
            }
        }

        if (i != body.Length)
        {
            return false;
        }

        value = double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool ReadDigits(string s, ref int i, StringBuilder clean, ref int count)
    {
        var start = i;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                clean.Append(c);
                count++;
                i++;
            }
            else if (c == '_' && i > start && i + 1 < s.Length && s[i + 1] is >= '0' and <= '9' && s[i - 1] is >= '0' and <= '9')
            {
                i++;
            }
            else if (c > 127 && char.IsDigit(c))
            {
                // Unicode decimal digits count as their ASCII value, as in CPython's float().
                clean.Append((char)('0' + (int)char.GetNumericValue(c)));
                count++;
                i++;
            }
            else
            {
                break;
            }
        }

        return true;
    }
}
