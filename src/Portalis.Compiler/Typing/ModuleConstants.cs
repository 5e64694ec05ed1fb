using System.Numerics;
using PyBuiltins = Portalis.Runtime.PyBuiltins;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// Finds the module constants of one module: names like <c>WIDTH = 600</c>, <c>EPS = -1e-9</c> or
/// <c>W, H = 600, 400</c>, bound by a top-level statement of the module body to an int (that fits in 64 bits),
/// float or bool literal, possibly negated, and bound nowhere else in the module. <see cref="StableNames"/>
/// adds the whole-program half of the proof (no reflective access, no attribute store of that name). Names
/// of builtins are left out: read before its binding, such a name gives the builtin, not a NameError.
/// </summary>
internal static class ModuleConstants
{
    public static Dictionary<string, object> Find(IReadOnlyList<Stmt> body, IReadOnlyDictionary<string, int> bindings)
    {
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var statement in body)
        {
            switch (statement)
            {
                case Assign assign when FunctionInference.ParallelAssignment(assign) is { } pairs:
                    foreach (var (target, value) in pairs)
                    {
                        Add(found, bindings, target.Id, value);
                    }

                    break;
                case Assign assign:
                    foreach (var target in assign.Targets)
                    {
                        if (target is Name name)
                        {
                            Add(found, bindings, name.Id, assign.Value);
                        }
                    }

                    break;
                case AnnAssign { Target: Name name, Value: { } value, Simple: 1 }:
                    Add(found, bindings, name.Id, value);
                    break;
            }
        }

        return found;
    }

    private static void Add(Dictionary<string, object> found, IReadOnlyDictionary<string, int> bindings, string name, Expr value)
    {
        if (bindings.GetValueOrDefault(name) == 1 && Evaluate(value) is { } constant && !IsBuiltin(name))
        {
            found[name] = constant;
        }
    }

    /// <summary>The value of a numeric literal, optionally under unary minus or plus (bools only bare).</summary>
    private static object? Evaluate(Expr value) => value switch
    {
        Constant { Value: bool or long or double } c => c.Value,
        Constant { Value: int i } => (long)i,
        Constant { Value: BigInteger } => null,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long l } } => -l,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: double d } } => -d,
        UnaryOp { Op: UnaryOperator.UAdd, Operand: Constant { Value: long or double } c } => c.Value,
        _ => null,
    };

    private static bool IsBuiltin(string name) => PyBuiltins.Module.TryGetAttribute(name, out _);
}
