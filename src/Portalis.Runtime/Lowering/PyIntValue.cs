using System.Numerics;
using System.Runtime.CompilerServices;

namespace Portalis.Runtime;

/// <summary>
/// An unboxed Python <c>int</c> for the translator's typed path: a <c>long</c> while the value fits, else a
/// boxed <see cref="BigInteger"/> (the dynamic representation's rule: never a BigInteger in long range).
/// Every operation keeps CPython's results and messages: the long fast path checks for overflow and
/// anything else (big operands, zero divisors, negative shift counts) goes through <see cref="PyOps.Binary"/>
/// on boxed values, so the slow path is the dynamic path itself.
/// </summary>
public readonly struct PyIntValue
{
    private const long CacheLow = -5;
    private const long CacheHigh = 1024;
    private static readonly object[] s_boxes = CreateBoxes();

    private readonly long _small;
    private readonly object? _big;

    /// <summary>An int that fits in a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyIntValue(long value)
    {
        _small = value;
        _big = null;
    }

    private PyIntValue(object big)
    {
        _small = 0;
        _big = big;
    }

    /// <summary>True when the value fits in a long (<see cref="Small"/> holds it).</summary>
    public bool IsSmall => _big is null;

    /// <summary>The value when <see cref="IsSmall"/>.</summary>
    public long Small => _small;

    /// <summary>An int from a dynamic value known to be an int (long, BigInteger or bool); else SystemError.</summary>
    public static PyIntValue FromObject(object? value) => value switch
    {
        long l => new PyIntValue(l),
        BigInteger b => FromBig(b),
        bool b => new PyIntValue(b ? 1 : 0),
        _ => throw new PySystemError($"typed code expected an int, got '{PyOps.TypeName(value)}'"),
    };

    /// <summary>An int from a BigInteger (normalised to the long form when it fits).</summary>
    public static PyIntValue FromBig(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? new PyIntValue((long)value) : new PyIntValue((object)value);

    /// <summary>A bool used as an int (<c>True + 1</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyIntValue FromBool(bool value) => new(value ? 1 : 0);

    /// <summary>The dynamic representation: a boxed long (small values shared) or the BigInteger.</summary>
    public object Box()
    {
        if (_big is not null)
        {
            return _big;
        }

        return BoxSmall(_small);
    }

    /// <summary>A boxed long, shared for the small values (-5 to 1024) so loops over them allocate nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static object BoxSmall(long value) =>
        (ulong)(value - CacheLow) <= (ulong)(CacheHigh - CacheLow) ? s_boxes[value - CacheLow] : value;

    /// <summary>The value as a BigInteger.</summary>
    public BigInteger ToBig() => _big is null ? _small : (BigInteger)_big;

    /// <summary><c>float(a)</c>: correctly rounded; OverflowError "int too large to convert to float" as CPython.</summary>
    public double ToDouble() => _big is null ? _small : PyInt.ToDouble((BigInteger)_big);

    /// <summary>Truthiness: nonzero.</summary>
    public bool IsTrue => _big is not null || _small != 0;

    /// <summary><c>a + b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyIntValue Add(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null)
        {
            if (!Overflows.Add(a._small, b._small, out var sum))
            {
                return new PyIntValue(sum);
            }
        }

        return Slow(BinaryOperator.Add, a, b);
    }

    /// <summary><c>a - b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyIntValue Sub(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null)
        {
            if (!Overflows.Sub(a._small, b._small, out var difference))
            {
                return new PyIntValue(difference);
            }
        }

        return Slow(BinaryOperator.Sub, a, b);
    }

    /// <summary><c>a * b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyIntValue Mul(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null)
        {
            if (!Overflows.Mul(a._small, b._small, out var product))
            {
                return new PyIntValue(product);
            }
        }

        return Slow(BinaryOperator.Mul, a, b);
    }

    /// <summary><c>a // b</c>, flooring (Objects/longobject.c, <c>l_divmod</c>); ZeroDivisionError as CPython.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyIntValue FloorDiv(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null && b._small > 0)
        {
            long x = a._small, y = b._small, q = x / y;
            return new PyIntValue((x % y != 0 && x < 0) ? q - 1 : q);
        }

        return SlowFloorDiv(a, b);
    }

    /// <summary><c>a % b</c>, the result has the divisor's sign (Objects/longobject.c, <c>l_mod</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyIntValue Mod(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null && b._small > 0)
        {
            var m = a._small % b._small;
            return new PyIntValue(m < 0 ? m + b._small : m);
        }

        return Slow(BinaryOperator.Mod, a, b);
    }

    /// <summary><c>a / b</c>: true division to float, correctly rounded as CPython's <c>long_true_divide</c>.</summary>
    public static double TrueDiv(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null && b._small != 0)
        {
            return PyInt.TrueDivide(a._small, b._small);
        }

        return (double)PyOps.Binary(BinaryOperator.TrueDiv, a.Box(), b.Box())!;
    }

    /// <summary><c>a &amp; b</c></summary>
    public static PyIntValue And(PyIntValue a, PyIntValue b) =>
        a._big is null && b._big is null ? new PyIntValue(a._small & b._small) : Slow(BinaryOperator.And, a, b);

    /// <summary><c>a | b</c></summary>
    public static PyIntValue Or(PyIntValue a, PyIntValue b) =>
        a._big is null && b._big is null ? new PyIntValue(a._small | b._small) : Slow(BinaryOperator.Or, a, b);

    /// <summary><c>a ^ b</c></summary>
    public static PyIntValue Xor(PyIntValue a, PyIntValue b) =>
        a._big is null && b._big is null ? new PyIntValue(a._small ^ b._small) : Slow(BinaryOperator.Xor, a, b);

    /// <summary><c>a &lt;&lt; b</c>; ValueError "negative shift count" through the slow path.</summary>
    public static PyIntValue LShift(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null && (ulong)b._small < 63)
        {
            var r = a._small << (int)b._small;
            if (r >> (int)b._small == a._small)
            {
                return new PyIntValue(r);
            }
        }

        return Slow(BinaryOperator.LShift, a, b);
    }

    /// <summary><c>a &gt;&gt; b</c> (arithmetic, flooring).</summary>
    public static PyIntValue RShift(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null && b._small >= 0)
        {
            return new PyIntValue(b._small >= 64 ? (a._small < 0 ? -1 : 0) : a._small >> (int)b._small);
        }

        return Slow(BinaryOperator.RShift, a, b);
    }

    /// <summary><c>-a</c></summary>
    public static PyIntValue Neg(PyIntValue a) =>
        a._big is null && a._small != long.MinValue ? new PyIntValue(-a._small) : FromBig(-a.ToBig());

    /// <summary><c>~a</c></summary>
    public static PyIntValue Invert(PyIntValue a) => a._big is null ? new PyIntValue(~a._small) : FromBig(-a.ToBig() - 1);

    /// <summary><c>abs(a)</c></summary>
    public static PyIntValue Abs(PyIntValue a) =>
        a._big is null && a._small != long.MinValue ? new PyIntValue(Math.Abs(a._small)) : FromBig(BigInteger.Abs(a.ToBig()));

    /// <summary><c>a == b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Eq(PyIntValue a, PyIntValue b) => a._big is null && b._big is null ? a._small == b._small : Cmp(a, b) == 0;

    /// <summary><c>a != b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Ne(PyIntValue a, PyIntValue b) => !Eq(a, b);

    /// <summary><c>a &lt; b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Lt(PyIntValue a, PyIntValue b) => a._big is null && b._big is null ? a._small < b._small : Cmp(a, b) < 0;

    /// <summary><c>a &lt;= b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Le(PyIntValue a, PyIntValue b) => a._big is null && b._big is null ? a._small <= b._small : Cmp(a, b) <= 0;

    /// <summary><c>a &gt; b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Gt(PyIntValue a, PyIntValue b) => a._big is null && b._big is null ? a._small > b._small : Cmp(a, b) > 0;

    /// <summary><c>a &gt;= b</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Ge(PyIntValue a, PyIntValue b) => a._big is null && b._big is null ? a._small >= b._small : Cmp(a, b) >= 0;

    /// <summary><c>min(a, b)</c>: the first of equal values, as the builtin.</summary>
    public static PyIntValue Min(PyIntValue a, PyIntValue b) => Lt(b, a) ? b : a;

    /// <summary><c>max(a, b)</c>: the first of equal values, as the builtin.</summary>
    public static PyIntValue Max(PyIntValue a, PyIntValue b) => Gt(b, a) ? b : a;

    /// <summary><c>str(a)</c> / <c>repr(a)</c>.</summary>
    public override string ToString() => _big is null ? _small.ToString(System.Globalization.CultureInfo.InvariantCulture) : PyInt.ToDecimalString(_big);

    private static int Cmp(PyIntValue a, PyIntValue b) => a.ToBig().CompareTo(b.ToBig());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyIntValue Slow(BinaryOperator op, PyIntValue a, PyIntValue b) => FromObject(PyOps.Binary(op, a.Box(), b.Box()));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyIntValue SlowFloorDiv(PyIntValue a, PyIntValue b)
    {
        if (a._big is null && b._big is null && b._small < 0 && !(a._small == long.MinValue && b._small == -1))
        {
            long x = a._small, y = b._small, q = x / y;
            return new PyIntValue((x % y != 0 && (x ^ y) < 0) ? q - 1 : q);
        }

        return Slow(BinaryOperator.FloorDiv, a, b);
    }

    private static object[] CreateBoxes()
    {
        var boxes = new object[CacheHigh - CacheLow + 1];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = CacheLow + i;
        }

        return boxes;
    }
}
