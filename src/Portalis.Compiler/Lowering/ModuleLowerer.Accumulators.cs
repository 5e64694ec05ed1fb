using Portalis.Compiler.Binding;
using Portalis.Compiler.Typing;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

// Strings built in loops: a plain local that a loop only extends (Typing/StringAccumulators) collects its str
// pieces in a PyStrConcat while the loop runs, and gets the joined value in a finally, so `s += piece` in a loop
// is linear as in CPython instead of copying the whole string every time.
internal sealed partial class ModuleLowerer
{
    // Names an enclosing loop of the function being emitted accumulates: the C# variable of each one's PyStrConcat.
    private readonly Dictionary<string, (string Variable, FunctionContext Function)> _accumulators = new(StringComparer.Ordinal);

    /// <summary>Emits a loop statement, with accumulators for the plain locals it only extends.</summary>
    private void EmitLoop(Stmt loop, Action emit)
    {
        var names = _class is null && _fn.Scope.Kind is ScopeKind.Function or ScopeKind.Lambda
            ? StringAccumulators.Find(loop).Where(n => !_accumulators.ContainsKey(n) && IsPlainDynamicLocal(n)).ToList()
            : [];
        if (names.Count == 0)
        {
            emit();
            return;
        }

        foreach (var name in names)
        {
            var variable = NewId("acc");
            W.Line($"var {variable} = new PyStrConcat({LocalName(name)}, {CSharpNames.StringLiteral(name)});");
            _accumulators[name] = (variable, _fn);
        }

        W.Open("try");
        emit();
        W.Close();
        W.Open("finally");
        foreach (var name in names)
        {
            W.Line($"{LocalName(name)} = {_accumulators[name].Variable}.Value;");
            _accumulators.Remove(name);
        }

        W.Close();
    }

    /// <summary>Emits <c>s += piece</c> or <c>s = s + piece</c> into an enclosing loop's accumulator, when there is one.</summary>
    private bool TryEmitAccumulation(Stmt statement)
    {
        if (_accumulators.Count == 0
            || StringAccumulators.Piece(statement, out var name, out var inPlace) is not { } piece
            || !_accumulators.TryGetValue(name!, out var accumulator)
            || accumulator.Function != _fn)
        {
            return false;
        }

        // Check() reads the local before the piece is evaluated, as the statement does.
        W.Line($"{accumulator.Variable}.Add({accumulator.Variable}.Check(), {Expr(piece)}, {(inPlace ? "true" : "false")});");
        return true;
    }

    private bool IsPlainDynamicLocal(string name)
    {
        var scope = _fn.Scope;
        if (scope.Resolve(name) != NameResolution.Local || (scope.Flags(name) & FunctionInference.NotPlain) != 0
            || IsNativeLocal(name, out _) || IsArrayLocal(name, out _) || IsUnboxedLocal(name, out _) || IsNumLocal(name))
        {
            return false;
        }

        var captured = new HashSet<string>(StringComparer.Ordinal);
        FunctionInference.CollectCaptured(scope, captured);
        return !captured.Contains(name);
    }
}
