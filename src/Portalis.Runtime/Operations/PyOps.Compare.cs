using System.Numerics;

namespace Portalis.Runtime;

public static partial class PyOps
{
    /// <summary><c>a == b</c> (no identity shortcut at the top level: <c>nan == nan</c> is False).</summary>
    public static bool Eq(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x == y;
        }

        if (a is string sa && b is string sb)
        {
            return string.Equals(sa, sb, StringComparison.Ordinal);
        }

        return EqSlow(a, b);
    }

    /// <summary><c>a != b</c></summary>
    public static bool Ne(object? a, object? b) =>
        IsUserObject(a) || IsUserObject(b) ? IsTrue(Compare(CompareOperator.Ne, a, b)) : !Eq(a, b);

    /// <summary><c>a &lt; b</c></summary>
    public static bool Lt(object? a, object? b) => (a, b) switch
    {
        (long x, long y) => x < y,
        (double x, double y) => x < y,
        (double x, long y) when IsExactDouble(y) => x < y,
        (long x, double y) when IsExactDouble(x) => x < y,
        (string x, string y) => PyStr.Compare(x, y) < 0,
        _ => IsTrue(Compare(CompareOperator.Lt, a, b)),
    };

    /// <summary><c>a &lt;= b</c></summary>
    public static bool Le(object? a, object? b) => (a, b) switch
    {
        (long x, long y) => x <= y,
        (double x, double y) => x <= y,
        (double x, long y) when IsExactDouble(y) => x <= y,
        (long x, double y) when IsExactDouble(x) => x <= y,
        (string x, string y) => PyStr.Compare(x, y) <= 0,
        _ => IsTrue(Compare(CompareOperator.Le, a, b)),
    };

    /// <summary><c>a &gt; b</c></summary>
    public static bool Gt(object? a, object? b) => (a, b) switch
    {
        (long x, long y) => x > y,
        (double x, double y) => x > y,
        (double x, long y) when IsExactDouble(y) => x > y,
        (long x, double y) when IsExactDouble(x) => x > y,
        (string x, string y) => PyStr.Compare(x, y) > 0,
        _ => IsTrue(Compare(CompareOperator.Gt, a, b)),
    };

    /// <summary><c>a &gt;= b</c></summary>
    public static bool Ge(object? a, object? b) => (a, b) switch
    {
        (long x, long y) => x >= y,
        (double x, double y) => x >= y,
        (double x, long y) when IsExactDouble(y) => x >= y,
        (long x, double y) when IsExactDouble(x) => x >= y,
        (string x, string y) => PyStr.Compare(x, y) >= 0,
        _ => IsTrue(Compare(CompareOperator.Ge, a, b)),
    };

    /// <summary>
    /// <c>PyObject_RichCompareBool(a, b, Py_EQ)</c>: identity implies equality. Containers use it for their
    /// items, so <c>[nan] == [nan]</c> is True when both hold the same object.
    /// </summary>
    public static bool EqualsIdentityFirst(object? a, object? b) => ReferenceEquals(a, b) || Eq(a, b);

    /// <summary>A rich comparison returning the operator's Python result (a bool for every builtin type).</summary>
    public static object? Compare(CompareOperator op, object? a, object? b)
    {
        if (op is CompareOperator.Eq && !IsUserObject(a) && !IsUserObject(b))
        {
            return Eq(a, b);
        }

        if (op is CompareOperator.Ne && !IsUserObject(a) && !IsUserObject(b))
        {
            return !Eq(a, b);
        }

        var order = Order(op, a, b);
        if (order is not PyNotImplemented)
        {
            return order;
        }

        // do_richcompare: the reflected method of a right operand whose type is a proper subclass goes first.
        var checkedReflected = false;
        if (b is PyObject { PyClass: { } bt } pbFirst && !ReferenceEquals(bt, TypeOf(a)) && bt.IsSubclassOf(TypeOf(a)))
        {
            checkedReflected = true;
            var r = pbFirst.RichCompare(Swap(op), a);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }

        if (a is PyObject pa)
        {
            var r = pa.RichCompare(op, b);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }

        if (b is PyObject pb && !checkedReflected)
        {
            var r = pb.RichCompare(Swap(op), a);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }

        if (op is CompareOperator.Eq)
        {
            return ReferenceEquals(a, b);
        }

        if (op is CompareOperator.Ne)
        {
            return IsUserObject(a) || IsUserObject(b) ? !ReferenceEquals(a, b) : !Eq(a, b);
        }

        throw new PyTypeError($"'{Symbol(op)}' not supported between instances of '{TypeName(a)}' and '{TypeName(b)}'");
    }

    private static bool IsUserObject(object? value) => value is PyObject && value is not PyContainer;

    private static bool EqSlow(object? a, object? b)
    {
        if (a is PyValueInstance || b is PyValueInstance)
        {
            var user = a is PyValueInstance va ? va.RichCompare(CompareOperator.Eq, b) : ((PyValueInstance)b!).RichCompare(CompareOperator.Eq, a);
            return IsTrue(user);
        }

        // Objects/object.c, do_richcompare: None, a number or a str returns NotImplemented for an object it does not
        // know, so the right operand's reflected __eq__ decides (`Num(1) in [1]` compares `1 == Num(1)`).
        if (a is null or long or bool or BigInteger or double or Complex or string && b is PyObject pbr and not PyContainer)
        {
            var r = pbr.RichCompare(CompareOperator.Eq, a);
            if (r is not PyNotImplemented)
            {
                return IsTrue(r);
            }
        }

        switch (a)
        {
            case null:
                return b is null;
            case long or bool or BigInteger or double or Complex:
                return NumericEquals(a, b);
            case string sa:
                return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
            case PyContainer when ((PyContainer)a).PyClass is not null || b is PyContainer { PyClass: not null }:
                var user = ((PyObject)a).RichCompare(CompareOperator.Eq, b);
                if (user is PyNotImplemented && b is PyObject pbu)
                {
                    user = pbu.RichCompare(CompareOperator.Eq, a);
                }

                return user is PyNotImplemented ? ((PyContainer)a).ContentEquals(b) : IsTrue(user);
            case PyContainer ca when b is PyContainer:
                return ca.ContentEquals(b);
            case PyObject pa:
            {
                var r = pa.RichCompare(CompareOperator.Eq, b);
                if (r is not PyNotImplemented)
                {
                    return IsTrue(r);
                }

                break;
            }

            default:
                break;
        }

        if (b is PyObject pb && b is not PyContainer)
        {
            var r = pb.RichCompare(CompareOperator.Eq, a);
            if (r is not PyNotImplemented)
            {
                return IsTrue(r);
            }
        }

        return ReferenceEquals(a, b) || (a is not null && a.Equals(b) && a is not double);
    }

    private static bool NumericEquals(object? a, object? b)
    {
        if (a is Complex ca)
        {
            return b switch
            {
                Complex cb => ca == cb,
                long or bool or BigInteger or double => ca.Imaginary == 0 && NumericEquals(ca.Real, b),
                _ => false,
            };
        }

        if (b is Complex)
        {
            return NumericEquals(b, a);
        }

        if (a is double da)
        {
            return b switch
            {
                double db => da == db,
                long l when IsExactDouble(l) => da == l,
                long or bool or BigInteger => !double.IsNaN(da) && CompareIntFloat(PyInt.ToBig(b), da) == 0,
                _ => false,
            };
        }

        if (b is double)
        {
            return NumericEquals(b, a);
        }

        if (!IsIntLike(b))
        {
            return false;
        }

        if (a is BigInteger || b is BigInteger)
        {
            // By the representation invariant a long never equals a BigInteger.
            return a is BigInteger x && b is BigInteger y && x == y;
        }

        return AsLong(a) == AsLong(b);
    }

    /// <summary>Whether a long converts to double exactly (|v| at most 2**53), so a float comparison with it is exact.</summary>
    private static bool IsExactDouble(long value) => value is >= -(1L << 53) and <= 1L << 53;

    private static long AsLong(object? value) => value is bool b ? (b ? 1 : 0) : (long)value!;

    /// <summary>Exact comparison of an int with a finite or infinite (not NaN) float: the sign of <c>i - d</c>.</summary>
    internal static int CompareIntFloat(BigInteger i, double d)
    {
        if (double.IsInfinity(d))
        {
            return d > 0 ? -1 : 1;
        }

        var floor = Math.Floor(d);
        var f = new BigInteger(floor);
        var c = i.CompareTo(f);
        if (c != 0)
        {
            return c;
        }

        return floor == d ? 0 : -1;
    }

    // Ordering of builtin types; PyNotImplemented when the operands are not ordered by the builtin rules.
    private static object? Order(CompareOperator op, object? a, object? b)
    {
        if (IsRealNumber(a) && IsRealNumber(b))
        {
            if (a is double || b is double)
            {
                if (a is double da && b is double db)
                {
                    return Box(Apply(op, da, db));
                }

                var (d, other, flipped) = a is double x ? (x, b, true) : ((double)b!, a, false);
                if (double.IsNaN(d))
                {
                    return PyEmit.False;
                }

                // c is the sign of (int - float); flip when the float is on the left.
                var c = other is long l && IsExactDouble(l) ? ((double)l).CompareTo(d) : CompareIntFloat(PyInt.ToBig(other), d);
                return Box(ApplySign(op, flipped ? -c : c));
            }

            if (a is BigInteger || b is BigInteger)
            {
                return Box(ApplySign(op, PyInt.ToBig(a).CompareTo(PyInt.ToBig(b))));
            }

            return Box(ApplySign(op, AsLong(a).CompareTo(AsLong(b))));
        }

        switch (a)
        {
            case string sa when b is string sb:
                return Box(ApplySign(op, PyStr.Compare(sa, sb)));
            case PyContainer ca when b is PyContainer cb:
                if ((ca.PyClass is not null || cb.PyClass is not null) && SubclassOrder(op, ca, cb) is var user and not PyNotImplemented)
                {
                    return user;
                }

                return ca.Order(op, b);
            default:
                return PyNotImplemented.Value;
        }
    }

    // A Python subclass of a builtin container may define the comparison itself (do_richcompare's order: the right
    // operand first when its type is a proper subclass of the left's); NotImplemented when neither does.
    private static object? SubclassOrder(CompareOperator op, PyContainer a, PyContainer b)
    {
        var reflectedFirst = b.PyClass is { } bt && !ReferenceEquals(bt, TypeOf(a)) && bt.IsSubclassOf(TypeOf(a));
        if (reflectedFirst && b.RichCompare(Swap(op), a) is var first and not PyNotImplemented)
        {
            return first;
        }

        if (a.PyClass is not null && a.RichCompare(op, b) is var own and not PyNotImplemented)
        {
            return own;
        }

        return !reflectedFirst && b.PyClass is not null ? b.RichCompare(Swap(op), a) : PyNotImplemented.Value;
    }

    // The shared boxes of True and False: a comparison's boxed result must not cost an allocation.
    private static object Box(bool value) => value ? PyEmit.True : PyEmit.False;

    internal static bool Apply(CompareOperator op, double a, double b) => op switch
    {
        CompareOperator.Lt => a < b,
        CompareOperator.Le => a <= b,
        CompareOperator.Eq => a == b,
        CompareOperator.Ne => a != b,
        CompareOperator.Gt => a > b,
        _ => a >= b,
    };

    internal static bool ApplySign(CompareOperator op, int sign) => op switch
    {
        CompareOperator.Lt => sign < 0,
        CompareOperator.Le => sign <= 0,
        CompareOperator.Eq => sign == 0,
        CompareOperator.Ne => sign != 0,
        CompareOperator.Gt => sign > 0,
        _ => sign >= 0,
    };

    /// <summary>Lexicographic order of two item sequences (Objects/listobject.c, <c>list_richcompare</c>).</summary>
    internal static object? SequenceOrder(CompareOperator op, ReadOnlySpan<object?> a, ReadOnlySpan<object?> b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (!EqualsIdentityFirst(a[i], b[i]))
            {
                return op switch
                {
                    CompareOperator.Eq => false,
                    CompareOperator.Ne => true,
                    _ => Compare(op, a[i], b[i]),
                };
            }
        }

        return Box(ApplySign(op, a.Length.CompareTo(b.Length)));
    }

    private static CompareOperator Swap(CompareOperator op) => op switch
    {
        CompareOperator.Lt => CompareOperator.Gt,
        CompareOperator.Le => CompareOperator.Ge,
        CompareOperator.Gt => CompareOperator.Lt,
        CompareOperator.Ge => CompareOperator.Le,
        _ => op,
    };

    private static string Symbol(CompareOperator op) => op switch
    {
        CompareOperator.Lt => "<",
        CompareOperator.Le => "<=",
        CompareOperator.Eq => "==",
        CompareOperator.Ne => "!=",
        CompareOperator.Gt => ">",
        _ => ">=",
    };
}
