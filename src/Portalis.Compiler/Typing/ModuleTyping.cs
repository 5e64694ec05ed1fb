using Portalis.Compiler.Binding;
using Portalis.Syntax.Ast;

namespace Portalis.Compiler.Typing;

/// <summary>
/// The type-inference stage for one module (DESIGN.md, "Pipeline"): infers every function body, and for each
/// module-level function that is a guarded direct-call target, a typed specialisation whose parameter types
/// come from the direct calls in the module (whole-module fixpoint over parameter and return types). A parameter
/// no typed call pins down takes its <see cref="ParameterSpeculation"/> guess. Calls whose argument types match
/// the specialisation use the typed entry; every other caller, and the <c>PyFunction</c> object, go through an
/// entry that tests the arguments' runtime types and takes the typed entry when they match.
/// </summary>
internal sealed class ModuleTyping : ICallTyping
{
    private const int MaxRounds = 20;

    private readonly BoundModule _bound;
    private readonly Module _tree;
    private readonly IReadOnlyDictionary<string, int> _targets;
    private readonly List<(Scope Scope, FunctionDef Def, string[] Parameters)> _functions = [];
    private readonly Dictionary<string, InferredType[]> _guesses = new(StringComparer.Ordinal);
    private Dictionary<string, InferredType[]?> _specialisations = new(StringComparer.Ordinal);
    private Dictionary<string, InferredType> _returns = new(StringComparer.Ordinal);
    private Dictionary<Scope, FunctionTypes> _generic = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FunctionTypes> _typed = new(StringComparer.Ordinal);
    private FunctionTypes _moduleBody = FunctionTypes.Empty;

    private ModuleTyping(Module tree, BoundModule bound, StableNames stable, IReadOnlyDictionary<string, int> targets, IReadOnlySet<string> sourceModules)
    {
        _tree = tree;
        _bound = bound;
        Stable = stable;
        _targets = targets;
        Natives = NativeImports.Compute(tree, stable, sourceModules);
    }

    public StableNames Stable { get; }

    public NativeImports Natives { get; }

    /// <summary>
    /// Runs the stage. <paramref name="directTargets"/> maps each direct-call target's name to its arity;
    /// <paramref name="program"/> is every module of the program (for the stability proof); <paramref name="sourceModules"/>
    /// names the program's source modules (a native module of the same name is shadowed by them).
    /// </summary>
    public static ModuleTyping Compute(Module tree, BoundModule bound, IEnumerable<Module> program, IReadOnlyDictionary<string, int> directTargets, IReadOnlySet<string>? sourceModules = null)
    {
        var typing = new ModuleTyping(tree, bound, StableNames.Compute(program, tree, bound), directTargets, sourceModules ?? new HashSet<string>());
        typing.Run();
        return typing;
    }

    /// <summary>The typing of the module body.</summary>
    public FunctionTypes ModuleBody => _moduleBody;

    /// <summary>The typing of a function's generic body.</summary>
    public FunctionTypes Generic(Scope scope) => _generic.GetValueOrDefault(scope) ?? FunctionTypes.Empty;

    /// <summary>The typed specialisation's parameter types, or null when the function has none.</summary>
    public InferredType[]? Specialisation(string name) => _specialisations.GetValueOrDefault(name);

    /// <summary>The typing of a function's typed specialisation.</summary>
    public FunctionTypes Typed(string name) => _typed.GetValueOrDefault(name) ?? FunctionTypes.Empty;

    /// <summary>True when a direct call with these argument types can use the typed entry.</summary>
    public bool UsesTypedEntry(string name, IReadOnlyList<InferredType> args) =>
        Specialisation(name) is { } s && s.Length == args.Count && s.SequenceEqual(args);

    public bool IsDirectTarget(string name, int arity) => _targets.TryGetValue(name, out var n) && n == arity;

    public InferredType CallResult(string name, InferredType[] args) =>
        UsesTypedEntry(name, args) && Stable.IsStableFunction(name) ? _returns.GetValueOrDefault(name, InferredType.Bottom) : InferredType.Dynamic;

    private void Run()
    {
        foreach (var (node, scope) in _bound.Scopes)
        {
            if (node is FunctionDef def && scope.Kind == ScopeKind.Function)
            {
                _functions.Add((scope, def, Binder.ParameterList(def.Args).Select(a => a.Name).ToArray()));
            }
        }

        _functions.Sort((a, b) => a.Def.Span.Start.CompareTo(b.Def.Span.Start));
        foreach (var (scope, def, parameters) in _functions)
        {
            if (scope.Parent?.Kind == ScopeKind.Module && _targets.ContainsKey(def.Name) && IsTargetDef(def) && !scope.IsGenerator)
            {
                _guesses[def.Name] = ParameterSpeculation.Guess(def, parameters);
            }
        }

        if (!Iterate(final: false))
        {
            _specialisations.Clear();
        }

        foreach (var name in _returns.Keys.ToList())
        {
            if (_returns[name] == InferredType.Bottom)
            {
                _returns[name] = InferredType.Dynamic;
            }
        }

        if (!Iterate(final: true))
        {
            _specialisations.Clear();
            _returns.Clear();
            InferAll(final: true);
        }
    }

    private bool Iterate(bool final)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            InferAll(final);
            var sites = _generic.Values.Concat(_typed.Values).Append(_moduleBody).SelectMany(t => t.Sites).ToList();
            var specialisations = new Dictionary<string, InferredType[]?>(StringComparer.Ordinal);
            foreach (var (name, arity) in _targets)
            {
                var types = new InferredType[arity];
                for (var i = 0; i < arity; i++)
                {
                    var joined = InferredType.Bottom;
                    foreach (var site in sites)
                    {
                        if (site.Callee == name && site.Args[i].IsUnboxed())
                        {
                            joined = InferredTypes.Join(joined, site.Args[i]);
                        }
                    }

                    // A parameter no typed call site pins down takes the guess, which the entry tests at run time.
                    types[i] = joined.IsUnboxed() ? joined : _guesses.TryGetValue(name, out var guess) && i < guess.Length ? guess[i] : InferredType.Dynamic;
                }

                specialisations[name] = types.Any(t => t.IsUnboxed()) ? types : null;
            }

            var returns = new Dictionary<string, InferredType>(StringComparer.Ordinal);
            foreach (var (name, typed) in _typed)
            {
                returns[name] = final && typed.Return == InferredType.Bottom ? InferredType.Dynamic : typed.Return;
            }

            var same = specialisations.All(p => Same(p.Value, _specialisations.GetValueOrDefault(p.Key)))
                && returns.Count == _returns.Count && returns.All(p => _returns.TryGetValue(p.Key, out var r) && r == p.Value);
            _specialisations = specialisations;
            _returns = returns;
            if (same)
            {
                // The last inference ran with exactly these specialisations and returns.
                return true;
            }
        }

        return false;
    }

    private static bool Same(InferredType[]? a, InferredType[]? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    private void InferAll(bool final)
    {
        var generic = new Dictionary<Scope, FunctionTypes>(ReferenceEqualityComparer.Instance);
        var typed = new Dictionary<string, FunctionTypes>(StringComparer.Ordinal);
        foreach (var (scope, def, parameters) in _functions)
        {
            generic[scope] = FunctionInference.Infer(scope, def.Body, parameters, null, this, final);
            if (scope.Parent?.Kind == ScopeKind.Module && _targets.ContainsKey(def.Name)
                && _specialisations.GetValueOrDefault(def.Name) is { } s && IsTargetDef(def))
            {
                typed[def.Name] = FunctionInference.Infer(scope, def.Body, parameters, s, this, final);
            }
        }

        _moduleBody = FunctionInference.Infer(_bound.Root, _tree.Body, [], null, this, final);
        _generic = generic;
        _typed = typed;
    }

    private bool IsTargetDef(FunctionDef def) => _tree.Body.Contains(def);
}
