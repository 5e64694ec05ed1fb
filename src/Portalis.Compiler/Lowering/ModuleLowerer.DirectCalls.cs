using System.Globalization;
using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Lowering;

// Direct calls. A call `f(a, b)` to a plain module-level function (no decorators, no *args, **kwargs or
// keyword-only parameters) with exactly its positional parameters compiles to a call of a stub,
//
//     object? call_f(object? a, object? b) => ReferenceEquals(g_f.Value, d_f) ? f_method(a, b) : PyOps.Call(g_f.Get(), a, b);
//
// where d_f is the function object the `def` created. The guard keeps Python's semantics when the global is
// rebound (or not yet bound): only the very function object the def made is called directly, and no
// argument binding or slot array is needed.
internal sealed partial class ModuleLowerer
{
    private readonly Dictionary<string, DirectTarget> _directTargets = new(StringComparer.Ordinal);
    private readonly CSharpWriter _stubs = new();
    private readonly HashSet<string> _stubsWritten = new(StringComparer.Ordinal);

    private sealed record class DirectTarget(FunctionDef Def, string Method, string Field, string Stub, int Arity);

    private void PlanDirectCalls()
    {
        var defs = _module.Tree.Body.OfType<FunctionDef>().ToList();
        foreach (var def in defs)
        {
            var args = def.Args;
            if (def.DecoratorList.Count > 0 || args.Vararg is not null || args.Kwarg is not null || args.Kwonlyargs.Count > 0
                || defs.Count(d => d.Name == def.Name) != 1)
            {
                continue;
            }

            var id = CSharpNames.Identifier(def.Name);
            var method = NewId("f_" + id + "_");
            _directTargets[def.Name] = new DirectTarget(def, method, "d_" + id, "call_" + id, args.Posonlyargs.Count + args.Args.Count);
            _fields.Line($"private object? d_{id};");
        }
    }

    /// <summary>The method name planned for a function definition, if it is a direct-call target.</summary>
    private string? PlannedMethod(Node node) =>
        node is FunctionDef def && _directTargets.TryGetValue(def.Name, out var t) && ReferenceEquals(t.Def, def) ? t.Method : null;

    /// <summary>The field that must also receive the function object a definition creates, if any.</summary>
    private string? DirectField(FunctionDef def) =>
        _directTargets.TryGetValue(def.Name, out var t) && ReferenceEquals(t.Def, def) ? t.Field : null;

    private string? TryDirectCall(Call call)
    {
        if (call.Func is not Name name || call.Keywords.Count > 0 || call.Args.Any(a => a is Starred) || _class is not null
            || !_directTargets.TryGetValue(name.Id, out var target) || target.Arity != call.Args.Count
            || CurrentScope.Resolve(name.Id) != NameResolution.Global)
        {
            return null;
        }

        if (TryTypedDirectCall(call, target, boxed: true) is { } typed)
        {
            return typed;
        }

        if (_stubsWritten.Add(target.Stub))
        {
            var parameters = Enumerable.Range(0, target.Arity).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var global = GlobalField(name.Id);
            
            var call0 = parameters.Count <= 3
                ? $"PyOps.Call({string.Join(", ", parameters.Prepend(global + ".Get()"))})"
                : $"PyOps.Call({global}.Get(), [{string.Join(", ", parameters)}])";
            _stubs.Line($"private object? {target.Stub}({string.Join(", ", parameters.Select(p => "object? " + p))}) =>");
            _stubs.Line($"    ReferenceEquals({global}.Value, {target.Field}) ? {BodyCall(target.Def, target.Method, parameters)} : {call0};");
        }

        return $"{target.Stub}({ExprList(call.Args)})";
    }
}
