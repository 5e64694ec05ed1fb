using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;
using Portalis.Compiler.Binding;
using Portalis.Runtime;
using Portalis.Syntax.Ast;
using Attribute = Portalis.Syntax.Ast.Attribute;
using Module = Portalis.Syntax.Ast.Module;

namespace Portalis.Compiler.Typing;

/// <summary>
/// The module-level names that are native modules (<c>import random</c>) or native classes (<c>from random import
/// Random</c>) for the whole program: bound once, by a top-level import, never rebound, the module not shadowed by a
/// source module of the program, and nothing ever storing into <c>sys.modules</c> (Typing/StableNames). A call
/// through them of a factory the runtime declares (<see cref="NativeModuleCatalog.FindFactory"/>) returns an exact
/// instance of one native class, which is what lets a local be typed with that class.
/// </summary>
internal sealed class NativeImports
{
    public static readonly NativeImports None = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), null);

    private readonly Dictionary<string, string> _modules;
    private readonly Dictionary<string, Type> _factories;
    private readonly StableNames? _stable;

    private NativeImports(Dictionary<string, string> modules, Dictionary<string, Type> factories, StableNames? stable)
    {
        _modules = modules;
        _factories = factories;
        _stable = stable;
    }

    /// <summary>Finds the native imports of <paramref name="module"/>; <paramref name="sourceModules"/> are the program's source modules.</summary>
    public static NativeImports Compute(Module module, StableNames stable, IReadOnlySet<string> sourceModules)
    {
        var modules = new Dictionary<string, string>(StringComparer.Ordinal);
        var factories = new Dictionary<string, Type>(StringComparer.Ordinal);
        bool IsNative(string name) => !sourceModules.Contains(name) && NativeModuleCatalog.Find(name) is not null;
        foreach (var statement in module.Body)
        {
            switch (statement)
            {
                case Import import:
                    foreach (var alias in import.Names)
                    {
                        // `import a.b` binds `a`, the package; only a plain or aliased import binds the module itself.
                        var bound = alias.Asname ?? (alias.Name.Contains('.') ? null : alias.Name);
                        if (bound is not null && IsNative(alias.Name) && stable.IsStableImport(bound))
                        {
                            modules[bound] = alias.Name;
                        }
                    }

                    break;
                case ImportFrom { Level: 0, Module: { } from } importFrom when IsNative(from):
                    foreach (var alias in importFrom.Names)
                    {
                        var bound = alias.Asname ?? alias.Name;
                        if (stable.IsStableImport(bound) && stable.IsStableAttribute(alias.Name)
                            && NativeModuleCatalog.FindFactory(from, alias.Name) is { } type)
                        {
                            factories[bound] = type;
                        }
                    }

                    break;
            }
        }

        return new NativeImports(modules, factories, stable);
    }

    /// <summary>The native class a call of <paramref name="func"/> (read in <paramref name="scope"/>) always returns, or null.</summary>
    public Type? FactoryOf(Expr func, Scope scope)
    {
        switch (func)
        {
            case Attribute { Value: Name module, Attr: var name } when scope.Resolve(module.Id) == NameResolution.Global
                && _modules.TryGetValue(module.Id, out var moduleName) && _stable!.IsStableAttribute(name):
                return NativeModuleCatalog.FindFactory(moduleName, name);
            case Name name when scope.Resolve(name.Id) == NameResolution.Global:
                return _factories.GetValueOrDefault(name.Id);
            default:
                return null;
        }
    }

    /// <summary>
    /// True when <c>x.name</c> on a native object is the runtime's method: no code stores an attribute of that name
    /// (a CPython <c>random.Random</c> has a <c>__dict__</c>, and its class is a Python class) or <c>__class__</c>.
    /// </summary>
    public bool IsStableMethod(string name) => _stable is { } s && s.IsStableAttribute(name) && s.IsStableAttribute("__class__");
}

/// <summary>
/// An exported method of a native class (<see cref="PyExportAttribute"/>) that a call with positional arguments
/// can invoke directly from C#: the parameters passed (a prefix; the rest take their C# defaults, which are the
/// Python defaults) are <c>object</c> or one of the binder's converted value types, and the result is one the
/// binder returns as is (or normalises, for BigInteger). <see cref="Result"/> is the proven Python type.
/// </summary>
internal sealed record class NativeMethod(MethodInfo Method, Type[] Parameters, InferredType Result)
{
    private static readonly ConcurrentDictionary<(Type, string, int), NativeMethod?> s_cache = new();

    /// <summary>True when passing an argument needs the binder's conversion (which can raise), not just the object.</summary>
    public bool Converts(int index) => Parameters[index] != typeof(object);

    /// <summary>The method <c>name</c> of <paramref name="type"/> for a call with <paramref name="arity"/> positional arguments, or null.</summary>
    public static NativeMethod? Find(Type type, string name, int arity) =>
        s_cache.GetOrAdd((type, name, arity), static key => Resolve(key.Item1, key.Item2, key.Item3));

    private static NativeMethod? Resolve(Type type, string name, int arity)
    {
        // NativeObject looks exported methods up first unless the class answers attributes itself.
        var lookup = type.GetMethod(nameof(NativeObject.TryGetAttribute), [typeof(string), typeof(object).MakeByRefType()]);
        if (lookup?.DeclaringType != typeof(NativeObject))
        {
            return null;
        }

        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttributes<PyExportAttribute>().Any(a => a.Name == name))
            .ToList();
        // A C# overload of the same name could be chosen instead by the emitted call.
        if (candidates is not [var method] || method.IsGenericMethod || type.GetMember(method.Name).Length != 1)
        {
            return null;
        }

        var parameters = method.GetParameters();
        if (arity > parameters.Length || parameters.Take(arity).Any(p => !IsPlain(p) || !IsPassable(p.ParameterType))
            || parameters.Skip(arity).Any(p => !IsPlain(p) || !p.HasDefaultValue))
        {
            return null;
        }

        var result = method.ReturnType switch
        {
            var t when t == typeof(double) => InferredType.Float,
            var t when t == typeof(long) => InferredType.Int,
            var t when t == typeof(bool) => InferredType.Bool,
            var t when t == typeof(BigInteger) || (!t.IsValueType && t != typeof(void)) => InferredType.Dynamic,
            _ => InferredType.Bottom,
        };
        return result == InferredType.Bottom ? null : new NativeMethod(method, [.. parameters.Take(arity).Select(p => p.ParameterType)], result);
    }

    // *args, **kwargs, keyword-only and "absent" parameters change how the binder fills slots.
    private static bool IsPlain(ParameterInfo p) =>
        !p.IsDefined(typeof(ParamArrayAttribute)) && !p.IsDefined(typeof(PyVarArgsAttribute)) && !p.IsDefined(typeof(PyKwArgsAttribute))
        && !p.IsDefined(typeof(PyKeywordOnlyAttribute)) && !p.IsDefined(typeof(PyOptionalAttribute)) && !p.ParameterType.IsByRef;

    private static bool IsPassable(Type type) =>
        type == typeof(object) || type == typeof(long) || type == typeof(int) || type == typeof(double) || type == typeof(bool) || type == typeof(BigInteger);
}

/// <summary>
/// Finds a function's native locals: plain locals (not parameters, not captured, not deleted, not global) every
/// binding of which is <c>x = F(...)</c> or <c>x: T = F(...)</c> with <c>F</c> a factory of one native class
/// (<see cref="NativeImports.FactoryOf"/>), the same class at every binding, and that every read finds bound.
/// </summary>
internal sealed class NativeLocalFinder : OtherBindingsVisitor
{
    private readonly Func<Expr, Type?> _factoryOf;
    private readonly HashSet<Name> _recognised = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Type?> _bindings = new(StringComparer.Ordinal);

    private NativeLocalFinder(Func<Expr, Type?> factoryOf)
    {
        _factoryOf = factoryOf;
    }

    /// <summary>The native locals among <paramref name="candidates"/> and their classes.</summary>
    public static Dictionary<string, Type> Find(IReadOnlyList<Stmt> body, HashSet<string> candidates, Func<Expr, Type?> factoryOf)
    {
        var finder = new NativeLocalFinder(factoryOf);
        foreach (var statement in body)
        {
            statement.Accept(finder);
        }

        var typed = finder._bindings.Where(p => p.Value is not null && candidates.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
        var assignment = new DefiniteAssignment(typed.Keys.ToHashSet(StringComparer.Ordinal));
        assignment.Block(body, new HashSet<string>(StringComparer.Ordinal));
        foreach (var name in assignment.Failed)
        {
            typed.Remove(name);
        }

        return typed;
    }

    private void Bind(string name, Type? type)
    {
        _bindings[name] = _bindings.TryGetValue(name, out var seen) && seen != type ? null : type;
    }

    public override void VisitAssign(Assign node)
    {
        var type = _factoryOf(node.Value);
        foreach (var target in node.Targets)
        {
            if (target is Name n)
            {
                _recognised.Add(n);
                Bind(n.Id, type);
            }
        }

        DefaultVisit(node);
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        if (node.Target is Name n && node.Value is not null)
        {
            _recognised.Add(n);
            Bind(n.Id, _factoryOf(node.Value));
        }

        node.Target.Accept(this);
        node.Value?.Accept(this);
    }

    public override void VisitName(Name node)
    {
        if (node.Ctx != ExprContext.Load && !_recognised.Contains(node))
        {
            _bindings[node.Id] = null;
        }
    }

    // Bodies of inner functions bind their own names; their headers and names are this scope's.
    public override void VisitFunctionDef(FunctionDef node)
    {
        _bindings[node.Name] = null;
        VisitHeader(node.DecoratorList, node.Args);
    }

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        _bindings[node.Name] = null;
        VisitHeader(node.DecoratorList, node.Args);
    }

    public override void VisitLambda(Lambda node) => VisitHeader([], node.Args);

    public override void VisitClassDef(ClassDef node)
    {
        _bindings[node.Name] = null;
        foreach (var e in node.DecoratorList.Concat(node.Bases).Concat(node.Keywords.Select(k => k.Value)))
        {
            e.Accept(this);
        }
    }

    protected override void OtherBinding(string name) => _bindings[name] = null;

    private void VisitHeader(IReadOnlyList<Expr> decorators, Arguments args)
    {
        foreach (var e in decorators.Concat(args.Defaults).Concat(args.KwDefaults.OfType<Expr>()))
        {
            e.Accept(this);
        }
    }
}
