using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using CompareOperator = Portalis.Syntax.Ast.CompareOperator;

namespace Portalis.Compiler.Typing;

/// <summary>
/// Guesses which parameters of a module-level function hold ints when no call site proves it (the function is
/// passed to <c>map</c>, <c>Pool.map</c>, <c>Thread(target=...)</c>, or called with values the inference cannot
/// see). A parameter is guessed int when the body uses it as a number (an arithmetic or bitwise operand, an
/// ordering comparison, an argument of <c>range</c>, an index) and never as an object (an attribute base, a
/// subscripted or iterated container, a callee, the right side of <c>in</c>, an argument of <c>len</c>), and no
/// inner scope refers to it.
/// <para>
/// A guess is never trusted: the function's entry tests the runtime types of the arguments and takes the typed
/// specialisation only when every guessed parameter really holds an int (a C# <c>long</c>); any other value
/// runs the generic body. A wrong guess costs one type test per call.
/// </para>
/// </summary>
internal static class ParameterSpeculation
{
    /// <summary>Int for each parameter guessed to hold ints, Dynamic for the others (in slot order).</summary>
    public static InferredType[] Guess(FunctionDef def, IReadOnlyList<string> parameters)
    {
        var uses = new Uses(parameters);
        foreach (var statement in def.Body)
        {
            statement.Accept(uses);
        }

        return parameters
            .Select(p => uses.Numeric.Contains(p) && !uses.Other.Contains(p) ? InferredType.Int : InferredType.Dynamic)
            .ToArray();
    }

    /// <summary>Classifies each load of a parameter as a numeric use, an object use, or neutral.</summary>
    private sealed class Uses(IReadOnlyList<string> parameters) : NestedScopeVisitor
    {
        private readonly HashSet<string> _parameters = new(parameters, StringComparer.Ordinal);

        public HashSet<string> Numeric { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Other { get; } = new(StringComparer.Ordinal);

        public override void VisitBinOp(BinOp node)
        {
            // `s % args` and `s * n` also fit strings and sequences, but an operand of arithmetic says "number"
            // far more often than not; the entry's test settles it.
            MarkNumeric(node.Left, true);
            MarkNumeric(node.Right, true);
            DefaultVisit(node);
        }

        public override void VisitUnaryOp(UnaryOp node)
        {
            MarkNumeric(node.Operand, node.Op != UnaryOperator.Not);
            DefaultVisit(node);
        }

        public override void VisitAugAssign(AugAssign node)
        {
            MarkNumeric(node.Target, true);
            MarkNumeric(node.Value, true);
            DefaultVisit(node);
        }

        public override void VisitCompare(Compare node)
        {
            var operands = new List<Expr> { node.Left };
            operands.AddRange(node.Comparators);
            for (var i = 0; i < node.Ops.Count; i++)
            {
                var op = node.Ops[i];
                if (op is CompareOperator.Lt or CompareOperator.LtE or CompareOperator.Gt or CompareOperator.GtE)
                {
                    MarkNumeric(operands[i], true);
                    MarkNumeric(operands[i + 1], true);
                }
                else if (op is CompareOperator.In or CompareOperator.NotIn)
                {
                    MarkOther(operands[i + 1]);
                }
            }

            DefaultVisit(node);
        }

        public override void VisitSubscript(Subscript node)
        {
            MarkOther(node.Value);
            MarkNumeric(node.Slice, true);
            DefaultVisit(node);
        }

        public override void VisitAttribute(Attribute node)
        {
            MarkOther(node.Value);
            DefaultVisit(node);
        }

        public override void VisitCall(Call node)
        {
            MarkOther(node.Func);
            if (node.Func is Name { Id: "range" })
            {
                node.Args.ToList().ForEach(a => MarkNumeric(a, true));
            }
            else if (node.Func is Name { Id: "len" or "iter" or "sorted" or "list" or "tuple" or "set" or "dict" or "enumerate" or "zip" or "sum" })
            {
                node.Args.ToList().ForEach(MarkOther);
            }

            DefaultVisit(node);
        }

        public override void VisitFor(For node)
        {
            MarkOther(node.Iter);
            DefaultVisit(node);
        }

        public override void VisitComprehension(Comprehension node)
        {
            MarkOther(node.Iter);
            DefaultVisit(node);
        }

        public override void VisitStarred(Starred node)
        {
            MarkOther(node.Value);
            DefaultVisit(node);
        }

        public override void VisitName(Name node)
        {
            if (InNestedScope)
            {
                // An inner scope reads it: the parameter is a cell, never an unboxed local.
                MarkOther(node);
            }
        }

        private void MarkNumeric(Expr expr, bool numeric)
        {
            if (expr is Name name && _parameters.Contains(name.Id))
            {
                (numeric && !InNestedScope ? Numeric : Other).Add(name.Id);
            }
        }

        private void MarkOther(Expr expr)
        {
            if (expr is Name name && _parameters.Contains(name.Id))
            {
                Other.Add(name.Id);
            }
        }
    }
}
