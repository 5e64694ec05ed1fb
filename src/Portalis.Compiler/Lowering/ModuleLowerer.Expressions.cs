using System.Globalization;
using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using BinaryOperator = Portalis.Syntax.Ast.BinaryOperator;
using CompareOperator = Portalis.Syntax.Ast.CompareOperator;

namespace Portalis.Compiler.Lowering;

internal sealed partial class ModuleLowerer
{
    /// <summary>Lowers an expression to a C# expression of type <c>object?</c>, evaluated in Python's order.</summary>
    private string Expr(Expr expr)
    {
        if (TryTypedExpr(expr) is { } typed)
        {
            return typed;
        }

        switch (expr)
        {
            case Constant c:
                return ConstantExpression(c.Value, c);
            case Name n:
                return LoadName(n.Id);
            case BinOp b:
                return $"PyOps.{BinaryMethod(b.Op)}({Expr(b.Left)}, {Expr(b.Right)})";
            case UnaryOp u:
                return u.Op switch
                {
                    UnaryOperator.Not => $"PyEmit.Box(!{Condition(u.Operand)})",
                    UnaryOperator.USub => $"PyOps.Neg({Expr(u.Operand)})",
                    UnaryOperator.UAdd => $"PyOps.Pos({Expr(u.Operand)})",
                    _ => $"PyOps.Invert({Expr(u.Operand)})",
                };
            case BoolOp b:
                return BoolOpValue(b);
            case Compare c:
                return c.Ops.Count == 1 && c.Ops[0] is CompareOperator.Is or CompareOperator.IsNot or CompareOperator.In or CompareOperator.NotIn
                    ? $"PyEmit.Box({Condition(c)})"
                    : CompareValue(c);
            case IfExp i:
                return $"({Condition(i.Test)} ? {Expr(i.Body)} : {Expr(i.Orelse)})";
            case Attribute a:
                return $"PyOps.GetAttr({Expr(a.Value)}, {AttrSite(a.Attr)})";
            case Subscript s:
                return $"PyOps.GetItem({Expr(s.Value)}, {Expr(s.Slice)})";
            case Slice s:
                return $"new PySlice({OptionalExpr(s.Lower)}, {OptionalExpr(s.Upper)}, {OptionalExpr(s.Step)})";
            case Call call:
                return CallExpression(call);
            case Syntax.Ast.Tuple t:
                return HasStar(t.Elts) ? $"PyTuple.FromIterable({ListWithStars(t.Elts)})" : t.Elts.Count == 0 ? "PyTuple.Empty" : $"new PyTuple([{ExprList(t.Elts)}])";
            case List l:
                return HasStar(l.Elts) ? ListWithStars(l.Elts) : $"new PyList([{ExprList(l.Elts)}])";
            case Set s when _constantSets.Find(s) is { } constant:
                return ConstantSetDisplay(constant);
            case Set s:
                return HasStar(s.Elts) ? $"new PySet({ListWithStars(s.Elts)})" : $"new PySet(new PyList([{ExprList(s.Elts)}]))";
            case Dict d:
                return DictDisplay(d);
            case JoinedStr j:
                return JoinedString(j);
            case FormattedValue f:
                return FormattedPiece(f);
            case NamedExpr n:
                return StoreNameExpression(((Name)n.Target).Id, Expr(n.Value));
            case Lambda l:
                return LambdaExpression(l);
            case ListComp or SetComp or DictComp or GeneratorExp:
                return ComprehensionExpression(expr);
            case Yield y:
                return YieldExpression(y, y.Value is null ? "null" : Expr(y.Value));
            case YieldFrom y:
                return YieldExpression(y, null, Expr(y.Value));
            case Starred s:
                Unsupported(s, "a starred expression here");
                return "null";
            case Await a:
                return AwaitExpression(a);
            default:
                Unsupported(expr, $"the expression '{expr.NodeName}'");
                return "null";
        }
    }

    private string OptionalExpr(Expr? expr) => expr is null ? "null" : Expr(expr);

    private string ExprList(IEnumerable<Expr> exprs) => string.Join(", ", exprs.Select(Expr));

    private static bool HasStar(IReadOnlyList<Expr> elts) => elts.Any(e => e is Starred);

    /// <summary>A PyList built from elements, expanding <c>*iterable</c> elements (evaluated left to right).</summary>
    private string ListWithStars(IReadOnlyList<Expr> elts) =>
        "PyEmit.BuildList([" + string.Join(", ", elts.Select(e => e is Starred s ? $"PyEmit.Star({Expr(s.Value)})" : Expr(e))) + "])";

    /// <summary>A dict display: key/value pairs in order; <c>**mapping</c> is a merge marker in the key slot.</summary>
    private string DictDisplay(Dict d)
    {
        if (d.Keys.Count == 0)
        {
            return "new PyDict()";
        }

        var items = new List<string>();
        for (var i = 0; i < d.Keys.Count; i++)
        {
            items.Add(d.Keys[i] is { } key ? Expr(key) : "PyEmit.MergeMarker");
            items.Add(Expr(d.Values[i]));
        }

        return "PyEmit.BuildDict([" + string.Join(", ", items) + "])";
    }

    private string JoinedString(JoinedStr j)
    {
        if (j.Values.Count == 0)
        {
            return "\"\"";
        }

        var parts = j.Values.Select(v => v is Constant { Value: string s } ? CSharpNames.StringLiteral(s) : FormattedPiece((FormattedValue)v));
        return j.Values.Count == 1 ? parts.First() : $"string.Concat(new string[] {{ {string.Join(", ", parts)} }})";
    }

    private string FormattedPiece(FormattedValue f)
    {
        var spec = f.FormatSpec switch
        {
            null => "\"\"",
            JoinedStr js => $"(string){JoinedString(js)}",
            var other => $"PyOps.Str({Expr(other)})",
        };
        return $"PyEmit.FormatValue({Expr(f.Value)}, {f.Conversion.ToString(CultureInfo.InvariantCulture)}, {spec})";
    }

    private string BoolOpValue(BoolOp b)
    {
        // a or b  ->  IsTrue(t = a) ? t : b ;  a and b  ->  !IsTrue(t = a) ? t : b  (right-nested for chains).
        var result = Expr(b.Values[^1]);
        for (var i = b.Values.Count - 2; i >= 0; i--)
        {
            var t = NewTemp();
            var test = $"PyOps.IsTrue({t} = {Expr(b.Values[i])})";
            result = b.Op == BoolOperator.Or ? $"({test} ? {t} : {result})" : $"(!{test} ? {t} : {result})";
        }

        return result;
    }

    private string CompareValue(Compare c)
    {
        // a < b < c  ->  (IsTrue(t1 = Compare(a, t2 = b)) ? Compare(t2, c) : t1) ... each operand evaluated once.
        if (c.Ops.Count == 1)
        {
            return CompareOne(c.Ops[0], Expr(c.Left), Expr(c.Comparators[0]));
        }

        var left = Expr(c.Left);
        string? result = null;
        var pieces = new List<(string Test, string Temp)>();
        for (var i = 0; i < c.Ops.Count; i++)
        {
            var isLast = i == c.Ops.Count - 1;
            string right;
            string rightTemp = string.Empty;
            if (isLast)
            {
                right = Expr(c.Comparators[i]);
            }
            else
            {
                rightTemp = NewTemp();
                right = $"({rightTemp} = {Expr(c.Comparators[i])})";
            }

            var cmp = CompareOne(c.Ops[i], left, right);
            if (isLast)
            {
                result = cmp;
            }
            else
            {
                var t = NewTemp();
                pieces.Add(($"PyOps.IsTrue({t} = {cmp})", t));
            }

            left = rightTemp;
        }

        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            result = $"({pieces[i].Test} ? {result} : {pieces[i].Temp})";
        }

        return result!;
    }

    private static string CompareOne(CompareOperator op, string left, string right) => op switch
    {
        CompareOperator.Eq => $"PyOps.Compare(Portalis.Runtime.CompareOperator.Eq, {left}, {right})",
        CompareOperator.NotEq => $"PyOps.Compare(Portalis.Runtime.CompareOperator.Ne, {left}, {right})",
        CompareOperator.Lt => $"PyOps.Compare(Portalis.Runtime.CompareOperator.Lt, {left}, {right})",
        CompareOperator.LtE => $"PyOps.Compare(Portalis.Runtime.CompareOperator.Le, {left}, {right})",
        CompareOperator.Gt => $"PyOps.Compare(Portalis.Runtime.CompareOperator.Gt, {left}, {right})",
        CompareOperator.GtE => $"PyOps.Compare(Portalis.Runtime.CompareOperator.Ge, {left}, {right})",
        CompareOperator.Is => $"PyEmit.Box(PyEmit.Is({left}, {right}))",
        CompareOperator.IsNot => $"PyEmit.Box(!PyEmit.Is({left}, {right}))",
        CompareOperator.In => $"PyEmit.Box(PyEmit.In({left}, {right}))",
        _ => $"PyEmit.Box(!PyEmit.In({left}, {right}))",
    };

    /// <summary>Lowers an expression used as a condition to a C# <c>bool</c> without boxing where possible.</summary>
    private string Condition(Expr expr)
    {
        if (TryTypedCondition(expr) is { } typed)
        {
            return typed;
        }

        switch (expr)
        {
            case Compare { Ops.Count: 1 } c:
                var left = Expr(c.Left);
                var right = Expr(c.Comparators[0]);
                return c.Ops[0] switch
                {
                    CompareOperator.Eq => $"PyOps.Eq({left}, {right})",
                    CompareOperator.NotEq => $"PyOps.Ne({left}, {right})",
                    CompareOperator.Lt => $"PyOps.Lt({left}, {right})",
                    CompareOperator.LtE => $"PyOps.Le({left}, {right})",
                    CompareOperator.Gt => $"PyOps.Gt({left}, {right})",
                    CompareOperator.GtE => $"PyOps.Ge({left}, {right})",
                    CompareOperator.Is => $"PyEmit.Is({left}, {right})",
                    CompareOperator.IsNot => $"!PyEmit.Is({left}, {right})",
                    CompareOperator.In => $"PyEmit.In({left}, {right})",
                    _ => $"!PyEmit.In({left}, {right})",
                };
            case UnaryOp { Op: UnaryOperator.Not } u:
                return $"!{Condition(u.Operand)}";
            case BoolOp b:
                var op = b.Op == BoolOperator.And ? " && " : " || ";
                return "(" + string.Join(op, b.Values.Select(Condition)) + ")";
            case Constant { Value: bool value }:
                return value ? "true" : "false";
            default:
                return $"PyOps.IsTrue({Expr(expr)})";
        }
    }

    /// <summary>
    /// A set display CPython compiles to a frozenset constant (<see cref="ConstantSets"/>): the frozenset, built once
    /// as the compiler builds it, is the display's value when it is iterated, else a new set is filled from it.
    /// </summary>
    private string ConstantSetDisplay(ConstantSets.Entry constant)
    {
        var items = string.Join(", ", constant.Source.Elts.Select(Expr));
        var field = Constant("frozenset:" + constant.Key, "PyFrozenSet", $"PyFrozenSet.FromConstants([{items}])");
        return constant.IsFrozenSet ? field : $"new PySet({field})";
    }

    private static string BinaryMethod(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "Add",
        BinaryOperator.Sub => "Sub",
        BinaryOperator.Mult => "Mul",
        BinaryOperator.MatMult => "MatMul",
        BinaryOperator.Div => "TrueDiv",
        BinaryOperator.FloorDiv => "FloorDiv",
        BinaryOperator.Mod => "Mod",
        BinaryOperator.Pow => "Pow",
        BinaryOperator.LShift => "LShift",
        BinaryOperator.RShift => "RShift",
        BinaryOperator.BitOr => "Or",
        BinaryOperator.BitXor => "Xor",
        _ => "And",
    };

    // The runtime's BinaryOperator members have the names of the PyOps methods.
    private static string RuntimeBinaryOperator(BinaryOperator op) => "Portalis.Runtime.BinaryOperator." + BinaryMethod(op);
}
