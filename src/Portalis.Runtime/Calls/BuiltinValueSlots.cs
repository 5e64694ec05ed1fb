using System.Numerics;

namespace Portalis.Runtime;

/// <summary>
/// The special methods of int, bool, float, complex and str as attributes (<c>(3).__add__(4)</c>,
/// <c>"ab".__len__()</c>, <c>super().__eq__(other)</c> in a subclass): slot wrappers over the operations the
/// runtime already runs for the values, with CPython's <c>NotImplemented</c> when the other operand does
/// not suit the type. They operate on the builtin value of a subclass instance; the subclass dispatch
/// never calls them for the builtin behaviour (see <see cref="BuiltinSubclass.TryUser"/>).
/// </summary>
internal static class BuiltinValueSlots
{
    private static readonly BinaryOperator[] s_numberOperators =
    [
        BinaryOperator.Add, BinaryOperator.Sub, BinaryOperator.Mul, BinaryOperator.TrueDiv, BinaryOperator.FloorDiv,
        BinaryOperator.Mod, BinaryOperator.Pow,
    ];

    private static readonly BinaryOperator[] s_intOnlyOperators =
    [
        BinaryOperator.LShift, BinaryOperator.RShift, BinaryOperator.And, BinaryOperator.Or, BinaryOperator.Xor,
    ];

    private static readonly (string Name, CompareOperator Op)[] s_comparisons =
    [
        ("__eq__", CompareOperator.Eq), ("__ne__", CompareOperator.Ne), ("__lt__", CompareOperator.Lt),
        ("__le__", CompareOperator.Le), ("__gt__", CompareOperator.Gt), ("__ge__", CompareOperator.Ge),
    ];

    public static void Populate()
    {
        Number(PyType.IntType, [.. s_numberOperators, .. s_intOnlyOperators], IsInt);
        Number(PyType.FloatType, s_numberOperators, v => IsInt(v) || v is double);
        Number(PyType.ComplexType, [BinaryOperator.Add, BinaryOperator.Sub, BinaryOperator.Mul, BinaryOperator.TrueDiv, BinaryOperator.Pow], v => IsInt(v) || v is double or Complex);
        Unary(PyType.IntType, "__invert__", PyOps.Invert);
        Unary(PyType.IntType, "__index__", v => PyInt.Normalize(PyInt.ToBig(v)));
        foreach (var t in (PyType[])[PyType.IntType, PyType.FloatType])
        {
            Unary(t, "__int__", v => PyBuiltins.Int(v));
            Unary(t, "__float__", v => PyBuiltins.Float(v));
            Unary(t, "__trunc__", v => PyBuiltins.Int(v));
            Slot(t, "__round__", (self, rest) => rest.Length > 0 ? PyBuiltins.Round(self, rest[0]) : PyBuiltins.Round(self));
        }

        Slot(PyType.StrType, "__add__", (self, rest) => Other(rest) is string s ? (string)self! + s : PyNotImplemented.Value);
        Slot(PyType.StrType, "__mul__", (self, rest) => IsInt(Other(rest)) ? PyOps.Binary(BinaryOperator.Mul, self, Other(rest)) : PyNotImplemented.Value);
        Slot(PyType.StrType, "__rmul__", (self, rest) => IsInt(Other(rest)) ? PyOps.Binary(BinaryOperator.Mul, self, Other(rest)) : PyNotImplemented.Value);
        Slot(PyType.StrType, "__mod__", (self, rest) => PercentFormat.Format((string)self!, Other(rest)));
        Slot(PyType.StrType, "__len__", (self, rest) => PyOps.Len(self));
        Slot(PyType.StrType, "__contains__", (self, rest) => PyOps.Contains(self, Other(rest)));
        Slot(PyType.StrType, "__getitem__", (self, rest) => PyOps.GetItem(self, Other(rest)));
        Slot(PyType.StrType, "__iter__", (self, rest) => PyOps.Iter(self));
        Compare(PyType.StrType, v => v is string);
        foreach (var t in (PyType[])[PyType.IntType, PyType.FloatType, PyType.ComplexType, PyType.StrType])
        {
            Slot(t, "__hash__", (self, rest) => PyOps.Hash(self));
            Slot(t, "__bool__", (self, rest) => PyOps.IsTrue(self));
        }
    }

    private static void Number(PyType type, BinaryOperator[] operators, Func<object?, bool> accepts)
    {
        foreach (var op in operators)
        {
            var name = ClassDispatch.OperatorName(op);
            Slot(type, $"__{name}__", (self, rest) => accepts(Other(rest)) ? PyOps.Binary(op, self, Other(rest)) : PyNotImplemented.Value);
            Slot(type, $"__r{name}__", (self, rest) => accepts(Other(rest)) ? PyOps.Binary(op, Other(rest), self) : PyNotImplemented.Value);
        }

        Unary(type, "__neg__", PyOps.Neg);
        Unary(type, "__pos__", PyOps.Pos);
        Unary(type, "__abs__", PyOps.Abs);
        Compare(type, v => accepts(v) || v is double or Complex);
    }

    private static void Compare(PyType type, Func<object?, bool> accepts)
    {
        foreach (var (name, op) in s_comparisons)
        {
            Slot(type, name, (self, rest) => accepts(Other(rest)) ? PyOps.Compare(op, self, Other(rest)) : PyNotImplemented.Value);
        }
    }

    private static void Unary(PyType type, string name, Func<object?, object?> body) => Slot(type, name, (self, rest) => body(self));

    // The wrapper unwraps a subclass instance to its builtin value, and checks the receiver's type as
    // CPython's wrapper_descriptor does ("descriptor '__add__' requires a 'int' object but received a 'str'").
    private static void Slot(PyType type, string name, Func<object?, object?[], object?> body) =>
        type.Dict.SetItem(name, new PyMethodDescriptor(type, name, (a, k) =>
        {
            if (a.Length == 0 || !type.IsInstance(a[0]))
            {
                throw new PyTypeError($"descriptor '{name}' requires a '{type.Name}' object but received a '{PyOps.TypeName(a.Length > 0 ? a[0] : null)}'");
            }

            var rest = new object?[a.Length - 1];
            for (var i = 1; i < a.Length; i++)
            {
                rest[i - 1] = PyValueInstance.Unwrap(a[i]);
            }

            return body(PyValueInstance.Unwrap(a[0]), rest);
        }, isSlotWrapper: true));

    private static object? Other(object?[] rest) =>
        rest.Length > 0 ? rest[0] : throw new PyTypeError($"expected 1 argument, got 0");

    private static bool IsInt(object? v) => v is long or BigInteger or bool;
}
