using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;
using BinaryOperator = Portalis.Syntax.Ast.BinaryOperator;
using CompareOperator = Portalis.Syntax.Ast.CompareOperator;

namespace Portalis.Compiler.Lowering;

// Unproven arithmetic (docs/EMISSION.md, "Numbers on the dynamic path"). Arithmetic the type inference could not
// prove (an operand read from a list, an attribute, a call) is lowered to PyNum operations when it is worth it:
// a tree of two or more operators, or one whose operand is a PyNum local or a proven float. Floats then flow
// through the tree, and through the locals it is stored in (FunctionTypes.NumLocals), without a box per
// operation; the value is boxed once where it meets the dynamic path. Everything that is not a float takes the
// dynamic operation inside PyNum, so results and errors are unchanged.
internal sealed partial class ModuleLowerer
{
    /// <summary>A local held as a <c>PyNum</c>.</summary>
    private bool IsNumLocal(string name) =>
        _class is null && CurrentScope.Resolve(name) == NameResolution.Local && Types.NumLocals.Contains(name);

    /// <summary>The boxed value of an unproven arithmetic expression worth lowering to PyNum, else null.</summary>
    private string? TryNumericExpr(Expr expr) =>
        expr is BinOp or UnaryOp && IsNumericWorthy(expr) ? $"{NumExpr(expr)}.Box()" : null;

    /// <summary>A comparison or truth test over PyNum operands, as a C# bool; null when not worth it.</summary>
    private string? TryNumericCondition(Expr expr)
    {
        if (expr is Name name && IsNumLocal(name.Id))
        {
            return $"PyNum.IsTrue({LocalName(name.Id)})";
        }

        if (expr is not Compare { Ops.Count: 1 } c || TypeOf(c).IsUnboxed())
        {
            return null;
        }

        var method = c.Ops[0] switch
        {
            CompareOperator.Lt => "Lt",
            CompareOperator.LtE => "Le",
            CompareOperator.Gt => "Gt",
            CompareOperator.GtE => "Ge",
            CompareOperator.Eq => "Eq",
            CompareOperator.NotEq => "Ne",
            _ => null,
        };
        var right = c.Comparators[0];
        if (method is null || !(IsNumericOperand(c.Left) || IsNumericOperand(right)))
        {
            return null;
        }

        return $"PyNum.{method}({NumExpr(c.Left)}, {NumExpr(right)})";
    }

    /// <summary>
    /// <c>x op= value</c> on an attribute or item: the read and the new value as PyNum, boxed once.
    /// <paramref name="currentNum"/> is the read already as a PyNum, when the target has such a read.
    /// </summary>
    private string? TryNumericInPlace(BinaryOperator op, string current, Expr value, string? currentNum = null) =>
        FunctionInference.IsArithmetic(op) && IsNumericOperand(value)
            ? $"{NumInPlace(op, currentNum ?? $"PyNum.From({current})", NumExpr(value))}.Box()"
            : null;

    /// <summary><c>a op= b</c> on PyNum operands: the operator's own method in its in-place form where it has one.</summary>
    private string NumInPlace(BinaryOperator op, string current, string value) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div =>
            $"PyNum.{NumMethod(op)}({current}, {value}, inPlace: true)",
        _ => $"PyNum.InPlace({RuntimeBinaryOperator(op)}, {current}, {value})",
    };

    /// <summary>
    /// A proven int index for <c>PyTyped</c>'s item methods: a literal that fits in a long as a C# <c>long</c> (their
    /// overloads for it skip the <see cref="Portalis.Runtime.PyIntValue"/>), anything else as a PyIntValue.
    /// </summary>
    private string TypedIndex(Expr index) => index switch
    {
        Constant { Value: long value } => $"{value}L",
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long value } } when value > long.MinValue => $"{-value}L",
        _ => Typed(index, InferredType.Int),
    };

    /// <summary>A subscript the typed path reads with <c>PyTyped</c>: a proven int index, outside class bodies.</summary>
    private bool IsTypedIndex(Subscript s) =>
        _class is null && TypeOf(s.Slice).IsIntegral() && !IsArrayElement(s, out _, out _);

    /// <summary>An expression as a C# <c>PyNum</c>, evaluated in Python's order.</summary>
    private string NumExpr(Expr expr)
    {
        var type = TypeOf(expr);
        if (type == InferredType.Float)
        {
            return $"new PyNum({TypedCore(expr)})";
        }

        if (type.IsUnboxed())
        {
            return $"PyNum.From({Expr(expr)})";
        }

        return expr switch
        {
            BinOp b when FunctionInference.IsNumericOperator(b) => $"PyNum.{NumMethod(b.Op)}({NumExpr(b.Left)}, {NumExpr(b.Right)})",
            UnaryOp { Op: UnaryOperator.USub } u => $"PyNum.Neg({NumExpr(u.Operand)})",
            UnaryOp { Op: UnaryOperator.UAdd } u => $"PyNum.Pos({NumExpr(u.Operand)})",
            Name n when IsNumLocal(n.Id) => LocalName(n.Id),
            Subscript { Ctx: ExprContext.Load } s when IsTypedIndex(s) => $"PyTyped.GetNum({Expr(s.Value)}, {TypedIndex(s.Slice)})",
            _ => $"PyNum.From({Expr(expr)})",
        };
    }

    /// <summary>Worth a PyNum tree: two or more unproven operators, or one over a PyNum local or a proven float.</summary>
    private bool IsNumericWorthy(Expr expr)
    {
        if (TypeOf(expr).IsUnboxed())
        {
            return false;
        }

        var operators = ArithmeticOperators(expr);
        return operators >= 2 || (operators == 1 && HasNumericLeaf(expr));
    }

    /// <summary>An operand that makes a comparison or in-place operation worth PyNum: arithmetic or a PyNum local.</summary>
    private bool IsNumericOperand(Expr expr) =>
        (expr is Name n && IsNumLocal(n.Id)) || (!TypeOf(expr).IsUnboxed() && ArithmeticOperators(expr) >= 1);

    private static int ArithmeticOperators(Expr expr) => expr switch
    {
        BinOp b when FunctionInference.IsNumericOperator(b) => 1 + ArithmeticOperators(b.Left) + ArithmeticOperators(b.Right),
        UnaryOp { Op: UnaryOperator.USub or UnaryOperator.UAdd } u => 1 + ArithmeticOperators(u.Operand),
        _ => 0,
    };

    private bool HasNumericLeaf(Expr expr) => expr switch
    {
        _ when TypeOf(expr) == InferredType.Float => true,
        Name n => IsNumLocal(n.Id),
        BinOp b when FunctionInference.IsNumericOperator(b) => HasNumericLeaf(b.Left) || HasNumericLeaf(b.Right),
        UnaryOp { Op: UnaryOperator.USub or UnaryOperator.UAdd } u => HasNumericLeaf(u.Operand),
        _ => false,
    };

    private static string NumMethod(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "Add",
        BinaryOperator.Sub => "Sub",
        BinaryOperator.Mult => "Mul",
        BinaryOperator.Div => "TrueDiv",
        BinaryOperator.FloorDiv => "FloorDiv",
        BinaryOperator.Mod => "Mod",
        _ => "Pow",
    };
}
