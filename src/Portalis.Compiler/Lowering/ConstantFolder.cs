using System.Globalization;
using System.Numerics;
using System.Text;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

/// <summary>
/// Which expressions CPython 3.11's AST optimizer (Python/ast_opt.c) turns into constants, and the key its compiler
/// merges equal constants by (<c>_PyCode_ConstantKey</c>). The translator evaluates these expressions at run time like
/// any other, but the folding decides observable things: a set display of three or more constants is built from a
/// frozenset constant, whose element order is not the display's (see <see cref="ConstantSets"/>). An operation
/// CPython would not fold (one that raises, or exceeds the optimizer's size limits) makes the expression
/// non-constant here too; when in doubt the answer is "not constant", which only costs iteration order.
/// </summary>
internal static class ConstantFolder
{
    // ast_opt.c's limits on folded results.
    private const int MaxIntSize = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;

    private static readonly object s_none = new();
    private static int s_opaqueCount;

    /// <summary>A folded value and its constant key (equal keys are merged into one constant by the compiler).</summary>
    public sealed record Folded(object Value, string Key);

    // A constant whose value this folder does not compute exactly (float powers, complex division): it is
    // constant, but merged with nothing.
    private sealed class Opaque;

    /// <summary>The constant <paramref name="expr"/> folds to, or null when CPython leaves it an expression.</summary>
    public static Folded? Fold(Expr expr)
    {
        switch (expr)
        {
            case Constant c:
                return FromValue(c.Value ?? s_none);
            case UnaryOp u when Fold(u.Operand) is { } operand:
                return Unary(u.Op, operand.Value);
            case BinOp b when Fold(b.Left) is { } left && Fold(b.Right) is { } right:
                return Binary(b.Op, left.Value, right.Value);
            case Syntax.Ast.Tuple { Ctx: ExprContext.Load } t:
                var items = new List<Folded>(t.Elts.Count);
                foreach (var elt in t.Elts)
                {
                    if (Fold(elt) is not { } item)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return FromValue(items);
            case Subscript { Slice: not Slice } s when Fold(s.Value) is { } value && Fold(s.Slice) is { } index:
                return Index(value.Value, index.Value);
            default:
                return null;
        }
    }

    private static Folded? FromValue(object value) => value switch
    {
        bool b => new Folded(b, b ? "bool:True" : "bool:False"),
        long l => new Folded(new BigInteger(l), "int:" + l.ToString(CultureInfo.InvariantCulture)),
        int i => new Folded(new BigInteger(i), "int:" + i.ToString(CultureInfo.InvariantCulture)),
        BigInteger big => new Folded(big, "int:" + big.ToString(CultureInfo.InvariantCulture)),
        double d => new Folded(d, "float:" + BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture)),
        Complex c => new Folded(c, "complex:" + BitConverter.DoubleToInt64Bits(c.Real).ToString(CultureInfo.InvariantCulture) + ","
            + BitConverter.DoubleToInt64Bits(c.Imaginary).ToString(CultureInfo.InvariantCulture)),
        string s => new Folded(s, "str:" + s),
        byte[] bytes => new Folded(bytes, "bytes:" + Convert.ToHexString(bytes)),
        EllipsisValue => new Folded(value, "Ellipsis"),
        Opaque => new Folded(value, "opaque:" + Interlocked.Increment(ref s_opaqueCount).ToString(CultureInfo.InvariantCulture)),
        List<Folded> items => new Folded(items, "tuple:(" + string.Join(",", items.Select(i => i.Key.Length.ToString(CultureInfo.InvariantCulture) + ":" + i.Key)) + ")"),
        _ when ReferenceEquals(value, s_none) => new Folded(value, "None"),
        _ => null,
    };

    // fold_unaryop: Invert, Not, UAdd and USub of a constant, unless the operation raises.
    private static Folded? Unary(UnaryOperator op, object value)
    {
        if (op == UnaryOperator.Not)
        {
            return FromValue(!IsTrue(value));
        }

        return (op, Numeric(value)) switch
        {
            (UnaryOperator.USub, BigInteger i) => FromValue(-i),
            (UnaryOperator.UAdd, BigInteger i) => FromValue(i),
            (UnaryOperator.Invert, BigInteger i) => FromValue(-i - 1),
            (UnaryOperator.USub, double d) => FromValue(-d),
            (UnaryOperator.UAdd, double d) => FromValue(d),
            (UnaryOperator.USub, Complex c) => FromValue(-c),
            (UnaryOperator.UAdd, Complex c) => FromValue(c),
            _ => null,
        };
    }

    // fold_binop with safe_multiply, safe_power, safe_lshift and safe_mod.
    private static Folded? Binary(BinaryOperator op, object left, object right)
    {
        if (left is bool lb && right is bool rb && op is BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor)
        {
            return FromValue(op switch
            {
                BinaryOperator.BitAnd => lb & rb,
                BinaryOperator.BitOr => lb | rb,
                _ => lb ^ rb,
            });
        }

        var a = Numeric(left);
        var b = Numeric(right);
        if (a is BigInteger x && b is BigInteger y)
        {
            return IntBinary(op, x, y);
        }

        if (a is BigInteger or double && b is BigInteger or double)
        {
            return FloatBinary(op, ToDouble(a), ToDouble(b));
        }

        if (a is not null && b is not null)
        {
            // Complex arithmetic: + - * never raise; anything else is left alone.
            var c = a is Complex ca ? ca : ToDouble(a);
            var d = b is Complex cb ? cb : ToDouble(b);
            return op switch
            {
                BinaryOperator.Add => FromValue(c + d),
                BinaryOperator.Sub => FromValue(c - d),
                BinaryOperator.Mult => FromValue(new Opaque()),
                _ => null,
            };
        }

        return Sequence(op, left, right);
    }

    private static Folded? IntBinary(BinaryOperator op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return FromValue(x + y);
            case BinaryOperator.Sub:
                return FromValue(x - y);
            case BinaryOperator.Mult:
                return !x.IsZero && !y.IsZero && Bits(x) + Bits(y) > MaxIntSize ? null : FromValue(x * y);
            case BinaryOperator.FloorDiv:
                return y.IsZero ? null : FromValue(FloorDiv(x, y));
            case BinaryOperator.Mod:
                return y.IsZero ? null : FromValue(x - (FloorDiv(x, y) * y));
            case BinaryOperator.Div:
                if (y.IsZero)
                {
                    return null;
                }

                // Exact when both fit a double's mantissa (CPython rounds the true quotient once).
                return FromValue(BigInteger.Abs(x) < (BigInteger.One << 53) && BigInteger.Abs(y) < (BigInteger.One << 53)
                    ? (double)x / (double)y
                    : new Opaque());
            case BinaryOperator.Pow:
                if (y.Sign < 0)
                {
                    return x.IsZero ? null : FromValue(new Opaque());
                }

                if (x.IsZero || y.IsZero)
                {
                    return FromValue(y.IsZero ? BigInteger.One : BigInteger.Zero);
                }

                return Bits(x) > MaxIntSize || y > MaxIntSize / Bits(x) ? null : FromValue(BigInteger.Pow(x, (int)y));
            case BinaryOperator.LShift:
                if (y.Sign < 0)
                {
                    return null;
                }

                if (x.IsZero || y.IsZero)
                {
                    return FromValue(x);
                }

                return Bits(x) > MaxIntSize || y > MaxIntSize - Bits(x) ? null : FromValue(x << (int)y);
            case BinaryOperator.RShift:
                return y.Sign < 0 ? null : FromValue(y > 1 << 20 ? (x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : x >> (int)y);
            case BinaryOperator.BitAnd:
                return FromValue(x & y);
            case BinaryOperator.BitOr:
                return FromValue(x | y);
            case BinaryOperator.BitXor:
                return FromValue(x ^ y);
            default:
                return null;
        }
    }

    private static Folded? FloatBinary(BinaryOperator op, double x, double y)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return FromValue(x + y);
            case BinaryOperator.Sub:
                return FromValue(x - y);
            case BinaryOperator.Mult:
                return FromValue(x * y);
            case BinaryOperator.Div:
                return y == 0 ? null : FromValue(x / y);
            case BinaryOperator.FloorDiv or BinaryOperator.Mod:
                return y == 0 ? null : FromValue(new Opaque());
            case BinaryOperator.Pow:
                // float_pow raises for 0.0 to a negative power and on overflow; a negative base to a
                // fractional power is a complex result, not an error.
                if (x == 0 && y < 0)
                {
                    return null;
                }

                var p = Math.Pow(x, y);
                return double.IsInfinity(p) && double.IsFinite(x) && double.IsFinite(y) ? null : FromValue(new Opaque());
            default:
                return null;
        }
    }

    // str, bytes and tuple concatenation and repetition (safe_multiply's limits); str % and bytes % are never folded.
    private static Folded? Sequence(BinaryOperator op, object left, object right)
    {
        if (op == BinaryOperator.Add)
        {
            return (left, right) switch
            {
                (string s, string t) => FromValue(s + t),
                (byte[] s, byte[] t) => FromValue(s.Concat(t).ToArray()),
                (List<Folded> s, List<Folded> t) => FromValue(s.Concat(t).ToList()),
                _ => null,
            };
        }

        if (op != BinaryOperator.Mult)
        {
            return null;
        }

        var (count, sequence) = Numeric(left) is BigInteger n ? (n, right) : Numeric(right) is BigInteger m ? (m, left) : (BigInteger.Zero, null);
        switch (sequence)
        {
            case string s:
                return s.Length > 0 && (count < 0 || count > MaxStrSize / s.Length) ? null : FromValue(Repeat(s, count));
            case byte[] bytes:
                return bytes.Length > 0 && (count < 0 || count > MaxStrSize / bytes.Length) ? null : FromValue(Enumerable.Repeat(bytes, Math.Max(0, (int)count)).SelectMany(x => x).ToArray());
            case List<Folded> items:
                // check_complexity also bounds nested items; constant tuples of tuples stay small enough here.
                return items.Count > 0 && (count < 0 || count > MaxCollectionSize / items.Count) ? null : FromValue(Enumerable.Repeat(items, Math.Max(0, (int)count)).SelectMany(x => x).ToList());
            default:
                return null;
        }
    }

    // fold_subscr: a constant indexed by a constant (slices are Slice nodes, never folded in 3.11).
    private static Folded? Index(object value, object index)
    {
        if (Numeric(index) is not BigInteger i)
        {
            return null;
        }

        var length = value switch
        {
            string s => s.Any(char.IsSurrogate) ? -1 : s.Length,
            byte[] b => b.Length,
            List<Folded> t => t.Count,
            _ => -1,
        };
        if (length < 0)
        {
            return null;
        }

        var at = i.Sign < 0 ? i + length : i;
        if (at < 0 || at >= length)
        {
            return null;
        }

        return value switch
        {
            string s => FromValue(s[(int)at].ToString()),
            byte[] b => FromValue(new BigInteger(b[(int)at])),
            _ => ((List<Folded>)value)[(int)at],
        };
    }

    private static string Repeat(string s, BigInteger count)
    {
        var builder = new StringBuilder();
        for (var k = 0; k < count; k++)
        {
            builder.Append(s);
        }

        return builder.ToString();
    }

    // Numbers as the arithmetic sees them: bool and int as BigInteger, float, complex; null for anything else.
    private static object? Numeric(object value) => value switch
    {
        bool b => b ? BigInteger.One : BigInteger.Zero,
        BigInteger or double or Complex => value,
        _ => null,
    };

    private static double ToDouble(object? value) => value is BigInteger i ? (double)i : (double)value!;

    private static int Bits(BigInteger x) => (int)BigInteger.Abs(x).GetBitLength();

    private static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        return !r.IsZero && (r.Sign < 0) != (y.Sign < 0) ? q - 1 : q;
    }

    private static bool IsTrue(object value) => value switch
    {
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0,
        Complex c => c != Complex.Zero,
        string s => s.Length > 0,
        byte[] b => b.Length > 0,
        List<Folded> t => t.Count > 0,
        _ => !ReferenceEquals(value, s_none),
    };
}
