using System.Globalization;
using System.Numerics;
using System.Text;

namespace Portalis.Runtime;

public static partial class PyBuiltins
{
    /// <summary><c>int(x)</c>: ints, bools, floats (truncated), str and bytes (base 10).</summary>
    public static object Int(object? x)
    {
        return x switch
        {
            long or BigInteger => x,
            bool b => b ? 1L : 0L,
            double d => PyFloat.Truncate(d),
            string s => ParseInt(s, 10),
            PyBytesLike bytes => ParseInt(Encoding.Latin1.GetString(bytes.Span), 10, PyOps.Repr(bytes)),
            _ => throw new PyTypeError($"int() argument must be a string, a bytes-like object or a real number, not '{PyOps.TypeName(x)}'"),
        };
    }

    /// <summary><c>int(x, base)</c></summary>
    public static object Int(object? x, object? numberBase)
    {
        var b = PyOps.ToIndex(numberBase);
        if (b is not 0 and (< 2 or > 36))
        {
            throw new PyValueError("int() base must be >= 2 and <= 36, or 0");
        }

        return x switch
        {
            string s => ParseInt(s, (int)b),
            PyBytesLike bytes => ParseInt(Encoding.Latin1.GetString(bytes.Span), (int)b, PyOps.Repr(bytes)),
            _ => throw new PyTypeError("int() can't convert non-string with explicit base"),
        };
    }

    /// <summary>
    /// Objects/longobject.c, <c>PyLong_FromString</c>: whitespace, sign, base prefixes (base 0 or the
    /// matching base), single underscores between digits, Unicode decimal digits, and CPython 3.11's
    /// 4300-digit limit for non-power-of-two bases.
    /// </summary>
    public static object ParseInt(string text, int numberBase, string? reprForError = null)
    {
        var error = () => new PyValueError($"invalid literal for int() with base {numberBase}: {reprForError ?? PyStr.Repr(text.Length > 200 ? text[..200] : text)}");
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            s.Append(c > 127 && char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : PyStr.IsSpace(c) ? ' ' : c);
        }

        var body = s.ToString().Trim(' ');
        var negative = false;
        if (body.Length > 0 && body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        var b = numberBase;
        var prefixed = false;
        if (body.Length >= 2 && body[0] == '0')
        {
            var p = char.ToLowerInvariant(body[1]);
            var prefixBase = p switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (prefixBase != 0 && (b == 0 || b == prefixBase))
            {
                b = prefixBase;
                body = body[2..];
                prefixed = true;
            }
        }

        if (b == 0)
        {
            // Base 0 without a prefix is decimal, and a nonzero decimal may not start with 0.
            b = 10;
            var digitsOnly = body.Replace("_", string.Empty, StringComparison.Ordinal);
            if (digitsOnly.Length > 1 && digitsOnly[0] == '0' && digitsOnly.Any(c => c != '0'))
            {
                throw error();
            }
        }

        if (body.Length == 0)
        {
            throw error();
        }

        var value = BigInteger.Zero;
        var digits = 0;
        var previousUnderscore = !prefixed;
        var chunk = 0L;
        var chunkScale = 1L;
        foreach (var c in body)
        {
            if (c == '_')
            {
                if (previousUnderscore)
                {
                    throw error();
                }

                previousUnderscore = true;
                continue;
            }

            var d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (d >= b)
            {
                throw error();
            }

            previousUnderscore = false;
            digits++;
            chunk = (chunk * b) + d;
            chunkScale *= b;
            if (chunkScale > long.MaxValue / 64)
            {
                value = (value * chunkScale) + chunk;
                chunk = 0;
                chunkScale = 1;
            }
        }

        if (previousUnderscore || digits == 0)
        {
            throw error();
        }

        if ((b & (b - 1)) != 0 && digits > PyInt.MaxStrDigits)
        {
            throw new PyValueError($"Exceeds the limit ({PyInt.MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }

        value = (value * chunkScale) + chunk;
        return PyInt.Normalize(negative ? -value : value);
    }

    /// <summary><c>float(x)</c></summary>
    public static double Float(object? x) => x switch
    {
        double d => d,
        long or BigInteger or bool => Numeric.ToDouble(x),
        string s => PyFloat.Parse(s),
        PyBytesLike b => PyFloat.TryParse(Encoding.Latin1.GetString(b.Span), out var parsed)
            ? parsed
            : throw new PyValueError("could not convert string to float: " + PyOps.Repr(b)),
        _ => throw new PyTypeError($"float() argument must be a string or a real number, not '{PyOps.TypeName(x)}'"),
    };

    /// <summary><c>bool(x)</c></summary>
    public static bool Bool(object? x) => PyOps.IsTrue(x);

    /// <summary><c>str(x)</c></summary>
    public static string Str(object? x) => PyOps.Str(x);

    /// <summary><c>repr(x)</c></summary>
    public static string Repr(object? x) => PyOps.Repr(x);

    /// <summary><c>ascii(x)</c></summary>
    public static string Ascii(object? x) => PyOps.Ascii(x);

    /// <summary><c>format(x, spec='')</c></summary>
    public static string Format(object? x, string spec = "") => PyFormat.Format(x, spec);

    /// <summary><c>chr(i)</c></summary>
    public static string Chr(object? i)
    {
        if (!PyOps.IsIntLike(i))
        {
            throw new PyTypeError($"'{PyOps.TypeName(i)}' object cannot be interpreted as an integer");
        }

        var value = PyInt.ToBig(i);
        if (value < int.MinValue || value > int.MaxValue)
        {
            throw new PyOverflowError("Python int too large to convert to C int");
        }

        if (value.Sign < 0 || value > 0x10FFFF)
        {
            throw new PyValueError("chr() arg not in range(0x110000)");
        }

        return PyStr.FromCodePoint((int)value);
    }

    /// <summary><c>ord(c)</c></summary>
    public static long Ord(object? c)
    {
        switch (c)
        {
            case string s:
                var n = PyStr.Length(s);
                return n == 1 ? PyStr.CodePoints(s)[0] : throw new PyTypeError($"ord() expected a character, but string of length {n} found");
            case PyBytesLike b:
                return b.Count == 1 ? b[0] : throw new PyTypeError($"ord() expected a character, but string of length {b.Count} found");
            default:
                throw new PyTypeError($"ord() expected string of length 1, but {PyOps.TypeName(c)} found");
        }
    }

    /// <summary><c>list(iterable=())</c></summary>
    public static PyList List(object? iterable = null) => iterable is null ? new PyList() : PyList.FromIterable(iterable);

    /// <summary><c>tuple(iterable=())</c></summary>
    public static PyTuple Tuple(object? iterable = null) => iterable is null ? PyTuple.Empty : PyTuple.FromIterable(iterable);

    /// <summary><c>set(iterable=())</c></summary>
    public static PySet Set(object? iterable = null) => iterable is null ? new PySet() : new PySet(iterable);

    /// <summary><c>frozenset(iterable=())</c></summary>
    public static PyFrozenSet FrozenSet(object? iterable = null) => iterable switch
    {
        null => new PyFrozenSet(),
        PyFrozenSet f => f,
        _ => new PyFrozenSet(iterable),
    };

    /// <summary><c>dict(mapping_or_iterable=(), **kwargs)</c></summary>
    public static PyDict Dict(object? source = null, PyDict? kwargs = null)
    {
        var result = new PyDict();
        if (source is not null)
        {
            result.Update(source);
        }

        if (kwargs is not null)
        {
            result.Update(kwargs);
        }

        return result;
    }
}
