using System.Numerics;

namespace Portalis.Runtime;

public static partial class PyOps
{
    // Concatenation, repetition, set algebra and dict union: the sq_concat / sq_repeat slots and the
    // nb_* slots of set and dict.
    private static object? SequenceBinary(BinaryOperator op, object? a, object? b)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                switch (a)
                {
                    // Objects/abstract.c, PyNumber_Add: the right operand's __radd__ comes before the sequence's
                    // concatenation, so an object that may define one defers the error to the caller.
                    case string sa:
                        return b is string sb ? sa + sb : MayReflect(b) ? PyNotImplemented.Value : throw ConcatError(a, b)!;
                    case PyList la:
                        return b is PyList lb ? la.Concat(lb) : MayReflect(b) ? PyNotImplemented.Value : throw ConcatError(a, b)!;
                    case PyTuple ta:
                        return b is PyTuple tb ? ta.Concat(tb) : MayReflect(b) ? PyNotImplemented.Value : throw ConcatError(a, b)!;
                    case PyBytes ba when b is PyBytes bb:
                        return ba.Concat(bb);
                }

                break;
            case BinaryOperator.Mul:
                if (IsSequence(a))
                {
                    return Repeat(a!, b);
                }

                if (IsSequence(b))
                {
                    return Repeat(b!, a);
                }

                break;
            case BinaryOperator.Sub when a is PySetBase sa && b is PySetBase sb:
                return sa.Difference(sb);
            case BinaryOperator.And when a is PySetBase sa && b is PySetBase sb:
                return sa.Intersection(sb);
            case BinaryOperator.Or when a is PySetBase sa && b is PySetBase sb:
                return sa.Union(sb);
            case BinaryOperator.Xor when a is PySetBase sa && b is PySetBase sb:
                return sa.SymmetricDifference(sb);
            case BinaryOperator.Or when a is PyDict da && b is PyDict db:
                var merged = da.Copy();
                merged.Update(db);
                return merged;
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Sub or BinaryOperator.Xor
                when a is PyDictKeys or PyDictItems || b is PyDictKeys or PyDictItems:
                return DictViewSetOp(op, a, b);
            case BinaryOperator.Mod when a is string format:
                return PercentFormat.Format(format, b);
            default:
                break;
        }

        return PyNotImplemented.Value;
    }

    // An operand that is an object with Python-level operator methods (not a builtin container): its reflected method may apply.
    private static bool MayReflect(object? value) => value is PyObject and not PyContainer;

    private static PyTypeError? ConcatError(object? a, object? b)
    {
        var name = a switch
        {
            string => "str",
            PyList => "list",
            PyTuple => "tuple",
            _ => null,
        };
        return name is null ? null : new PyTypeError($"can only concatenate {name} (not \"{TypeName(b)}\") to {name}");
    }

    /// <summary>
    /// The error CPython raises when no operand method applied but a sequence operand has a concatenation or
    /// repetition slot (Objects/abstract.c, PyNumber_Add's sq_concat and PyNumber_Multiply's sequence_repeat).
    /// </summary>
    private static PyTypeError? SequenceTypeError(BinaryOperator op, object? a, object? b)
    {
        if (op == BinaryOperator.Add)
        {
            return ConcatError(a, b);
        }

        if (op == BinaryOperator.Mul && (IsSequence(a) || IsSequence(b)))
        {
            var count = IsSequence(a) ? b : a;
            return IsIntLike(count) ? null : new PyTypeError($"can't multiply sequence by non-int of type '{TypeName(count)}'");
        }

        return null;
    }

    // Objects/dictobject.c, dictviews_or/sub/xor (a set built from the left operand, then updated) and
    // _PyDictView_Intersect.
    private static object? DictViewSetOp(BinaryOperator op, object? a, object? b)
    {
        if (op == BinaryOperator.And)
        {
            var self = a;
            var other = b;
            if (self is not (PyDictKeys or PyDictItems))
            {
                (self, other) = (other, self);
            }

            var view = (PyDictView)self!;
            var lengthSelf = view.Dict.Count;
            if (other is PySet otherSet && lengthSelf <= otherSet.Count)
            {
                return otherSet.Intersection(view);
            }

            if (other is PyDictKeys or PyDictItems && ((PyDictView)other).Dict.Count > lengthSelf)
            {
                (view, other) = ((PyDictView)other, view);
            }

            var result = new PySet();
            foreach (var key in Iterate(other))
            {
                if (view.Contains(key))
                {
                    result.Add(key);
                }
            }

            return result;
        }

        var set = new PySet(a is PyDictKeys keys ? keys.Dict : a);
        switch (op)
        {
            case BinaryOperator.Or:
                set.Update(b);
                break;
            case BinaryOperator.Sub:
                set.DifferenceUpdate(b);
                break;
            default:
                set.SymmetricDifferenceUpdate(b);
                break;
        }

        return set;
    }

    private static bool IsSequence(object? value) => value is string or PyList or PyTuple or PyBytes;

    private static object Repeat(object sequence, object? count)
    {
        if (!IsIntLike(count))
        {
            if (count is PyObject && count is not PyContainer)
            {
                return PyNotImplemented.Value;
            }

            throw new PyTypeError($"can't multiply sequence by non-int of type '{TypeName(count)}'");
        }

        var n = RepeatCount(count);
        return sequence switch
        {
            string s => RepeatString(s, n),
            PyList l => l.Repeat(n),
            PyTuple t => t.Repeat(n),
            PyBytes bytes => bytes.Repeat(n),
            _ => throw new InvalidOperationException(),
        };
    }

    // The repetition count of sequence * n: negative counts are 0; big counts of either sign do not fit
    // (Objects/abstract.c, sequence_repeat: PyNumber_AsSsize_t(n, PyExc_OverflowError)).
    private static long RepeatCount(object? count)
    {
        if (count is BigInteger)
        {
            throw new PyOverflowError("cannot fit 'int' into an index-sized integer");
        }

        var n = count is bool b ? (b ? 1 : 0) : (long)count!;
        return Math.Max(n, 0);
    }

    private static string RepeatString(string s, long n)
    {
        if (n == 0 || s.Length == 0)
        {
            return string.Empty;
        }

        if (n > int.MaxValue / s.Length)
        {
            throw new PyMemoryError();
        }

        return new System.Text.StringBuilder(s.Length * (int)n).Insert(0, s, (int)n).ToString();
    }

    /// <summary>In-place operators (<c>+=</c> ...): lists extend, sets and dicts update in place; everything else falls back to the binary operator.</summary>
    public static object? InPlace(BinaryOperator op, object? a, object? b)
    {
        // Numbers have no in-place methods: x op= y is x op y.
        if (a is long or double && b is long or double)
        {
            switch (op)
            {
                case BinaryOperator.Add:
                    return Add(a, b);
                case BinaryOperator.Sub:
                    return Sub(a, b);
                case BinaryOperator.Mul:
                    return Mul(a, b);
                case BinaryOperator.TrueDiv:
                    return TrueDiv(a, b);
                default:
                    return Binary(op, a, b);
            }
        }

        // A Python subclass of list, dict or set may define the in-place method itself (Counter.__iadd__).
        if (a is PyContainer { PyClass.IsHeapType: true } sub
            && BuiltinSubclass.TryUser(sub, "__i" + ClassDispatch.OperatorName(op) + "__", [b], out var own)
            && own is not PyNotImplemented)
        {
            return own;
        }

        switch (a)
        {
            case PyList list when op == BinaryOperator.Add:
                list.Extend(b);
                return list;
            case PyList list when op == BinaryOperator.Mul && IsIntLike(b):
                list.InPlaceRepeat(RepeatCount(b));
                return list;
            case PySet set when b is PySetBase other:
                switch (op)
                {
                    case BinaryOperator.Or:
                        set.Update(other);
                        return set;
                    case BinaryOperator.And:
                        set.IntersectionUpdate(other);
                        return set;
                    case BinaryOperator.Sub:
                        set.DifferenceUpdate(other);
                        return set;
                    case BinaryOperator.Xor:
                        set.SymmetricDifferenceUpdate(other);
                        return set;
                    default:
                        break;
                }

                break;
            case PyDict dict when op == BinaryOperator.Or:
                dict.Update(b);
                return dict;
            case PyObject o:
                var result = o.InPlaceOp(op, b);
                if (result is not PyNotImplemented)
                {
                    return result;
                }

                break;
            default:
                break;
        }

        return Binary(op, a, b, inPlace: true);
    }
}
